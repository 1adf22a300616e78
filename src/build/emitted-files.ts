// Files the build writes beside Astro's pages rather than through its route generator. A route costs Astro's
// per-page work (about 6 ms) for what is a copy of a cached preview card or a JSON string of the search index;
// at 1,000 reports those two families took a third of the rebuild (bench:scale). In a build, their routes
// register the files while Astro collects paths, and this integration writes them when the build is done;
// `astro dev` still serves them through the routes.
import { mkdirSync } from 'node:fs';
import { constants, copyFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** A file's contents, made when the file is written: bytes, text, or a file to copy (a cached preview card). */
export type Contents = () => Promise<Uint8Array | string | { copyOf: string }>;

// Astro bundles the routes apart from this integration: one process, two copies of this module.
const KEY = Symbol.for('newsfold.emitted-files');
const registry = (): Map<string, Contents> => {
  const store = globalThis as { [KEY]?: Map<string, Contents> };
  store[KEY] ??= new Map();
  return store[KEY];
};

/**
 * In a production build, registers files to write at their paths (relative to the output) and answers true:
 * the route then returns no paths of its own. In `astro dev` it answers false and the route serves them.
 */
export function emitFiles(files: readonly { path: string; contents: Contents }[]): boolean {
  if (import.meta.env?.PROD !== true) return false;
  for (const { path, contents } of files) registry().set(path, contents);
  return true;
}

/** The integration that writes the registered files into the build's output. */
export function emittedFiles(): AstroIntegration {
  return {
    name: 'newsfold:emitted-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = registry();
        // Written concurrently: the copies and writes overlap on the file system's threads.
        await Promise.all(
          [...files].map(async ([path, contents]) => {
            const file = join(root, path);
            mkdirSync(dirname(file), { recursive: true });
            const made = await contents();
            // A copy is left to the file system (a clone where it can): 2,000 cards pass through no buffer.
            if (typeof made === 'object' && 'copyOf' in made)
              await copyFile(made.copyOf, file, constants.COPYFILE_FICLONE);
            else await writeFile(file, made);
          }),
        );
        logger.info(`${files.size} files written beside the pages (preview cards, search index)`);
        files.clear();
      },
    },
  };
}
