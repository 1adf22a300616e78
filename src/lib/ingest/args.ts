import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { TITLE_SOURCES, type TitleSource } from '../provenance.ts';
import { reportSlugField } from '../schema/fields.ts';
import { IngestError } from './ingest-error.ts';

/** What the editor told the ingest command about one raw copy. */
export interface IngestOptions {
  /** A raw `.txt` copy, a saved `.html` page, or an http(s) URL. */
  rawPath: string;
  /** The outlet; null = "not stated"; undefined = not given (a page may state it). */
  outlet: string | null | undefined;
  url: string | null;
  basedOn: string | null;
  title: string | null;
  titleSource: TitleSource | null;
  noTitle: boolean;
  date: string | null;
  byline: string[];
  provenance: string | null;
  story: string | null;
  /** Open a new story with this title instead of choosing one. */
  newStory: string | null;
  slug: string | null;
  /** Replace the report at the same slug. */
  force: boolean;
  /** Accept a publication date before 1990 or after today. */
  allowDate: boolean;
  /** Add a copy whose URL or body is already a report's. */
  allowDuplicate: boolean;
  /** For a feed: list what would be added, and write nothing. */
  dryRun: boolean;
}

/** Options once the outlet is known: given, or stated by the page. */
export type ResolvedOptions = IngestOptions & { outlet: string | null };

export const USAGE =
  'usage: npm run ingest -- <raw.txt | page.html | feed.xml | URL> [--outlet "<name>|not stated"] [--url <original URL>] [--title "<headline>"] ' +
  '[--title-source stated|copy|syndicated-copy|url] [--no-title] [--date YYYY-MM-DD] [--based-on <URL>] ' +
  '[--byline "<name>"]… [--provenance "<note>"] [--story <id> | --new-story "<title>"] [--slug <slug>] [--force] ' +
  '[--allow-date] [--allow-duplicate] [--dry-run (a feed)]';

const OPTIONS = {
  outlet: { type: 'string' },
  url: { type: 'string' },
  'based-on': { type: 'string' },
  title: { type: 'string' },
  'title-source': { type: 'string' },
  'no-title': { type: 'boolean', default: false },
  date: { type: 'string' },
  byline: { type: 'string', multiple: true },
  provenance: { type: 'string' },
  story: { type: 'string' },
  'new-story': { type: 'string' },
  slug: { type: 'string' },
  force: { type: 'boolean', default: false },
  'allow-date': { type: 'boolean', default: false },
  'allow-duplicate': { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
} satisfies ParseArgsOptionsConfig;

/** Outlet names that mean the outlet is unknown. */
const UNKNOWN_OUTLET = /^(not stated|unknown)$/i;

function parseTitleSource(value: string | undefined): TitleSource | null {
  if (value === undefined) return null;
  if ((TITLE_SOURCES as readonly string[]).includes(value) && value !== 'none') return value as TitleSource;
  throw new IngestError('arguments', '--title-source', `"${value}" is not one of stated, copy, syndicated-copy, url`);
}

/** Reads the command line; throws an IngestError naming the flag at fault. */
export function parseIngestArgs(argv: readonly string[]): IngestOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new IngestError('arguments', 'flags', `${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    throw new IngestError(
      'arguments',
      '<raw.txt>',
      `expected exactly one raw file, got ${positionals.length}\n${USAGE}`,
    );
  }
  // A web page or a feed may state its outlet; a plain copy cannot.
  const page = /^https?:\/\//i.test(positionals[0]) || /\.(html?|xml|rss|atom|json)$/i.test(positionals[0]);
  if ((values.outlet === undefined && !page) || values.outlet?.trim() === '') {
    throw new IngestError('arguments', '--outlet', `is required (write "not stated" if unknown)\n${USAGE}`);
  }
  if (values.story !== undefined && values['new-story'] !== undefined) {
    throw new IngestError('arguments', '--new-story', 'cannot be combined with --story');
  }
  if (values['new-story'] !== undefined && values['new-story'].trim() === '') {
    throw new IngestError('arguments', '--new-story', "needs the new story's title");
  }
  if (values.slug !== undefined) {
    const slug = reportSlugField.safeParse(values.slug);
    if (!slug.success) throw new IngestError('arguments', '--slug', `"${values.slug}" ${slug.error.issues[0].message}`);
  }
  if (values['no-title'] && values.title !== undefined) {
    throw new IngestError('arguments', '--title', 'cannot be combined with --no-title');
  }
  return {
    rawPath: positionals[0],
    outlet:
      values.outlet === undefined ? undefined : UNKNOWN_OUTLET.test(values.outlet.trim()) ? null : values.outlet.trim(),
    url: values.url ?? null,
    basedOn: values['based-on'] ?? null,
    title: values.title?.trim() || null,
    titleSource: parseTitleSource(values['title-source']),
    noTitle: values['no-title'],
    date: values.date ?? null,
    byline: (values.byline ?? []).map((name) => name.trim()).filter(Boolean),
    provenance: values.provenance?.trim() || null,
    story: values.story ?? null,
    newStory: values['new-story']?.trim() || null,
    slug: values.slug ?? null,
    force: values.force,
    allowDate: values['allow-date'],
    allowDuplicate: values['allow-duplicate'],
    dryRun: values['dry-run'],
  };
}
