// `npm run screenshots [-- <path>…]`: pages of the built site (by default the front page and the seed
// story's page) at desktop and phone width, light and dark, to look at as a reader would.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_LAUNCH } from './support/chromium.ts';
import { startPreview } from './support/preview.ts';

const port = 4399;
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/stories/2025-05-prisoner-exchange/'];
const server = await startPreview(port);
try {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  mkdirSync('tests/screenshots', { recursive: true });
  for (const path of pages) {
    for (const [device, width] of [
      ['desktop', 1280],
      ['phone', 375],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(server.origin + path);
        const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'front';
        await page.screenshot({ path: `tests/screenshots/${name}-${device}-${scheme}.png`, fullPage: true });
        await page.close();
      }
    }
  }
  await browser.close();
} finally {
  server.stop();
}
