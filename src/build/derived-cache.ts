// Data the build derives from content and keeps between builds by content hash (DECISIONS.md: derived data,
// rebuilt when missing): each report's parse, each story's model, the search index and the name cross-check.
// A rebuild that changed nothing reads them back instead of deriving them again (about 6 s at 1,000 reports,
// bench:scale); a changed report, people.json, claims.json or library code gives new keys, so nothing stale
// is read. After a build, entries of a kind the build used but did not read are removed, so the cache does
// not grow with every change to the content.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

// NEWSFOLD_DERIVED_CACHE moves it (the unit tests keep their entries in a temporary folder).
const ROOT = process.env.NEWSFOLD_DERIVED_CACHE ?? join(process.cwd(), 'node_modules', '.cache', 'newsfold', 'derived');
const LIBRARY = join(process.cwd(), 'src', 'lib');

// Astro bundles the pages apart from the integration below: one process, two copies of this module.
const KEY = Symbol.for('newsfold.derived-cache');
const state = (): { code?: string; used: Map<string, Set<string>> } => {
  const store = globalThis as { [KEY]?: { code?: string; used: Map<string, Set<string>> } };
  store[KEY] ??= { used: new Map() };
  return store[KEY];
};

/** A hash of the library's code: any change to how data is derived gives every entry a new key. */
function codeVersion(): string {
  const known = state();
  if (known.code) return known.code;
  const hash = createHash('sha256');
  const files = readdirSync(LIBRARY, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(file).update(readFileSync(file));
  known.code = hash.digest('hex');
  return known.code;
}

// Maps (a story's mentions by person, the search index's shards) survive the trip through JSON.
const replacer = (_key: string, value: unknown) => (value instanceof Map ? { $map: [...value] } : value);

/**
 * Turns each `{ $map: [...] }` back into a Map. A walk after a plain JSON.parse, not a reviver: a reviver is
 * called for every value, and took 1.4 s of a 5,000-report rebuild; figures and strings are not visited.
 */
function revive(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (typeof value[i] === 'object') value[i] = revive(value[i]);
    return value;
  }
  const record = value as Record<string, unknown>;
  if ('$map' in record) return new Map((record.$map as [unknown, unknown][]).map(([k, v]) => [k, revive(v)]));
  for (const key of Object.keys(record)) record[key] = revive(record[key]);
  return record;
}

/** The entry's file name within its kind's folder, marked as used by this build. */
function entry(kind: string, inputs: unknown): string {
  const name = `${createHash('sha256').update(codeVersion()).update(JSON.stringify(inputs)).digest('hex')}.json`;
  const { used } = state();
  if (!used.has(kind)) used.set(kind, new Set());
  used.get(kind)?.add(name);
  return join(ROOT, kind, name);
}

/** The value kept for these inputs, if there is one. */
export function cached<T>(kind: string, inputs: unknown): T | undefined {
  try {
    const text = readFileSync(entry(kind, inputs), 'utf8');
    return (text.includes('"$map"') ? revive(JSON.parse(text)) : JSON.parse(text)) as T;
  } catch {
    // Missing or unreadable: a cache is only a shortcut.
    return undefined;
  }
}

/** Keeps a value derived from these inputs, and returns it. */
export function keep<T>(kind: string, inputs: unknown, value: T): T {
  const file = entry(kind, inputs);
  mkdirSync(join(ROOT, kind), { recursive: true });
  // Written under a temporary name and renamed: a reader never sees half an entry.
  writeFileSync(`${file}.${process.pid}.partial`, JSON.stringify(value, replacer));
  renameSync(`${file}.${process.pid}.partial`, file);
  return value;
}

/** The value kept for these inputs, or the one `make` derives now (and keeps). */
export function derived<T>(kind: string, inputs: unknown, make: () => T): T {
  return cached<T>(kind, inputs) ?? keep(kind, inputs, make());
}

/** Removes the entries of each kind this build used that it did not use: they belong to content that is gone. */
export function pruneDerived(): number {
  let removed = 0;
  for (const [kind, names] of state().used) {
    const dir = join(ROOT, kind);
    const files = existsSync(dir) ? readdirSync(dir) : [];
    for (const file of files.filter((name) => !names.has(name))) {
      rmSync(join(dir, file), { force: true });
      removed += 1;
    }
  }
  state().used.clear();
  return removed;
}

/** The integration that prunes the cache after a successful build (never during `astro dev`). */
export function derivedCachePruning(): AstroIntegration {
  return {
    name: 'newsfold:derived-cache',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const removed = pruneDerived();
        if (removed > 0) logger.info(`${removed} stale derived-data entries removed`);
      },
    },
  };
}
