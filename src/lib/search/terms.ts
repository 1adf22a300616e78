import { foldWord, isSearchable, wordsIn } from '../text/words.ts';

export { isSearchable };

/** A word in a text, with where it stands; a hyphenated run ("cease-fire") is one word with parts. */
export interface WordSpan {
  /** The word folded for matching, hyphenated parts joined: "cease-fire" → "ceasefire". */
  term: string;
  /** The folded parts of a hyphenated word ("cease-fire" → cease, fire); empty otherwise. */
  parts: string[];
  start: number;
  end: number;
}

/** Folds a word or spelling for matching as the index does, hyphens joined: "CEASE-FIRE" → "ceasefire". */
export function foldTerm(word: string): string {
  return foldWord(word).replace(/[-‐]/g, '');
}

const HYPHENS = '-‐';

/** Every word of a text with its position; words joined by a hyphen form one span with parts. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  let run: { start: number; end: number; parts: string[] } | undefined;
  const close = () => {
    if (!run) return;
    const parts = run.parts.length > 1 ? run.parts : [];
    spans.push({ term: run.parts.join(''), parts, start: run.start, end: run.end });
    run = undefined;
  };
  for (const word of wordsIn(text)) {
    if (run && word.start === run.end + 1 && HYPHENS.includes(text[run.end])) {
      run.parts.push(foldWord(word.text));
      run.end = word.end;
      continue;
    }
    close();
    run = { start: word.start, end: word.end, parts: [foldWord(word.text)] };
  }
  close();
  return spans;
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
