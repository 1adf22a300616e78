// Loaded on the reader's first move towards search: Fuse.js and the engine stay off the critical path.
import type { SearchManifest } from '../lib/search/index-format.ts';
import { SearchEngine } from '../lib/search/query.ts';
import { SEARCH_CONFIG } from '../lib/search/search-config.ts';
import { snippetOf } from '../lib/search/snippet.ts';
import { fetchSource } from './fetch-source.ts';

export { SEARCH_CONFIG, snippetOf };

export function createEngine(base: string, manifest: SearchManifest) {
  const { source, report } = fetchSource(base, manifest);
  return { engine: new SearchEngine(manifest, source), report };
}
