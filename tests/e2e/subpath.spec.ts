// The site built with SITE_URL=https://newsfold.example/newsfold/ and served under /newsfold/ only:
// every link, asset and search fetch must stay under the path (a request outside it is a 404, which
// the fixture turns into a failure).
import { STORY_TITLE } from './content.ts';
import { expect, test } from './fixtures.ts';

const BASE = '/newsfold/';
const STORY = `${BASE}stories/2025-05-prisoner-exchange/`;

test('the front page and the story page work under the path, with absolute URLs that include it', async ({ page }) => {
  await page.goto(BASE);
  await page.getByRole('link', { name: STORY_TITLE }).first().click();
  await expect(page).toHaveURL(STORY);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`https://newsfold.example${STORY}`);
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(
    /^https:\/\/newsfold\.example\/newsfold\/og\/site\.png$/,
  );
  const entries = page.locator('.events > li');
  expect(await entries.count()).toBeGreaterThan(10);
  for (const link of await page.locator('main a[href^="/"]').all()) {
    expect(await link.getAttribute('href')).toMatch(/^\/newsfold\//);
  }
});

test('search fetches its index under the path and a result opens its paragraph', async ({ page }) => {
  await page.goto(STORY);
  await page.getByRole('searchbox').fill('Lavrov');
  await expect(page.getByRole('status')).toHaveText(/^2 reports in this story match/);
  const passage = page.locator('a.result-passage').first();
  const href = (await passage.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/newsfold\/reports\/[a-z0-9-]+\/#p-\d+$/);
  await passage.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator(`#${href.split('#')[1]}`)).toContainText('Lavrov');
});

test('a person page, a feed and the 404 page keep to the path', async ({ page, request }) => {
  await page.goto(STORY);
  await page.locator('.day article a').first().click();
  await page.locator('.prose a[href*="/people/"]').first().click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/newsfold\/people\/[a-z0-9-]+\/$/);
  await expect(page.locator('.mentions li').first()).toBeVisible();
  const rss = await (await request.get(`${BASE}rss.xml`)).text();
  for (const [, link] of rss.matchAll(/<link>([^<]+)<\/link>/g))
    expect(link).toMatch(/^https:\/\/newsfold\.example\/newsfold\//);
  const response = await page.goto(`${BASE}no/such/page/`);
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'Go to the front page of stories' }).click();
  await expect(page).toHaveURL(BASE);
});
