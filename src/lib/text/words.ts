import { stemmer } from 'stemmer';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Small words that say nothing about what happened. */
const STOP_WORDS = new Set(
  (
    'a an the and or but nor for so yet to of in on at by with from into onto over under as is are was were be ' +
    'been being it its this that these those than then there their they he she his her we our you your i me my ' +
    'not no do does did has have had will would can could should may might must what which who whom whose when ' +
    'where why how all any each also said says say told tell just only about after before while since up out'
  ).split(' '),
);

/** A word of a text, where it stands. */
export interface Word {
  text: string;
  start: number;
}

/** The words of a text, as Intl.Segmenter finds them ("Ukraine-Russia" is two words, "Zelenskyy’s" one). */
export function wordsIn(text: string): Word[] {
  const words: Word[] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    if (isWordLike) words.push({ text: segment, start: index });
  }
  return words;
}

/** Folds a word for comparison: lowercase, no diacritics, no possessive: "Zelenskyy’s" → "zelenskyy". */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '');
}

/** Whether a folded word says something: not a stop word, not a bare number. */
export function isMeaningful(folded: string): boolean {
  return !STOP_WORDS.has(folded) && /\p{L}/u.test(folded);
}

/** The Porter stem of a folded word: "negotiations" and "negotiated" → "negoti". */
export function stemWord(folded: string): string {
  return stemmer(folded);
}
