import { stemWord } from '../text/stem.ts';
import { foldWord, isMeaningful, wordsOf } from '../text/words.ts';

/** Words that carry meaning: not stop words, not bare numbers. */
const significantWords = (line: string) => wordsOf(line).filter((word) => isMeaningful(foldWord(word)));
const stemOf = (word: string) => stemWord(foldWord(word));
const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * Labels that news sites put on lines that are not part of the article.
 * A line that is exactly a label, or a label followed by a separator and a
 * link text ("Also read: …"), is boilerplate.
 */
const LABELS = [
  'also read',
  'read also',
  'read more',
  'more from',
  'more on this',
  'see also',
  'related',
  'related stories',
  'related articles',
  'related coverage',
  'recommended',
  'recommended stories',
  "don't miss",
  'must read',
  'trending',
  'trending now',
  'top stories',
  'watch',
  'watch now',
  'listen',
  'advertisement',
  'sponsored',
  'sponsored content',
  'promoted',
  'share this',
  'share this article',
  'share this story',
  'share',
  'read the full article',
  'read the full article here',
  'read the full story',
  'read the full story here',
  'continue reading',
  'click here',
  'story continues below',
  'story continues below advertisement',
  'scroll to continue',
];

/** Calls to action that open a short line: "Subscribe to our newsletter", "Follow us on X". */
const CALL_TO_ACTION = /^(subscribe|sign up|follow us|download (our|the) app|click here|tap here|join us on)\b/i;

/** Wire and copyright trailers: "(Reporting by …; Editing by …)", "© 2025 …". */
const CREDIT =
  /^\(?\s*(additional )?(reporting|writing|editing|compiled|produced) by\b.*\)?$|^(©|copyright\s*(©|\(c\)|\d{4}))|all rights reserved\.?$/i;

const SEPARATOR = /^\s*[:|»›–—-]/u;
const URL_ONLY = /^(https?:\/\/|www\.)\S+$/i;
const TERMINAL = /[.!?:;…"“”'’)\]]$/u;
const MAX_HEADING_WORDS = 14;
const MAX_SHORT_LINE_WORDS = 12;
/** A subheading shares at least a third of its words with the article; measured teasers share under a fifth. */
const MIN_TOPICAL_OVERLAP = 1 / 3;

/** Normalises a line for comparison with labels: lowercase, straight quotes, no edge punctuation. */
function normalised(line: string): string {
  return line
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** A navigation or advertising label, alone or in front of a link text. */
export function isLabelLine(line: string): boolean {
  const text = normalised(line);
  const lowered = line.toLowerCase().replace(/[’‘]/g, "'").trim();
  if (LABELS.includes(text)) return true;
  if (LABELS.some((label) => lowered.startsWith(label) && SEPARATOR.test(lowered.slice(label.length)))) {
    return true;
  }
  return wordsOf(line).length <= MAX_SHORT_LINE_WORDS && CALL_TO_ACTION.test(text);
}

/** A byline trailer or copyright line from a wire service or site footer. */
export function isCreditLine(line: string): boolean {
  return CREDIT.test(line.trim());
}

/** A caption's label: "FILE PHOTO: …", "Picture: …", "Image source, …". */
const CAPTION_LABEL = /^(?:file\s+)?(?:photo|picture|image|photograph|caption|pictured)s?\s*(?:[:|]|source\b)/i;
/** A photo credit closing a line: "REUTERS/Jane Doe", "(AP Photo/…)", "Getty Images", "AFP via Getty Images". */
const PHOTO_CREDIT =
  /(?:\b[A-Z]{2,}(?: [A-Z]{2,})?\/\s?\p{Lu}[\p{L}.'’ -]+|\((?:AP|AFP|Reuters|EPA|PA) Photo[^)]*\)|\b(?:via REUTERS|Getty Images|Shutterstock|Alamy))\s*\.?$/u;

/** A photo caption or photo credit: what it dates is when a picture was taken, not an event of the story. */
export function isCaptionLine(line: string): boolean {
  const trimmed = line.trim();
  return CAPTION_LABEL.test(trimmed) || PHOTO_CREDIT.test(trimmed);
}

/** A line that is only a web address. */
export function isLinkLine(line: string): boolean {
  return URL_ONLY.test(line.trim());
}

/** Short, without closing punctuation: a headline or subheading rather than a sentence. */
export function isHeadingShaped(line: string): boolean {
  const words = wordsOf(line);
  return words.length > 0 && words.length <= MAX_HEADING_WORDS && !TERMINAL.test(line.trim());
}

/**
 * Title Case: nearly every meaningful word capitalised ("This Could Be the
 * Most Important Video …"). Sentence case capitalises only names.
 */
export function isTitleCase(line: string): boolean {
  const words = significantWords(line);
  if (words.length < 3) return false;
  const capitalised = words.filter(isCapitalised).length;
  return capitalised / words.length >= 0.8;
}

/**
 * Share of a line's meaningful words whose stems occur in the article: a
 * subheading speaks of the story, a teaser for another story mostly does not.
 */
export function topicalOverlap(line: string, articleStems: ReadonlySet<string>): number {
  const words = significantWords(line);
  if (words.length === 0) return 0;
  return words.filter((word) => articleStems.has(stemOf(word))).length / words.length;
}

/** Stems of every meaningful word in the given lines. */
export function stemsOf(lines: readonly string[]): Set<string> {
  return new Set(lines.flatMap((line) => significantWords(line).map(stemOf)));
}

/**
 * A Title Case line (or a question) that may end in "?" or nothing, and
 * that is about something other than the article: an ad or a teaser.
 */
export function isTeaserLine(line: string, articleStems: ReadonlySet<string>): boolean {
  const trimmed = line.trim();
  const shaped = isHeadingShaped(trimmed) || (trimmed.endsWith('?') && wordsOf(trimmed).length <= MAX_HEADING_WORDS);
  return shaped && isTitleCase(trimmed) && topicalOverlap(trimmed, articleStems) < MIN_TOPICAL_OVERLAP;
}
