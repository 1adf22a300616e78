import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const WION = 'reports/2025-05-23-wion-us-president-donald-trump-on-friday-may.md';
const RFE = 'reports/2025-05-23-rfe-rl-major-ukraine-russia-prisoner-swap-under-way.md';

/** Builds a copy of content/ changed by `spoil`; returns the exit code and everything printed. */
function buildSpoiled(spoil: (content: string) => void) {
  const work = mkdtempSync(join(tmpdir(), 'newsfold-bad-'));
  const content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  spoil(content);
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(work, 'dist')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NEWSFOLD_CONTENT: content,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      encoding: 'utf8',
    },
  );
  rmSync(work, { recursive: true, force: true });
  // NO_COLOR keeps Astro's messages free of terminal escapes.
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const edit = (content: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));

describe('the build refuses bad content, naming the file and the field', () => {
  const cases: [string, (content: string) => void, RegExp[]][] = [
    [
      'an unquoted YAML date',
      (c) => edit(c, WION, (t) => t.replace('published: "2025-05-23"', 'published: 2025-05-23')),
      [/wion-us-president/, /published: must be a real calendar date/],
    ],
    [
      '30 February',
      (c) => edit(c, WION, (t) => t.replace('"2025-05-23"', '"2025-02-30"')),
      [/wion-us-president/, /published:/],
    ],
    [
      'a missing required field',
      (c) => edit(c, WION, (t) => t.replace(/^outlet: .*\n/m, '')),
      [/wion-us-president/, /outlet:/],
    ],
    [
      'a javascript: URL',
      (c) => edit(c, WION, (t) => t.replace(/^url: .*$/m, 'url: "javascript:alert(1)"')),
      [/wion-us-president/, /url: must be an absolute http\(s\) URL/],
    ],
    [
      'a duplicate report id',
      (c) => writeFileSync(join(c, RFE.replace('rfe-rl', 'RFE-RL')), readFileSync(join(c, RFE))),
      [/id: "2025-05-23-rfe-rl-major-ukraine-russia-prisoner-swap-under-way" is already the id of/],
    ],
    [
      'one spelling naming two people',
      (c) =>
        edit(c, 'people.json', (t) =>
          JSON.stringify(
            JSON.parse(t).map((p: { id: string; aliases: string[] }) =>
              p.id === 'donald-trump' ? { ...p, aliases: [...p.aliases, 'Putin'] } : p,
            ),
          ),
        ),
      [/people\.json: \[\d+\]\.aliases: "Putin" already names/],
    ],
    [
      'a claim excerpt that is not in its report',
      (c) =>
        edit(c, 'claims.json', (t) =>
          t.replace('a 90-minute meeting in Istanbul on May 16', 'a 60-minute meeting in Istanbul on May 16'),
        ),
      [
        /claims\.json: \[\d+\]\.positions\[0\]\.excerpts\[0\]\.text: "a 60-minute meeting in Istanbul on May 16" is not in report/,
      ],
    ],
    [
      'an unknown story',
      (c) => edit(c, WION, (t) => t.replace('story: "2025-05-prisoner-exchange"', 'story: "other-story"')),
      [/wion-us-president-donald-trump-on-friday-may\.md: story: "other-story" is not in/],
    ],
  ];

  it.each(cases)(
    '%s',
    (_name, spoil, messages) => {
      const { status, output } = buildSpoiled(spoil);
      expect(status).not.toBe(0);
      for (const message of messages) expect(output).toMatch(message);
    },
    120_000,
  );
});
