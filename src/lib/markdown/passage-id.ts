/** What a passage is: paragraphs are `p-N`, headings `h-N`. */
export type PassageKind = 'paragraph' | 'heading';

/** The id of the Nth passage of a kind (from 1, in reading order): `p-4`, `h-2`. */
export function passageId(kind: PassageKind, n: number): string {
  return `${kind === 'paragraph' ? 'p' : 'h'}-${n}`;
}

/** The number readers see for a passage id: "4" for `p-4`, shown as "¶4". */
export function passageNumber(id: string): string {
  return id.slice(id.indexOf('-') + 1);
}

/** The report's headline, addressable like a passage: search finds words that only the headline has. */
export const HEADLINE_ID = 'headline';

/** The first paragraph of every report: what a publication entry cites. */
export const FIRST_PARAGRAPH = passageId('paragraph', 1);
