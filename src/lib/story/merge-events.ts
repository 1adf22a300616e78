import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { subYears } from 'date-fns/subYears';
import { stemWord } from '../text/stem.ts';
import { foldWord, wordsOf } from '../text/words.ts';
import type { Citation, StoryEvent } from './events.ts';
import { periodEnd, type Precision } from './resolve-dates.ts';
import { isPastAction } from './tense.ts';

const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3 };

/**
 * What two mentions must share, by how their periods meet: a part of the rarer one's weighted terms, a
 * number of shared terms, and of those, how many are the very same word, figure, place or person (a
 * near-synonym alone is too loose: WordNet's "open" and "public" share a sense). The same day is strong
 * evidence, so one shared word ("apologized", "1,200") will do; periods that only overlap need the most.
 * Measured on the timeline gold (bench:timeline).
 */
/** What two mentions share: the part of the rarer one's weight, how many terms, and how many of those exactly. */
interface Shared {
  share: number;
  terms: number;
  same: number;
}
/** A bar is what must be shared at least. */
type Bar = Shared;
const BARS = {
  samePeriod: { share: 0.15, terms: 1, same: 1 },
  within: { share: 0.25, terms: 1, same: 1 },
  // A year holds too many events for a vague "last year" to be one of them on fewer than two exact words.
  withinYear: { share: 0.25, terms: 2, same: 2 },
  overlapping: { share: 0.4, terms: 2, same: 0 },
} satisfies Record<string, Bar>;
/** A vague mention folds into the one event inside its period it matches clearly best, by this factor. */
const CLEAR_LEAD = 1.25;
/**
 * A vague mention that words could fit to several events inside its period ("the intrusion was not detected
 * until last week") is the one that covers this part of its weight with the very same words, including a
 * word of what happened ("detected"), by this lead over the next. Measured on the timeline gold: a lead of
 * 1.25 joins two events, 2 leaves a split that 1.5 resolves; a share of 0.2 leaves "direct talks … held
 * earlier this month in Istanbul" (0.12) apart from the talks of 16 May, 0.1 folds it and nothing else.
 */
const BEST_COVER = { share: 0.1, lead: 1.5 };
/**
 * Two reports tell one event in their own words ("admitted on Thursday", "made the announcement this morning"),
 * while one report refers back to it in the words it used: mentions from reports that share none need this part
 * of a bar's share. Measured on the timeline gold: 0.7 to 0.9 give the same result.
 */
const ACROSS_REPORTS = 0.8;
/** Shorter lower-case words are function words of other languages ("des", "del") as often as actions. */
const MIN_ACTION_LETTERS = 4;
/** The part of a bar's share a plan and a report of it on the same day need. Measured on the timeline gold. */
const PLAN_AND_DEED = 0.5;
/** How long before the story a period must have ended to be its background. */
const BACKGROUND_YEARS = 3;

export interface MergeOptions {
  /**
   * The day the story's first report was published. A period that ended years before it (BACKGROUND_YEARS) is
   * the story's background, which an editor tells once: its mentions are one event ("built in 1962",
   * "completed in 1962", "part of the city since 1962") unless different people act in them.
   */
  storyStart?: string;
}

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
    // Clauses that also date another event tell this one less clearly than its own.
    (citation.crowded ? 8 : 0) +
    (words < 8 ? 3 : 0) +
    words / 100
  );
}

/** One candidate's terms, as merging matches them. */
interface Mention {
  index: number;
  /** Every key of every term: what another mention's terms are matched against. */
  keys: Set<string>;
  total: number;
}

/** An event being gathered: its mentions, and the citation that leads it. */
interface Group {
  event: StoryEvent;
  lead: Citation;
  /** Citation keys already held, so a citation is never held twice. */
  known: Set<string>;
  members: Mention[];
  end: string;
}

const citationKey = (citation: Citation) =>
  `${citation.slug}#${citation.passageId}@${citation.dateAt ?? citation.dateText}`;

