// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { derivedCachePruning } from './src/build/derived-cache.ts';
import { emittedFiles } from './src/build/emitted-files.ts';
import { hostHeaders } from './src/build/host-headers.ts';

// Where the site is served: absolute URLs (link previews, feeds) start with it, and its path is the base every
// internal link, asset and search fetch is made under (`SITE_URL=https://example.org/newsfold/` hosts it there).
const site = new URL(process.env.SITE_URL ?? 'https://newsfold.example/');

export default defineConfig({
  site: site.href,
  base: site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`,
  trailingSlash: 'always',
  // hostHeaders writes dist/_headers and dist/nginx-headers.conf from the pages' own policy; emittedFiles writes
  // the preview cards and search files their routes registered; derivedCachePruning drops cached data of content
  // that is gone.
  integrations: [sitemap(), emittedFiles(), hostHeaders(), derivedCachePruning()],
  // Several pages in flight: one page's file writes overlap the next one's rendering,
  // and the main thread keeps working while preview cards are drawn in worker threads.
  build: { format: 'directory', concurrency: 4 },
  markdown: { syntaxHighlight: false },
  // Hashes every script and style Astro emits; nothing inline runs without one.
  security: { csp: true },
});
