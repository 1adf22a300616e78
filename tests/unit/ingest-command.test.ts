import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/cli/ingest-command.ts';
import { IngestError } from '../../src/lib/ingest/ingest-error.ts';
import { RAW_DIR, ROOT, UNSEEN_DIR } from './helpers.ts';

let root: string;
let reports: string;
const quiet = { log: () => undefined };
const seed = join(RAW_DIR, '000_2b6e80bb550d1c2c.txt');
const marked = join(RAW_DIR, '001_dcee8fbeba0eb766.txt');

function rawFile(name: string, content: string | Buffer): string {
  const path = join(root, name);
  writeFileSync(path, content);
  return path;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'newsfold-ingest-'));
  reports = join(root, 'content', 'reports');
  mkdirSync(reports, { recursive: true });
  copyFileSync(join(ROOT, 'content', 'stories.json'), join(root, 'content', 'stories.json'));
});

// Each test's project folder goes with it: a run leaves nothing in the temp directory.
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('ingest refuses bad input, names the file and the field, and writes nothing', () => {
  const cases: [string, () => string[], RegExp][] = [
    [
      'a missing file',
      () => [join(root, 'nope.txt'), '--outlet', 'X', '--date', '2025-05-23'],
      /nope\.txt: file: does not exist/,
    ],
    [
      'an empty file',
      () => [rawFile('empty.txt', ' \n\n'), '--outlet', 'X', '--date', '2025-05-23'],
      /empty\.txt: file: is empty/,
    ],
    [
      'a binary file',
      () => [rawFile('bin.txt', Buffer.from([0, 1, 2, 255, 254])), '--outlet', 'X', '--date', '2025-05-23'],
      /bin\.txt: file: is not plain UTF-8 text/,
    ],
    [
      'a 5 MB file',
      () => [rawFile('big.txt', 'The swap began. '.repeat(330_000)), '--outlet', 'X', '--date', '2025-05-23'],
      /big\.txt: file: is larger than/,
    ],
    ['no date anywhere', () => [seed, '--outlet', 'X'], /000_2b6e80bb550d1c2c\.txt: date: .*--date/],
    [
      'a month 13',
      () => [seed, '--outlet', 'X', '--date', '2025-13-45'],
      /--date: "2025-13-45" must be a real calendar date/,
    ],
    [
      '30 February',
      () => [seed, '--outlet', 'X', '--date', '2025-02-30'],
      /--date: "2025-02-30" must be a real calendar date/,
    ],
    [
      'a date contradicting the marker',
      () => [marked, '--outlet', 'X', '--date', '2025-05-22'],
      /--date: 2025-05-22 contradicts/,
    ],
    [
      'an invalid URL',
      () => [seed, '--outlet', 'X', '--date', '2025-05-23', '--url', 'not a url'],
      /--url: "not a url" must be an absolute http\(s\) URL/,
    ],
    [
      'a javascript: URL',
      () => [seed, '--outlet', 'X', '--date', '2025-05-23', '--url', 'javascript:alert(1)'],
      /--url: "javascript:alert\(1\)" must be an absolute http\(s\) URL/,
    ],
    [
      'an invalid --based-on',
      () => [seed, '--outlet', 'X', '--date', '2025-05-23', '--based-on', 'ftp://x.org/a'],
      /--based-on: "ftp:\/\/x.org\/a" must be an absolute http\(s\) URL/,
    ],
    [
      'an unknown flag',
      () => [seed, '--outlet', 'X', '--date', '2025-05-23', '--colour', 'red'],
      /arguments: flags: Unknown option '--colour'/,
    ],
    ['no outlet', () => [seed, '--date', '2025-05-23'], /arguments: --outlet: is required/],
    [
      'two raw files',
      () => [seed, marked, '--outlet', 'X'],
      /arguments: <raw\.txt>: expected exactly one raw file, got 2/,
    ],
    [
      'an unknown story',
      () => [seed, '--outlet', 'X', '--date', '2025-05-23', '--story', 'other'],
      /--story: "other" is not in content\/stories\.json; name one of: 2025-05-prisoner-exchange/,
    ],
    [
      'a bad title source',
      () => [seed, '--outlet', 'X', '--date', '2025-05-23', '--title', 'T', '--title-source', 'guess'],
      /--title-source: "guess" is not one of/,
    ],
    [
      'a slug that is a path',
      () => [seed, '--outlet', 'X', '--date', '2025-05-23', '--slug', '../../escape'],
      /arguments: --slug: "\.\.\/\.\.\/escape" must be lower-case letters, digits and single hyphens \(never a path\)/,
    ],
    [
      'a slug with capitals and punctuation',
      () => [seed, '--outlet', 'X', '--date', '2025-05-23', '--slug', 'Bad Slug!'],
      /--slug: "Bad Slug!" must be lower-case letters/,
    ],
    [
      'a slug with a folder',
      () => [seed, '--outlet', 'X', '--date', '2025-05-23', '--slug', 'sub/dir'],
      /--slug: "sub\/dir"/,
    ],
    [
      'a slug of 101 characters',
      () => [seed, '--outlet', 'X', '--date', '2025-05-23', '--slug', 'a'.repeat(101)],
      /--slug: "a+" must be at most 100 characters/,
    ],
    ['a directory as the raw file', () => [root, '--outlet', 'X', '--date', '2025-05-23'], /: file: is a directory/],
    [
      'a date in year 9999',
      () => [seed, '--outlet', 'X', '--date', '9999-12-31'],
      /--date: 9999-12-31 is after today \(\d{4}-\d\d-\d\d\); pass --allow-date if it is right/,
    ],
    [
      'a date in year 1',
      () => [seed, '--outlet', 'X', '--date', '0001-01-01'],
      /--date: 0001-01-01 is before 1990-01-01/,
    ],
    [
      'a marker dated before 1990',
      () => [
        rawFile('old.txt', 'date 1989-11-09\n\nThe wall fell tonight in Berlin, witnesses said.\n'),
        '--outlet',
        'X',
      ],
      /old\.txt: date marker: 1989-11-09 is before 1990-01-01; pass --allow-date/,
    ],
    [
      'only boilerplate',
      () => [rawFile('ads.txt', 'ADVERTISEMENT\nRead more: Something\n'), '--outlet', 'X', '--date', '2025-05-23'],
      /ads\.txt: body: no article paragraph/,
    ],
  ];

  it.each(cases)('%s', (_name, argv, message) => {
    expect(() => ingest(argv(), { root, ...quiet })).toThrow(IngestError);
    expect(() => ingest(argv(), { root, ...quiet })).toThrow(message);
    expect(readdirSync(reports)).toEqual([]);
  });
});

