import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestSources } from '../../src/cli/ingest-sources.ts';
import { closedAddress, startFixtureSite } from '../support/fixture-site.ts';
import { ROOT } from './helpers.ts';

let origin: string;
let down: string;
let root: string;
const lines: string[] = [];
const context = () => ({ root, log: (line: string) => lines.push(line) });
const sources = (list: unknown[]) => writeFileSync(join(root, 'content', 'sources.json'), JSON.stringify(list));

let site: Awaited<ReturnType<typeof startFixtureSite>>;
beforeAll(async () => {
  site = await startFixtureSite();
  origin = site.origin;
  down = `${await closedAddress()}/feed.xml`;
});
afterAll(() => site.close());

beforeEach(() => {
  lines.length = 0;
  root = mkdtempSync(join(tmpdir(), 'newsfold-sources-'));
  mkdirSync(join(root, 'content', 'reports'), { recursive: true });
  copyFileSync(join(ROOT, 'content', 'stories.json'), join(root, 'content', 'stories.json'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('ingest:sources', () => {
  it('ingests every new item of every source, skips a source that is down or broken, and adds nothing twice', async () => {
    sources([
      { url: `${origin}/feed.xml`, outlet: 'The Solent Courier' },
      { url: down, outlet: 'Down Daily' },
      { url: `${origin}/broken.xml`, outlet: 'Broken Times' },
    ]);
    const first = await ingestSources(context());
    expect(first.added).toHaveLength(3);
    expect(first.failed.map(({ url }) => url)).toEqual([down, `${origin}/broken.xml`]);
    expect(first.failed[0].reason).toMatch(/fetch: could not be reached/);
    expect(first.failed[1].reason).toMatch(/feed: is not an RSS, Atom or JSON feed/);
    expect(lines).toContain('sources: 3 reports added from 3 sources; 2 failed');
    expect(readdirSync(join(root, 'content', 'reports'))).toHaveLength(3);

    const second = await ingestSources(context());
    expect(second.added).toEqual([]);
    expect(lines).toContain(`feed ${origin}/feed.xml: 0 added, 3 already known`);
    expect(readdirSync(join(root, 'content', 'reports'))).toHaveLength(3);
  });

  it('reports when every source failed, which the command exits non-zero for', async () => {
    sources([{ url: down, outlet: 'Down Daily' }]);
    const run = await ingestSources(context());
    expect(run.failed).toHaveLength(run.sources);
  });

  it('names the file and the field of a bad sources list', async () => {
    sources([{ url: 'not a url', outlet: 'X' }]);
    await expect(ingestSources(context())).rejects.toThrow(/sources\.json: 0\.url: must be an absolute http\(s\) URL/);
  });
});
