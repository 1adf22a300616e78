import { foldTerm, wordSpans } from '../search/terms.ts';
import { sentencesOf } from '../text/sentences.ts';
import type { StoryReport } from './events.ts';
import type { NameMatch } from './people.ts';

/** One report's quotation of a person, where it stands. */
export interface QuoteCitation {
  slug: string;
  outlet: string;
  passageId: string;
  text: string;
}

/** A quote, merged across the reports that carry it (or part of it). */
export interface Quote {
  speaker: string;
  /** The longest version any report carries. */
  text: string;
  citations: QuoteCitation[];
  /** Distinct reports quoting it. */
  reportCount: number;
}

const QUOTE = /[“"]([^“”"]+?)[”"“]/g;
const SPEECH =
  /\b(said|says|wrote|writes|posted|posting|stated|stating|told|added|adding|claimed|claiming|called|accused|announced|repeated|warned)\b/g;
const PRONOUN_SPEAKER = /\b(He|She)\s+(said|says|added|wrote|told|stated)\b/;
const MIN_QUOTE_WORDS = 2;

interface RawQuote {
  speaker: string;
  citation: QuoteCitation;
}

/** The person whose name stands nearest a speech verb in a stretch of text. */
function speakerIn(context: string, findNames: (text: string) => NameMatch[]): string | null {
  const verbs = [...context.matchAll(SPEECH)].map((match) => match.index);
  let best: { person: string; distance: number } | null = null;
  for (const name of findNames(context)) {
    for (const verb of verbs) {
      const distance = verb >= name.end ? verb - name.end : name.start - verb;
      if (distance <= 80 && (!best || distance < best.distance)) best = { person: name.personId, distance };
    }
  }
  return best?.person ?? null;
}

/** Text with every quotation blanked out, so names inside quotes do not speak. */
function withoutQuotes(text: string): string {
  return text.replace(QUOTE, (quote) => ' '.repeat(quote.length));
}

/**
 * The sentences a quote stands in, widened by `reach` sentences each side
 * ("“…big???” Trump posted." splits after the quote), quotations blanked.
 */
function contextOf(text: string, start: number, end: number, reach = 0): string {
  let cursor = 0;
  const spans = sentencesOf(text).map((sentence) => {
    const from = text.indexOf(sentence, cursor);
    cursor = from + sentence.length;
    return [from, cursor];
  });
  const first = Math.max(0, spans.findIndex(([, to]) => to > start) - reach);
  const found = spans.findLastIndex(([begin]) => begin < end);
  const last = Math.min(spans.length - 1, (found < 0 ? spans.length - 1 : found) + reach);
  const from = Math.min(start, spans[first]?.[0] ?? start);
  const to = Math.max(end, spans[last]?.[1] ?? end);
  return withoutQuotes(text).slice(from, to);
}

/**
 * Direct quotes of curated people in one report. The speaker is the person
 * named nearest a speech verb around the quote; "He said" falls back to the
 * last person named outside quotes; a paragraph that is only a quote
 * continues the previous speaker.
 */
export function quotesIn(report: StoryReport, findNames: (text: string) => NameMatch[]): RawQuote[] {
  const found: RawQuote[] = [];
  let lastNamed: string | null = null;
  let lastSpeaker: string | null = null;
  for (const passage of report.passages) {
    for (const match of passage.text.matchAll(QUOTE)) {
      const text = match[1].trim().replace(/[,.]$/, '');
      if (wordSpans(text).length < MIN_QUOTE_WORDS) continue;
      const [start, end] = [match.index, match.index + match[0].length];
      const context = contextOf(passage.text, start, end);
      const before = passage.text.slice(0, match.index);
      const onlyQuote = match[0].length >= passage.text.trim().length - 2;
      const speaker: string | null =
        speakerIn(context, findNames) ??
        (PRONOUN_SPEAKER.test(context) ? lastNamed : null) ??
        // A quote that is a sentence on its own is attributed by the sentence beside it.
        (/\p{L}/u.test(context) ? null : speakerIn(contextOf(passage.text, start, end, 1), findNames)) ??
        (onlyQuote ? lastSpeaker : null);
      if (speaker) {
        found.push({ speaker, citation: { slug: report.slug, outlet: report.outlet, passageId: passage.id, text } });
        lastSpeaker = speaker;
      }
      lastNamed = findNames(withoutQuotes(before)).at(-1)?.personId ?? lastNamed;
    }
    lastNamed = findNames(withoutQuotes(passage.text)).at(-1)?.personId ?? lastNamed;
  }
  return found;
}

/** A quote's words, folded, for comparing versions across reports. */
function folded(text: string): string {
  return wordSpans(text)
    .map((span) => foldTerm(span.term))
    .join(' ');
}

/**
 * Merges quotations of one speaker across reports when one version contains
 * another ("This could lead to something big???" inside the full post).
 */
export function mergeQuotes(raw: readonly RawQuote[]): Quote[] {
  const groups: { speaker: string; keys: string[]; citations: QuoteCitation[] }[] = [];
  for (const quote of raw) {
    const key = folded(quote.citation.text);
    const related = groups.filter(
      (group) =>
        group.speaker === quote.speaker && group.keys.some((other) => other.includes(key) || key.includes(other)),
    );
    const [target, ...rest] = related;
    if (!target) {
      groups.push({ speaker: quote.speaker, keys: [key], citations: [quote.citation] });
      continue;
    }
    target.keys.push(key);
    target.citations.push(quote.citation);
    for (const other of rest) {
      target.keys.push(...other.keys);
      target.citations.push(...other.citations);
      groups.splice(groups.indexOf(other), 1);
    }
  }
  return groups
    .map((group) => ({
      speaker: group.speaker,
      text: group.citations.map((citation) => citation.text).sort((a, b) => b.length - a.length)[0],
      citations: group.citations,
      reportCount: new Set(group.citations.map((citation) => citation.slug)).size,
    }))
    .sort((a, b) => b.reportCount - a.reportCount || a.speaker.localeCompare(b.speaker));
}
