import type { RemovalRule } from './types.ts';
import {
  MIN_TOPICAL_OVERLAP,
  isBioLine,
  isCreditLine,
  isHeadingShaped,
  isLabelLine,
  isLinkLine,
  isListItem,
  isListLabel,
  shapeOf,
  isNameShaped,
  isTeaserLine,
  stemsOf,
  topicalOverlap,
} from './line-rules.ts';
import { chromeLines } from './page-chrome.ts';
import {
  isCaptionLine,
  isCaptionShaped,
  isCommentsHeader,
  isCreditAlone,
  isFurnitureLine,
  isReadingsRow,
  isStampLine,
} from './page-furniture.ts';
import { foldWord, wordsOf } from '../text/words.ts';

export type { RemovalRule };

/** A block of the cleaned article, in reading order. */
export interface CleanBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/** A line taken out of the raw copy, word for word, and why. */
export interface Removal {
  line: string;
  rule: RemovalRule;
}

/** What the cleaner makes of one raw copy. */
export interface CleanedReport {
  /** Publication date from a leading `date YYYY-MM-DD` marker, if there was one. */
  markerDate: string | null;
  /** The first line, when it reads as the copy's headline. */
  headline: string | null;
  blocks: CleanBlock[];
  removed: Removal[];
}

const DATE_MARKER = /^date\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/i;

/** Non-empty, trimmed lines of a raw copy. */
function linesOf(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The rule that removes a line whatever its neighbours, if any. */
function lineRule(line: string): RemovalRule | null {
  return oneRule(line) ?? bilingualRule(line);
}

function oneRule(line: string): RemovalRule | null {
  if (isLabelLine(line)) return 'label';
  if (isBioLine(line)) return 'author-bio';
  if (isCreditLine(line)) return 'credit';
  if (isLinkLine(line)) return 'link';
  if (isCaptionLine(line)) return 'caption';
  if (isFurnitureLine(line)) return 'furniture';
  if (isStampLine(line)) return 'stamp';
  return null;
}

/**
 * A bilingual page says its furniture twice, joined by a slash or a bar: "Par / By Geneviève Arsenault-Boyd",
 * "Publié le 18 nov. 2024 à 18 h 42 | Published Nov. 18, 2024 6:42 p.m.", "Sujets / Topics: Bibliothèques …".
 * The rules read the second half, in words on both sides; a table's row ("Bon Accord Baths | 14") has figures.
 */
function bilingualRule(line: string): RemovalRule | null {
  const halves = line.split(/\s[/|]\s/);
  if (halves.length !== 2 || !halves.every((half) => wordsOf(half).filter((word) => /\p{L}/u.test(word)).length >= 2))
    return null;
  return oneRule(halves[1]);
}

/** A name as a masthead writes it, compared without case, marks or a leading "The": "THE VALLEY LEDGER". */
const nameKey = (name: string) =>
  wordsOf(name)
    .map(foldWord)
    .filter((word, index) => index > 0 || word !== 'the')
    .join(' ');

/**
 * A row of the article's own table: cells between bars, with a row of as many cells beside it ("1 March |
 * 20.61 | 22.30" under "Date | Level (m) | Same day in 2023 (m)"). What a row says alone (a date and figures)
 * would pass for a stamp; a page's stamp does not come in rows.
 */
function inTable(lines: readonly string[], index: number): boolean {
  const shape = shapeOf(lines[index]);
  return (
    shape.startsWith('row of') &&
    [lines[index - 1], lines[index + 1]].some((other) => other !== undefined && shapeOf(other) === shape)
  );
}

/**
 * A caption is the sentence right above a photo credit standing alone ("Workers load fruit bunches onto a lorry
 * in Sabah." over "(File photo by The Malaysian Ledger)"): one sentence, closed by a full stop, unquoted.
 */
function captionAboveCredit(lines: readonly string[], index: number): boolean {
  const next = lines[index + 1];
  return next !== undefined && isCreditAlone(next) && /\.$/.test(lines[index]) && isCaptionShaped(lines[index]);
}

/** Four or more links of at most three words, no figures or punctuation, set apart by two spaces or more. */
const SPACED_MENU = /^[\p{L}&'’-]+(?: [\p{L}\d&'’-]+){0,2}(?: {2,}[\p{L}\d&'’-]+(?: [\p{L}\d&'’-]+){0,2}){3,}$/u;

