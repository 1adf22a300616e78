// Runs in headless Chromium: times each keystroke of each query for one system.
import Fuse from 'fuse.js';
import type { SearchManifest } from '../../src/lib/search/index-format.ts';
import { SearchEngine } from '../../src/lib/search/query.ts';
import { SEARCH_CONFIG } from '../../src/lib/search/search-config.ts';
import { snippetOf } from '../../src/lib/search/snippet.ts';
import { fetchSource } from '../../src/scripts/fetch-source.ts';
import { PLAIN_FUSE_OPTIONS, timeKeystrokes } from './queries.ts';

type Timer = (query: string) => Promise<number>;

async function newsfold(): Promise<Timer> {
  const manifest = (await (await fetch('/newsfold/manifest.json')).json()) as SearchManifest;
  const { source, report } = fetchSource('/newsfold/search/', manifest);
  const engine = new SearchEngine(manifest, source);
  return async (query) => {
    const result = await engine.search(query);
    const shown = result.reports.slice(0, SEARCH_CONFIG.reportsShown);
    const records = await Promise.all(shown.map((hit) => report(hit.report)));
    return records.reduce(
      (sum, record, i) =>
        sum +
        shown[i].passages
          .slice(0, 3)
          .reduce((n, hit) => n + snippetOf(record.passages[hit.ordinal][1], result.marked).length, 0),
      0,
    );
  };
}

async function pagefind(): Promise<Timer> {
  const url = '/pagefind/pagefind.js';
  const module = await import(/* @vite-ignore */ url);
  await module.init();
  return async (query) => {
    const search = await module.search(query);
    const data = await Promise.all(
      search.results.slice(0, 10).map((result: { data: () => Promise<unknown> }) => result.data()),
    );
    return data.length;
  };
}

async function plainFuse(): Promise<Timer> {
  const docs = await (await fetch('/fuse/docs.json')).json();
  const fuse = new Fuse(docs, PLAIN_FUSE_OPTIONS);
  return async (query) => fuse.search(query, { limit: 10 }).length;
}

const SYSTEMS: Record<string, () => Promise<Timer>> = { newsfold, pagefind, fuse: plainFuse };

/**
 * Times every keystroke twice: cold (files still to download) and warm (the
 * same keystrokes again, all files cached). The first keystroke's time
 * includes loading the system.
 */
async function run(system: string, maxSamples: number): Promise<{ first: number; cold: number[]; warm: number[] }> {
  const start = performance.now();
  const time = await SYSTEMS[system]();
  const pass = () => timeKeystrokes(time, maxSamples);
  const cold = await pass();
  const first = cold[0] + (performance.now() - start - cold.reduce((a, b) => a + b, 0));
  return { first, cold, warm: await pass() };
}

Object.assign(window, { benchRun: run });
