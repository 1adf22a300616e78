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
] as const;

export type DateSource = (typeof DATE_SOURCES)[number];