/** Lines that open a comment section at the foot of a page. */
const COMMENTS_START =
  /^(?:\d+ (?:comments?|talkbacks?)(?:\s{2,}[\d,.]+[KkMm]? \p{L}+)?|(?:comments?|talkbacks?) \(\d+\)|talkbacks?|post a talkback|reader comments|most relevant\s*[▾▼⌄]?|(?:write|add|leave|post) a (?:comment|reply)\s*(?:\.{3}|…)?|leave a reply|join the (?:discussion|conversation)|(?:\p{Lu}[\p{L}'’.-]*\s?){1,3}\s*[·•|]\s*\d+\s*(?:minutes?|mins?|hours?|days?|weeks?)\s+ago)$/iu;
/** A line of the article this long, closed like a sentence, is one. */
const MIN_SENTENCE_WORDS = 6;
/** Sentences of the article above a name-shaped line before it can be a section's heading rather than a byline. */
const MIN_SENTENCES_ABOVE_HEADING = 3;
/** Sentences of the article that must come before a comment section can open. */
const MIN_TOLD_BEFORE_COMMENTS = 3;

/** A fact box's line: a label of a word or two, then its values ("Booked: Fenwick, Whitlow", "Att: 842"). */
const FACT = /^\p{Lu}[\p{L}'’]*(?: [\p{L}'’]+)?:\s+[^\s,;]+(?: [^\s,;]+){0,2}(?:[,;]\s*[^\s,;]+(?: [^\s,;]+){0,2})*$/u;

/** Subheadings are short: "What We Know So Far"; ad teasers between paragraphs run longer. */
const MAX_SUBHEADING_WORDS = 6;

/** A line of running text: long enough and closed like a sentence. */
const isSentence = (line: string | undefined) => line !== undefined && !isHeadingShaped(line);

/** "…on Friday. Advertisement The talks…": an ad label run into a one-line copy, between two sentences. */
const INLINE_AD = /(?<=[.!?”"’]\s+)(?:ADVERTISEMENT|Advertisement)\s+(?=\p{Lu})/gu;

/** Splits a leading date marker off the first line. */
function takeDateMarker(lines: string[]): { date: string | null; lines: string[]; removed: Removal[] } {
  const match = lines[0]?.match(DATE_MARKER);
  if (!match) return { date: null, lines, removed: [] };
  const rest = lines[0].slice(match[0].length).trim();
  return {
    date: match[1],
    lines: rest ? [rest, ...lines.slice(1)] : lines.slice(1),
    removed: [{ line: match[0].trim(), rule: 'date-marker' }],
  };
}

/**
 * Turns a raw copy of a news report into article blocks, by rules rather
 * than by known strings: navigation labels, credits, bare links and
 * off-topic Title Case teasers go; a short first line is the headline; short
 * lines without closing punctuation inside the article become subheadings.
 * Every other line survives word for word. Text `extracted` from a page is the article already: its
 * extent is known and the page states its headline, so nothing is guessed from a line's place (no
 * headline, teaser or page-chrome guesses); the rules that recognise a line by what it says still apply.
 */
export function cleanReport(
  raw: string,
  { extracted = false, outlet = null }: { extracted?: boolean; outlet?: string | null } = {},
): CleanedReport {
  const masthead = outlet === null || nameKey(outlet) === '' ? null : nameKey(outlet);
  const marker = takeDateMarker(linesOf(raw));
  // A row of readings is a widget's unless the copy's running text speaks of what it names ("Rohanpur dep. 4:00pm ·
  // Rajshahi dep. 5:25pm", "Senate vote: 36 yes · 4 no"): a page's weather or prices are not the story.
  const copyStems = stemsOf(marker.lines);
  const readings = (line: string) => isReadingsRow(line) && topicalOverlap(line, copyStems) < MIN_TOPICAL_OVERLAP;
  const removed = [...marker.removed];
  const kept: string[] = [];
  // Kept lines that stand in a list a label opened ("Related articles", then headlines of other stories).
  const listed = new Set<number>();
  let inList = false;
  let inComments = false;
  let told = 0;
  marker.lines.forEach((line, index) => {
    // Under a comment section's header ("3 thoughts on “…”") the readers speak, then the footer: none of it is the
    // article. A bare "12 Comments", "Write a comment…" or a commenter's "Mehmet K. · 3 hours ago" opens the section
    // only once the article has run a while: above it, such a line is a counter or a button.
    inComments ||= isCommentsHeader(line) || (told >= MIN_TOLD_BEFORE_COMMENTS && COMMENTS_START.test(line));
    if (/[.!?”"’]$/.test(line) && wordsOf(line).length >= 12) told++;
    // The outlet's own name alone is its masthead ("THE COASTAL BOLT" above a report from The Coastal Bolt).
    const found = inComments
      ? 'furniture'
      : masthead !== null && nameKey(line) === masthead
        ? 'label'
        : captionAboveCredit(marker.lines, index)
          ? 'caption'
          : (lineRule(line) ?? (readings(line) ? 'furniture' : null));
    const rule = found === 'stamp' && inTable(marker.lines, index) ? null : found;
    if (isListLabel(line)) inList = true;
    else if (!rule) inList &&= isHeadingShaped(line) || (line.endsWith('?') && isHeadingShaped(line.slice(0, -1)));
    if (rule) removed.push({ line, rule });
    else {
      if (inList) listed.add(kept.length);
      kept.push(line.replace(INLINE_AD, (label) => (removed.push({ line: label.trim(), rule: 'label' }), '')));
    }
  });

  // What the article is about, voted by its running text (Title Case and short lines are the suspects).
  const articleStems = stemsOf(kept);
  const teaserless = kept.filter((line, index) => {
    // A short Title Case line between two paragraphs is a subheading ("Timeline Of Key Decisions");
    // an ad between paragraphs runs longer or speaks to the reader ("What Could It Mean For Your Money?").
    const between = isSentence(kept[index - 1]) && isSentence(kept[index + 1]);
    const subheading = between && wordsOf(line).length <= MAX_SUBHEADING_WORDS && !/\byour?\b|\?$/i.test(line);
    // A row of a results table ("Ruth Mallory (Green) 9,311") has the shape of the rows beside it.
    const tabular = [kept[index - 1], kept[index + 1]].some(
      (other) => other !== undefined && shapeOf(other) === shapeOf(line),
    );
    // A list's last line before a paragraph may be a subheading after all: when it speaks of the article, or
    // names nothing ("What you need to know"), where another story's headline names a place, a person, a figure.
    const namesNothing =
      !/\p{N}/u.test(line) &&
      wordsOf(line)
        .slice(1)
        .every((word) => !/^\p{Lu}/u.test(word));
    const subheadingAfterList =
      isSentence(kept[index + 1]) &&
      !kept[index + 1].endsWith('?') &&
      (namesNothing || topicalOverlap(line, articleStems) >= MIN_TOPICAL_OVERLAP);
    // Words between bars with no row like it beside them are a menu: "Lyon | Métropole | Faits divers | Sport";
    // so are four or more short links a copy spaced apart: "Markets  Companies  Economy  Tech  Opinion".
    // A row of labelled fields ("Zone A · Paphos town: Monday · Wednesday · Friday") is the story's, not a menu.
    const menu =
      !tabular &&
      ((/^[^\p{N}]+(?:\s[|•·∙]\s[^\p{N}|•·∙]+){2,}$/u.test(line) && !/[:,]/.test(line)) || SPACED_MENU.test(line));
    if (menu) {
      removed.push({ line, rule: 'furniture' });
      return false;
    }
    // A match's or a vote's fact box: "Goals: Pratt 19, Okonjo 88" over "Booked: Fenwick, Whitlow".
    const factBox =
      FACT.test(line) && [kept[index - 1], kept[index + 1]].some((other) => other !== undefined && FACT.test(other));
    const teaser =
      !extracted &&
      !tabular &&
      !factBox &&
      // An item under a list label ("MOST READ", then "1. Shinkansen timetable to change …") is another story's.
      (!isListItem(line) || listed.has(index)) &&
      ((listed.has(index) && !subheadingAfterList) || (!subheading && isTeaserLine(line, articleStems)));
    if (teaser) removed.push({ line, rule: 'teaser' });
    // A name alone outside the run of paragraphs is a byline or a widget's title ("Related Topics").
    // Between two paragraphs it is a subheading when it speaks of the article, or heads a sentence of it (a wire
    // recap's "KEY MOMENT", "UP NEXT"): a widget's title heads links.
    // A byline stands above the first paragraph, after a standfirst at most; a section's heading, deeper.
    const next = kept[index + 1] ?? '';
    const headsSentence =
      /[.!?”"’]$/u.test(next) &&
      wordsOf(next).length >= MIN_SENTENCE_WORDS &&
      kept.slice(0, index).filter(isSentence).length >= MIN_SENTENCES_ABOVE_HEADING;
    const named =
      !extracted &&
      !teaser &&
      isNameShaped(line) &&
      // A heading over a list ("Key Dates", then "- May 1: …") heads the article's own list.
      !isListItem(next) &&
      (!between || (topicalOverlap(line, articleStems) < MIN_TOPICAL_OVERLAP && !headsSentence));
    if (named) removed.push({ line, rule: 'label' });
    return !teaser && !named;
  });

  const chrome = extracted ? new Set<number>() : chromeLines(teaserless, articleStems);
  const body = teaserless.filter((line, index) => {
    if (chrome.has(index)) removed.push({ line, rule: 'furniture' });
    return !chrome.has(index);
  });

  const headline =
    !extracted && body.length > 1 && isHeadingShaped(body[0]) && !isHeadingShaped(body[1]) ? body[0] : null;
  if (headline !== null) removed.push({ line: headline, rule: 'headline' });
  const article = headline === null ? body : body.slice(1);

  const blocks = article.map((text, index): CleanBlock => {
    const next = article[index + 1];
    const heading = isHeadingShaped(text) && next !== undefined && !isHeadingShaped(next);
    return { kind: heading ? 'heading' : 'paragraph', text };
  });
  return { markerDate: marker.date, headline, blocks, removed: inReadingOrder(removed, raw) };
}

/** Removals listed in the order their lines stand in the raw copy. */
function inReadingOrder(removed: Removal[], raw: string): Removal[] {
  return [...removed].sort((a, b) => raw.indexOf(a.line) - raw.indexOf(b.line));
}
