import Fuse from 'fuse.js/basic';
import { canonicalMap } from './aliases.ts';
import { deltaDecode, type PostingsChunk, type SearchManifest, type VocabShard } from './index-format.ts';
import { allowedEdits, editDistance } from './edit-distance.ts';
import { lowerBound } from './lower-bound.ts';
import { SEARCH_CONFIG } from './search-config.ts';
import { isSearchable, shardOf, wordSpans } from './terms.ts';
import { passagesOf, wordHits, type WordHits } from './word-hits.ts';

/** Words whose hits stay cached while the reader types. */
const HIT_CACHE_SIZE = 32;

/** Where the engine gets index files: fetch in the browser, memory in tests and benchmarks. */
export interface IndexSource {
  vocab(shard: string): Promise<VocabShard | null>;
  postings(shard: string, chunk: number): Promise<PostingsChunk>;
}

/** An indexed term that answers one query word, and how well. */
export interface TermMatch {
  term: string;
  weight: number;
}

/** A passage that matched, by its ordinal in the report. */
export interface PassageHit {
  ordinal: number;
  score: number;
}

/** A report that matched every query word, with its matching passages, best first (for the first reports shown). */
export interface ReportHit {
  report: number;
  score: number;
  passages: PassageHit[];
}

export interface SearchResult {
  /** The query words searched for (folded), after bounds and stop words. */
  words: string[];
  reports: ReportHit[];
  /** Folded terms to mark in snippets: every matched term and its other spellings. */
  marked: Set<string>;
}

/** A word of a query: a hyphenated one ("Ukraine-Russia") keeps its parts to fall back on. */
export interface QueryWord {
  term: string;
  parts: string[];
}

/** The searchable words of a query, bounded in number and length. */
export function queryWords(query: string): QueryWord[] {
  return wordSpans(query.slice(0, SEARCH_CONFIG.maxQueryTerms * (SEARCH_CONFIG.maxTermLength + 1)))
    .map((span) => ({ term: span.term, parts: span.parts.filter(isSearchable) }))
    .filter(({ term }) => isSearchable(term) && term.length <= SEARCH_CONFIG.maxTermLength)
    .slice(0, SEARCH_CONFIG.maxQueryTerms);
}

export class SearchEngine {
  private readonly canonical: Map<string, string>;
  private readonly spellingsOf = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
  /** Decoded postings by term: a keystroke that repeats a term does not decode it again. */
  private readonly decoded = new Map<string, number[]>();
  private readonly hitCache = new Map<string, WordHits>();
  private readonly reportCount: number;
  private readonly source: IndexSource;

  constructor(manifest: SearchManifest, source: IndexSource) {
    this.source = source;
    this.reportCount = manifest.reportCount;
    this.canonical = canonicalMap(manifest.spellings);
    for (const group of manifest.spellings) for (const term of group) this.spellingsOf.set(term, group);
  }

  private fuseFor(shard: string, vocab: VocabShard): Fuse<string> {
    let fuse = this.fuses.get(shard);
    if (!fuse) {
      const spellings = [...this.canonical.keys()].filter((term) => shardOf(term) === shard);
      fuse = new Fuse([...vocab.terms, ...spellings], SEARCH_CONFIG.fuse);
      this.fuses.set(shard, fuse);
    }
    return fuse;
  }

  /** Indexed terms answering one query word: exact (any spelling), else prefix and fuzzy. */
  async matchWord(word: string, typing: boolean): Promise<TermMatch[]> {
    const { weights } = SEARCH_CONFIG;
    const exact = this.canonical.get(word) ?? word;
    const vocab = await this.source.vocab(shardOf(exact));
    if (!vocab) return [];
    const matches = new Map<string, number>();
    const add = (term: string, weight: number) => {
      const key = this.canonical.get(term) ?? term;
      if (vocab.terms[lowerBound(vocab.terms, key)] === key) matches.set(key, Math.max(matches.get(key) ?? 0, weight));
    };
    add(exact, weights.exact);
    if (typing && word.length >= SEARCH_CONFIG.minPrefixLength) {
      const start = lowerBound(vocab.terms, word);
      for (let i = start; i < vocab.terms.length && i - start < SEARCH_CONFIG.maxPrefixTerms; i++) {
        if (!vocab.terms[i].startsWith(word)) break;
        add(vocab.terms[i], weights.prefix);
      }
    }
    if (matches.size === 0 && word.length >= SEARCH_CONFIG.minFuzzyLength) {
      const found = this.fuseFor(shardOf(exact), vocab).search(word, { limit: 4 * SEARCH_CONFIG.maxFuzzyTerms });
      found
        .filter(({ item }) => editDistance(word, item) <= allowedEdits(word.length))
        .slice(0, SEARCH_CONFIG.maxFuzzyTerms)
        .forEach(({ item, score = 0 }) => add(item, weights.fuzzy * (1 - score)));
    }
    if (matches.size === 0 && word.length >= SEARCH_CONFIG.minFuzzyLength) await this.nameTypo(word, matches);
    return [...matches].map(([term, weight]) => ({ term, weight }));
  }

