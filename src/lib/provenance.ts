import type { PageProvenance } from './schema/page-provenance.ts';

/** How the headline shown for a report is known. */
export const TITLE_SOURCES = [
  /** Printed with the report, or given by an editor who saw it there. */
  'stated',
  /** The first line of the raw copy, read as its headline. */
  'copy',
  /** The headline of a syndicated copy credited to the outlet. */
  'syndicated-copy',
  /** Inferred from the words of the original URL. */
  'url',
  /** No headline known: pages show the opening sentence instead. */
  'none',
] as const;

export type TitleSource = (typeof TITLE_SOURCES)[number];

/** What readers are told of how a headline is known, wherever the headline is shown. */
export const HEADLINE_NOTES: Record<TitleSource, string> = {
  stated: 'The headline is the one published with the report.',
  copy: 'The headline is the first line of the copy we received.',
  'syndicated-copy': 'The copy carries no headline; this is the headline of a syndicated copy credited to the outlet.',
  url: 'The copy carries no headline; this one is inferred from the words of the original URL.',
  none: 'No headline is known for this report; the opening sentence stands in for it.',
};

/** How the publication date is known. */
export const DATE_SOURCES = [
  /** A `date YYYY-MM-DD` marker in the raw copy. */
  'marker',
  /** Given by the editor (`--date`), from what is known of the copy. */
  'editor',
  /** Stated by the page the report was read from (its JSON-LD, Open Graph or `<meta>` date). */
  'page',
] as const;

export type DateSource = (typeof DATE_SOURCES)[number];

const FIELD_NAMES = { title: 'headline', outlet: 'outlet', url: 'original URL', published: 'date', byline: 'byline' };

/**
 * What readers are told of a report read from a web page: how it came, and for each field whether the page
 * stated it or an editor gave it (with the page's own value when the editor's differs).
 */
export function pageNotes(page: PageProvenance): string[] {
  const how =
    page.via === 'html'
      ? 'Read from a saved copy of the web page.'
      : page.via === 'url'
        ? `Fetched from ${page.fetched ?? 'the web'}.`
        : `An item of the feed ${page.feed ?? ''}.`.replace(' .', '.');
  const fields = (Object.keys(FIELD_NAMES) as (keyof typeof FIELD_NAMES)[]).flatMap((field) => {
    const source = page.fields[field];
    const stated = page.stated[field];
    const shown = Array.isArray(stated) ? stated.join(', ') : stated;
    if (source === 'page') return [`The ${FIELD_NAMES[field]} is the one the page states.`];
    if (source === 'flag')
      return [`The ${FIELD_NAMES[field]} was given by an editor${shown ? `; the page states “${shown}”` : ''}.`];
    return [];
  });
  return [how, ...fields];
}
