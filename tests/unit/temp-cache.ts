import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

/**
 * An empty folder for a build cache, named in `variable` before the module under test reads where its cache
 * is: the test's entries are really written, and the build's own cache is left alone.
 */
export function tempCache(variable: string, prefix: string): string {
  const dir = mkdtempSync(`${tmpdir()}/${prefix}`);
  process.env[variable] = dir;
  return dir;
}
