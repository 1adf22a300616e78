import { FIRST_PARAGRAPH } from '../markdown/passage-id.ts';
import { foldWord, wordsOf } from '../text/words.ts';
import { locateClaims, type Claim, type ClaimInput } from './claims.ts';
import { eventCandidates, type Citation, type StoryReport } from './events.ts';
import type { Lexicon } from './lexicon.ts';
import { mergeEvents } from './merge-events.ts';
import { nameFinder, peopleIn, type Person } from './people.ts';
import { mergeQuotes, quotesIn, type Quote } from './quotes.ts';
import { formatAtPrecision, isoAtPrecision, type Precision } from './resolve-dates.ts';

/** An entry of the story's timeline, ready to render. */
export interface TimelineEntry {
  id: string;
  kind: 'event' | 'publication';
  /** The first day of the entry's period, ISO: the timeline's order. */
  start: string;
  /** ISO at the entry's precision, for `<time datetime>`. */
  datetime: string;
  /** "16 May 2025", "week of 12 May 2025", "February 2022". */
  label: string;
  precision: Precision;
  /** Stated as planned or due by every report, and by none as done: shown as expected. */
  expected: boolean;
  summary: string;
  /** Who the summary tells of, when it starts with its verb (Citation.subject). */
  subject?: string;
  people: string[];
  citations: Citation[];
  /** How the other reports worded the same event, one citation per distinct wording. */
  wordings: Citation[];
  /** Claims on which the cited paragraphs take sides. */
  claims: string[];
}

/** A passage that names a person. */
export interface Mention {
  slug: string;
  passageId: string;
  text: string;
}

/** What the site knows of the story, all of it cited. */
export interface Story {
  timeline: TimelineEntry[];
  quotes: Quote[];
  claims: Claim[];
  mentions: Map<string, Mention[]>;
}

function publications(reports: readonly StoryReport[]): TimelineEntry[] {
  const days = [...new Set(reports.map((report) => report.published))].sort();
  return days.map((day) => {
    const published = reports.filter((report) => report.published === day);
    return {
      id: `published-${day}`,
      kind: 'publication',
      start: day,
      datetime: day,
      label: formatAtPrecision(day, 'day'),
      precision: 'day',
      expected: false,
      summary: `${published.length} ${published.length === 1 ? 'report' : 'reports'} of the story published`,
      people: [],
      citations: published.map((report) => ({
        slug: report.slug,
        outlet: report.outlet,
        passageId: FIRST_PARAGRAPH,
        summary: report.passages[0]?.text ?? '',
        dateText: day,
        published: day,
        start: day,
        precision: 'day',
        expected: false,
      })),
      wordings: [],
      claims: [],
    };
  });
}

/** The citations that word an event otherwise than its summary, each wording once. */
function otherWordings(summary: string, citations: readonly Citation[]): Citation[] {
  const seen = new Set([summary]);
  return citations.filter((citation) => !seen.has(citation.summary) && seen.add(citation.summary));
}

/** Four-word sequences of a text, folded: enough to tell that two excerpts overlap. */
function fourGrams(text: string): Set<string> {
  const words = wordsOf(text).map(foldWord);
  return new Set(words.slice(3).map((_, i) => words.slice(i, i + 4).join(' ')));
}

/** Claims with an excerpt that overlaps a cited clause of the entry, in the same paragraph. */
function claimsOf(citations: readonly Citation[], claims: readonly Claim[]): string[] {
  const overlaps = (citation: Citation, excerpt: Claim['positions'][number]['excerpts'][number]) => {
    if (citation.slug !== excerpt.slug || citation.passageId !== excerpt.passageId) return false;
    const clause = fourGrams(citation.summary);
    return [...fourGrams(excerpt.text)].some((gram) => clause.has(gram));
  };
  return claims
    .filter((claim) => claim.positions.some((p) => p.excerpts.some((e) => citations.some((c) => overlaps(c, e)))))
    .map((claim) => claim.id);
}

/**
 * Builds the story from the reports: dated events merged across reports,
 * the reports' publication, quotes, the curated claims located in the text,
 * and every passage that names each person.
 */
export function buildStory(
  reports: readonly StoryReport[],
  people: readonly Person[],
  claimInput: { file: string; claims: readonly ClaimInput[] },
  lexicon: Lexicon,
): Story {
  const find = nameFinder(people);
  const claims = locateClaims(claimInput.file, claimInput.claims, reports);
  const storyStart = reports.map((report) => report.published).sort()[0];
  const events = mergeEvents(
    reports.flatMap((report) => eventCandidates(report, find, lexicon)),
    { storyStart },
  );
  const timeline: TimelineEntry[] = [
    ...events.map((event): TimelineEntry => ({
      id: event.id,
      kind: 'event',
      start: event.start,
      datetime: isoAtPrecision(event.start, event.precision),
      label: formatAtPrecision(event.start, event.precision),
      precision: event.precision,
      expected: event.expected,
      summary: event.summary,
      ...(event.subject && { subject: event.subject }),
      people: [...new Set([...peopleIn(event.summary, find), ...event.agents])],
      citations: event.citations,
      wordings: otherWordings(event.summary, event.citations),
      claims: claimsOf(event.citations, claims),
    })),
    ...publications(reports),
  ].sort((a, b) => a.start.localeCompare(b.start) || (a.kind === 'publication' ? 1 : -1));

  const mentions = new Map<string, Mention[]>(people.map((person) => [person.id, []]));
  for (const report of reports) {
    for (const passage of report.passages) {
      for (const personId of new Set(find(passage.text).map((match) => match.personId))) {
        mentions.get(personId)?.push({ slug: report.slug, passageId: passage.id, text: passage.text });
      }
    }
  }
  return { timeline, quotes: mergeQuotes(reports.flatMap((report) => quotesIn(report, find))), claims, mentions };
}
