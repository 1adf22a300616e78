// `npm test`: every check and suite, then one plain "N passed, N failed" line
// that CI reads (it does not read Vitest's or Playwright's own summaries).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
}

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  // Labelled with the environment it changes, so the log says which build is which.
  const prefix = Object.entries(env)
    .map(([key, value]) => `${key}=${value} `)
    .join('');
  console.log(`\n$ ${prefix}${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A check with no count of its own counts as one test. */
function check(command: string, args: string[], env: Record<string, string> = {}): Tally {
  const ok = run(command, args, env);
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

function vitest(): Tally {
  // A crashed run writes no report: an old one must not be read in its place.
  rmSync('test-results/unit.json', { force: true });
  const ok = run('vitest', [
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test-results/unit.json',
  ]);
  try {
    const report = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
    return { passed: report.numPassedTests, failed: report.numFailedTests + (ok || report.numFailedTests ? 0 : 1) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

function playwright(): Tally {
  const ok = run('playwright', ['test']);
  try {
    const { stats } = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
    return { passed: stats.expected, failed: stats.unexpected + stats.flaky + (ok || stats.unexpected ? 0 : 1) };
  } catch {
    return { passed: 0, failed: 1 };
  }
}

mkdirSync('test-results', { recursive: true });
const tallies = [
  check('astro', ['check']),
  check('prettier', ['--check', '.']),
  check('eslint', ['--max-warnings', '0', '.']),
  vitest(),
  check('astro', ['build']),
  // Reports that carry scripts and markup, for the end-to-end security tests.
  check('astro', ['build', '--outDir', 'dist-hostile'], { NEWSFOLD_CONTENT: 'tests/fixtures/hostile' }),
  // The same content built twice must give the same bytes.
  check('astro', ['build', '--outDir', 'dist-repeat']),
  check('node', ['tests/support/compare-builds.ts', 'dist', 'dist-repeat']),
  // The W3C Nu validator (Java, shipped in the vnu-jar package) on every page of both sites.
  check('java', [
    '-jar',
    'node_modules/vnu-jar/build/dist/vnu.jar',
    '--errors-only',
    '--skip-non-html',
    'dist',
    'dist-hostile',
  ]),
  check('node', ['tests/support/check-links.ts', 'dist']),
  check('node', ['tests/support/check-links.ts', 'dist-hostile']),
  // The site hosted under a path: every link must stay under it.
  check('astro', ['build', '--outDir', 'dist-subpath'], { SITE_URL: 'https://newsfold.example/newsfold/' }),
  check('node', ['tests/support/check-links.ts', 'dist-subpath', '/newsfold/']),
  // The seed site plus three unseen stories, each report placed by automatic story assignment.
  check('node', ['tests/support/make-stories.ts', 'dist-stories-project']),
  check('astro', ['build', '--outDir', 'dist-stories'], { NEWSFOLD_CONTENT: 'dist-stories-project/content' }),
  check('node', ['tests/support/check-links.ts', 'dist-stories']),
  // 1,000 synthetic reports: the end-to-end suite checks the site still works at that size.
  check('node', ['tests/support/make-synthetic.ts', 'dist-content-1000', '1000']),
  check('astro', ['build', '--outDir', 'dist-1000'], { NEWSFOLD_CONTENT: 'dist-content-1000' }),
  playwright(),
];
const passed = tallies.reduce((sum, tally) => sum + tally.passed, 0);
const failed = tallies.reduce((sum, tally) => sum + tally.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
