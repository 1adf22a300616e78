// bench:extract — the ingest's own HTML path (extraction + line rules) over the article-extraction benchmark
// (../shared/benchmarks/article-extraction, or EXTRACTION_BENCHMARK), scored with the benchmark's metric:
// word 4-shingles per page, TP/FP/FN normalised per page, precision and recall averaged over pages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BENCHMARK = resolve(
  process.env.EXTRACTION_BENCHMARK ??
    join(import.meta.dirname, '..', '..', '..', 'shared', 'benchmarks', 'article-extraction'),
);

/** Python's `\w+` with re.UNICODE: letters, digits and underscore. */
const tokens = (text: string) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

function shingles(text: string): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, words.length - 3); i++) {
    const shingle = words.slice(i, i + 4).join('\u0000');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

function matching(truth: string, predicted: string): [number, number, number] {
  const [t, p] = [shingles(truth), shingles(predicted)];
  let [tp, fp, fn] = [0, 0, 0];
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const [a, b] = [t.get(key) ?? 0, p.get(key) ?? 0];
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

const precisionOf = ([tp, fp, fn]: number[]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallOf = ([tp, fp, fn]: number[]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

const out = mkdtempSync(join(tmpdir(), 'newsfold-extract-'));
try {
  const predictionsFile = join(out, 'predictions.json');
  const run = spawnSync(process.execPath, ['src/cli/extract.ts', join(BENCHMARK, 'html'), '--out', predictionsFile], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error('npm run extract failed');
  const truth = JSON.parse(readFileSync(join(BENCHMARK, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string }
  >;
  const predicted = JSON.parse(readFileSync(predictionsFile, 'utf8')) as Record<string, { articleBody: string }>;
  const scores = Object.keys(truth).map((id) => ({
    id,
    m: matching(truth[id].articleBody, predicted[id]?.articleBody ?? ''),
  }));
  const precision = mean(scores.filter(({ m: [tp, fp] }) => tp + fp > 0).map(({ m }) => precisionOf(m)));
  const recall = mean(scores.filter(({ m: [tp, , fn] }) => tp + fn > 0).map(({ m }) => recallOf(m)));
  const f1 = (2 * precision * recall) / (precision + recall);
  if (process.argv.includes('--verbose')) {
    for (const { id, m } of scores
      .sort((a, b) => precisionOf(a.m) + recallOf(a.m) - precisionOf(b.m) - recallOf(b.m))
      .slice(0, 25))
      console.log(`${id.slice(0, 12)}  P ${precisionOf(m).toFixed(2)}  R ${recallOf(m).toFixed(2)}`);
  }
  console.log(`bench:extract — ${scores.length} pages of the article-extraction benchmark`);
  console.log(
    `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (goal 0.970; Readability.js alone 0.954)`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
