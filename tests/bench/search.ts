// `npm run bench:search`: Newsfold's search beside Pagefind and a plain
// full-text Fuse.js, on the same synthetic corpora, in Node and in Chromium.
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import Fuse from 'fuse.js';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIndex, close as closePagefind } from 'pagefind';
import { spellingGroups } from '../../src/lib/search/aliases.ts';
import { buildSearchIndex, type SearchIndex } from '../../src/lib/search/build-index.ts';
import { searchFile } from '../../src/lib/search/index-format.ts';
import { CHROMIUM_LAUNCH } from '../support/chromium.ts';
import { memorySource } from '../../src/lib/search/memory-source.ts';
import { SearchEngine } from '../../src/lib/search/query.ts';
import { engineFor, people, realReports } from '../unit/search-fixture.ts';
import { generateCorpus, type SyntheticReport } from './corpus.ts';
import { fileBytes, kb, ms, percentiles, ratio } from './measure.ts';
import { BENCH_QUERIES, PLAIN_FUSE_OPTIONS, keystrokes, timeKeystrokes } from './queries.ts';
import { serveStatic } from '../support/static-server.ts';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'newsfold-bench-'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function writeIndex(dir: string, index: SearchIndex): void {
  mkdirSync(join(dir, 'search'), { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(index.manifest));
  for (const [shard, vocab] of index.vocab)
    writeFileSync(join(dir, 'search', `${searchFile.vocab(shard)}.json`), JSON.stringify(vocab));
  for (const [key, chunk] of index.postings)
    writeFileSync(join(dir, 'search', `${searchFile.postings(key)}.json`), JSON.stringify(chunk));
  index.reports.forEach((record, n) => writeFileSync(join(dir, 'search', `report-${n}.json`), JSON.stringify(record)));
}

function searchable(report: SyntheticReport) {
  return {
    slug: report.slug,
    title: report.title,
    outlet: report.outlet,
    date: report.date,
    dateLabel: report.date,
    // Search records carry their story's title, so results elsewhere can be labelled with it.
    story: { id: '2025-05-prisoner-exchange', title: 'The 1,000-for-1,000 prisoner exchange' },
    passages: report.paragraphs.map((text, i): [string, string] => [`p-${i + 1}`, text]),
  };
}

async function writePagefind(dir: string, corpus: readonly SyntheticReport[]): Promise<void> {
  const { index } = await createIndex({});
  if (!index) throw new Error('pagefind: no index');
  for (const report of corpus) {
    await index.addCustomRecord({
      url: `/reports/${report.slug}/`,
      content: `${report.title}\n${report.paragraphs.join('\n')}`,
      language: 'en',
      meta: { title: report.title },
    });
  }
  await index.writeFiles({ outputPath: join(dir, 'pagefind') });
}

async function bundle(entry: string, outdir: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.outputs);
}

interface Row {
  reports: number;
  system: string;
  index: { raw: number; gzip: number };
  firstQuery: number;
  node: { median: number; p95: number };
  chromium: { median: number; p95: number };
  chromiumWarm: { median: number; p95: number };
  firstMs: number;
  typoHits: number;
  exactHits: number;
}

const newsfoldJs = fileBytes(await bundle('src/scripts/news-search.ts', join(work, 'js')));
const rows: Row[] = [];
const browser = await chromium.launch({
  ...CHROMIUM_LAUNCH,
});

