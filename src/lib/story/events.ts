import { significantWords, stemOf } from '../clean/words.ts';
import { sentencesOf } from '../text/sentences.ts';
import type { NameMatch } from './people.ts';
import { peopleIn } from './people.ts';
import { periodEnd, resolveDates, type Precision } from './resolve-dates.ts';

/** A passage of a report, as the story reads it. */
export interface StoryPassage {
  id: string;
  text: string;
}

/** A report, as the story reads it. */
export interface StoryReport {
  slug: string;
  outlet: string;
  published: string;
  passages: readonly StoryPassage[];
}

/** Where a fact was read: the report, the paragraph and the words. */
export interface Citation {
  slug: string;
  outlet: string;
  passageId: string;
  /** The clause of the source sentence that carries the date, word for word. */
  summary: string;
  /** The date phrase as the report wrote it. */
  dateText: string;
  start: string;
  precision: Precision;
}

/** One event of the story, told by one or more reports. */
export interface StoryEvent {
  id: string;
  start: string;
  precision: Precision;
  /** The most precise citation's clause. */
  summary: string;
  people: string[];
  citations: Citation[];
  /** Stems of the event's meaningful words, for merging. */
  stems: Set<string>;
}

const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3 };
const MIN_CLAUSE_WORDS = 6;

/** Clause boundaries, from the finest to the coarsest: commas, then dashes and semicolons. */
const CLAUSE_BOUNDARIES = [/,\s|\s(?:--|—|–)\s|;\s/g, /\s(?:--|—|–)\s|;\s/g];

/**
 * The smallest clause around a position that still says something (six
 * words or more), word for word; the whole sentence when none does.
 */
function clauseAround(sentence: string, position: number): string {
  for (const boundary of CLAUSE_BOUNDARIES) {
    const bounds = [...sentence.matchAll(boundary)].map((match) => [match.index, match.index + match[0].length]);
    const start = Math.max(0, ...bounds.filter(([, end]) => end <= position).map(([, end]) => end));
    const ends = bounds.filter(([begin]) => begin >= position).map(([begin]) => begin);
    const clause = sentence.slice(start, ends.length > 0 ? Math.min(...ends) : sentence.length).trim();
    if (clause.split(/\s+/).length >= MIN_CLAUSE_WORDS) return clause;
  }
  return sentence;
}

/** Every dated statement of a report, one candidate event per date phrase. */
export function eventCandidates(report: StoryReport, findNames: (text: string) => NameMatch[]): StoryEvent[] {
  return report.passages.flatMap((passage) =>
    sentencesOf(passage.text).flatMap((sentence) =>
      resolveDates(sentence, report.published).map((date): StoryEvent => {
        const summary = clauseAround(sentence, date.index);
        const citation = {
          slug: report.slug,
          outlet: report.outlet,
          passageId: passage.id,
          summary,
          dateText: date.text,
          start: date.start,
          precision: date.precision,
        };
        return {
          id: '',
          start: date.start,
          precision: date.precision,
          summary,
          people: peopleIn(summary, findNames),
          citations: [citation],
          stems: new Set(significantWords(summary.replace(date.text, '')).map(stemOf)),
        };
      }),
    ),
  );
}

/** Period ends by start and precision: merging compares the same few periods millions of times. */
const ends = new Map<string, string>();
function endOf(event: Pick<StoryEvent, 'start' | 'precision'>): string {
  const key = `${event.start}/${event.precision}`;
  let end = ends.get(key);
  if (end === undefined) ends.set(key, (end = periodEnd(event.start, event.precision)));
  return end;
}

/** Whether two periods overlap (a day inside a week, a week inside a month…). */
export function periodsOverlap(a: StoryEvent, b: StoryEvent): boolean {
  return a.start <= endOf(b) && b.start <= endOf(a);
}

