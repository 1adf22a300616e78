import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStoryIndex } from '../../src/build/story-index.ts';
import { ingest } from '../../src/cli/ingest-command.ts';
import { misplacedReports } from '../../src/lib/stories/check-placement.ts';
import { JOIN_THRESHOLD, rankStories } from '../../src/lib/stories/rank-stories.ts';
import { storySchema } from '../../src/lib/schema/story.ts';
import { reportText } from '../../src/lib/stories/report-text.ts';
import { ingestStories, UNSEEN_STORIES } from '../support/unseen-stories.ts';
import { ROOT, UNSEEN_DIR } from './helpers.ts';

let root: string;
let placed: Map<string, string[]>;
const decisions: string[] = [];
const seedFiles = () =>
  readdirSync(join(ROOT, 'content', 'reports')).map((name) => [
    name,
    readFileSync(join(ROOT, 'content', 'reports', name), 'utf8'),
  ]);
const stories = () =>
  storySchema.array().parse(JSON.parse(readFileSync(join(root, 'content', 'stories.json'), 'utf8')));
const storyOf = (path: string) => reportText(readFileSync(path, 'utf8')).story;

// The seed site, then three stories it has not seen, ingested without --story.
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'newsfold-stories-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  placed = ingestStories(root, UNSEEN_STORIES, (line) => decisions.push(line));
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('automatic story assignment at ingest', () => {
  it('opens one new story per unseen story and puts each of its reports there', () => {
    const ids = UNSEEN_STORIES.map((story) => new Set(placed.get(story)?.map(storyOf)));
    for (const id of ids) expect(id.size).toBe(1);
    const opened = ids.map((id) => [...id][0]);
    expect(new Set(opened).size).toBe(UNSEEN_STORIES.length);
    expect(opened).not.toContain('2025-05-prisoner-exchange');
    expect(stories().map((story) => story.id)).toEqual(['2025-05-prisoner-exchange', ...opened]);
  });

  it('leaves the seed story and its reports as they were', () => {
    for (const [name, text] of seedFiles())
      expect(readFileSync(join(root, 'content', 'reports', name), 'utf8')).toBe(text);
    expect(stories()[0]).toEqual(JSON.parse(readFileSync(join(ROOT, 'content', 'stories.json'), 'utf8'))[0]);
  });

  it('titles a new story by its first report, marked as taken from it', () => {
    const talks = stories().find((story) => story.id === '2025-07-kyiv-and-moscow-to-return-to-istanbul');
    expect(talks).toMatchObject({
      title: 'Kyiv and Moscow to return to Istanbul, this time to talk about ships and ports',
      summary: expect.stringMatching(/^Turkey will host delegations from Russia and Ukraine in Istanbul/),
      drawnFrom: { report: expect.stringMatching(/^2025-07-07-baltic-observer-/), fields: ['title', 'summary'] },
    });
  });

  it('prints each decision with its score and the runner-up', () => {
    expect(decisions).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^2025-07-07-bosphorus-daily-.*: story: 2025-07-kyiv-and-moscow-to-return-to-istanbul \\(score 0\\.\\d\\d ≥ ${JOIN_THRESHOLD}; runner-up 2025-05-prisoner-exchange 0\\.\\d\\d\\)`,
        ),
      ),
    );
    expect(decisions).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^2024-10-08-euro-atlantic-press-.*: story: new story 2024-10-lyon-.* \\(best 2025-05-prisoner-exchange 0\\.\\d\\d < ${JOIN_THRESHOLD}\\)`,
        ),
      ),
    );
  });

  it('marks a copy of another report’s wire text, and says so', () => {
    const talks = placed.get('2025-07-black-sea-shipping-talks') ?? [];
    const copy = talks.find((path) => path.includes('-bosphorus-daily-'));
    const original = talks.find((path) => path.includes('-baltic-observer-'));
    const frontmatter = readFileSync(copy ?? '', 'utf8');
    expect(frontmatter).toContain(`copyOf:\n  - "${original?.split('/').at(-1)?.replace(/\.md$/, '')}"`);
    expect(decisions).toContainEqual(
      expect.stringMatching(/bosphorus-daily-.*: wire copy: carries the same text as .*baltic-observer-/),
    );
    // Reports that tell the story in their own words are not copies.
    for (const path of talks.filter((p) => p !== copy)) expect(readFileSync(path, 'utf8')).not.toContain('copyOf:');
  });

  it('places a new copy of the seed story in the seed story', () => {
    const path = ingest([join(UNSEEN_DIR, 'wire-with-headline.txt'), '--outlet', 'Reuters', '--date', '2025-05-24'], {
      root,
      log: () => undefined,
    });
    expect(storyOf(path)).toBe('2025-05-prisoner-exchange');
  });

  it('opens the story an editor names with --new-story, and refuses --story with --new-story', () => {
    const raw = join(UNSEEN_DIR, 'wire-with-headline.txt');
    const path = ingest(
      [raw, '--outlet', 'AP', '--date', '2025-05-24', '--new-story', 'The Kremlin on the swap', '--allow-duplicate'],
      {
        root,
        log: () => undefined,
      },
    );
    expect(storyOf(path)).toBe('2025-05-the-kremlin-on-the-swap');
    expect(stories().at(-1)).toMatchObject({ title: 'The Kremlin on the swap', drawnFrom: { fields: ['summary'] } });
    expect(() =>
      ingest([raw, '--outlet', 'X', '--story', 'a', '--new-story', 'B'], { root, log: () => undefined }),
    ).toThrow(/--new-story: cannot be combined with --story/);
  });
});

