// `npm run bench:scale`: Newsfold's build beside a bare Astro build of the same
// Markdown (a content collection and one page per file), at 1,000 and 5,000
// synthetic reports in 60 and 300 stories; wall time, peak memory, pages/s,
// output and page weights; and how long the ingest command takes to place one
// more report in its story.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingest } from '../../src/cli/ingest-command.ts';
import { buildProfile, type BuildProfile } from './build-profile.ts';
import { kb, ratio } from './measure.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

const ROOT = resolve('.');
const SIZES = (process.env.SCALE_SIZES ?? '1000,5000').split(',').map(Number);
const ASTRO = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const work = mkdtempSync(join(tmpdir(), 'newsfold-scale-'));

const BARE_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { reports: defineCollection({ loader: glob({ pattern: '*.md', base: process.env.BARE_CONTENT }) }) };
`;
const BARE_PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('reports')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="en"><head><title>{Astro.props.entry.data.title}</title></head><body><Content /></body></html>
`;

/** A minimal Astro project over the same Markdown files. */
function bareProject(dir: string): string {
  mkdirSync(join(dir, 'src/pages/reports'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Its own cache directory, so neither build starts from the other's cached content.
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './cache' });\n",
  );
  writeFileSync(join(dir, 'src/content.config.ts'), BARE_CONFIG);
  writeFileSync(join(dir, 'src/pages/reports/[id].astro'), BARE_PAGE);
  return dir;
}

/** Runs a build; wall seconds and peak memory (MB) from /usr/bin/time where present. */
function timedBuild(cwd: string, outDir: string, env: Record<string, string>) {
  const args = [...ASTRO, '--outDir', outDir];
  const start = performance.now();
  const result = TIME
    ? spawnSync(TIME, ['-f', '%M', process.execPath, ...args], {
        cwd,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      })
    : spawnSync(process.execPath, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`build failed in ${cwd}:\n${result.stderr.slice(-2000)}`);
  const peak = TIME ? Number(result.stderr.trim().split('\n').at(-1)) / 1024 : NaN;
  return { seconds, peakMb: peak, log: result.stdout };
}

const CARD_CACHE = join(ROOT, 'node_modules/.cache/newsfold-og');

function clearNewsfoldCaches(): void {
  for (const cache of [
    'node_modules/.cache/newsfold-og',
    'node_modules/.cache/newsfold/derived',
    'node_modules/.astro',
  ]) {
    rmSync(join(ROOT, cache), { recursive: true, force: true });
  }
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** A page's weight as a reader downloads it: its HTML and the CSS and JS it links, gzipped. */
function pageWeight(dist: string, page: string): number {
  const html = readFileSync(join(dist, page), 'utf8');
  const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => join(dist, m[1]));
  return gzipSync(html).length + assets.reduce((sum, file) => sum + gz(file), 0);
}