/** Total weight of a stem set, cached: sets only grow, so their size tells whether it is still right. */
const totals = new WeakMap<Set<string>, { size: number; total: number }>();
function totalWeight(stems: Set<string>, weight: (stem: string) => number): number {
  const cached = totals.get(stems);
  if (cached?.size === stems.size) return cached.total;
  let total = 0;
  for (const stem of stems) total += weight(stem);
  totals.set(stems, { size: stems.size, total });
  return total;
}

/** Weighted share of the rarer event's words that the other shares, each word weighted by its rarity. */
export function similarity(a: StoryEvent, b: StoryEvent, weight: (stem: string) => number): number {
  const [small, large] = a.stems.size <= b.stems.size ? [a.stems, b.stems] : [b.stems, a.stems];
  let shared = 0;
  for (const stem of small) if (large.has(stem)) shared += weight(stem);
  const people = a.people.some((person) => b.people.includes(person)) ? 0.15 : 0;
  return shared / Math.max(1e-9, Math.min(totalWeight(a.stems, weight), totalWeight(b.stems, weight))) + people;
}

const citationKey = (c: Citation) => `${c.slug}#${c.passageId}@${c.start}`;
/** Citation keys per event, kept as events grow: merging must not rescan every citation. */
const citedBy = new WeakMap<StoryEvent, Set<string>>();

function merge(into: StoryEvent, other: StoryEvent): void {
  let known = citedBy.get(into);
  if (!known) citedBy.set(into, (known = new Set(into.citations.map(citationKey))));
  for (const citation of other.citations) {
    if (known.has(citationKey(citation))) continue;
    known.add(citationKey(citation));
    into.citations.push(citation);
  }
  into.people = [...new Set([...into.people, ...other.people])];
  for (const stem of other.stems) into.stems.add(stem);
  if (PRECISION_RANK[other.precision] < PRECISION_RANK[into.precision]) {
    Object.assign(into, { start: other.start, precision: other.precision, summary: other.summary });
  }
}

/** Buckets a period can share with others: its months, or its year for a year-long period. */
function bucketsOf(event: StoryEvent): string[] {
  if (event.precision === 'year') return [event.start.slice(0, 4)];
  return [...new Set([event.start.slice(0, 7), endOf(event).slice(0, 7)])];
}

/**
 * Folds candidates that tell the same event: overlapping periods and enough
 * shared, rare words. Every citation is kept; the most precise date wins.
 * Candidates are compared only with events in the same months (or year),
 * so a year of reports does not compare every pair.
 */
export function mergeEvents(candidates: readonly StoryEvent[], threshold = 0.25): StoryEvent[] {
  const documentFrequency = new Map<string, number>();
  for (const candidate of candidates)
    for (const stem of candidate.stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  const weights = new Map(
    [...documentFrequency].map(([stem, count]) => [stem, Math.log((1 + candidates.length) / count)]),
  );
  const weight = (stem: string) => weights.get(stem) ?? 0;
  const ordered = [...candidates].sort((a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]);
  const events: StoryEvent[] = [];
  const buckets = new Map<string, StoryEvent[]>();
  for (const candidate of ordered) {
    const copy = { ...candidate, citations: [...candidate.citations], stems: new Set(candidate.stems) };
    const year = copy.start.slice(0, 4);
    const keys =
      copy.precision === 'year'
        ? [...buckets.keys()].filter((key) => key.startsWith(year))
        : [...bucketsOf(copy), year];
    const nearby = new Set(keys.flatMap((key) => buckets.get(key) ?? []));
    const scored = [...nearby]
      .filter((event) => periodsOverlap(event, copy))
      .map((event) => ({ event, score: similarity(event, copy, weight) }))
      .sort((a, b) => b.score - a.score);
    if (scored[0] && scored[0].score >= threshold) {
      merge(scored[0].event, copy);
      continue;
    }
    events.push(copy);
    for (const key of bucketsOf(copy)) {
      if (!buckets.has(key)) buckets.set(key, []);
      buckets.get(key)?.push(copy);
    }
  }
  return events
    .sort((a, b) => a.start.localeCompare(b.start) || PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision])
    .map((event, index) => ({ ...event, id: `event-${index + 1}` }));
}
