import { wordsOf } from '../text/words.ts';
import { isHeadingShaped, isTitleCase, topicalOverlap } from './line-rules.ts';

const isProse = (line: string) => wordsOf(line).length >= 3 && !isTitleCase(line);

/** A short line about the article shares at least this share of its words with it; menus and links share less. */
const MIN_TOPICAL_OVERLAP = 1 / 3;
const MAX_LINK_WORDS = 2;

/**
 * The lines of page chrome, by where they stand and what they share with
 * the article: a short line (no closing punctuation) before the first
 * paragraph or after the last one is chrome when it shares little with the
 * article — "Skip to main content", "Europe", "Facebook", "Purchase
 * Licensing Rights". The headline, a deck and related lines speak of the
 * story; lines between paragraphs and sentences are never chrome.
 */
export function chromeLines(lines: readonly string[], articleStems: ReadonlySet<string>): Set<number> {
  const short = lines.map((line) => isHeadingShaped(line));
  const first = short.indexOf(false);
  const last = short.lastIndexOf(false);
  const chrome = new Set<number>();
  if (first < 0) return chrome;
  const overlap = lines.map((line) => topicalOverlap(line, articleStems));
  // The headline is the line before the first paragraph that shares most with it, however little.
  const headline = overlap.slice(0, first).reduce((best, value, index) => (value > overlap[best] ? index : best), 0);
  lines.forEach((_, index) => {
    // Right after the article, a line of sentence-case prose ("It went on") is a last paragraph cut short;
    // further down, such lines are a list of other stories.
    const cutShort = index === last + 1 && isProse(lines[index]);
    const placed = (index < first && index !== headline) || (index > last && !cutShort);
    // One or two words outside the article ("News", "Water", "Live") are section and topic links.
    const offTopic = overlap[index] < MIN_TOPICAL_OVERLAP || wordsOf(lines[index]).length <= MAX_LINK_WORDS;
    if (short[index] && placed && offTopic) chrome.add(index);
  });
  return chrome;
}
