import { wordsOf } from '../text/words.ts';

/** Path segment words: at least three hyphen-separated words of letters. */
const WORDY_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+){2,}$/i;

/**
 * How a word is most often written in the article ("ukraine" → "Ukraine"),
 * or lowercase. ALL-CAPS forms ("RUSSIA and Ukraine…") are emphasis, not casing.
 */
function casedAsInArticle(word: string, articleWords: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const candidate of articleWords) {
    if (candidate.toLowerCase() !== word || candidate === candidate.toUpperCase()) continue;
    counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? word;
}

/**
 * A headline suggested by an article URL's words, cased as the article
 * writes them: `…/russia-and-ukraine-start-prisoner-exchange-LG14123866` →
 * "Russia and Ukraine start prisoner exchange". Null when the URL has no words.
 */
export function titleFromUrl(url: string, articleText: string): string | null {
  const segments = new URL(url).pathname
    .split('/')
    .map((segment) => decodeURIComponent(segment).replace(/\.[a-z0-9]+$/i, ''))
    .filter((segment) => WORDY_SEGMENT.test(segment));
  const segment = segments.at(-1);
  if (segment === undefined) return null;
  const words = segment.toLowerCase().split('-');
  while (words.length > 0 && /\d/.test(words.at(-1) ?? '')) words.pop();
  if (words.length < 3) return null;
  const articleWords = wordsOf(articleText);
  const cased = words.map((word) => casedAsInArticle(word, articleWords));
  return cased[0].charAt(0).toUpperCase() + cased.join(' ').slice(1);
}
