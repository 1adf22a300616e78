import { foldWord, wordsOf } from '../text/words.ts';

/** Query parameters that track a click, not name a page. */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|smid)$/i;

/**
 * A URL as two links to the same page have it in common: no fragment, no tracking parameters, no
 * "www.", no trailing slash, host in lower case. Two reports with the same one are the same copy.
 */
export function canonicalUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
  parsed.hostname = parsed.hostname.toLowerCase().replace(/^www\./, '');
  parsed.protocol = 'https:';
  return parsed.href.replace(/\/(?=$|\?)/, '');
}

/** A body reduced to its words, folded: the same text however it was punctuated, spaced or cased. */
export function normalizedBody(paragraphs: readonly string[]): string {
  return paragraphs.flatMap((paragraph) => wordsOf(paragraph).map(foldWord)).join(' ');
}
