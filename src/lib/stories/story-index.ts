import type { ReportFeatures, TermCounts } from './report-features.ts';

/** The parts of a report clustering compares, each its own vector space. */
export const PARTS = ['title', 'body', 'names'] as const;
export type Part = (typeof PARTS)[number];

/** Summed weights of terms. */
export type TermWeights = Map<string, number>;

/** One story as clustering sees it: summed term weights per part and its reports' dates. */
export interface StoryCentroid {
  reports: number;
  /** Publication dates of its reports, sorted. */
  dates: string[];
  /** Per part, each term's summed sublinear frequency (1 + ln count) over the story's reports. */
  terms: Record<Part, TermWeights>;
}

/**
 * The clustering index: each story's centroid and, per part, how many reports hold each term (for
 * IDF). Derived data (DECISIONS.md): rebuilt from the reports, never the source of truth.
 */
export interface StoryIndex {
  reports: number;
  documentFrequency: Record<Part, TermWeights>;
  stories: Map<string, StoryCentroid>;
}

const emptyParts = (): Record<Part, TermWeights> => ({ title: new Map(), body: new Map(), names: new Map() });

export function emptyIndex(): StoryIndex {
  return { reports: 0, documentFrequency: emptyParts(), stories: new Map() };
}

/** 1 + ln(count): a word said ten times is not ten times as telling. */
export function sublinear(count: number): number {
  return count > 0 ? 1 + Math.log(count) : 0;
}

function addCounts(into: TermWeights, terms: TermCounts, amount: (count: number) => number): void {
  for (const [term, count] of Object.entries(terms)) {
    const next = (into.get(term) ?? 0) + amount(count);
    if (Math.abs(next) < 1e-9) into.delete(term);
    else into.set(term, next);
  }
}

function insertSorted(dates: string[], date: string): void {
  const at = dates.findIndex((existing) => existing > date);
  dates.splice(at < 0 ? dates.length : at, 0, date);
}

/**
 * Adds a report to a story (`sign` 1) or takes it out (-1, to re-score a report against its own story
 * without itself). Updates `index` in place: it is the caller's accumulator.
 */
export function updateIndex(index: StoryIndex, story: string, features: ReportFeatures, sign: 1 | -1 = 1): void {
  let centroid = index.stories.get(story);
  if (centroid === undefined) {
    centroid = { reports: 0, dates: [], terms: emptyParts() };
    index.stories.set(story, centroid);
  }
  index.reports += sign;
  centroid.reports += sign;
  if (sign === 1) insertSorted(centroid.dates, features.published);
  else centroid.dates.splice(centroid.dates.indexOf(features.published), 1);
  for (const part of PARTS) {
    addCounts(index.documentFrequency[part], features[part], () => sign);
    addCounts(centroid.terms[part], features[part], (count) => sign * sublinear(count));
  }
  if (centroid.reports === 0) index.stories.delete(story);
}

type Entries = [string, number][];

/** The index as JSON can hold it (Maps as entry lists), for the clustering cache. */
export interface StoredIndex {
  reports: number;
  documentFrequency: Record<Part, Entries>;
  stories: [string, { reports: number; dates: string[]; terms: Record<Part, Entries> }][];
}

const partsToEntries = (parts: Record<Part, TermWeights>) =>
  Object.fromEntries(PARTS.map((part) => [part, [...parts[part]]])) as Record<Part, Entries>;
const partsFromEntries = (parts: Record<Part, Entries>) =>
  Object.fromEntries(PARTS.map((part) => [part, new Map(parts[part])])) as Record<Part, TermWeights>;

export function storeIndex(index: StoryIndex): StoredIndex {
  return {
    reports: index.reports,
    documentFrequency: partsToEntries(index.documentFrequency),
    stories: [...index.stories].map(([id, centroid]) => [id, { ...centroid, terms: partsToEntries(centroid.terms) }]),
  };
}

export function loadIndex(stored: StoredIndex): StoryIndex {
  return {
    reports: stored.reports,
    documentFrequency: partsFromEntries(stored.documentFrequency),
    stories: new Map(
      stored.stories.map(([id, centroid]) => [id, { ...centroid, terms: partsFromEntries(centroid.terms) }]),
    ),
  };
}
