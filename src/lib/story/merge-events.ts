import type { Citation, StoryEvent } from './events.ts';
import { periodEnd, type Precision } from './resolve-dates.ts';

const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3 };
/** Share of the rarer event's weighted features the other must have; measured on the timeline fixtures. */
export const MERGE_THRESHOLD = 0.3;
const MIN_SHARED_TERMS = 2;

/** Whether two periods overlap (a day inside a week, a week inside a month…). */
export function periodsOverlap(a: Pick<StoryEvent, 'start' | 'precision'>, b: Pick<StoryEvent, 'start' | 'precision'>) {
  return a.start <= periodEnd(b.start, b.precision) && b.start <= periodEnd(a.start, a.precision);
}

/** How readable a citation's words are as the entry's summary: a whole sentence of moderate length reads best. */
function readability(citation: Citation): number {
  const words = citation.summary.split(/\s+/).length;
  const sentence = /^[\p{Lu}“"‘']/u.test(citation.summary) ? 0 : 1;
  return (
    PRECISION_RANK[citation.precision] * 100 +
    (citation.expected ? 10 : 0) +
    sentence * 5 +
    (words < 8 ? 3 : 0) +
    words / 100
  );
}

/** The entry's summary and date: the most precise citation, stated as done where one is, reading best. */
function lead(citations: readonly Citation[]): Citation {
  return [...citations].sort((a, b) => readability(a) - readability(b))[0];
}

function merge(into: StoryEvent, other: StoryEvent, known: Set<string>): void {
  for (const citation of other.citations) {
    const key = `${citation.slug}#${citation.passageId}@${citation.dateText}`;
    if (known.has(key)) continue;
    known.add(key);
    into.citations.push(citation);
  }
  into.agents = [...new Set([...into.agents, ...other.agents])];
  for (const [term, keys] of other.features) into.features.set(term, keys);
  const best = lead(into.citations);
  Object.assign(into, { start: best.start, precision: best.precision, summary: best.summary });
  into.expected = into.citations.every((citation) => citation.expected);
}

/**
 * Folds candidates that tell the same event: their periods overlap, they
 * share enough of what they are about (words, near-synonyms, places,
 * people; rare features count more), and no two different people are
 * the subjects. Precise candidates come first, so a vague "last week"
 * joins the day it overlaps. Every citation is kept; the most precise date wins.
 */
export function mergeEvents(candidates: readonly StoryEvent[], threshold = MERGE_THRESHOLD): StoryEvent[] {
  const frequency = new Map<string, number>();
  for (const candidate of candidates)
    for (const term of candidate.features.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const weight = (term: string) => Math.log((1 + candidates.length) / (frequency.get(term) ?? 1));
  const total = (event: StoryEvent) => [...event.features.keys()].reduce((sum, term) => sum + weight(term), 0);
  const keysOf = (event: StoryEvent) => new Set([...event.features.values()].flat());
  // A term is shared when any of its keys (its stem, a sense, a country) is among the other's.
  const similarity = (a: StoryEvent, b: StoryEvent) => {
    const [small, large] = total(a) <= total(b) ? [a, b] : [b, a];
    const keys = keysOf(large);
    let shared = 0;
    let count = 0;
    for (const [term, termKeys] of small.features) {
      if (termKeys.some((key) => keys.has(key))) [shared, count] = [shared + weight(term), count + 1];
    }
    // One shared word is a coincidence, whatever its weight.
    return count < MIN_SHARED_TERMS ? 0 : shared / Math.max(1e-9, total(small));
  };
  const differentSubjects = (a: StoryEvent, b: StoryEvent) =>
    a.agents.length > 0 && b.agents.length > 0 && !a.agents.some((agent) => b.agents.includes(agent));

  const ordered = [...candidates].sort((a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]);
  const events: { event: StoryEvent; known: Set<string> }[] = [];
  for (const candidate of ordered) {
    const copy = { ...candidate, citations: [...candidate.citations], features: new Map(candidate.features) };
    const best = events
      .filter(({ event }) => periodsOverlap(event, copy) && !differentSubjects(event, copy))
      .map((entry) => ({ entry, score: similarity(entry.event, copy) }))
      .sort((a, b) => b.score - a.score)[0];
    if (best && best.score >= threshold) merge(best.entry.event, copy, best.entry.known);
    else
      events.push({ event: copy, known: new Set(copy.citations.map((c) => `${c.slug}#${c.passageId}@${c.dateText}`)) });
  }
  return events
    .map(({ event }) => event)
    .sort((a, b) => a.start.localeCompare(b.start) || PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision])
    .map((event, index) => ({ ...event, id: `event-${index + 1}` }));
}
