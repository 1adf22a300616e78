import type { Citation, StoryEvent } from './events.ts';
import { periodEnd, type Precision } from './resolve-dates.ts';

const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3 };
/** Share of the rarer event's weighted features the other must have; measured on the timeline fixtures. */
const MERGE_THRESHOLD = 0.4;
/** Two mentions of the very same day (or month, or year) need less in common: few events share one. */
const SAME_PERIOD_THRESHOLD = 0.15;
const MIN_SHARED_TERMS = 2;

const LEANS_ON_CONTEXT = /^(?:But|And|Or|However|Yet|So|Also|Still|Meanwhile|He|She|They|It|This|That|These|Those)\b/;

/** How readable a citation's words are as the entry's summary: a whole sentence of moderate length reads best. */
function readability(citation: Citation): number {
  const words = citation.summary.split(/\s+/).length;
  // A clause from mid-sentence, or one that leans on what came before ("But…", "He…"), reads worse on its own.
  const sentence = /^[\p{Lu}“"‘']/u.test(citation.summary) && !LEANS_ON_CONTEXT.test(citation.summary) ? 0 : 1;
  return (
    PRECISION_RANK[citation.precision] * 100 +
    (citation.expected ? 10 : 0) +
    sentence * 5 +
    (words < 8 ? 3 : 0) +
    words / 100
  );
}

/** Whether a citation reads better as the entry's summary than another. */
const reads = (a: Citation, b: Citation) => readability(a) < readability(b);

/** An event being gathered, with what merging asks of it over and over. */
interface Group {
  event: StoryEvent;
  lead: Citation;
  /** Citation keys already held, so a citation is never held twice. */
  known: Set<string>;
  /** Every key of every term: what another event's terms are matched against. */
  keys: Set<string>;
  total: number;
}

const citationKey = (citation: Citation) => `${citation.slug}#${citation.passageId}@${citation.dateText}`;

/**
 * Folds candidates that tell the same event: their periods overlap, they
 * share enough of what they are about (words, near-synonyms, places,
 * people; rare terms count more), and no two different people are the
 * subjects. Precise candidates come first, so a vague "last week" joins
 * the day it overlaps. Every citation is kept; the most precise date wins.
 * Candidates meet only the events of the months (or year) they overlap.
 */
export function mergeEvents(candidates: readonly StoryEvent[], threshold = MERGE_THRESHOLD): StoryEvent[] {
  const frequency = new Map<string, number>();
  for (const candidate of candidates)
    for (const term of candidate.features.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const weight = (term: string) => Math.log((1 + candidates.length) / (frequency.get(term) ?? 1));
  const totalOf = (features: StoryEvent['features']) => [...features.keys()].reduce((sum, t) => sum + weight(t), 0);

  // A term is shared when any of its keys (its stem, a sense, a country) is among the other's.
  const shares = (terms: StoryEvent['features'], total: number, keys: Set<string>) => {
    let [shared, count] = [0, 0];
    for (const [term, termKeys] of terms) {
      if (termKeys.some((key) => keys.has(key))) [shared, count] = [shared + weight(term), count + 1];
    }
    // One shared word is a coincidence, whatever its weight.
    return count < MIN_SHARED_TERMS ? 0 : shared / Math.max(1e-9, total);
  };
  // Merging compares the same few periods many times over: each period's end is worked out once.
  const ends = new Map<string, string>();
  const endOf = ({ start, precision }: Pick<StoryEvent, 'start' | 'precision'>) => {
    const key = `${start}/${precision}`;
    if (!ends.has(key)) ends.set(key, periodEnd(start, precision));
    return ends.get(key) ?? start;
  };
  const differentSubjects = (a: StoryEvent, b: StoryEvent) =>
    a.agents.length > 0 && b.agents.length > 0 && !a.agents.some((agent) => b.agents.includes(agent));

  // Months a period touches, for finding the events it may overlap: "2025-05", or the year of a year-long one.
  const bucketsOf = (event: StoryEvent) =>
    event.precision === 'year'
      ? [event.start.slice(0, 4)]
      : [...new Set([event.start.slice(0, 7), endOf(event).slice(0, 7)])];
  const groups: Group[] = [];
  const buckets = new Map<string, Group[]>();
  const ordered = [...candidates].sort((a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]);
  for (const candidate of ordered) {
    const keys = new Set([...candidate.features.values()].flat());
    const total = totalOf(candidate.features);
    const year = candidate.start.slice(0, 4);
    const candidateEnd = endOf(candidate);
    const near =
      candidate.precision === 'year'
        ? [...buckets].filter(([key]) => key.startsWith(year)).flatMap(([, list]) => list)
        : [...bucketsOf(candidate), year].flatMap((key) => buckets.get(key) ?? []);
    // The same period lowers the bar, unless only one of the two names who acted.
    const needed = (group: Group) =>
      group.event.start === candidate.start &&
      group.event.precision === candidate.precision &&
      group.event.agents.length > 0 === candidate.agents.length > 0
        ? Math.min(threshold, SAME_PERIOD_THRESHOLD)
        : threshold;
    // The event the candidate clears its bar by most.
    let best: { group: Group; margin: number } | undefined;
    const plausible: Group[] = [];
    for (const group of new Set(near)) {
      const overlaps = group.event.start <= candidateEnd && candidate.start <= endOf(group.event);
      if (!overlaps || differentSubjects(group.event, candidate)) continue;
      const score =
        total <= group.total
          ? shares(candidate.features, total, group.keys)
          : shares(group.event.features, group.total, keys);
      const margin = score - needed(group);
      if (margin >= 0 && (!best || margin > best.margin)) best = { group, margin };
      if (score >= SAME_PERIOD_THRESHOLD) plausible.push(group);
    }
    // A vague mention with one plausible event inside its period is that event.
    if (!best && plausible.length === 1 && plausible[0].event.precision !== candidate.precision)
      best = { group: plausible[0], margin: 0 };
    if (best) {
      merge(best.group, candidate, keys, weight);
      continue;
    }
    const group: Group = {
      event: { ...candidate, citations: [...candidate.citations], features: new Map(candidate.features) },
      lead: candidate.citations[0],
      known: new Set(candidate.citations.map(citationKey)),
      keys,
      total,
    };
    groups.push(group);
    for (const key of bucketsOf(candidate)) buckets.set(key, [...(buckets.get(key) ?? []), group]);
  }
  return groups
    .map(({ event }) => event)
    .sort((a, b) => a.start.localeCompare(b.start) || PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision])
    .map((event, index) => ({ ...event, id: `event-${index + 1}` }));
}

function merge(group: Group, other: StoryEvent, keys: Set<string>, weight: (term: string) => number): void {
  const { event } = group;
  for (const citation of other.citations) {
    if (group.known.has(citationKey(citation))) continue;
    group.known.add(citationKey(citation));
    event.citations.push(citation);
    if (reads(citation, group.lead)) group.lead = citation;
  }
  event.agents = [...new Set([...event.agents, ...other.agents])];
  for (const [term, termKeys] of other.features) {
    if (!event.features.has(term)) group.total += weight(term);
    event.features.set(term, termKeys);
  }
  for (const key of keys) group.keys.add(key);
  Object.assign(event, { start: group.lead.start, precision: group.lead.precision, summary: group.lead.summary });
  event.expected = event.citations.every((citation) => citation.expected);
}
