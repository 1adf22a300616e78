// `npm run audit`: Lighthouse on each page type of the built site, mobile and
// desktop, with Debian's Chromium (or CHROME_PATH); prints the four scores.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium.ts';
import { startPreview } from './support/preview.ts';

const port = 4398;
const firstReport = readFileSync('dist/sitemap-0.xml', 'utf8').match(/\/reports\/[a-z0-9-]+\//)?.[0] ?? '/';
const PAGES: [string, string][] = [
  ['front', '/'],
  ['story', '/stories/2025-05-prisoner-exchange/'],
  ['report', firstReport],
  ['person', '/people/sergei-lavrov/'],
  ['people index', '/people/'],
  // Lighthouse will not audit a 404 response: the page itself, asked for by name.
  ['404', '/404.html'],
];
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
const out = mkdtempSync(join(tmpdir(), 'newsfold-audit-'));

const server = await startPreview(port);
try {
  console.log('| page | form factor | performance | accessibility | best practices | SEO |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const [name, path] of PAGES) {
    for (const formFactor of ['mobile', 'desktop']) {
      const report = join(out, `${name}-${formFactor}.json`);
      const args = [
        `${server.origin}${path}`,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        `--chrome-flags=${CHROME_FLAGS}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      ];
      const run = spawnSync('lighthouse', args, {
        env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      if (run.status !== 0) {
        console.log(`| ${name} | ${formFactor} | failed: ${run.stderr.toString().trim().split('\n').at(-1)} | | | |`);
        continue;
      }
      const { categories } = JSON.parse(readFileSync(report, 'utf8'));
      const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
      console.log(
        `| ${name} | ${formFactor} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`,
      );
    }
  }
} finally {
  server.stop();
  rmSync(out, { recursive: true, force: true });
}
