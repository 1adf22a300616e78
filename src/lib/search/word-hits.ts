import { MAX_PASSAGES, ordinalOfRef, reportOfRef } from './index-format.ts';
import { lowerBound } from './lower-bound.ts';

/** One matched term's passages: sorted references, all of one weight. */
export interface Posting {
  refs: readonly number[];
  weight: number;
}

/**
 * What one query word matches, summarised per report in typed arrays so
 * that combining words costs one pass over the reports, not over passages.
 */
export interface WordHits {
  postings: readonly Posting[];
  /** Best weight of the word in each report; 0 where it does not match. */
  best: Float32Array;
  /** Passages matched in each report (a passage matching two terms counts twice: a tie-break only). */
  count: Uint16Array;
}

export function wordHits(postings: readonly Posting[], reportCount: number): WordHits {
  const best = new Float32Array(reportCount);
  const count = new Uint16Array(reportCount);
  for (const { refs, weight } of postings) {
    for (const ref of refs) {
      const report = reportOfRef(ref);
      if (weight > best[report]) best[report] = weight;
      if (count[report] < 65535) count[report] += 1;
    }
  }
  return { postings, best, count };
}

/** Passage ordinal → summed weight of the words matching it, within one report. */
export function passagesOf(words: readonly WordHits[], report: number): Map<number, number> {
  const passages = new Map<number, number>();
  for (const word of words) {
    const best = new Map<number, number>();
    for (const { refs, weight } of word.postings) {
      const end = (report + 1) * MAX_PASSAGES;
      for (let i = lowerBound(refs, report * MAX_PASSAGES); i < refs.length && refs[i] < end; i++) {
        const ordinal = ordinalOfRef(refs[i]);
        best.set(ordinal, Math.max(best.get(ordinal) ?? 0, weight));
      }
    }
    for (const [ordinal, weight] of best) passages.set(ordinal, (passages.get(ordinal) ?? 0) + weight);
  }
  return passages;
}
