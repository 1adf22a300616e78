import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { coversPolicy } from '../../src/lib/sharing/host-headers.ts';
import { contentReports } from './content.ts';
import { expect, test } from './fixtures.ts';

const report = contentReports().find((r) => r.title === 'Major Ukraine-Russia prisoner swap under way: source');
const reportPath = `/reports/${report?.slug}/`;
const meta = (page: import('@playwright/test').Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

test('a report page carries link previews, canonical URL and article metadata', async ({ page }) => {
  await page.goto(reportPath);
  await expect(page).toHaveTitle(/^Major Ukraine-Russia prisoner swap under way: source — RFE\/RL \| Newsfold$/);
  expect(await meta(page, 'og:type')).toBe('article');
  expect(await meta(page, 'og:url')).toBe(`https://newsfold.example${reportPath}`);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
    `https://newsfold.example${reportPath}`,
  );
  expect(await meta(page, 'og:image')).toBe(`https://newsfold.example/og/reports/${report?.slug}.png`);
  expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
  expect(await meta(page, 'article:published_time')).toBe('2025-05-23T00:00:00Z');
  expect(await meta(page, 'article:section')).toBe('The 1,000-for-1,000 prisoner exchange');
  const tags = await page
    .locator('meta[property="article:tag"]')
    .evaluateAll((m) => m.map((e) => e.getAttribute('content')));
  expect(tags).toContain('Sergei Lavrov');
  expect((await meta(page, 'description'))?.startsWith('A large-scale prisoner swap')).toBe(true);
});

test('every page type has a title, a description and an absolute preview image', async ({ page }) => {
  for (const path of ['/', '/stories/2025-05-prisoner-exchange/', '/people/', '/people/sergei-lavrov/', reportPath]) {
    await page.goto(path);
    expect((await page.title()).length).toBeGreaterThan(5);
    expect((await meta(page, 'description'))?.length).toBeGreaterThan(20);
    expect(await meta(page, 'og:image')).toMatch(/^https:\/\/newsfold\.example\/og\/.+\.png$/);
  }
});

test('preview images are 1200×630 PNGs', async ({ request }) => {
  for (const path of [`/og/reports/${report?.slug}.png`, '/og/people/sergei-lavrov.png', '/og/site.png']) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const png = await response.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test('structured data: a valid NewsArticle and a BreadcrumbList', async ({ page }) => {
  await page.goto(reportPath);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.map((text) => JSON.parse(text));
  const article = data.find((d) => d['@type'] === 'NewsArticle');
  expect(article).toMatchObject({
    '@context': 'https://schema.org',
    headline: 'Major Ukraine-Russia prisoner swap under way: source',
    datePublished: '2025-05-23T00:00:00Z',
    sourceOrganization: { '@type': 'NewsMediaOrganization', name: 'RFE/RL' },
    isBasedOn: [report?.url],
    image: [`https://newsfold.example/og/reports/${report?.slug}.png`],
    publisher: { '@type': 'Organization', name: 'Newsfold' },
  });
  expect(article.author).toBeUndefined();
  const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList');
  expect(crumbs.itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
});

test('RSS names the outlet of every item, and the JSON Feed matches it', async ({ request }) => {
  const rss = await (await request.get('/rss.xml')).text();
  const items = rss.match(/<item>/g) ?? [];
  expect(items).toHaveLength(contentReports().length);
  expect(rss).toContain(
    '<source url="https://www.rferl.org/a/war-prisoners-exchange-ukraine-russia-putin-zelenskyy/33422206.html">RFE/RL</source>',
  );
  const feed = await (await request.get('/feed.json')).json();
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.items).toHaveLength(items.length);
});

test('sitemap and robots.txt list the pages', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: https://newsfold.example/sitemap-index.xml');
  const index = await (await request.get('/sitemap-index.xml')).text();
  expect(index).toContain('sitemap-0.xml');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain(`https://newsfold.example${reportPath}`);
  expect(sitemap).toContain('https://newsfold.example/people/sergei-lavrov/');
});

test('an unknown address gets a helpful 404 with search and the latest reports', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await page.getByLabel('Search the reports').fill('Lavrov');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL('/?q=Lavrov');
  await expect(page.getByRole('status')).toHaveText(/^2 reports match/);
});

for (const [name, path] of [
  ['front', '/'],
  ['story', '/stories/2025-05-prisoner-exchange/'],
  ['scoped search', '/stories/2025-05-prisoner-exchange/?q=Lavrov'],
  ['report', reportPath],
  ['person', '/people/volodymyr-zelenskyy/'],
  ['people index', '/people/'],
  ['404', '/no/such/page/'],
  ['search results', '/?q=Lavrov'],
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on the ${name} page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (path.includes('?q=')) await expect(page.getByRole('status')).not.toBeEmpty();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
}

test('no horizontal scroll from 320 px to wide screens', async ({ page }) => {
  for (const width of [320, 375, 768, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', '/stories/2025-05-prisoner-exchange/', reportPath, '/people/volodymyr-zelenskyy/']) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  }
});

test('the skip link and keyboard reach the content', async ({ page }) => {
  await page.goto(reportPath);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('a printed report keeps the article and drops the site chrome', async ({ page }) => {
  await page.goto(reportPath);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.locator('#p-1')).toBeVisible();
  const after = await page
    .getByRole('link', { name: /^Read at/ })
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('rferl.org');
});

// The files a host reads rather than serves, from the build this suite runs against.
test('the host headers file carries one policy that allows what every page allows', async ({ page }) => {
  const headers = readFileSync('dist/_headers', 'utf8');
  const policy = /^ {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1] ?? '';
  expect(policy).toMatch(/^script-src 'self'/);
  for (const path of [
    '/',
    '/stories/2025-05-prisoner-exchange/',
    reportPath,
    '/people/sergei-lavrov/',
    '/no/such/page/',
  ]) {
    await page.goto(path);
    const own = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    expect(own.length).toBeGreaterThan(20);
    expect(coversPolicy(policy, own)).toBe(true);
  }
  expect(readFileSync('dist/nginx-headers.conf', 'utf8')).toContain(
    `add_header Content-Security-Policy "${policy}" always;`,
  );
});