describe('dates outside 1990 to today', () => {
  it('are accepted with --allow-date, and today comes from NEWSFOLD_TODAY when set', () => {
    const argv = [seed, '--outlet', 'X', '--date', '2030-01-01'];
    expect(ingest([...argv, '--allow-date'], { root, ...quiet })).toMatch(/2030-01-01-x-/);
    process.env.NEWSFOLD_TODAY = '2030-06-01';
    try {
      expect(ingest([...argv, '--slug', 'in-2030', '--allow-duplicate'], { root, ...quiet })).toMatch(/in-2030\.md$/);
    } finally {
      delete process.env.NEWSFOLD_TODAY;
    }
  });
});

describe('the same copy twice is refused, naming the report that has it', () => {
  const first = () =>
    ingest([seed, '--outlet', 'RFE/RL', '--date', '2025-05-23', '--url', 'https://www.rferl.org/a/swap.html'], {
      root,
      ...quiet,
    });

  it('the same text under another outlet', () => {
    const written = first().split('/').at(-1);
    expect(() => ingest([seed, '--outlet', 'Other', '--date', '2025-05-23'], { root, ...quiet })).toThrow(
      `body: the same text is already content/reports/${written}; pass --allow-duplicate to add this copy anyway`,
    );
    expect(readdirSync(reports)).toHaveLength(1);
    ingest([seed, '--outlet', 'Other', '--date', '2025-05-23', '--allow-duplicate'], { root, ...quiet });
    expect(readdirSync(reports)).toHaveLength(2);
  });

  it('the same page by another link to it (tracking parameters, www, a trailing slash)', () => {
    first();
    const other = rawFile('other.txt', 'A different text about the same page, reported on Friday by the outlet.\n');
    const argv = [
      other,
      '--outlet',
      'X',
      '--date',
      '2025-05-23',
      '--url',
      'https://rferl.org/a/swap.html/?utm_source=x#top',
    ];
    expect(() => ingest(argv, { root, ...quiet })).toThrow(/--url: the same URL is already content\/reports\/.*\.md/);
    expect(readdirSync(reports)).toHaveLength(1);
  });

  it('but not the report --force replaces', () => {
    const written = first();
    ingest(
      [seed, '--outlet', 'RFE/RL', '--date', '2025-05-23', '--url', 'https://www.rferl.org/a/swap.html', '--force'],
      { root, ...quiet },
    );
    expect(readdirSync(reports)).toEqual([written.split('/').at(-1)]);
  });
});

