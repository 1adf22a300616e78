import { searchFile } from '../lib/search/index-format.ts';
import type { PostingsChunk, ReportRecord, SearchManifest, VocabShard } from '../lib/search/index-format.ts';
import type { IndexSource } from '../lib/search/query.ts';

/** Index files fetched on demand from `base`, each at most once once it has arrived. */
export function fetchSource(base: string, manifest: SearchManifest) {
  const cache = new Map<string, Promise<unknown>>();
  const json = <T>(file: string): Promise<T> => {
    let pending = cache.get(file);
    if (!pending) {
      pending = fetch(`${base}${file}.json`).then((response) => {
        if (!response.ok) throw new Error(`search file ${file}: HTTP ${response.status}`);
        return response.json();
      });
      // A failed fetch is forgotten, so the next keystroke asks again.
      pending.catch(() => cache.delete(file));
      cache.set(file, pending);
    }
    return pending as Promise<T>;
  };
  const source: IndexSource = {
    vocab: (shard) =>
      manifest.shards.includes(shard) ? json<VocabShard>(searchFile.vocab(shard)) : Promise.resolve(null),
    postings: (shard, chunk) => json<PostingsChunk>(searchFile.postings(`${shard}-${chunk}`)),
  };
  return { source, report: (number: number) => json<ReportRecord>(searchFile.report(number)) };
}
