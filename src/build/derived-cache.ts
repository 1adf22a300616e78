// Data the build derives from content and keeps between builds by content hash (DECISIONS.md: derived data,
// rebuilt when missing): each report's parse and each story's model. A rebuild that changed nothing reads
// them back instead of parsing 1,000 reports and building 60 story models again (about 4 s, bench:scale);
// a changed report, people.json, claims.json or library code gives new keys, so nothing stale is read.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(process.cwd(), 'node_modules', '.cache', 'newsfold', 'derived');
const LIBRARY = join(process.cwd(), 'src', 'lib');

let code: string | undefined;

/** A hash of the library's code: any change to how data is derived gives every entry a new key. */
function codeVersion(): string {
  if (code) return code;
  const hash = createHash('sha256');
  const files = readdirSync(LIBRARY, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(file).update(readFileSync(file));
  code = hash.digest('hex');
  return code;
}

// Maps (a story's mentions by person) survive the trip through JSON.
const replacer = (_key: string, value: unknown) => (value instanceof Map ? { $map: [...value] } : value);
const reviver = (_key: string, value: unknown) =>
  value !== null && typeof value === 'object' && '$map' in value ? new Map((value as { $map: [] }).$map) : value;

/** The value kept for these inputs, or the one `make` derives now (and keeps). */
export function derived<T>(kind: string, inputs: unknown, make: () => T): T {
  const key = createHash('sha256').update(codeVersion()).update(JSON.stringify(inputs)).digest('hex');
  const file = join(ROOT, kind, `${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'), reviver) as T;
  } catch {
    // Missing or unreadable: a cache is only a shortcut.
  }
  const value = make();
  mkdirSync(join(ROOT, kind), { recursive: true });
  // Written under a temporary name and renamed: a reader never sees half an entry.
  writeFileSync(`${file}.${process.pid}.partial`, JSON.stringify(value, replacer));
  renameSync(`${file}.${process.pid}.partial`, file);
  return value;
}
