/** Small words that title case leaves lowercase and that say nothing about a topic. */
const STOP_WORDS = new Set(
  (
    'a an the and or but nor for so yet to of in on at by with from into onto over under as ' +
    'is are was were be been being it its this that these those than then there their they ' +
    'he she his her we our you your i me my not no do does did has have had will would can ' +
    'could should may might must what which who whom whose when where why how all any each'
  ).split(' '),
);

/** Words of a line: runs of letters, digits, apostrophes and inner hyphens. */
export function wordsOf(line: string): string[] {
  return line.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Words that carry meaning: not stop words, not bare numbers. */
export function significantWords(line: string): string[] {
  return wordsOf(line).filter((word) => !STOP_WORDS.has(word.toLowerCase()) && /\p{L}/u.test(word));
}

/** Whether a word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * A crude stem, enough to see that "listed" and "list" or "ceasefire" and
 * "cease-fire" share a topic: lowercase letters only, first five of them.
 */
export function stemOf(word: string): string {
  return word
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .slice(0, 5);
}