describe('stories:check', () => {
  it('finds a copy an editor forced into a story of its own, and a report put in the wrong story', () => {
    const before = loadStoryIndex(root);
    // The --new-story copy above has the same text as a copy in the seed story: each points at the other.
    const copies = misplacedReports(before.index, before.reports, JOIN_THRESHOLD);
    expect(copies).toHaveLength(2);
    expect(copies).toContainEqual(
      expect.objectContaining({
        story: '2025-05-the-kremlin-on-the-swap',
        ownScore: null,
        suggested: expect.objectContaining({ story: '2025-05-prisoner-exchange' }),
      }),
    );
    expect(copies).toContainEqual(
      expect.objectContaining({
        story: '2025-05-prisoner-exchange',
        suggested: expect.objectContaining({ story: '2025-05-the-kremlin-on-the-swap', score: expect.closeTo(1, 6) }),
      }),
    );
    const [moved] = placed.get('2024-10-lyon-footbridge-closure') ?? [];
    const lyon = storyOf(moved);
    writeFileSync(moved, readFileSync(moved, 'utf8').replace(`story: "${lyon}"`, 'story: "2025-05-prisoner-exchange"'));
    const after = loadStoryIndex(root);
    // Only the edited file is read again; the rest comes from the cache.
    expect(after.refreshed).toBe(1);
    const slug = moved.split('/').at(-1)?.replace(/\.md$/, '');
    expect(misplacedReports(after.index, after.reports, JOIN_THRESHOLD)).toContainEqual({
      slug,
      story: '2025-05-prisoner-exchange',
      ownScore: expect.any(Number),
      suggested: expect.objectContaining({ story: lyon }),
    });
  });

  it('keeps the cached index, updated report by report, equal to one rebuilt from every file', () => {
    const cached = loadStoryIndex(root, false);
    rmSync(join(root, 'node_modules'), { recursive: true, force: true });
    const rebuilt = loadStoryIndex(root);
    expect(rebuilt.refreshed).toBe(rebuilt.reports.size);
    expect(cached.index.reports).toBe(rebuilt.index.reports);
    expect([...cached.index.stories.keys()].sort()).toEqual([...rebuilt.index.stories.keys()].sort());
    for (const { features } of rebuilt.reports.values()) {
      const [a, b] = [cached.index, rebuilt.index].map((index) => rankStories(index, features));
      expect(a.map((score) => score.story)).toEqual(b.map((score) => score.story));
      a.forEach((score, i) => expect(score.score).toBeCloseTo(b[i].score, 9));
    }
  });
});
