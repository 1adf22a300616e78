// `npm run screenshots`: the timeline and a report page at desktop and phone
// width, light and dark, from the built site, to look at as a reader would.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const port = 4399;
const origin = `http://127.0.0.1:${port}`;
const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      await fetch(origin).then(
        () => true,
        () => false,
      )
    )
      return;
    await sleep(200);
  }
  throw new Error(`no server at ${origin}`);
}

try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  mkdirSync('tests/screenshots', { recursive: true });
  for (const path of pages) {
    for (const [device, width] of [
      ['desktop', 1280],
      ['phone', 375],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(origin + path);
        const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'timeline';
        await page.screenshot({ path: `tests/screenshots/${name}-${device}-${scheme}.png`, fullPage: true });
        await page.close();
      }
    }
  }
  await browser.close();
} finally {
  server.kill();
}
