import type { Removal } from '../clean/clean-report.ts';
import type { FIELD_SOURCES, PageProvenance } from '../schema/page-provenance.ts';

type FieldSource = (typeof FIELD_SOURCES)[number];
import type { IngestOptions, ResolvedOptions } from './args.ts';
import { articleFromHtml } from './html-article.ts';
import { IngestError } from './ingest-error.ts';
import { pageMetadata } from './page-metadata.ts';
import { wordsOf } from '../text/words.ts';

/** A web page made ready for the ingest's one path: its article as a plain copy, and the options it fills in. */
export interface PageInput {
  /** The article's paragraphs, one per line pair, as a plain copy has them. */
  raw: string;
  /** The editor's options, with what the page states where the editor gave nothing (flags win). */
  options: ResolvedOptions;
  /** What extraction's line rules removed. */
  removed: Removal[];
  page: PageProvenance;
}

/** Fewer words of prose than this is a teaser, a paywall stub or a list of links, not an article. */
const MIN_ARTICLE_WORDS = 50;

/** Words in paragraphs that read as prose: sentences, not a list of headlines. */
function proseWords(paragraphs: readonly string[]): number {
  return paragraphs
    .filter((paragraph) => /[.!?"”’]$/.test(paragraph))
    .reduce((sum, paragraph) => sum + wordsOf(paragraph).length, 0);
}

/** "Inside the dispute | The Solent Courier" is the headline "Inside the dispute" on the outlet's site. */
function withoutSiteName(title: string | undefined, outlet: string | undefined): string | undefined {
  if (title === undefined || outlet === undefined) return title;
  const suffix = new RegExp(`\\s+[|–—-]\\s+${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  return title.replace(suffix, '') || title;
}

/**
 * Reads a page for ingest: the article, by extraction and the line rules; the metadata it states; and for
 * each field, whether the page or a flag gave it. `source` names the file or URL in errors.
 */
export function pageInput(
  html: string,
  options: IngestOptions,
  how: {
    source: string;
    via: PageProvenance['via'];
    fetched: string | null;
    feed?: string | null;
    guid?: string;
    /** What a feed item states, when the page does not: its title, date, authors, and the feed's name. */
    item?: { title: string | null; published: string | null; byline: string[]; outlet: string | null };
  },
): PageInput {
  const article = articleFromHtml(html);
  if (article === null || proseWords(article.paragraphs) < MIN_ARTICLE_WORDS) {
    throw new IngestError(
      how.source,
      'body',
      'has no readable article (a front page, a paywall stub or an error page?)',
    );
  }
  const meta = pageMetadata(html, how.fetched);
  const item = how.item;
  if (item && !meta.published && item.published) meta.published = { value: item.published, from: 'meta' };
  if (item && !meta.byline && item.byline.length > 0) meta.byline = { value: item.byline, from: 'meta' };
  if (item && !meta.outlet && item.outlet) meta.outlet = { value: item.outlet, from: 'meta' };
  const found = meta.title?.value ?? item?.title ?? article.title ?? undefined;
  const pageTitle = withoutSiteName(found, meta.outlet?.value);
  const outlet = options.outlet !== undefined ? options.outlet : (meta.outlet?.value ?? undefined);
  if (outlet === undefined) {
    throw new IngestError(
      how.source,
      '--outlet',
      'the page does not state its outlet; pass --outlet "<name>" (or "not stated")',
    );
  }
  const url = options.url ?? meta.url?.value ?? how.fetched;
  const from = (flag: unknown, stated: unknown): FieldSource => (flag ? 'flag' : stated ? 'page' : 'none');
  return {
    raw: article.paragraphs.join('\n\n'),
    removed: article.removed,
    options: {
      ...options,
      outlet,
      url,
      title: options.title ?? pageTitle ?? null,
      titleSource: options.title !== null ? options.titleSource : pageTitle ? 'stated' : null,
      date: options.date ?? meta.published?.value ?? null,
      byline: options.byline.length > 0 ? options.byline : (meta.byline?.value ?? []),
    },
    page: {
      via: how.via,
      fetched: how.fetched,
      feed: how.feed ?? null,
      guid: how.guid ?? null,
      stated: {
        ...(pageTitle ? { title: pageTitle } : {}),
        ...(meta.outlet ? { outlet: meta.outlet.value } : {}),
        ...(meta.url ? { url: meta.url.value } : {}),
        ...(meta.published ? { published: meta.published.value } : {}),
        ...(meta.byline ? { byline: meta.byline.value } : {}),
        ...(meta.language ? { language: meta.language.value } : {}),
      },
      fields: {
        title: from(options.title, pageTitle),
        outlet: from(options.outlet !== undefined, meta.outlet),
        url: from(options.url, meta.url ?? how.fetched),
        published: from(options.date, meta.published),
        byline: from(options.byline.length > 0, meta.byline),
      },
    },
  };
}