  /**
   * A typo in a name's first letter ("Kavrov") looks in the wrong shard. The curated spellings are
   * already in the manifest, so they are checked at no download cost; a near one is looked up in its shard.
   */
  private async nameTypo(word: string, matches: Map<string, number>): Promise<void> {
    const near = [...this.canonical.keys()].filter(
      (term) => term[0] !== word[0] && editDistance(word, term) <= allowedEdits(word.length),
    );
    for (const spelling of near.slice(0, SEARCH_CONFIG.maxFuzzyTerms)) {
      const key = this.canonical.get(spelling) ?? spelling;
      const vocab = await this.source.vocab(shardOf(key));
      if (vocab?.terms[lowerBound(vocab.terms, key)] === key) matches.set(key, SEARCH_CONFIG.weights.fuzzy);
    }
  }

  /** A word's hits, cached by its matched terms: typing on after it does not recount it. */
  private async hitsOf(matches: readonly TermMatch[]): Promise<WordHits> {
    const key = matches.map(({ term, weight }) => `${term}:${weight}`).join(' ');
    const cached = this.hitCache.get(key);
    if (cached) return cached;
    const postings = await Promise.all(
      matches.map(async ({ term, weight }) => ({ refs: await this.postingsOf(term), weight })),
    );
    const hits = wordHits(postings, this.reportCount);
    if (this.hitCache.size >= HIT_CACHE_SIZE) this.hitCache.delete(this.hitCache.keys().next().value ?? '');
    this.hitCache.set(key, hits);
    return hits;
  }

  private async postingsOf(term: string): Promise<number[]> {
    const cached = this.decoded.get(term);
    if (cached) return cached;
    const vocab = await this.source.vocab(shardOf(term));
    const chunk = vocab ? await this.source.postings(shardOf(term), vocab.chunks[lowerBound(vocab.terms, term)]) : {};
    const refs = deltaDecode(chunk[term] ?? []);
    this.decoded.set(term, refs);
    return refs;
  }

  /**
   * Reports where every query word matches, ranked; the matching passages of
   * the first `limit` reports ranked within them. `scope`, when given, is the
   * report numbers searched (a story's reports); the rest are passed over.
   */
  async search(
    query: string,
    limit: number = SEARCH_CONFIG.reportsShown,
    scope?: ReadonlySet<number>,
  ): Promise<SearchResult> {
    const asked = queryWords(query);
    const words = asked.map(({ term }) => term);
    const typing = !/\s$/.test(query);
    // A hyphenated word is its parts, each required, or the word joined: every part also accepts
    // the joined form, so "Russia-Ukraine" finds "Russia … Ukraine" and "cease-fire" finds "ceasefire".
    const matched = (
      await Promise.all(
        asked.map(async ({ term, parts }, i) => {
          const last = typing && i === asked.length - 1;
          const joined = await this.matchWord(term, last && parts.length === 0);
          if (parts.length === 0) return [joined];
          const each = await Promise.all(parts.map((part, j) => this.matchWord(part, last && j === parts.length - 1)));
          return each.map((matches) => [...matches, ...joined]);
        }),
      )
    ).flat();
    const marked = new Set(matched.flat().flatMap(({ term }) => this.spellingsOf.get(term) ?? [term]));
    const perWord = await Promise.all(matched.map((matches) => this.hitsOf(matches)));
    if (perWord.length === 0) return { words, reports: [], marked };

    const ranked: ReportHit[] = [];
    for (let report = 0; report < this.reportCount; report++) {
      if (scope !== undefined && !scope.has(report)) continue;
      let score = 0;
      let passages = 0;
      for (const word of perWord) {
        if (word.best[report] === 0) {
          score = -1;
          break;
        }
        score += word.best[report];
        passages += word.count[report];
      }
      if (score > 0) ranked.push({ report, score: score + 0.01 * passages, passages: [] });
    }
    ranked.sort((a, b) => b.score - a.score || a.report - b.report);
    // Passages are ranked only for the reports a reader will see first.
    for (const hit of ranked.slice(0, limit)) {
      hit.passages = [...passagesOf(perWord, hit.report)]
        .map(([ordinal, score]) => ({ ordinal, score }))
        .sort((a, b) => b.score - a.score || a.ordinal - b.ordinal);
    }
    return { words, reports: ranked, marked };
  }
}