for (const size of SIZES) {
  const dir = join(work, String(size));
  const corpus = generateCorpus(size);
  const index = buildSearchIndex(corpus.map(searchable), spellingGroups(people));
  writeIndex(join(dir, 'newsfold'), index);
  mkdirSync(join(dir, 'fuse'), { recursive: true });
  const docs = corpus.map((report) => ({ slug: report.slug, title: report.title, body: report.paragraphs.join('\n') }));
  writeFileSync(join(dir, 'fuse', 'docs.json'), JSON.stringify(docs));
  writeFileSync(join(dir, 'fuse', 'fuse.min.mjs'), '');
  await writePagefind(dir, corpus);
  await bundle('tests/bench/browser-harness.ts', dir);
  writeFileSync(
    join(dir, 'bench.html'),
    '<!doctype html><meta charset="utf-8"><script type="module" src="/browser-harness.js"></script>',
  );

  const engine = new SearchEngine(index.manifest, memorySource(index));
  const fuse = new Fuse(docs, PLAIN_FUSE_OPTIONS);
  // Plain Fuse takes seconds a keystroke at 10,000: sample fewer keystrokes there.
  const fuseSamples = size >= 10_000 ? 8 : size >= 1_000 ? 30 : keystrokes().length;
  const node = {
    newsfold: await timeKeystrokes((q) => engine.search(q), keystrokes().length),
    fuse: await timeKeystrokes((q) => fuse.search(q, { limit: 10 }), fuseSamples),
    pagefind: [] as number[],
  };

  const server = await serveStatic(dir);
  const chrome: Record<
    string,
    { first: number; cold: number[]; warm: number[]; bytes: { raw: number; gzip: number } }
  > = {};
  for (const system of ['newsfold', 'pagefind', 'fuse']) {
    const firstQueryKeys = BENCH_QUERIES[0].length;
    const measure = async (samples: number) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/bench.html`);
      await page.waitForFunction(() => 'benchRun' in window);
      server.served.length = 0;
      const result = await page.evaluate(
        ([name, n]) =>
          (
            window as unknown as {
              benchRun: (s: string, n: number) => Promise<{ first: number; cold: number[]; warm: number[] }>;
            }
          ).benchRun(name as string, n as number),
        [system, samples] as const,
      );
      await context.close();
      return { ...result, bytes: fileBytes([...new Set(server.served)]) };
    };
    const first = await measure(firstQueryKeys);
    const full = await measure(system === 'fuse' ? fuseSamples : keystrokes().length);
    chrome[system] = { first: first.first, cold: full.cold, warm: full.warm, bytes: first.bytes };
  }
  server.close();

  const typo = await engine.search('Lavrof');
  const pagefindFiles = filesUnder(join(dir, 'pagefind'));
  rows.push(
    {
      reports: size,
      system: 'Newsfold',
      index: fileBytes(filesUnder(join(dir, 'newsfold'))),
      firstQuery: chrome.newsfold.bytes.gzip + newsfoldJs.gzip,
      node: percentiles(node.newsfold),
      chromium: percentiles(chrome.newsfold.cold),
      chromiumWarm: percentiles(chrome.newsfold.warm),
      firstMs: chrome.newsfold.first,
      typoHits: typo.reports.length,
      exactHits: (await engine.search('Lavrov')).reports.length,
    },
    {
      reports: size,
      system: 'Pagefind',
      index: fileBytes(pagefindFiles),
      firstQuery: chrome.pagefind.bytes.gzip,
      node: { median: NaN, p95: NaN },
      chromium: percentiles(chrome.pagefind.cold),
      chromiumWarm: percentiles(chrome.pagefind.warm),
      firstMs: chrome.pagefind.first,
      typoHits: NaN,
      exactHits: NaN,
    },
    {
      reports: size,
      system: 'Fuse.js full text',
      index: fileBytes([join(dir, 'fuse', 'docs.json')]),
      firstQuery: chrome.fuse.bytes.gzip + 9_123,
      node: percentiles(node.fuse),
      chromium: percentiles(chrome.fuse.cold),
      chromiumWarm: percentiles(chrome.fuse.warm),
      firstMs: chrome.fuse.first,
      typoHits: fuse.search('Lavrof').length,
      exactHits: fuse.search('Lavrov').length,
    },
  );
  console.error(`measured ${size} reports`);
}
await browser.close();
await closePagefind();

console.log('\nSearch benchmark: per keystroke of', BENCH_QUERIES.map((q) => `"${q}"`).join(', '));
console.log('first query = every byte (gzip) fetched while typing "Lavrov" in a fresh browser, JavaScript included\n');
console.log('Chromium cold: keystrokes while files still download (loopback); warm: the same keystrokes again.\n');
console.log(
  '| reports | system | index raw | index gzip | first query | Node p50 / p95 | Chromium cold p50 / p95 | Chromium warm p50 / p95 | first answer |',
);
console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  const node = Number.isNaN(row.node.median) ? 'n/a' : `${ms(row.node.median)} / ${ms(row.node.p95)}`;
  console.log(
    `| ${row.reports} | ${row.system} | ${kb(row.index.raw)} | ${kb(row.index.gzip)} | ${kb(row.firstQuery)} | ${node} | ${ms(row.chromium.median)} / ${ms(row.chromium.p95)} | ${ms(row.chromiumWarm.median)} / ${ms(row.chromiumWarm.p95)} | ${ms(row.firstMs)} |`,
  );
}
console.log('\nRatios (Newsfold ÷ other; below 1 means Newsfold is smaller or faster)');
for (const size of SIZES) {
  const [own, pagefind, fuse] = rows.filter((row) => row.reports === size);
  console.log(
    `${size} reports: first-query bytes ${ratio(own.firstQuery, pagefind.firstQuery)} of Pagefind, ${ratio(own.firstQuery, fuse.firstQuery)} of Fuse; ` +
      `warm Chromium p95 ${ratio(own.chromiumWarm.p95, pagefind.chromiumWarm.p95)} of Pagefind, ${ratio(own.chromiumWarm.p95, fuse.chromiumWarm.p95)} of Fuse; ` +
      `"Lavrov" finds ${own.exactHits} reports and "Lavrof" ${own.typoHits} (Fuse full text: ${fuse.exactHits} and ${fuse.typoHits})`,
  );
}

const real = realReports();
const { index: realIndex, engine: realEngine } = engineFor(real);
const realDir = join(work, 'real');
writeIndex(realDir, realIndex);
const realAll = fileBytes(filesUnder(realDir));
const lavrov = await realEngine.search('Lavrov');
const lavrovFiles = [
  join(realDir, 'manifest.json'),
  join(realDir, 'search', `${searchFile.vocab('l')}.json`),
  join(realDir, 'search', `${searchFile.postings('l-0')}.json`),
  ...lavrov.reports.map((hit) => join(realDir, 'search', `${searchFile.report(hit.report)}.json`)),
];
const lavrovBytes = fileBytes(lavrovFiles);
console.log(
  `\nAt the ${real.length} real reports: JavaScript ${kb(newsfoldJs.gzip)} gzip + a "Lavrov" query's data ${kb(lavrovBytes.gzip)} = ` +
    `${kb(newsfoldJs.gzip + lavrovBytes.gzip)} (budget 18 KB, ../shared/DECISIONS.md); the whole index is ${kb(realAll.gzip)} gzip.`,
);
rmSync(work, { recursive: true, force: true });
