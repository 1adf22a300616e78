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

/** Copyright lines: "© 2025 …", "Copyright 2025 Reuters", "… All rights reserved." */
const COPYRIGHT = /^(©|copyright\s*(©|\(c\)|\d{4}))|all rights reserved\.?$/i;
/** The roles a wire trailer credits: "(Reporting by …; Editing by …)". */
const CREDIT_ROLE =
  /\b(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|written|edited|photos?|graphics?)\s+by\b/gi;

const SEPARATOR = /^\s*[:|»›–—·•-]/u;
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
  return wordsOf(line).length <= MAX_SHORT_LINE_WORDS && CALL_TO_ACTION.test(text) && !isReportedSpeech(line);
}

/** A quotation or a reported statement ("“Join us on Saturday,” the mayor said."): article text, whatever it opens with. */
export function isReportedSpeech(line: string): boolean {
  return /[“”"«»]/.test(line) || /\b(?:said|says|told|added|asked|wrote)\b/i.test(line);
}

/**
 * A wire trailer or copyright line. A trailer names only people and desks
 * after its roles ("Reporting by Tom Balmforth; Editing by Gareth Jones"),
 * so "Reporting by local radio suggested …" stays: it is a sentence.
 */
export function isCreditLine(line: string): boolean {
  const trimmed = line.trim();
  if (COPYRIGHT.test(trimmed)) return true;
  const inner = trimmed.replace(/^\(|\)\.?$/g, '');
  if (!new RegExp(`^${CREDIT_ROLE.source}`, 'i').test(inner)) return false;
  const names = inner.replace(CREDIT_ROLE, ' ').replace(/[;,.]|\b(?:and|in|with)\b/g, ' ');
  return wordsOf(names).every((word) => /^\p{Lu}/u.test(word));
}

/** Page furniture: never article text, whatever the page. Each pattern is a whole line. */
const FURNITURE = [
  /^(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b.*$/i,
  /^(?:accept|reject|allow|manage|customi[sz]e)(?: all)?(?: cookies| preferences| settings| choices)?$/i,
  /^(?:cookie|privacy|consent) (?:settings|policy|preferences|notice)$/i,
  /^(?:log ?in|sign ?in|log ?out|sign ?out|sign up|register|create (?:an|a free) account|my account)$/i,
  /^already (?:a subscriber|have an account)\b.*$/i,
  /^subscribe(?: now| today)?(?: to (?:continue|keep) reading)?\.?$/i,
  /^(?:most (?:read|popular|viewed|shared)|trending(?: now)?|newsletters?|top stories|latest(?: news)?|editor'?s picks|more stories|more on this story|you may also like|comments?|\d+ comments?)$/i,
  /^(?:topics|tags|filed under)\s*:.*$/i,
  /^(?:listen to this article|copy link|print|email|share on [\p{L}]+|share via [\p{L}]+)$/iu,
  /^\d+\s*min(?:ute)?s?\s+read$/i,
  /^get the latest\b.*\binbox\.?$/i,
  /^(?:you must (?:be a subscriber|sign in|log in|register)|this (?:article|story|content) is (?:reserved |only )?for (?:subscribers|members)|register for free)\b.*$/i,
  /^(?:reuse this content|explore more on these topics|save(?: article| for later)?|gift (?:this )?article|view all photos|watch live|video duration\s+[\d:]+)$/i,
  /^[_\-–—=*·•~]{3,}$/,
  // Agency desk slugs: "mig/imm/rlp", "ct/dm/ap".
  /^[a-z]{2,4}(?:\/[a-z]{2,4}){1,5}$/,
  /^(?:home|news)(?:\s*[>›»|/]\s*[\p{L}&' -]+)+$/iu,
];

/** Cookie banners, log-in walls, widgets, breadcrumbs, share rows. */
export function isFurnitureLine(line: string): boolean {
  const trimmed = line.trim();
  return FURNITURE.some((pattern) => pattern.test(trimmed)) || isConsentNotice(trimmed);
}

/** The site speaking of its own cookies, partners or sign-ups ("We and our 842 partners store … cookies"), not quoted. */
function isConsentNotice(line: string): boolean {
  return (
    /^(?:we|with your permission we|by (?:clicking|continuing|signing up))\b/i.test(line) &&
    /\b(?:our partners|cookies|your privacy|unsubscribe|sign-up|consent)\b/i.test(line) &&
    !isReportedSpeech(line)
  );
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/** "Published 23 May 2025, 06:15 BST", "Updated 2 hours ago", "Last updated: Friday". */
const TIME_STAMP = new RegExp(
  `^(?:first |last )?(?:published|updated|posted|modified)(?: on| at)?\\s*:?\\s*(?:\\d|${MONTH}\\b|${DAY}\\b|today\\b|yesterday\\b|an? (?:hour|minute|day)s? ago\\b|just now\\b)[^.!?]*$`,
  'i',
);
/** "By Jane Smith", "By Jane Smith and Tom Lee": names only, each capitalised (so not "By Friday, the bridge…"). */
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
const BYLINE = new RegExp(
  `^[Bb]y\\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b)${NAME}(?:\\s*(?:,|and)\\s+${NAME})*$`,
  'u',
);

/** Words that may fill a bare date or time stamp: "Fri 23 May 2025 06.15 BST", "16.42 BST", "-7.82%". */
const STAMP_WORD = new RegExp(
  `^(?:\\d.*|${MONTH}|${DAY}|(?:mon|tue|wed|thu|fri|sat|sun)\\.?|[ap]\\.?m\\.?|(?:utc|gmt|bst|cet|cest|est|edt|cst|cdt|pst|pdt|aest|aedt|nzst|nzdt|ist))$`,
  'i',
);

/** A time stamp or byline of the page, never a sentence of the article. */
export function isStampLine(line: string): boolean {
  const trimmed = line.trim();
  if (/\d/.test(trimmed) && wordsOf(trimmed).every((word) => STAMP_WORD.test(word))) return true;
  return wordsOf(trimmed).length <= MAX_SHORT_LINE_WORDS && (TIME_STAMP.test(trimmed) || BYLINE.test(trimmed));
}

/** A caption's label: "FILE PHOTO: …", "Picture: …", "Image source, …". */
const CAPTION_LABEL = /^(?:file\s+)?(?:photo|picture|image|photograph|caption|pictured)s?\s*(?:[:|]|source\b)/i;
/** A photo credit closing a line: "REUTERS/Jane Doe", "(AP Photo/…)", "Getty Images", "AFP via Getty Images". */
const PHOTO_CREDIT =
  /(?:\b[A-Z]{2,}(?: [A-Z]{2,})?\/\s?\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}.'’-]+)+|\((?:AP|AFP|Reuters|EPA|PA) Photo[^)]*\)|\((?:Photo|Picture|Image)s?\s*(?:by\b|:)[^)]*\)|\b(?:Picture|Photo|Photograph|Image)s?(?: credit)?\s*[:/]\s*\p{L}[\p{L}.'’ /-]*|\b(?:via REUTERS|Getty Images|Shutterstock|Alamy))\s*\.?$/u;

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
