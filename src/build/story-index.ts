// The clustering index of content/reports, cached by each report file's content hash (DECISIONS.md: derived
// data, rebuilt when missing or stale, never committed). An ingest decision reads only the files whose
// hash changed since the last run.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { reportFeatures, type ReportFeatures } from '../lib/stories/report-features.ts';
import { reportText } from '../lib/stories/report-text.ts';
import { emptyIndex, updateIndex, type StoryIndex } from '../lib/stories/story-index.ts';

/** Bump when features change shape or meaning, so an old cache is not read. */
const CACHE_VERSION = 1;

interface CachedReport {
  hash: string;
  story: string;
  features: ReportFeatures;
}

interface Cache {
  version: number;
  reports: Record<string, CachedReport>;
}

export interface LoadedIndex {
  index: StoryIndex;
  /** Each report's story and features, by slug. */
  reports: Map<string, CachedReport>;
  /** How many report files had to be read afresh. */
  refreshed: number;
}

function cachePath(root: string): string {
  return join(root, 'node_modules', '.cache', 'newsfold', 'story-index.json');
}

function readCache(path: string): Cache {
  if (!existsSync(path)) return { version: CACHE_VERSION, reports: {} };
  try {
    const cache = JSON.parse(readFileSync(path, 'utf8')) as Cache;
    return cache.version === CACHE_VERSION ? cache : { version: CACHE_VERSION, reports: {} };
  } catch {
    // A cache is only a shortcut: an unreadable one is rebuilt.
    return { version: CACHE_VERSION, reports: {} };
  }
}

/** The clustering index of every report in `<root>/content/reports`, from the cache where it is fresh. */
export function loadStoryIndex(root: string): LoadedIndex {
  const dir = join(root, 'content', 'reports');
  const path = cachePath(root);
  const cache = readCache(path);
  const reports = new Map<string, CachedReport>();
  let refreshed = 0;
  for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
    if (!name.endsWith('.md')) continue;
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const slug = name.slice(0, -3);
    const hash = createHash('sha256').update(text).digest('hex');
    let entry = cache.reports[slug];
    if (entry?.hash !== hash) {
      let read;
      try {
        read = reportText(text);
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
      }
      entry = { hash, story: read.story, features: reportFeatures(read.source) };
      refreshed += 1;
    }
    reports.set(slug, entry);
  }
  const index = emptyIndex();
  for (const { story, features } of reports.values()) updateIndex(index, story, features);
  if (refreshed > 0 || reports.size !== Object.keys(cache.reports).length) {
    mkdirSync(join(path, '..'), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: CACHE_VERSION, reports: Object.fromEntries(reports) }));
    renameSync(temporary, path);
  }
  return { index, reports, refreshed };
}
