// The seed site plus three stories it had not seen, ingested without --story (tests/support/make-stories.ts):
// the front page of stories, story pages, scoped and global search, and the seed story left as it was.
import { STORY_PAGE, STORY_TITLE } from './content.ts';
import { expect, test } from './fixtures.ts';

const SEED_SITE = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4322)}`;
const TALKS = '/stories/2025-07-kyiv-and-moscow-to-return-to-istanbul/';
const TALKS_TITLE = 'Kyiv and Moscow to return to Istanbul, this time to talk about ships and ports';

test('the front page lists every story, most recently updated first, each with what it covers', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('4 stories, latest first');
  const cards = page.locator('.story-card');
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText([
    TALKS_TITLE,
    'Chemical warehouse fire near Savannah port forces hundreds from homes',
    STORY_TITLE,
    'Lyon shuts Saône footbridge after steel cable snaps',
  ]);
  const talks = cards.first();
  await expect(talks.locator('.coverage')).toHaveText(
    '7 reports from 7 newsrooms, 1 of them a wire copy · 7–18 July 2025',
  );
  await expect(talks.locator('.people')).toContainText('Rustem Umerov');
  await expect(talks.locator('.drawn')).toContainText('Title and summary taken from the story’s first report');
  await expect(talks.locator('.latest li')).toHaveCount(3);
  await expect(cards.nth(2).locator('.coverage')).toHaveText(
    '5 reports from 4 newsrooms and 1 not stated · 23 May 2025',
  );
  await talks.getByRole('link', { name: TALKS_TITLE }).click();
  await expect(page).toHaveURL(TALKS);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TALKS_TITLE);
  await expect(page.locator('.day article')).toHaveCount(7);
});

test('the seed story’s page is what it was before the other stories came in', async ({ page }) => {
  const sections = async (origin: string) => {
    await page.goto(origin + STORY_PAGE);
    return {
      timeline: await page.locator('.events').innerHTML(),
      reports: await page.locator('.days').innerHTML(),
      quotes: await page.locator('.quotes').first().innerHTML(),
    };
  };
  const alone = await sections(SEED_SITE);
  const among = await sections('');
  expect(among).toEqual(alone);
});

test('a story page searches its own reports; the front page searches all and labels each story', async ({ page }) => {
  await page.goto(`${TALKS}?q=Umerov`);
  await expect(page.getByRole('status')).toHaveText(/^\d+ reports in this story match/);
  await expect(page.locator('#search-results h3 a').first()).toBeVisible();
  const scoped = await page.locator('#search-results h3 a').evaluateAll((links) => links.map((a) => a.textContent));
  await expect(page.locator('#search-results .result-story')).toHaveCount(0);
  await page.getByRole('link', { name: 'Search every story' }).click();
  await expect(page).toHaveURL('/?q=Umerov');
  await expect(page.getByRole('status')).toHaveText(/^\d+ reports match/);
  const labels = await page.locator('#search-results .result-story a').allTextContents();
  expect(new Set(labels)).toEqual(new Set([TALKS_TITLE, STORY_TITLE]));
  expect(labels.filter((label) => label === TALKS_TITLE)).toHaveLength(scoped.length);
});

test('a report links to its story, and walks through that story’s reports only', async ({ page }) => {
  await page.goto(TALKS);
  await page.locator('.day article a').first().click();
  await expect(page.locator('.story-link')).toContainText(
    `Part of the story ${TALKS_TITLE}: its timeline and all 7 reports.`,
  );
  let steps = 0;
  while ((await page.locator('a[rel="next"]').count()) > 0) {
    await page.locator('a[rel="next"]').click();
    await expect(page.locator('.story-link a')).toHaveText(TALKS_TITLE);
    steps += 1;
  }
  expect(steps).toBe(6);
  await page.locator('.story-link a').click();
  await expect(page).toHaveURL(TALKS);
});

test('a wire copy and its original each name the other', async ({ page }) => {
  await page.goto(TALKS);
  await page.locator('.day article a', { hasText: 'Turkey to host' }).first().click();
  const note = page.locator('.wire-copy');
  await expect(note).toContainText('Carries the same wire text as Baltic Observer:');
  await note.getByRole('link').click();
  await expect(page.locator('.wire-copy')).toContainText('Carries the same wire text as Bosphorus Daily:');
});

test('each story has its own feeds; the site’s feeds carry every report', async ({ page, request }) => {
  await page.goto(TALKS);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute(
    'href',
    `${TALKS}rss.xml`,
  );
  const rss = await (await request.get(`${TALKS}rss.xml`)).text();
  expect(rss.match(/<item>/g)).toHaveLength(7);
  expect(rss).toContain(`<title>${TALKS_TITLE} | Newsfold</title>`);
  const feed = await (await request.get(`${TALKS}feed.json`)).json();
  expect(feed.items).toHaveLength(7);
  const site = await (await request.get('/feed.json')).json();
  expect(site.items).toHaveLength(21);
});

test('a person’s page groups their passages and quotes by story', async ({ page }) => {
  await page.goto('/people/rustem-umerov/');
  await expect(page.locator('.story > h2')).toHaveText([`In ${TALKS_TITLE}`, `In ${STORY_TITLE}`]);
  await page.locator('.story > h2').first().getByRole('link').click();
  await expect(page).toHaveURL(TALKS);
});
