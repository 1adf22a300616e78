import { wordsOf } from '../text/words.ts';
import { NEWSROOM_NOUN } from './page-furniture.ts';
import {
  MIN_TOPICAL_OVERLAP,
  isHeadingShaped,
  isListItem,
  isTitleCase,
  shapeOf,
  topicalOverlap,
  votesOnTopic,
  type ArticleStems,
} from './line-rules.ts';

const isProse = (line: string) => wordsOf(line).length >= 3 && !isTitleCase(line);

const MAX_LINK_WORDS = 2;
/** A standfirst runs to a sentence; a line of a few words under the headline is a section or a byline. */
const MIN_DECK_WORDS = 6;
/** A headline of another story runs to 30 words, unpunctuated: "Steam Deck owners are getting a surprise update this week and it fixes …". */
const MAX_TEASER_WORDS = 30;
const TERMINAL = /[.!?:;…"“”'’)\]]$/u;

/**
 * A writer's bio: "Priya Nandakumar is a senior medical writer at ClinicaWire.", "Ellie Fontaine is Feedback's
 * live music editor.", "Carla Ruvalcaba covers Fresno City Hall." Inside a story such a sentence may be news
 * (a reporter detained); only after the article, sharing little with it, is it the page's.
 */
const BIO =
  /^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:(?:is|was) (?:(?:an?|the|\p{Lu}[\p{L}'’&.-]*(?:\s\p{Lu}[\p{L}'’&.-]*)*['’]s)\s)?(?:[\p{L}-]+\s){0,4}(?:correspondent|editor|reporter|writer|journalist|columnist|critic|producer|contributor|photographer)\b|(?:covers|reports on|writes about|has (?:been )?(?:writing|reporting|covering)(?: about| on)?)\s)|^(?:(?:freelance|senior|staff|former|award-winning|investigative)\s)+(?:reporter|journalist|writer|editor|correspondent|photographer)\s(?:covering|based|for|at|who)\b/u;

/**
 * Above the article, a newsroom's name ("The Kanto Morning Post", "Volta Wave 97.3 FM", "THE VISTULA POST") or
 * its tagline ("Protecting wild places across the Fens since 1961").
 */
const MASTHEAD = new RegExp(`^(?:The\\s|THE\\s)?(?:\\p{Lu}[\\p{L}'’&.-]*\\s|[\\d.]+\\s){0,4}${NEWSROOM_NOUN}$`, 'u');
const TAGLINE = /(?:^|\s)(?:since|dal|desde|depuis|seit|od|est\.?) \d{4}$/iu;

/** An item of the article's own timeline: "1 June: Bridge closes", "January 2025: tram service suspended", "Mid-2025: …". */
const TIMELINE_ITEM =
  /^(?:\p{N}|(?:early|mid|late)[- ]?\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d)[^:]{0,30}:\s/iu;

/** Whether a bio's subject (its first name and surname) is named in a line of running text other than bios. */
function namedElsewhere(line: string, lines: readonly string[], index: number): boolean {
  const surname = /^(?:\p{Lu}[\p{L}'’.-]+\s){0,2}(\p{Lu}[\p{L}'’.-]+)\s/u.exec(line)?.[1];
  if (surname === undefined) return false;
  const named = new RegExp(`(?<![\\p{L}])${surname.replace(/[.]/g, '\\.')}(?![\\p{L}])`, 'u');
  return lines.some(
    (other, at) => at !== index && isProse(other) && !isHeadingShaped(other) && !BIO.test(other) && named.test(other),
  );
}

/** A print column's width, and the fewest words of its wrapped lines ("partment of Transportation said"). */
const COLUMN_CHARS = 45;
const MIN_COLUMN_WORDS = 3;

/**
 * The lines of page chrome, by where they stand and what they share with
 * the article: a short line (no closing punctuation) before the first
 * paragraph or after the last one is chrome when it shares little with the
 * article — "Skip to main content", "Europe", "Facebook", "Purchase
 * Licensing Rights". The headline, a deck and related lines speak of the
 * story; lines between paragraphs and sentences are never chrome.
 */
export function chromeLines(lines: readonly string[], articleStems: ArticleStems): Set<number> {
  const words = lines.map((line) => wordsOf(line).length);
  // Short: no closing punctuation, or a word or two in brackets ("(MNA)"); "Attendance: 11,406." is a sentence.
  // A print replica's column wraps its sentences: a line that runs on into a next one starting in lower case
  // ("mechanism is rebuilt, the state De-" / "partment of Transportation said") is part of a paragraph, not short.
  const column = (line = '') => line.length <= COLUMN_CHARS && wordsOf(line).length >= MIN_COLUMN_WORDS;
  const runsOn = (line: string, next = '') =>
    column(line) && column(next) && !/[.!?:;"”’)]$/.test(line) && /^[a-z]/.test(next);
  const wrapped = lines.map(
    (line, index) => runsOn(line, lines[index + 1]) || (index > 0 && runsOn(lines[index - 1], line)),
  );
  const short = lines.map(
    (line, index) =>
      !wrapped[index] && (isHeadingShaped(line) || (words[index] <= MAX_LINK_WORDS && !/[.!?]$/.test(line))),
  );
  const overlap = lines.map((line) => topicalOverlap(line, articleStems));
  // The article runs from its first paragraph (running text, or a line that shares the topic) to its
  // last statement: a paragraph closed by a full stop, or any line that shares the topic. After the
  // article, a question ("The property quiz: how well do you know your postcode?") must share it.
  const statement = (line: string) => /\.["”’)]?$/.test(line);
  const paragraph = (line: string, index: number) => !short[index] && overlap[index] >= MIN_TOPICAL_OVERLAP;
  // Running text opens the article when it shares a word with the rest (an alert above the menu shares none).
  const running = (line: string, index: number) => !short[index] && votesOnTopic(line);
  const opened = lines.findIndex(
    (line, index) => paragraph(line, index) || (running(line, index) && overlap[index] > 0),
  );
  const first = opened >= 0 ? opened : lines.findIndex(running);
  // A writer's bio shares the topic when the writer covers it; then it goes on about the writer ("Before joining
  // the station in 2021, she covered …") and the writer is named nowhere else. A reporter the story is about
  // is named elsewhere in it, or told of in one sentence ("… who has covered the protest since March.").
  const bio = (line: string, index: number) =>
    BIO.test(line) &&
    (overlap[index] < MIN_TOPICAL_OVERLAP || (/[.!?]\s+\p{Lu}/u.test(line) && !namedElsewhere(line, lines, index)));
  const last = lines.findLastIndex(
    (line, index) =>
      !bio(line, index) &&
      // The article's last line is closed like a sentence; an unpunctuated one after it is another story's.
      ((paragraph(line, index) && TERMINAL.test(line)) || (!short[index] && statement(line))),
  );
  const chrome = new Set<number>();
  if (first < 0) return chrome;
  // The headline is the line of three words or more before the first paragraph that shares most words with
  // it ("News" shares its one word with a report that quotes RNZ News, and is a link all the same); none
  // when none shares any.
  const shared = overlap.map((value, index) => (words[index] > MAX_LINK_WORDS ? value * words[index] : 0));
  const headline = shared
    .slice(0, first)
    .reduce((best, value, index) => (value > (shared[best] ?? 0) ? index : best), -1);
  lines.forEach((_, index) => {
    // Right after the article, a line of sentence-case prose ("It went on") is a last paragraph cut short,
    // unless another follows it: two in a row, or further down, are headlines of other stories.
    const listed = isProse(lines[index + 1] ?? '') && short[index + 1];
    const cutShort = index === last + 1 && isProse(lines[index]) && !listed;
    // Right before the first paragraph, a line about it opens it: a live entry's "Stumps", a deck.
    const opening = index === first - 1 && overlap[index] >= MIN_TOPICAL_OVERLAP;
    // Right under the headline, a line of prose is its standfirst, or the headline in the page's other language.
    const deck = headline >= 0 && index === headline + 1 && words[index] >= MIN_DECK_WORDS && isProse(lines[index]);
    const placed = (index < first && index !== headline && !opening && !deck) || (index > last && !cutShort);
    // One or two words outside the article ("News", "Water", "Live") are section and topic links.
    const offTopic = overlap[index] < MIN_TOPICAL_OVERLAP || words[index] <= MAX_LINK_WORDS;
    // After the last paragraph, short lines are a list of other stories, however close their topic; the
    // article's own list or table is not: items ("- Opened: 1954", "1 June: Bridge closes") and the heading
    // over them, or rows shaped like their neighbours ("Grace Okafor (Labour) 48,212").
    const entry = (line = '') => isListItem(line) || TIMELINE_ITEM.test(line);
    // A row holds figures, or cells between bars; menu words share a shape too, and are no table.
    const shape = shapeOf(lines[index]);
    const figured = /9|^row of/.test(shape);
    const row =
      figured && [lines[index - 1], lines[index + 1]].some((other) => other !== undefined && shapeOf(other) === shape);
    const ownList = row || entry(lines[index]) || entry(lines[index + 1]);
    if (short[index] && placed && !ownList && (offTopic || index > last)) chrome.add(index);
    // After the article, an unpunctuated line is another story's headline however long it runs.
    const teaser = words[index] <= MAX_TEASER_WORDS && !TERMINAL.test(lines[index]);
    if (index > last && !cutShort && !ownList && teaser) chrome.add(index);
    // A headline or a subheading may end like a masthead ("… Team News"): the headline, and the line right above
    // the first paragraph, stay.
    const masthead = MASTHEAD.test(lines[index]) || TAGLINE.test(lines[index]);
    if (short[index] && index < first - 1 && index !== headline && masthead) chrome.add(index);
    if (index > last && bio(lines[index], index)) chrome.add(index);
  });
  return chrome;
}
