/** Words too common to find anything by; queries made only of them find nothing. */
const STOP_WORDS = new Set(
  (
    'a an the and or but nor of to in on at by for with from as is are was were be been has have had it its ' +
    'that this these those he she they them his her their we our you your i not no so if than then there which ' +
    'who whom what when where while will would can could should may might do does did also said says'
  ).split(' '),
);

/** A word in a text, with where it stands. */
export interface WordSpan {
  /** The word folded for matching: lowercase, no diacritics, no possessive "'s", no hyphens. */
  term: string;
  /** The parts of a hyphenated word ("cease-fire" → cease, fire); empty otherwise. */
  parts: string[];
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-.,'’][\p{L}\p{N}]+)*/gu;

/** Folds a word for matching: "Zelenskyy’s" → "zelenskyy", "Šefčovič" → "sefcovic", "cease-fire" → "ceasefire". */
export function foldTerm(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$/, '')
    .replace(/-/g, '');
}

/** Every word of a text with its position, for indexing and for marking matches. */
export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((match) => ({
    term: foldTerm(match[0]),
    parts: match[0].includes('-') ? match[0].split('-').map(foldTerm) : [],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Whether a folded term is worth indexing and searching for. */
export function isSearchable(term: string): boolean {
  return !STOP_WORDS.has(term) && (term.length > 1 || /\p{N}/u.test(term));
}

/** The searchable terms of a text, in order, repeats included; a hyphenated word gives itself and its parts. */
export function termsOf(text: string): string[] {
  return wordSpans(text)
    .flatMap((span) => [span.term, ...span.parts])
    .filter(isSearchable);
}

/** The shard a term's vocabulary lives in: its first letter, or "_" for other scripts. */
export function shardOf(term: string): string {
  const first = term.charAt(0);
  return /[a-z0-9]/.test(first) ? first : '_';
}
