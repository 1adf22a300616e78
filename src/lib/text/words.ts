// The one tokenizer: every module that reads words (search index and query, events, quotes, the cleaner)
// finds, folds and filters them here. Sentences come from Intl.Segmenter (./sentences.ts); stems from
// ./stem.ts, so the browser's search never loads a stemmer.

/**
 * A word: letters, digits and combining marks, with inner apostrophes, periods and commas ("Zelenskyy’s",
 * "U.S", "1,000"); a hyphen separates words. These are Intl.Segmenter's word boundaries for the scripts
 * the reports use, at about half its cost: with the Segmenter, the 10,000-report index took 7.2 s
 * instead of 4.2 s and the browser's warm keystroke p95 doubled (snippets are marked on every keystroke).
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.,][\p{L}\p{N}\p{M}]+)*/gu;

/** Words that say nothing about what a text is about, nor are worth searching for. */
const STOP_WORDS = new Set(
  (
    'a an the and or but nor for so yet to of in on at by with from into onto over under as if than then ' +
    'is are was were be been being am it its this that these those there their they them he she his her we our ' +
    'you your i me my not no do does did has have had will would can could should may might must shall ' +
    'what which who whom whose when where why how all any each also said says say while ' +
    'until after before about since during against between through because both once again very too'
  ).split(' '),
);

/**
 * Calendar words say when, not what: two stories of the same week, or two events of the same day, share
 * them. Story clustering leaves time to its decay and event merging to the dates themselves.
 */
const CALENDAR = new Set(
  // "march" and "may" stay words: a protest march is what an event is about.
  (
    'monday tuesday wednesday thursday friday saturday sunday january february april june july ' +
    'august september october november december today yesterday tomorrow tonight day days week weeks ' +
    'weekend weekends month months year years summer winter autumn fortnight fortnights ' +
    // Words that place a moment in its day or against another ("earlier this month", "in the early hours").
    'morning mornings afternoon afternoons evening evenings night nights overnight midnight noon hour hours ' +
    'earlier later early late ago'
  ).split(' '),
);

/** Letters that carry no combining mark to strip, folded as an English reader would type them. */
const LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };

const ASCII = /^[\x20-\x7e]*$/;

/** A word of a text and where it stands, [start, end). */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * The words of a text: "Ukraine-Russia" is two words, "Zelenskyy’s",
 * "1,000" and "U.S" one each, and a word written with combining marks
 * (NFD) stays whole.
 */
export function wordsIn(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The words of a text, without their places. */
export function wordsOf(text: string): string[] {
  return wordsIn(text).map((word) => word.text);
}

/**
 * Folds a word for matching: lowercase, no diacritics (Šefčovič → sefcovic,
 * Łukasz → lukasz, Ødegaard → odegaard), no possessive ("Zelenskyy’s" → zelenskyy).
 */
export function foldWord(word: string): string {
  // Most words are plain ASCII, which has nothing to decompose or strip: the index folds half a million of them.
  if (ASCII.test(word)) return word.toLowerCase().replace(/'s$/, '');
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđðþßæœı]/g, (letter) => LETTERS[letter])
    .replace(/['’]s$/u, '');
}

/** Whether a folded word says something: not a stop word, not a bare number. */
export function isMeaningful(folded: string): boolean {
  return !STOP_WORDS.has(folded) && /\p{L}/u.test(folded);
}

/** Whether a folded word names a day, month or span of the calendar. */
export function isCalendarWord(folded: string): boolean {
  return CALENDAR.has(folded);
}

/** Whether a folded word is worth searching for: not a stop word; numbers count, single letters do not. */
export function isSearchable(folded: string): boolean {
  return !STOP_WORDS.has(folded) && (folded.length > 1 || /\p{N}/u.test(folded));
}
