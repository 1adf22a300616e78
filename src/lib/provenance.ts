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

/** How the publication date is known. */
export const DATE_SOURCES = [
  /** A `date YYYY-MM-DD` marker in the raw copy. */
  'marker',
  /** Given by the editor (`--date`), from what is known of the copy. */
  'editor',
] as const;

export type DateSource = (typeof DATE_SOURCES)[number];
