import type { SearchIndex } from './build-index.ts';
import type { IndexSource } from './query.ts';

/** Serves an index held in memory, as the static files would: for tests and benchmarks. */
export function memorySource(index: SearchIndex): IndexSource {
  return {
    vocab: async (shard) => index.vocab.get(shard) ?? null,
    postings: async (shard, chunk) => index.postings.get(`${shard}-${chunk}`) ?? {},
  };
}