/**
 * Folds the candidates that tell the same event into one, closest pair
 * first (agglomerative, single link: two events are as close as their
 * closest mentions, so a large event does not draw in everything), and the
 * order reports come in decides nothing. Two events may fold when their
 * periods overlap, no two different people act in them, and two of their
 * mentions share enough of what they are about (words, near-synonyms,
 * places, figures, people; rare terms count more): how much depends on how
 * their periods meet (BARS). A vague mention ("last week") folds into an
 * event inside its period only when it fits that one clearly best. Every
 * citation is kept; the most precise, most readable citation gives the date
 * and summary.
 */
export function mergeEvents(candidates: readonly StoryEvent[], options: MergeOptions = {}): StoryEvent[] {
  const frequency = new Map<string, number>();
  for (const candidate of candidates)
    for (const term of candidate.features.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const weight = (term: string) => Math.log((1 + candidates.length) / (frequency.get(term) ?? 1));
  const background =
    options.storyStart && format(subYears(parseISO(options.storyStart), BACKGROUND_YEARS), 'yyyy-MM-dd');

  const mentions = candidates.map((candidate, index): Mention => ({
    index,
    keys: new Set([...candidate.features.values()].flat()),
    total: [...candidate.features.keys()].reduce((sum, term) => sum + weight(term), 0),
  }));
  // Mention pairs are compared again each time their events grow: each pair is worked out once.
  const pairs = new Map<number, Shared>();
  const sharedBy = (a: Mention, b: Mention): Shared => {
    const key = Math.min(a.index, b.index) * candidates.length + Math.max(a.index, b.index);
    const known = pairs.get(key);
    if (known) return known;
    const [small, large] = a.total <= b.total ? [a, b] : [b, a];
    const found = { share: 0, terms: 0, same: 0 };
    for (const [term, termKeys] of candidates[small.index].features) {
      if (!termKeys.some((k) => large.keys.has(k))) continue;
      found.share += weight(term) / Math.max(1e-9, small.total);
      found.terms += 1;
      if (large.keys.has(term)) found.same += 1;
    }
    pairs.set(key, found);
    return found;
  };
  /** How much two events' closest mentions share, as far as a bar counts it. */
  const shareOf = (a: Group, b: Group, bar: Pick<Bar, 'terms' | 'same'>) => {
    let best = 0;
    for (const x of a.members)
      for (const y of b.members) {
        const found = sharedBy(x, y);
        if (found.terms >= bar.terms && found.same >= bar.same) best = Math.max(best, found.share);
      }
    return best;
  };
  const differentSubjects = (a: StoryEvent, b: StoryEvent) =>
    a.agents.length > 0 && b.agents.length > 0 && !a.agents.some((agent) => b.agents.includes(agent));
  const within = (inner: Group, outer: Group) => inner.event.start >= outer.event.start && inner.end <= outer.end;
  const vaguer = (a: Group, b: Group) => PRECISION_RANK[a.event.precision] > PRECISION_RANK[b.event.precision];

  // A vague mention told as done ("talks held earlier this month") means nothing after its report's day, and
  // with "earlier", nothing on it; one told as planned ("by the end of the month") means nothing up to its report's day.
  const toldOf = (vague: Group, event: Group) =>
    vague.event.citations.every((citation) =>
      citation.expected
        ? event.end > citation.published
        : event.event.start < citation.published ||
          (event.event.start === citation.published && !citation.summary.includes(`earlier ${citation.dateText}`)),
    );
  /** How far two events clear the bar for being one, or undefined when they cannot be. */
  const margin = (a: Group, b: Group): number | undefined => {
    if (a.event.start > b.end || b.event.start > a.end || differentSubjects(a.event, b.event)) return undefined;
    if ((vaguer(a, b) && !toldOf(a, b)) || (vaguer(b, a) && !toldOf(b, a))) return undefined;
    const same = a.event.start === b.event.start && a.event.precision === b.event.precision;
    if (same && background && a.end < background) return 1 + shareOf(a, b, { terms: 0, same: 0 });
    const year = a.event.precision === 'year' || b.event.precision === 'year';
    const nested = within(a, b) || within(b, a);
    // The same day is strong evidence; the same week, month or year only as strong as a nesting.
    const bar =
      same && a.event.precision === 'day'
        ? BARS.samePeriod
        : !nested
          ? BARS.overlapping
          : year
            ? BARS.withinYear
            : BARS.within;
    const score = shareOf(a, b, bar);
    const apart = !a.event.citations.some((x) => b.event.citations.some((y) => y.slug === x.slug));
    const base = apart ? bar.share * ACROSS_REPORTS : bar.share;
    // A plan for a day, and what a report says happened that day: "MPs will question Remmel next Monday", then
    // "Remmel told lawmakers on Monday". Each report words it for its own moment, so they share less.
    const fulfils = same && a.event.precision === 'day' && a.event.expected !== b.event.expected;
    const needed = fulfils ? base * PLAN_AND_DEED : base;
    return score >= needed ? score - needed : undefined;
  };

  const groups = candidates.map((candidate, index): Group => ({
    event: { ...candidate, citations: [...candidate.citations], features: new Map(candidate.features) },
    lead: candidate.citations[0],
    known: new Set(candidate.citations.map(citationKey)),
    members: [mentions[index]],
    end: periodEnd(candidate.start, candidate.precision),
  }));
  const live = new Set(groups);

  // A vague mention whose words fit another event inside its period about as well is neither of them, unless only
  // one of the two does what it says was done and the other fits no clearly better: "the Pikne ran aground …
  // earlier this month with 212 passengers" is the day it "ran aground", not the day it "had left Helsinki with 212
  // passengers".
  const ambiguous = (vague: Group, precise: Group) => {
    if (!vaguer(vague, precise)) return false;
    const chosen = coverage(vague, precise);
    const doneIn = (event: Group) => event.event.precision === 'day' && sharesDeed(vague, event);
    return [...live].some(
      (other) =>
        other !== precise &&
        other !== vague &&
        vaguer(vague, other) &&
        within(other, vague) &&
        // The deed settles a near tie only: the other does not cover clearly more.
        (doneIn(other) || !doneIn(precise) || coverage(vague, other) > chosen * CLEAR_LEAD) &&
        coverage(vague, other) * CLEAR_LEAD > chosen,
    );
  };
  // How much of the vague mention's own weight an event inside its period covers: which event it means.
  // With `exact`, only the very same words count, not near-synonyms, places' countries or senses.
  const covered = new Map<number, number>();
  const coverageOf = (x: Mention, y: Mention, exact: boolean) => {
    const key = (x.index * candidates.length + y.index) * 2 + (exact ? 1 : 0);
    const known = covered.get(key);
    if (known !== undefined) return known;
    let shared = 0;
    for (const [term, termKeys] of candidates[x.index].features)
      if (exact ? y.keys.has(term) : termKeys.some((k) => y.keys.has(k))) shared += weight(term);
    covered.set(key, shared / Math.max(1e-9, x.total));
    return covered.get(key) ?? 0;
  };
  // A word of what happened, not a name: one the vague mention writes in lower case ("detected", "referendum").
  const sharesAction = (vague: Group, event: Group) =>
    vague.members.some((x) => {
      const actions = new Set(
        wordsOf(candidates[x.index].summary)
          .filter((word) => word.length >= MIN_ACTION_LETTERS && !/^\p{Lu}/u.test(word))
          .map((word) => `stem:${stemWord(foldWord(word))}`),
      );
      return event.members.some((y) => [...actions].some((term) => y.keys.has(term)));
    });
  // The very verb of what was done in both ("ran", "destroyed"): near-synonyms are too loose here ("called off",
  // "cancelled"), and so is the same word as an adjective ("would stay closed").
  const deeds = candidates.map((candidate) => deedsOf(candidate.summary));
  const sharesDeed = (vague: Group, event: Group) =>
    vague.members.some((x) => event.members.some((y) => [...deeds[x.index]].some((deed) => deeds[y.index].has(deed))));
  const coverage = (vague: Group, event: Group, exact = false) =>
    Math.max(0, ...vague.members.flatMap((x) => event.members.map((y) => coverageOf(x, y, exact))));

  const margins = new Map<Group, Map<Group, number>>(groups.map((group) => [group, new Map()]));
  const score = (a: Group, b: Group) => {
    const found = margin(a, b);
    if (found === undefined) return;
    margins.get(a)?.set(b, found);
    margins.get(b)?.set(a, found);
  };
  // Only events of overlapping periods can fold: sorted by start, a pair is scored once its periods meet.
  const byStart = [...groups].sort((a, b) => a.event.start.localeCompare(b.event.start));
  byStart.forEach((group, i) => {
    for (const other of byStart.slice(i + 1)) {
      if (other.event.start > group.end) break;
      score(group, other);
    }
  });

  // Equal margins are taken in an order of their own (the pair's first mentions), not the reports' order.
  const rank = (a: Group, b: Group) => [a.members[0].index, b.members[0].index].sort((x, y) => x - y).join(',');
  const before = (a: Group, b: Group, margin: number, best: { a: Group; b: Group; margin: number }) =>
    margin > best.margin || (margin === best.margin && rank(a, b) < rank(best.a, best.b));
  for (;;) {
    let best: { a: Group; b: Group; margin: number } | undefined;
    for (const a of live)
      for (const [b, value] of margins.get(a) ?? [])
        if (live.has(b) && (!best || before(a, b, value, best))) best = { a, b, margin: value };
    if (!best) break;
    if (ambiguous(best.a, best.b) || ambiguous(best.b, best.a)) {
      margins.get(best.a)?.delete(best.b);
      margins.get(best.b)?.delete(best.a);
      continue;
    }
    // The more precise event takes the other in: its period is the merged event's.
    const [into, from] = vaguer(best.a, best.b) ? [best.b, best.a] : [best.a, best.b];
    fold(into, from);
    live.delete(from);
    margins.delete(from);
    margins.set(into, new Map());
    for (const other of live) {
      margins.get(other)?.delete(into);
      margins.get(other)?.delete(from);
      if (other !== into) score(into, other);
    }
  }

  // A vague mention (a week, a month, a year named by its number as past: "since both ports shut in 2021") with
  // exactly one plausible, more precise event inside its period is that event; with several or none, the one whose
  // mentions repeat clearly most of its words, a word of what happened among them. "Last year" and "by mid-year" are
  // left alone: measured on the timeline gold, they join two events where the year's number joins none.
  // Each one's plausible events are found before any folds, so the order they are looked at decides nothing.
  const plausible = { terms: 2, same: 0 };
  const clearlyBest = (group: Group): Group[] => {
    const [best, next] = [...live]
      .filter(
        (other) =>
          vaguer(group, other) &&
          within(other, group) &&
          toldOf(group, other) &&
          !differentSubjects(group.event, other.event) &&
          sharesAction(group, other),
      )
      .map((other) => ({ other, share: coverage(group, other, true) }))
      .sort((a, b) => b.share - a.share);
    const clear = best && best.share >= BEST_COVER.share && (!next || best.share >= BEST_COVER.lead * next.share);
    return clear ? [best.other] : [];
  };
  const lone = [...live]
    .filter(
      (group) =>
        group.event.precision === 'week' ||
        group.event.precision === 'month' ||
        group.event.citations.every((citation) => !citation.expected && /\b\d{4}\b/.test(citation.dateText)),
    )
    .filter((group) => !group.event.citations.every(isTally))
    .map((group) => ({
      group,
      inside: [...live].filter(
        (other) =>
          vaguer(group, other) &&
          within(other, group) &&
          toldOf(group, other) &&
          !differentSubjects(group.event, other.event) &&
          sharesAction(group, other) &&
          shareOf(group, other, plausible) >= BARS.samePeriod.share,
      ),
    }))
    .map(({ group, inside }) => ({ group, inside: inside.length === 1 ? inside : clearlyBest(group) }))
    .filter(({ inside }) => inside.length === 1);
  for (const { group, inside } of lone) {
    // The event it joins may itself have been a lone vague mention folded a moment ago: follow it.
    const into = live.has(inside[0]) ? inside[0] : lone.find((other) => other.group === inside[0])?.inside[0];
    if (!into || !live.has(into)) continue;
    fold(into, group);
    live.delete(group);
  }

  // A state told by its start ("the platform has been largely down since the 15th") is the one event the story tells
  // of on that day that shares a word with it ("the platform collapsed on Sept. 15"), though not enough to fold above.
  // Measured on the timeline gold: 7 fewer splits, 1 more entry joining two events; with no shared word asked, 11
  // fewer and 5 more.
  const baselines = [...live].filter(
    (group) => group.event.precision === 'day' && group.event.citations.every(isBaseline),
  );
  for (const group of baselines) {
    const sameDay = [...live].filter(
      (other) =>
        other !== group &&
        other.event.precision === 'day' &&
        other.event.start === group.event.start &&
        !other.event.citations.every(isBaseline) &&
        !differentSubjects(group.event, other.event) &&
        shareOf(group, other, { terms: 1, same: 1 }) > 0,
    );
    if (sameDay.length !== 1 || !live.has(group)) continue;
    fold(sameDay[0], group);
    live.delete(group);
  }

  return [...live]
    .map(({ event }) => event)
    .sort((a, b) => a.start.localeCompare(b.start) || PRECISION_RANK[b.precision] - PRECISION_RANK[a.precision])
    .map((event, index) => ({ ...event, id: `event-${index + 1}` }));
}

/** Whether a citation tells a state by when it began: "closed since March 18", "down since the 18 May outage". */
function isBaseline(citation: Citation): boolean {
  return (
    !citation.expected &&
    (/^since\b/i.test(citation.dateText) ||
      /\bsince\s+(?:the\s+)?$/i.test(citation.summary.slice(0, citation.summary.indexOf(citation.dateText))))
  );
}

/** Not a verb after these: "stay closed", "the injured man", "a chartered vessel". */
const NOT_A_DEED_AFTER =
  /^(?:stay|stays|stayed|remain|remains|remained|keep|kept|a|an|the|its|their|his|her|our|newly)$/;

/** The stems of a summary's verbs in the past that tell what was done ("ran aground", "destroyed a warehouse"). */
function deedsOf(summary: string): Set<string> {
  const words = wordsOf(summary).map(foldWord);
  return new Set(
    words
      .filter((word, i) => isPastAction(word) && !NOT_A_DEED_AFTER.test(words[i - 1] ?? ''))
      .map((word) => `stem:${stemWord(word)}`),
  );
}

/** "So far this month, both sides have exchanged 205 soldiers": a tally of the period, not one event in it. */
function isTally(citation: Citation): boolean {
  const at = citation.summary.indexOf(citation.dateText);
  if (at < 0) return false;
  const [before, after] = [citation.summary.slice(0, at), citation.summary.slice(at + citation.dateText.length)];
  return /\bso far\s+$/i.test(before) || /^,?\s+(?:so far|to date|alone)\b/i.test(after);
}

function fold(group: Group, other: Group): void {
  const { event } = group;
  for (const citation of other.event.citations) {
    if (group.known.has(citationKey(citation))) continue;
    group.known.add(citationKey(citation));
    event.citations.push(citation);
    if (readability(citation) < readability(group.lead)) group.lead = citation;
  }
  event.agents = [...new Set([...event.agents, ...other.event.agents])];
  for (const [term, termKeys] of other.event.features) event.features.set(term, termKeys);
  group.members.push(...other.members);
  Object.assign(event, {
    start: group.lead.start,
    precision: group.lead.precision,
    summary: group.lead.summary,
    subject: group.lead.subject,
  });
  group.end = periodEnd(event.start, event.precision);
  event.expected = event.citations.every((citation) => citation.expected);
}
