import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/support/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4322);
const hostilePort = port + 1;
const scalePort = port + 2;
const storiesPort = port + 3;
const subpathPort = port + 4;

/** Serves a built site; `astro preview` allows one server per project, so the second is a plain static server. */
const server = (command: string, at: number) => ({
  command,
  url: `http://127.0.0.1:${at}/`,
  reuseExistingServer: false,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    // Playwright cannot download its browsers here: Debian's Chromium, or CHROME_PATH.
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [
    {
      name: 'site',
      testIgnore: /(hostile|scale|stories|subpath)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${port}` },
    },
    // The same site built from tests/fixtures/hostile: reports that carry scripts and markup.
    { name: 'hostile', testMatch: /hostile\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${hostilePort}` } },
    // The site built from 1,000 synthetic reports.
    { name: 'scale', testMatch: /scale\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${scalePort}` } },
    // The seed site plus three stories it had not seen, each report placed by the ingest command.
    { name: 'stories', testMatch: /stories\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${storiesPort}` } },
    // The site built for https://newsfold.example/newsfold/ and served under /newsfold/ only.
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${subpathPort}` } },
  ],
  webServer: [
    // `astro` and `node` resolve to Node 24 through npm's PATH.
    server(`astro preview --host 127.0.0.1 --port ${port}`, port),
    server(`node tests/support/serve.ts dist-hostile ${hostilePort}`, hostilePort),
    server(`node tests/support/serve.ts dist-1000 ${scalePort}`, scalePort),
    server(`node tests/support/serve.ts dist-stories ${storiesPort}`, storiesPort),
    {
      ...server(`node tests/support/serve.ts dist-subpath ${subpathPort} /newsfold/`, subpathPort),
      url: `http://127.0.0.1:${subpathPort}/newsfold/`,
    },
  ],
});
