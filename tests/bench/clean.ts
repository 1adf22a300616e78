// bench:clean — the cleaner over raw copies whose every line is labelled keep (K|) or remove (R|):
// article lines wrongly removed (goal 0) and boilerplate lines kept (goal ≤ 1 %), on the copies the rules
// were written with and on a held-out set written blind.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanReport } from '../../src/lib/clean/clean-report.ts';

interface Labelled {
  keep: boolean;
  line: string;
}

function labelledLines(text: string, file: string): Labelled[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const match = /^([KR])\| (.*)$/.exec(line);
      if (!match) throw new Error(`${file}:${index + 1}: a line must start with "K| " or "R| "`);
      return { keep: match[1] === 'K', line: match[2] };
    });
}

const FOLDERS = [
  ['tests/fixtures/clean/', 'the labelled copies the rules were written with'],
  ['tests/fixtures/clean-holdout/', 'written blind; rules were since fixed on what it showed'],
  ['tests/fixtures/clean-holdout-2/', 'written blind; rules since fixed on what it showed'],
  ['tests/fixtures/clean-holdout-3/', 'written blind; rules since fixed on what it showed'],
  ['tests/fixtures/clean-holdout-4/', 'written blind; rules since fixed on what it showed'],
  ['tests/fixtures/clean-holdout-5/', 'written blind; rules since fixed on what it showed'],
  ['tests/fixtures/clean-holdout-6/', 'written blind; rules since fixed on what it showed'],
  ['tests/fixtures/clean-holdout-7/', 'written blind; rules since fixed on what it showed'],
  ['tests/fixtures/clean-holdout-8/', 'written blind; rules since fixed on what it showed'],
  ['tests/fixtures/clean-holdout-9/', 'written blind; rules since fixed on what it showed'],
  ['tests/fixtures/clean-holdout-10/', 'written blind; rules since fixed on what it showed'],
  ['tests/fixtures/clean-holdout-11/', 'written blind; its lost lines were read and rules fixed on them'],
  ['tests/fixtures/clean-holdout-12/', 'written blind; rules since fixed on what it showed'],
  ['tests/fixtures/clean-holdout-13/', 'written blind; rules since fixed on what it showed'],
  ['tests/fixtures/clean-holdout-14/', 'held out: written blind, never tuned on'],
] as const;
/** The held-out set's lines stay unread: its misses are printed as counts per file unless asked for. */
const BLIND = 'tests/fixtures/clean-holdout-14/';
const showBlind = process.argv.includes('--show-blind');

for (const [folder, what] of FOLDERS) {
  const dir = join(import.meta.dirname, '..', '..', folder);
  if (!existsSync(dir)) continue;
  const files = readdirSync(dir).filter((name) => name.endsWith('.txt'));
  let [keptLines, removeLines] = [0, 0];
  const wronglyRemoved: string[] = [];
  const wronglyKept: string[] = [];
  for (const file of files) {
    const lines = labelledLines(readFileSync(join(dir, file), 'utf8'), file);
    const cleaned = cleanReport(lines.map(({ line }) => line).join('\n'));
    // The headline is kept as the report's title, not lost. A line the page repeats ("Ferries" in the menu and
    // as a subheading) is counted by its copies: as many of them are gone as the cleaner removed, the ones
    // labelled for removal first (which copy went is not recorded).
    const removals = new Map<string, number>();
    for (const { rule, line } of cleaned.removed)
      if (rule !== 'headline') removals.set(line, (removals.get(line) ?? 0) + 1);
    const ordered = [...lines.filter(({ keep }) => !keep), ...lines.filter(({ keep }) => keep)];
    const goneLines = new Set(
      ordered.filter(({ line }) => {
        const left = removals.get(line.trim()) ?? 0;
        if (left > 0) removals.set(line.trim(), left - 1);
        return left > 0;
      }),
    );
    for (const labelled of lines) {
      const { keep, line } = labelled;
      const gone = goneLines.has(labelled);
      if (keep) keptLines++;
      else removeLines++;
      if (keep && gone) wronglyRemoved.push(`${file}: ${line}`);
      if (!keep && !gone) wronglyKept.push(`${file}: ${line}`);
    }
  }

  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
  console.log(`## Cleaner on ${files.length} labelled raw copies (${folder}: ${what})\n`);
  console.log('| lines to keep | wrongly removed (goal 0) | lines to remove | wrongly kept (goal ≤ 1 %) |');
  console.log('| ---: | ---: | ---: | ---: |');
  console.log(
    `| ${keptLines} | ${wronglyRemoved.length} | ${removeLines} | ${wronglyKept.length} (${pct(wronglyKept.length, removeLines)}) |`,
  );
  // On the blind set only the file names are shown: "- 04-…txt: 2".
  const listed = (misses: string[]) =>
    folder === BLIND && !showBlind
      ? [...Map.groupBy(misses, (miss) => miss.slice(0, miss.indexOf(':')))].map(
          ([file, of]) => `${file}: ${of.length}`,
        )
      : misses;
  if (wronglyRemoved.length > 0)
    console.log(
      `\nWrongly removed:\n${listed(wronglyRemoved)
        .map((l) => `- ${l}`)
        .join('\n')}`,
    );
  if (wronglyKept.length > 0)
    console.log(
      `\nWrongly kept:\n${listed(wronglyKept)
        .map((l) => `- ${l}`)
        .join('\n')}`,
    );
  console.log('');
}
