/**
 * The search index as the browser downloads it, in small static files, so a
 * query fetches only the vocabulary and postings of its own terms.
 */

/** Embedded in the page: tells the client which files exist. */
export interface SearchManifest {
  /** Vocabulary shards present (first letters of terms). */
  shards: string[];
  /** Spelling groups: each a person's spellings, canonical first. */
  spellings: string[][];
  reportCount: number;
}

/** The names of the search files under `/search/` (without `.json`): written by the build, fetched by the browser. */
export const searchFile = {
  vocab: (shard: string) => `vocab-${shard}`,
  /** `key` is `<shard>-<chunk>`. */
  postings: (key: string) => `post-${key}`,
  report: (number: number) => `report-${number}`,
};

/** `/search/vocab-<shard>.json`: the terms of one shard and where their postings are. */
export interface VocabShard {
  /** Terms, sorted. */
  terms: string[];
  /** For each term, the postings chunk holding it. */
  chunks: number[];
}

/** `/search/post-<shard>-<chunk>.json`: term → delta-encoded passage references. */
export type PostingsChunk = Record<string, number[]>;

/** `/search/report-<n>.json`: what a result needs to show a report's passages. */
export interface ReportRecord {
  slug: string;
  title: string;
  outlet: string;
  /** ISO calendar date. */
  date: string;
  /** The date as pages show it ("23 May 2025"), formatted at build time. */
  dateLabel: string;
  /** The report's story, to label a result found outside it. */
  story: { id: string; title: string };
  /** [passage id, text], in reading order; a reference's low bits index this list. */
  passages: [string, string][];
}

/** A passage reference packs the report number and the passage's ordinal. */
export const PASSAGE_BITS = 10;
export const MAX_PASSAGES = 1 << PASSAGE_BITS;

export function passageRef(report: number, ordinal: number): number {
  return report * MAX_PASSAGES + ordinal;
}

export function reportOfRef(ref: number): number {
  return Math.floor(ref / MAX_PASSAGES);
}

export function ordinalOfRef(ref: number): number {
  return ref % MAX_PASSAGES;
}

/** Sorted references → gaps, which serialise shorter. */
export function deltaEncode(sorted: readonly number[]): number[] {
  return sorted.map((value, index) => (index === 0 ? value : value - sorted[index - 1]));
}

export function deltaDecode(gaps: readonly number[]): number[] {
  let value = 0;
  return gaps.map((gap) => (value += gap));
}
