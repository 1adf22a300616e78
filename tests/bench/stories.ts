// bench:stories — automatic story assignment replayed over a labelled corpus in publication order: each
// report is ranked against the stories formed so far and joins the best or opens a new one. Prints
// pairwise and BCubed precision, recall and F1, and every story that was split or mixed.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { addDays as addDaysTo } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { clusteringScores } from '../../src/lib/stories/clustering-scores.ts';
import { decideStory, JOIN_THRESHOLD, rankStories } from '../../src/lib/stories/rank-stories.ts';
import { reportFeatures } from '../../src/lib/stories/report-features.ts';
import { reportText } from '../../src/lib/stories/report-text.ts';
import { emptyIndex, updateIndex } from '../../src/lib/stories/story-index.ts';

const addDays = (day: string, days: number) => format(addDaysTo(parseISO(day), days), 'yyyy-MM-dd');

const ROOT = join(import.meta.dirname, '..', '..');
const STORIES = join(ROOT, 'tests', 'fixtures', 'stories');

function reportFiles(dir: string): { slug: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ slug: name.replace(/\.md$/, ''), text: readFileSync(join(dir, name), 'utf8') }));
}

const files = [
  ...reportFiles(join(ROOT, 'content', 'reports')),
  ...readdirSync(STORIES)
    .map((story) => join(STORIES, story, 'reports'))
    .filter(existsSync)
    .flatMap(reportFiles),
];
const corpus = files
  .map(({ slug, text }) => ({ slug, ...reportText(text) }))
  .sort((a, b) => a.source.published.localeCompare(b.source.published) || a.slug.localeCompare(b.slug));

interface Replay {
  predicted: string[];
  gold: string[];
  log: string[];
}

/** Replays ingestion in publication order; `shift` moves each report's date (by its gold story). */
function replay(reports: typeof corpus, shift: (story: string) => number, threshold = JOIN_THRESHOLD): Replay {
  const moved = reports
    .map((report) => ({
      ...report,
      source: { ...report.source, published: addDays(report.source.published, shift(report.story)) },
    }))
    .sort((a, b) => a.source.published.localeCompare(b.source.published) || a.slug.localeCompare(b.slug));
  const index = emptyIndex();
  const predicted: string[] = [];
  const log: string[] = [];
  let opened = 0;
  for (const report of moved) {
    const features = reportFeatures(report.source);
    const ranked = rankStories(index, features);
    const decision = decideStory(ranked, threshold);
    const story = decision.kind === 'join' ? decision.story : `story-${++opened}`;
    const [best, second] = ranked;
    const describe = (score: (typeof ranked)[number] | undefined) =>
      score ? `${score.score.toFixed(2)} (sim ${score.similarity.toFixed(2)}, ${score.gapDays}d)` : '-';
    log.push(
      `${report.slug.slice(0, 60).padEnd(60)} ${decision.kind.padEnd(4)} ${story.padEnd(9)} ` +
        `best ${describe(best)} 2nd ${describe(second)}  gold ${report.story}`,
    );
    predicted.push(story);
    updateIndex(index, story, features);
  }
  return { predicted, gold: moved.map((report) => report.story), log };
}

const firstDay = new Map<string, string>();
for (const report of corpus) {
  const known = firstDay.get(report.story);
  if (known === undefined || report.source.published < known) firstDay.set(report.story, report.source.published);
}
/** Every story's first report on the same day: only what the reports say tells stories apart. */
const aligned = (story: string) =>
  differenceInCalendarDays(parseISO('2025-01-06'), parseISO(firstDay.get(story) ?? ''));

const runs: [string, Replay][] = [
  ['as published', replay(corpus, () => 0)],
  ['all stories starting on one day', replay(corpus, aligned)],
];
const percent = (value: number) => `${(100 * value).toFixed(1)} %`.padStart(8);
const members = (labels: readonly string[], other: readonly string[]) => {
  const groups = new Map<string, Set<string>>();
  labels.forEach((label, i) => groups.set(label, (groups.get(label) ?? new Set()).add(other[i])));
  return groups;
};
console.log(
  `bench:stories — ${corpus.length} reports in ${new Set(corpus.map((r) => r.story)).size} stories, ` +
    `replayed in publication order (join threshold ${JOIN_THRESHOLD})\n`,
);
console.log(`${''.padEnd(34)} pairwise P    R        F1      BCubed P   R        F1   stories mixed split`);
for (const [name, run] of runs) {
  const { pairwise, bcubed } = clusteringScores(run.predicted, run.gold);
  const mixed = [...members(run.predicted, run.gold)].filter(([, stories]) => stories.size > 1);
  const split = [...members(run.gold, run.predicted)].filter(([, clusters]) => clusters.size > 1);
  console.log(
    `${name.padEnd(32)} ${percent(pairwise.precision)}${percent(pairwise.recall)}${percent(pairwise.f1)}  ` +
      `${percent(bcubed.precision)}${percent(bcubed.recall)}${percent(bcubed.f1)}` +
      `${String(new Set(run.predicted).size).padStart(7)}${String(mixed.length).padStart(6)}${String(split.length).padStart(6)}`,
  );
  if (process.argv.includes('--verbose')) console.log(run.log.join('\n'));
  for (const [cluster, stories] of mixed) console.log(`  MIXED ${cluster}: ${[...stories].join(' + ')}`);
  for (const [story, clusters] of split) console.log(`  split ${story}: across ${clusters.size} stories`);
}

// How much room the threshold has: each report's score against its own story (as labelled) and the best
// score against any other, with the index built from the gold labels.
const margin = (shift: (story: string) => number) => {
  const index = emptyIndex();
  let own = Infinity;
  let other = 0;
  for (const report of corpus
    .map((r) => ({ ...r, source: { ...r.source, published: addDays(r.source.published, shift(r.story)) } }))
    .sort((a, b) => a.source.published.localeCompare(b.source.published) || a.slug.localeCompare(b.slug))) {
    const features = reportFeatures(report.source);
    for (const score of rankStories(index, features)) {
      if (score.story === report.story) own = Math.min(own, score.score);
      else other = Math.max(other, score.score);
    }
    updateIndex(index, report.story, features);
  }
  return `lowest score against its own story ${own.toFixed(2)}, highest against another ${other.toFixed(2)}`;
};
console.log(`\nmargin as published: ${margin(() => 0)}`);
console.log(`margin on one day:   ${margin(aligned)}`);
console.log('\nthreshold   pairwise F1 as published (mixed)   on one day (mixed)');
for (const threshold of [0.06, 0.08, 0.1, 0.12, 0.14, 0.16, 0.2, 0.25, 0.3]) {
  const cell = (run: Replay) => {
    const mixed = [...members(run.predicted, run.gold)].filter(([, stories]) => stories.size > 1).length;
    return `${percent(clusteringScores(run.predicted, run.gold).pairwise.f1)} (${mixed})`;
  };
  const mark = threshold === JOIN_THRESHOLD ? ' ←' : '';
  console.log(
    `${threshold.toFixed(2).padEnd(12)}${cell(replay(corpus, () => 0, threshold)).padEnd(35)}${cell(replay(corpus, aligned, threshold))}${mark}`,
  );
}
console.log('\ngoal: pairwise F1 ≥ 94 % as published, and no story mixing two');
