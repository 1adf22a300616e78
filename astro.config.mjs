// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Canonical origin for absolute URLs (link previews, feeds); override per deployment.
  site: process.env.SITE_URL ?? 'https://newsfold.example',
  trailingSlash: 'always',
  integrations: [sitemap()],
  // Several pages in flight: one page's file writes overlap the next one's rendering,
  // and the main thread keeps working while preview cards are drawn in worker threads.
  build: { format: 'directory', concurrency: 4 },
  markdown: { syntaxHighlight: false },
  // Hashes every script and style Astro emits; nothing inline runs without one.
  security: { csp: true },
});