/** The largest story page of a build. */
function largestStoryPage(dist: string): string {
  const pages = readdirSync(join(dist, 'stories'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join('stories', entry.name, 'index.html'));
  return pages.reduce((largest, page) =>
    statSync(join(dist, page)).size > statSync(join(dist, largest)).size ? page : largest,
  );
}

/** The median of the runs' ratios, Newsfold's time to bare Astro's. */
function medianRatio(runs: readonly { newsfold: number; bare: number }[]): string {
  const ratios = runs.map((run) => run.newsfold / run.bare).sort((a, b) => a - b);
  return `${ratios[Math.floor(ratios.length / 2)].toFixed(2)}×`;
}

/** Places one more report in the project through the ingest command; the seconds it took. */
function ingestOne(project: string, date: string): number {
  const raw = join(project, 'raw.txt');
  writeFileSync(
    raw,
    `Talks on a prisoner exchange resumed in Istanbul on ${date}, officials said.\n\nUmerov led the delegation.\n`,
  );
  const start = performance.now();
  ingest([raw, '--outlet', `Bench Wire ${date}`, '--date', date], { root: project, log: () => undefined });
  return (performance.now() - start) / 1000;
}

/** Seconds the ingest command takes to place one report, first with no clustering cache, then with it. */
function ingestDecision(project: string): { cold: number; warm: number } {
  rmSync(join(project, 'node_modules'), { recursive: true, force: true });
  return { cold: ingestOne(project, '2025-12-30'), warm: ingestOne(project, '2025-12-31') };
}

console.log(
  '| reports | build | wall | peak memory | pages | pages/s | dist | front page / largest story page (gzip, HTML+CSS+JS) | search index (raw / gzip) |',
);
console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const decisions: string[] = [];
const profiles: string[] = [];

/** Where a rebuild's time goes beside the bare rebuild's: what each lever could save at most. */
function profileTable(size: number, newsfold: BuildProfile, bare: BuildProfile): string {
  const inPages = (profile: BuildProfile) => Object.values(profile.routes).reduce((sum, r) => sum + r.seconds, 0);
  const outside = (profile: BuildProfile) => (profile.phases['static routes'] ?? 0) - inPages(profile);
  const rows = [
    ...Object.entries(newsfold.phases).map(
      ([phase, s]) => `| ${phase} | ${s.toFixed(1)} s | ${(bare.phases[phase] ?? 0).toFixed(1)} s |`,
    ),
    ...Object.entries(newsfold.routes)
      .sort(([, a], [, b]) => b.seconds - a.seconds)
      .map(
        ([family, { pages, seconds }]) =>
          `| pages of ${family} (${pages}) | ${seconds.toFixed(1)} s | ${(bare.routes[family]?.seconds ?? 0).toFixed(1)} s |`,
      ),
  ];
  rows.push(
    `| static routes outside any page (getStaticPaths, shared data) | ${outside(newsfold).toFixed(1)} s | ${outside(bare).toFixed(1)} s |`,
  );
  return `\n### Rebuild at ${size} reports: where the time goes (Astro's log)\n\n| phase or route family | Newsfold | bare Astro |\n| --- | ---: | ---: |\n${rows.join('\n')}`;
}
for (const size of SIZES) {
  const stories = Math.max(1, Math.round((size * 300) / 5000));
  const project = join(work, `project-${size}`);
  const content = join(project, 'content');
  writeSyntheticContent(content, size, ROOT, stories);
  const bare = bareProject(join(work, `bare-${size}`));
  const newsfold = () => timedBuild(ROOT, join(work, `newsfold-${size}`), { NEWSFOLD_CONTENT: content });
  const bareBuild = () => timedBuild(bare, join(bare, 'dist'), { BARE_CONTENT: join(content, 'reports') });
  // A clean build starts with no cache (Astro's content store, preview images); a rebuild
  // of unchanged content keeps both, as a deployment that caches node_modules would.
  const builds = {
    'Newsfold (clean)': () => {
      clearNewsfoldCaches();
      return newsfold();
    },
    'Newsfold (rebuild)': newsfold,
    'bare Astro (clean)': bareBuild,
    'bare Astro (rebuild)': bareBuild,
  };
  const results: Record<string, { seconds: number; peakMb: number; log: string }> = {};
  for (const [name, build] of Object.entries(builds)) {
    results[name] = build();
    const dist = name.startsWith('bare') ? join(bare, 'dist') : join(work, `newsfold-${size}`);
    const all = files(dist);
    const pages = all.filter((file) => file.endsWith('.html')).length;
    const bytes = all.reduce((sum, file) => sum + statSync(file).size, 0);
    let pageWeights = 'n/a';
    let search = 'n/a';
    if (!name.startsWith('bare')) {
      pageWeights = `${kb(pageWeight(dist, 'index.html'))} / ${kb(pageWeight(dist, largestStoryPage(dist)))} (${stories} stories; budget 100 KB)`;
      const searchFiles = files(join(dist, 'search'));
      search = `${kb(searchFiles.reduce((s, f) => s + statSync(f).size, 0))} / ${kb(searchFiles.reduce((s, f) => s + gz(f), 0))}`;
    }
    const { seconds, peakMb } = results[name];
    console.log(
      `| ${size} | ${name} | ${seconds.toFixed(1)} s | ${Number.isNaN(peakMb) ? 'n/a' : `${peakMb.toFixed(0)} MB`} | ${pages} | ${(pages / seconds).toFixed(0)} | ${kb(bytes)} | ${pageWeights} | ${search} |`,
    );
  }
  const ratioTo = (build: 'clean' | 'rebuild') =>
    ratio(results[`Newsfold (${build})`].seconds, results[`bare Astro (${build})`].seconds);
  // Two more rebuild pairs, interleaved: the rebuild ratio is the median of three.
  const rebuilds = [{ newsfold: results['Newsfold (rebuild)'].seconds, bare: results['bare Astro (rebuild)'].seconds }];
  for (let run = 0; run < 2; run++) rebuilds.push({ newsfold: newsfold().seconds, bare: bareBuild().seconds });
  console.log(
    `| ${size} | ratio to bare | clean ${ratioTo('clean')} (target ≤ 5×), rebuild ${medianRatio(rebuilds)} median of ${rebuilds.map((r) => ratio(r.newsfold, r.bare)).join(', ')} (target ≤ 2×) | | | | | | |`,
  );
  profiles.push(
    profileTable(
      size,
      buildProfile(results['Newsfold (rebuild)'].log),
      buildProfile(results['bare Astro (rebuild)'].log),
    ),
  );
  const { cold, warm } = ingestDecision(project);
  decisions.push(
    `ingest decision at ${size} reports in ${stories} stories: ${warm.toFixed(2)} s with the clustering cache, ` +
      `${cold.toFixed(2)} s building it (target < 1 s)`,
  );
  // The two reports the ingest just added: rebuild both sites and count the cards drawn. Then twice more, one
  // report each: a single pair of builds swings by a second either way on this machine, so the ratio is the median.
  const cards = () => (existsSync(CARD_CACHE) ? readdirSync(CARD_CACHE).length : 0);
  const before = cards();
  const adds = [{ newsfold: newsfold().seconds, bare: bareBuild().seconds }];
  const drawn = cards() - before;
  for (const date of ['2026-01-02', '2026-01-03']) {
    ingestOne(project, date);
    adds.push({ newsfold: newsfold().seconds, bare: bareBuild().seconds });
  }
  decisions.push(
    `add reports to ${size} and rebuild, three times (2, 1, 1 reports): ` +
      `${adds.map((run) => `${run.newsfold.toFixed(1)} s against bare ${run.bare.toFixed(1)} s`).join('; ')}; ` +
      `median ${medianRatio(adds)} (target ≤ 2×); preview cards drawn for the first two: ${drawn} (target: only the new reports')`,
  );
}
console.log(`\n${decisions.join('\n')}`);
console.log(profiles.join('\n'));
rmSync(work, { recursive: true, force: true });