describe('ingest writes one report and never overwrites silently', () => {
  const argv = () => [seed, '--outlet', 'RFE/RL', '--date', '2025-05-23', '--title', 'A headline'];

  it('writes content/reports/<slug>.md and leaves no temporary file', () => {
    const written = ingest(argv(), { root, ...quiet });
    expect(readdirSync(reports)).toEqual(['2025-05-23-rfe-rl-a-headline.md']);
    expect(readFileSync(written, 'utf8')).toContain('title: "A headline"');
  });

  it('refuses to replace an existing report without --force, and leaves it untouched', () => {
    const written = ingest(argv(), { root, ...quiet });
    const edited = `${readFileSync(written, 'utf8')}\nA paragraph added by hand.\n`;
    writeFileSync(written, edited);
    expect(() => ingest(argv(), { root, ...quiet })).toThrow(/already exists; pass --force/);
    expect(readFileSync(written, 'utf8')).toBe(edited);
    ingest([...argv(), '--force'], { root, ...quiet });
    expect(readFileSync(written, 'utf8')).toContain('A large-scale prisoner swap');
    expect(readdirSync(reports)).toHaveLength(1);
  });

  it('prints what it inferred and every line it removed', () => {
    const lines: string[] = [];
    ingest([join(UNSEEN_DIR, 'wire-with-headline.txt'), '--outlet', 'Reuters', '--date', '2025-05-24'], {
      root,
      log: (line) => lines.push(line),
    });
    expect(lines).toContain(
      `  headline read from the copy's first line: "Kremlin says first stage of prisoner exchange complete"`,
    );
    expect(lines).toContain('  removed (credit): (Reporting by Guy Faulconbridge; Editing by Andrew Osborn)');
    expect(lines.at(-1)).toMatch(/^wrote .*2025-05-24-reuters-kremlin-says-first-stage-of-prisoner-exchange\.md$/);
  });
});

// A real process: Node starts and strips the types of every module, seconds on a busy 2-core machine.
describe('the ingest command line', { timeout: 30_000 }, () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'src', 'cli', 'ingest.ts'), ...args], { cwd: root, encoding: 'utf8' });

  it('exits non-zero with one clear line on stderr', () => {
    const result = cli([seed, '--outlet', 'X', '--date', '2025-02-30']);
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toBe(
      `ingest: ${seed}: --date: "2025-02-30" must be a real calendar date written as "YYYY-MM-DD"`,
    );
    expect(readdirSync(reports)).toEqual([]);
  });

  it('exits 0 and writes the report into the working directory’s content/', () => {
    const result = cli([marked, '--outlet', 'theSun', '--title', 'Swap begins']);
    expect(result.status).toBe(0);
    expect(readdirSync(reports)).toEqual(['2025-05-23-thesun-swap-begins.md']);
  });
});
