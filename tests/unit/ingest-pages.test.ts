import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingest, ingestSource } from '../../src/cli/ingest-command.ts';
import { reportSchema } from '../../src/lib/schema/report.ts';
import { closedAddress, startFixtureSite } from '../support/fixture-site.ts';
import { ROOT } from './helpers.ts';

const PAGES = join(ROOT, 'tests', 'fixtures', 'pages');
const page = (name: string) => join(PAGES, name);
const quiet = { log: () => undefined };
let root: string;
let reports: string;

const written = (path: string) => {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(readFileSync(path, 'utf8')) ?? [];
  return { data: reportSchema.parse(parse(frontmatter)), body };
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'newsfold-pages-'));
  reports = join(root, 'content', 'reports');
  mkdirSync(reports, { recursive: true });
  copyFileSync(join(ROOT, 'content', 'stories.json'), join(root, 'content', 'stories.json'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a saved page', () => {
  it('ingests with no flag: the page states headline, outlet, date, byline and URL, and the report says so', () => {
    const { data, body } = written(ingest([page('harbour-ferry-strike.html')], { root, ...quiet }));
    expect(data).toMatchObject({
      title: 'Ferry crews strike over rosters as harbour crossings halt',
      titleSource: 'stated',
      outlet: 'The Solent Courier',
      url: 'https://solentcourier.example/news/2025/03/10/ferry-crews-strike',
      byline: ['Amelia Hart', 'Tom Okafor'],
      published: '2025-03-10',
      dateSource: 'page',
      page: {
        via: 'html',
        fetched: null,
        stated: { outlet: 'The Solent Courier', published: '2025-03-10', language: 'en-GB' },
        fields: { title: 'page', outlet: 'page', url: 'page', published: 'page', byline: 'page' },
      },
    });
    expect(body).toMatch(/^Ferry crews on the busiest crossings of the Solent walked out on Monday/);
    expect(body).toContain('## Commuters left stranded');
    expect(body).toContain('“I have no way of getting to my shift,” said Karen Doyle');
    expect(body).toMatch(
      /Talks between the two sides are expected to resume at a conciliation service on Thursday, the union said\.\n$/,
    );
    // Page furniture, captions and other stories stay out; what the line rules took is listed.
    for (const furniture of [
      'cookies',
      'Related stories',
      'Most read',
      'newsletter',
      'Photo: Solent Courier',
      'Log in',
      '©',
    ])
      expect(body).not.toContain(furniture);
    expect(data.removed.map((removal) => removal.line)).toContain('By Amelia Hart and Tom Okafor');
  });

  it('takes what the editor gives over what the page states, and keeps the page’s value', () => {
    const argv = [
      page('harbour-ferry-strike.html'),
      '--outlet',
      'Solent Courier (Isle of Wight edition)',
      '--date',
      '2025-03-11',
    ];
    const { data } = written(ingest(argv, { root, ...quiet }));
    expect(data.outlet).toBe('Solent Courier (Isle of Wight edition)');
    expect(data.published).toBe('2025-03-11');
    expect(data.dateSource).toBe('editor');
    expect(data.page).toMatchObject({
      stated: { outlet: 'The Solent Courier', published: '2025-03-10' },
      fields: { outlet: 'flag', published: 'flag', title: 'page' },
    });
  });

  it.each([
    ['windows-1251.html', 'Экипажи паромов в понедельник прекратили работу', 'Вечерний Курьер'],
    [
      'iso-8859-1.html',
      'Les équipages des ferries ont cessé le travail lundi',
      'Le Courrier de l’Île'.replace('’', "'"),
    ],
  ])('%s comes out as correct UTF-8', (name, opening, outlet) => {
    const { data, body } = written(ingest([page(name)], { root, ...quiet }));
    expect(body.startsWith(opening)).toBe(true);
    expect(data.outlet).toBe(outlet);
  });

  it.each([
    ['front-page.html', /front-page\.html: body: has no readable article/],
    ['paywall-stub.html', /paywall-stub\.html: body: has no readable article \(a front page, a paywall stub/],
  ])('%s is refused, and nothing is written', (name, message) => {
    expect(() => ingest([page(name)], { root, ...quiet })).toThrow(message);
    expect(readdirSync(reports)).toEqual([]);
  });

  it('over the size cap is refused', () => {
    const big = join(root, 'big.html');
    writeFileSync(big, `<html><body><p>${'word '.repeat(1_100_000)}</p></body></html>`);
    expect(() => ingest([big], { root, ...quiet })).toThrow(/big\.html: file: is larger than 5000000 bytes/);
  });
});

// One fixture site serves the pages and feeds both groups below fetch.
let site: Awaited<ReturnType<typeof startFixtureSite>>;
let origin: string;
beforeAll(async () => {
  site = await startFixtureSite();
  origin = site.origin;
});
afterAll(() => site.close());

describe('a URL', () => {
  it('is fetched, follows its redirect, records the final address, and the saved page is then a duplicate', async () => {
    const [path] = await ingestSource([`${origin}/share/ferry`], { root, ...quiet });
    const { data } = written(path);
    expect(data.page).toMatchObject({ via: 'url', fetched: `${origin}/news/ferry-crews-strike` });
    expect(data.url).toBe('https://solentcourier.example/news/2025/03/10/ferry-crews-strike');
    expect(() => ingest([page('harbour-ferry-strike.html')], { root, ...quiet })).toThrow(
      `the same URL is already content/reports/${path.split('/').at(-1)}; pass --allow-duplicate`,
    );
  });

  it.each([
    ['/missing', /\/missing: fetch: answered HTTP 404/],
    ['/report.pdf', /report\.pdf: content-type: is "application\/pdf", not a web page/],
    ['/loop', /\/loop: fetch: more than 5 redirects/],
  ])('%s is refused with one line, and nothing is written', async (path, message) => {
    await expect(ingestSource([`${origin}${path}`], { root, ...quiet })).rejects.toThrow(message);
    expect(readdirSync(reports)).toEqual([]);
  });

  it('that cannot be reached is refused', async () => {
    await expect(ingestSource([`${await closedAddress()}/x`], { root, ...quiet })).rejects.toThrow(
      /fetch: could not be reached/,
    );
  });
});

describe('a feed', () => {
  it('of three items ingests each once, from its page or its own text; running it again adds nothing', async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    expect(await ingestSource([`${origin}/feed.xml`, '--dry-run'], { root, log })).toEqual([]);
    expect(lines.filter((line) => line.startsWith('would add:'))).toHaveLength(3);
    expect(readdirSync(reports)).toEqual([]);

    const paths = await ingestSource([`${origin}/feed.xml`], { root, log });
    expect(paths).toHaveLength(3);
    const [strike, surgeries, talks] = paths.map((path) => written(path).data);
    expect(strike).toMatchObject({
      outlet: 'The Solent Courier',
      published: '2025-03-10',
      page: {
        via: 'feed',
        feed: `${origin}/feed.xml`,
        guid: 'solent-courier-48211',
        fetched: `${origin}/news/ferry-crews-strike`,
      },
    });
    // The item carries its full text: no page is fetched, and the feed states its title, date and author.
    expect(surgeries).toMatchObject({
      title: 'Island GP surgeries extend hours while ferries are halted',
      outlet: 'The Solent Courier: news',
      published: '2025-03-11',
      byline: ['Priya Nair'],
      page: { via: 'feed', fetched: null, guid: 'solent-courier-48230' },
    });
    expect(talks.title).toBe('Ferry talks resume as crossings stay halted for a third day');
    // The strike and the talks are one story; the surgeries, with few words in common, may be their own.
    expect(talks.story).toBe(strike.story);

    lines.length = 0;
    expect(await ingestSource([`${origin}/feed.xml`], { root, log })).toEqual([]);
    expect(lines.at(-1)).toBe(`feed ${origin}/feed.xml: 0 added, 3 already known`);
    expect(readdirSync(reports)).toHaveLength(3);
  });

  it('with broken XML is refused with one line, and nothing is written', async () => {
    await expect(ingestSource([`${origin}/broken.xml`], { root, ...quiet })).rejects.toThrow(
      /broken\.xml: feed: is not an RSS, Atom or JSON feed/,
    );
    await expect(ingestSource([page('broken-feed.xml')], { root, ...quiet })).rejects.toThrow(
      /broken-feed\.xml: feed:/,
    );
    expect(readdirSync(reports)).toEqual([]);
  });
});
