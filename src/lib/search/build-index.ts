import { canonicalMap } from './aliases.ts';
import {
  MAX_PASSAGES,
  deltaEncode,
  passageRef,
  type PostingsChunk,
  type ReportRecord,
  type SearchManifest,
  type VocabShard,
} from './index-format.ts';
import { SEARCH_CONFIG } from './search-config.ts';
import { shardOf, termsOf } from './terms.ts';

/** The whole index, file by file. */
export interface SearchIndex {
  manifest: SearchManifest;
  vocab: Map<string, VocabShard>;
  /** Keyed `<shard>-<chunk>`. */
  postings: Map<string, PostingsChunk>;
  reports: ReportRecord[];
}

/** term → sorted passage references, spellings of one person filed under the canonical one. */
function collectPostings(reports: readonly ReportRecord[], canonical: Map<string, string>): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  reports.forEach((report, reportIndex) => {
    report.passages.slice(0, MAX_PASSAGES).forEach(([, text], ordinal) => {
      // References only grow in this loop, so each list comes out sorted and a repeat is its last entry.
      const ref = passageRef(reportIndex, ordinal);
      for (const term of termsOf(text)) {
        const key = canonical.get(term) ?? term;
        const refs = postings.get(key);
        if (!refs) postings.set(key, [ref]);
        else if (refs[refs.length - 1] !== ref) refs.push(ref);
      }
    });
  });
  return postings;
}

/** Splits one shard's sorted terms into postings chunks of bounded size. */
function chunkShard(terms: readonly string[], postings: Map<string, number[]>, limit: number) {
  const chunks: PostingsChunk[] = [{}];
  const chunkOfTerm: number[] = [];
  let size = 0;
  for (const term of terms) {
    const refs = postings.get(term) ?? [];
    if (size > 0 && size + refs.length > limit) {
      chunks.push({});
      size = 0;
    }
    chunks[chunks.length - 1][term] = deltaEncode(refs);
    chunkOfTerm.push(chunks.length - 1);
    size += refs.length;
  }
  return { chunks, vocab: { terms: [...terms], chunks: chunkOfTerm } };
}

/** Builds the static search files from the reports, at build time. */
export function buildSearchIndex(
  reports: readonly ReportRecord[],
  spellings: string[][],
  chunkPostings: number = SEARCH_CONFIG.chunkPostings,
): SearchIndex {
  const postings = collectPostings(reports, canonicalMap(spellings));
  const byShard = new Map<string, string[]>();
  for (const term of [...postings.keys()].sort()) {
    const shard = shardOf(term);
    if (!byShard.has(shard)) byShard.set(shard, []);
    byShard.get(shard)?.push(term);
  }
  const vocab = new Map<string, VocabShard>();
  const chunkFiles = new Map<string, PostingsChunk>();
  for (const [shard, terms] of byShard) {
    const { chunks, vocab: shardVocab } = chunkShard(terms, postings, chunkPostings);
    vocab.set(shard, shardVocab);
    chunks.forEach((chunk, index) => chunkFiles.set(`${shard}-${index}`, chunk));
  }
  return {
    manifest: { shards: [...byShard.keys()].sort(), spellings, reportCount: reports.length },
    vocab,
    postings: chunkFiles,
    reports: [...reports],
  };
}
