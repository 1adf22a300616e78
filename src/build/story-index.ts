// The clustering index of content/reports, cached (DECISIONS.md: derived data, rebuilt when missing or
// stale, never committed): the index itself with each report's size, time and content hash, read on every
// run; and one small file of features per report, read only when that report changed or went, to take it
// out of the index. An ingest decision at 5,000 reports reads no report file and writes one features file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalUrl, normalizedBody } from '../lib/ingest/duplicates.ts';
import { reportFeatures, type ReportFeatures } from '../lib/stories/report-features.ts';
import { reportText } from '../lib/stories/report-text.ts';
import {
  emptyIndex,
  loadIndex,
  storeIndex,
  updateIndex,
  type StoredIndex,
  type StoryIndex,
} from '../lib/stories/story-index.ts';

/** Bump when features change shape or meaning, so an old cache is not read. */
const CACHE_VERSION = 5;

/** What the cache knows of a report file: when it last saw it, its content hash, its story, what makes a duplicate. */
export interface FileState {
  mtimeMs: number;
  size: number;
  hash: string;
  story: string;
  /** The canonical form of its URL, null when it states none. */
  url: string | null;
  /** The hash of its normalised body. */
  body: string;
  /** A feed item's guid. */
  guid: string | null;
}

interface IndexCache {
  version: number;
  files: Record<string, FileState>;
  index: StoredIndex;
}

export interface LoadedIndex {
  index: StoryIndex;
  /** Each report file's state, by slug: its story, canonical URL and body hash. */
  files: Readonly<Record<string, FileState>>;
  /** Each report's story and features, by slug. */
  reports: ReadonlyMap<string, { story: string; features: ReportFeatures }>;
  /** How many report files had to be read afresh. */
  refreshed: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What two copies with the same words share, however they are punctuated or spaced: the duplicate check's key. */
export const bodyHash = (paragraphs: readonly string[]) => sha256(normalizedBody(paragraphs));

const cacheDir = (root: string) => join(root, 'node_modules', '.cache', 'newsfold');

function readJson<T>(path: string, valid: (value: T) => boolean): T | null {
  if (!existsSync(path)) return null;
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as T;
    return valid(value) ? value : null;
  } catch {
    // A cache is only a shortcut: an unreadable one is rebuilt.
    return null;
  }
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, path);
}

/**
 * The clustering index of every report in `<root>/content/reports`. With `withReports`, also each
 * report's features (stories:check re-scores every report); otherwise they are read only when the
 * index must change.
 */
export function loadStoryIndex(root: string, withReports = true): LoadedIndex {
  const dir = join(root, 'content', 'reports');
  const indexPath = join(cacheDir(root), 'story-index.json');
  const featuresDir = join(cacheDir(root), `story-features-${CACHE_VERSION}`);
  const featuresPath = (slug: string) => join(featuresDir, `${slug}.json`);
  const cached = readJson<IndexCache>(indexPath, (cache) => cache.version === CACHE_VERSION);
  const known = cached?.files ?? {};
  const files: Record<string, FileState> = {};
  const fresh = new Map<string, ReportFeatures>();
  for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
    if (!name.endsWith('.md')) continue;
    const slug = name.slice(0, -3);
    const file = join(dir, name);
    const { mtimeMs, size } = statSync(file);
    const before = known[slug];
    if (before && before.mtimeMs === mtimeMs && before.size === size) {
      files[slug] = before;
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const hash = sha256(text);
    if (before?.hash === hash) {
      files[slug] = { ...before, mtimeMs, size };
      continue;
    }
    let read;
    try {
      read = reportText(text);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
    const body = bodyHash(read.source.paragraphs);
    const url = read.url && canonicalUrl(read.url);
    files[slug] = { mtimeMs, size, hash, story: read.story, url, body, guid: read.guid };
    fresh.set(slug, reportFeatures(read.source));
  }
  const removed = Object.keys(known).filter((slug) => !(slug in files));
  const changed = cached === null || fresh.size > 0 || removed.length > 0;
  if (!changed) {
    // Touched but unchanged files: remember their new times, so they are not hashed again.
    if (Object.keys(files).some((slug) => files[slug] !== known[slug])) writeJson(indexPath, { ...cached, files });
    if (!withReports) return { index: loadIndex(cached.index), files, reports: new Map(), refreshed: 0 };
  }

  const features = new Map(fresh);
  // Features read from the report file rather than the cache, to be written to it.
  const unsaved = new Map(fresh);
  const featuresOf = (slug: string): ReportFeatures => {
    let found = features.get(slug) ?? readJson<ReportFeatures>(featuresPath(slug), () => true);
    if (found === null) {
      found = reportFeatures(reportText(readFileSync(join(dir, `${slug}.md`), 'utf8')).source);
      unsaved.set(slug, found);
    }
    features.set(slug, found);
    return found;
  };
  let index: StoryIndex;
  // An old report's features: gone from the cache means the index cannot be updated, only rebuilt.
  const old = [...removed, ...fresh.keys()]
    .filter((slug) => known[slug] !== undefined)
    .map((slug) => [slug, readJson<ReportFeatures>(featuresPath(slug), () => true)] as const);
  if (cached === null || old.some(([, features]) => features === null)) {
    index = emptyIndex();
    for (const slug of Object.keys(files)) updateIndex(index, files[slug].story, featuresOf(slug));
  } else {
    // Only what changed moves the index: a changed or removed report leaves its old story, a new one joins.
    index = loadIndex(cached.index);
    for (const [slug, before] of old) if (before !== null) updateIndex(index, known[slug].story, before, -1);
    for (const [slug, added] of fresh) updateIndex(index, files[slug].story, added);
  }
  const reports = withReports
    ? new Map(Object.keys(files).map((slug) => [slug, { story: files[slug].story, features: featuresOf(slug) }]))
    : new Map();
  if (changed) {
    mkdirSync(featuresDir, { recursive: true });
    for (const slug of removed) rmSync(featuresPath(slug), { force: true });
    for (const [slug, added] of unsaved) writeJson(featuresPath(slug), added);
    writeJson(indexPath, { version: CACHE_VERSION, files, index: storeIndex(index) });
  } else if (unsaved.size > 0) {
    mkdirSync(featuresDir, { recursive: true });
    for (const [slug, added] of unsaved) writeJson(featuresPath(slug), added);
  }
  return { index, files, reports, refreshed: fresh.size };
}
