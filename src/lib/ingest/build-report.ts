import { stringify } from 'yaml';
import type { z } from 'zod';
import { httpUrl, isoDate } from '../schema/fields.ts';
import { cleanReport, type CleanedReport } from '../clean/clean-report.ts';
import type { DateSource, TitleSource } from '../provenance.ts';
import { openingSentence } from '../text/sentences.ts';
import type { IngestOptions, ResolvedOptions } from './args.ts';
import type { Removal } from '../clean/clean-report.ts';
import type { PageProvenance } from '../schema/page-provenance.ts';
import type { FeatureSource } from '../stories/report-features.ts';
import { IngestError } from './ingest-error.ts';
import { reportSlug } from './slug.ts';
import { titleFromUrl } from './title.ts';
import { blocksToMarkdown } from './to-markdown.ts';

/** A raw copy larger than this is not a news report. */
export const MAX_RAW_BYTES = 1_000_000;

/** A report ready to be written: its slug, frontmatter and file text. */
export interface BuiltReport {
  slug: string;
  frontmatter: Record<string, unknown>;
  fileText: string;
  cleaned: CleanedReport;
  /** What the editor should know: inferred headline, removed lines. */
  notices: string[];
}

/** A value checked by the report schema's own field rule, the error naming the flag or marker it came from. */
function checked<T>(file: string, field: string, rule: z.ZodType<T>, value: string): T {
  const result = rule.safeParse(value);
  if (!result.success) throw new IngestError(file, field, `"${value}" ${result.error.issues[0].message}`);
  return result.data;
}

const checkUrl = (file: string, field: string, value: string | null) =>
  value === null ? null : checked(file, field, httpUrl, value);
const checkDate = (file: string, field: string, value: string) => checked(file, field, isoDate, value);

/** The first publication date accepted without --allow-date: before it, a date is more likely a typo. */
export const EARLIEST_DATE = '1990-01-01';

/** A date before 1990 or after `today` is refused unless the editor says it is right. */
function checkRange(file: string, field: string, date: string, today: string, allowed: boolean): string {
  if (allowed || (date >= EARLIEST_DATE && date <= today)) return date;
  const why = date < EARLIEST_DATE ? `is before ${EARLIEST_DATE}` : `is after today (${today})`;
  throw new IngestError(file, field, `${date} ${why}; pass --allow-date if it is right`);
}

function publicationDate(
  file: string,
  cleaned: CleanedReport,
  options: Pick<IngestOptions, 'date' | 'allowDate'>,
  today: string,
): [string, DateSource] {
  const marker = cleaned.markerDate === null ? null : checkDate(file, 'date marker', cleaned.markerDate);
  const given = options.date === null ? null : checkDate(file, '--date', options.date);
  if (marker !== null && given !== null && marker !== given) {
    throw new IngestError(file, '--date', `${given} contradicts the copy's own date marker ${marker}`);
  }
  if (marker !== null) return [checkRange(file, 'date marker', marker, today, options.allowDate), 'marker'];
  if (given !== null) return [checkRange(file, '--date', given, today, options.allowDate), 'editor'];
  throw new IngestError(file, 'date', 'the copy has no `date YYYY-MM-DD` marker; pass --date YYYY-MM-DD');
}

/** The headline and how it is known; never made up, and never silently inferred. */
function headline(options: IngestOptions, cleaned: CleanedReport, articleText: string): [string | null, TitleSource] {
  if (options.noTitle) return [null, 'none'];
  if (options.title !== null) return [options.title, options.titleSource ?? 'stated'];
  if (cleaned.headline !== null) return [cleaned.headline, 'copy'];
  const fromUrl = options.url === null ? null : titleFromUrl(options.url, articleText);
  return fromUrl === null ? [null, 'none'] : [fromUrl, 'url'];
}

function checkRaw(file: string, raw: string): void {
  if (Buffer.byteLength(raw) > MAX_RAW_BYTES)
    throw new IngestError(file, 'file', `is larger than ${MAX_RAW_BYTES} bytes`);
  // eslint-disable-next-line no-control-regex -- control characters are what give a binary file away
  if (/[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(raw)) throw new IngestError(file, 'file', 'is not plain UTF-8 text');
  if (raw.trim() === '') throw new IngestError(file, 'file', 'is empty');
}

/**
 * Cleans one raw copy and assembles its report file; throws IngestError on bad input. `today` (ISO) bounds
 * the publication date; `chooseStory` places the report once its text and date are known, and names the
 * reports in its story it is a wire copy of.
 */
export function buildReport(
  raw: string,
  options: ResolvedOptions,
  today: string,
  chooseStory: (report: { slug: string; source: FeatureSource }) => { story: string; copyOf: string[] },
  fromPage: { page: PageProvenance; removed: Removal[] } | null = null,
): BuiltReport {
  const file = options.rawPath;
  checkRaw(file, raw);
  // A page's article was extracted: its extent and headline are known (see cleanReport).
  const cleaned = cleanReport(raw, { extracted: fromPage !== null, outlet: options.outlet });
  const paragraphs = cleaned.blocks.filter((block) => block.kind === 'paragraph');
  if (paragraphs.length === 0) throw new IngestError(file, 'body', 'no article paragraph is left after cleaning');

  const [published, dateRead] = publicationDate(file, cleaned, options, today);
  const dateSource: DateSource = fromPage?.page.fields.published === 'page' ? 'page' : dateRead;
  const url = checkUrl(file, '--url', options.url);
  const basedOn = checkUrl(file, '--based-on', options.basedOn);
  const articleText = cleaned.blocks.map((block) => block.text).join('\n');
  const [title, titleSource] = headline({ ...options, url }, cleaned, articleText);
  const slug = options.slug ?? reportSlug(published, options.outlet, title ?? openingSentence(paragraphs[0].text));
  const { story, copyOf } = chooseStory({
    slug,
    source: { published, title, paragraphs: paragraphs.map((paragraph) => paragraph.text) },
  });

  const frontmatter = {
    title,
    titleSource,
    outlet: options.outlet,
    url,
    basedOn,
    byline: options.byline,
    published,
    dateSource,
    provenance: options.provenance,
    story,
    ...(copyOf.length === 0 ? {} : { copyOf }),
    ...(fromPage === null ? {} : { page: fromPage.page }),
    removed: [...(fromPage?.removed ?? []), ...cleaned.removed],
  };
  // No YAML aliases: a byline the page states is written out twice, readable in both places.
  const yaml = stringify(frontmatter, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    aliasDuplicateObjects: false,
  });
  const notices = [
    ...(titleSource === 'url' ? [`headline inferred from the URL: "${title}"`] : []),
    ...(titleSource === 'copy' ? [`headline read from the copy's first line: "${title}"`] : []),
    ...(titleSource === 'none' ? ['no headline known: pages show the opening sentence'] : []),
    ...[...(fromPage?.removed ?? []), ...cleaned.removed].map(
      (removal) => `removed (${removal.rule}): ${removal.line}`,
    ),
  ];
  return { slug, frontmatter, fileText: `---\n${yaml}---\n\n${blocksToMarkdown(cleaned.blocks)}`, cleaned, notices };
}
