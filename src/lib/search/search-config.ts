/**
 * Every search option in one place, chosen by the relevance table in
 * tests/unit/search-relevance.test.ts and the figures of `npm run bench:search`.
 */
export const SEARCH_CONFIG = Object.freeze({
  /** Fuse.js runs over a vocabulary shard (single words), never over report text. */
  fuse: Object.freeze({
    includeScore: true,
    // Candidates only: 0.4 admits a swapped pair (Lavorv, 0.33); edit distance then decides.
    threshold: 0.4,
    // Terms are single words; where the match starts in one does not matter.
    ignoreLocation: true,
    minMatchCharLength: 2,
  }),
  /** Shorter query words are matched exactly or as prefixes only: fuzzy "war" would find "award". */
  minFuzzyLength: 4,
  maxFuzzyTerms: 6,
  /** The word being typed also matches as a prefix: "Lav" finds Lavrov (two letters match too much to be useful). */
  maxPrefixTerms: 24,
  minPrefixLength: 3,
  /** Bounds for pasted text: later words and longer words are ignored. */
  maxQueryTerms: 8,
  maxTermLength: 40,
  weights: Object.freeze({ exact: 1, prefix: 0.7, fuzzy: 0.6 }),
  /** Postings per chunk file: bounds what one query term downloads. */
  chunkPostings: 4000,
  /** Report groups shown at once, and passages shown under each. */
  reportsShown: 10,
  passagesShown: 3,
  /** Characters of context either side of the first match in a snippet. */
  snippetRadius: 90,
});
