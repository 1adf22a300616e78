import { STORY_PAGE } from './content.ts';
import { expect, test } from './fixtures.ts';

test('the timeline runs from the 2022 invasion to the reports, each entry dated and cited', async ({ page }) => {
  await page.goto(STORY_PAGE);
  const entries = page.locator('.events > li');
  expect(await entries.count()).toBeGreaterThan(10);
  const datetimes = await entries.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
  expect(datetimes[0]).toMatch(/^2022/);
  expect(datetimes).toContain('2022-02');
  // "a week ago" and "last week" join the day they mean: the Istanbul talks of 16 May.
  const talks = entries.filter({ has: page.locator('time[datetime="2025-05-16"]') });
  await expect(talks).toHaveCount(1);
  await expect(talks.locator('.wordings li', { hasText: 'a week ago' }).first()).toBeAttached();
  // Its summary is a clause about the meeting, not a sentence about what was said of it on 22 May.
  await expect(talks.locator('.summary')).toContainText('Istanbul');
  await expect(talks.locator('.summary')).not.toContainText('May 22');
  await expect(entries.last()).toContainText('5 reports of the story published');
  for (const link of await entries.locator('.citations a').all()) {
    expect(await link.getAttribute('href')).toMatch(/^\/reports\/[a-z0-9-]+\/#p-\d+$/);
  }
});

test('the timeline lists each event once, each in a sentence that says what happened', async ({ page }) => {
  await page.goto(STORY_PAGE);
  const summaries = await page.locator('.events > li.event:not(.publication) .summary').allTextContents();
  // Five reports tell about a dozen events; the extractor once showed 18 entries for them.
  expect(summaries.length).toBeGreaterThanOrEqual(8);
  expect(summaries.length).toBeLessThanOrEqual(14);
  expect(new Set(summaries).size).toBe(summaries.length);
  for (const summary of summaries) expect(summary).not.toMatch(/^“…[^”]{0,60}\bsaid (?:on )?\w+day\.”$/);
  const swap = page.locator('.events > li', { hasText: 'set to take part in a major prisoner swap' });
  await expect(swap.locator('.people a')).toHaveCount(1);
});

test('a citation opens the paragraph that says it', async ({ page }) => {
  await page.goto(STORY_PAGE);
  const entry = page.locator('.events > li', { has: page.locator('time', { hasText: '16 May 2025' }) });
  const citation = entry.locator('.citations a').first();
  const href = (await citation.getAttribute('href')) ?? '';
  await citation.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator(`#${href.split('#')[1]}`)).toContainText(/May 16|a week ago|last week/);
});

test('person chips narrow the timeline without a page load', async ({ page }) => {
  await page.goto(STORY_PAGE);
  const all = await page.locator('.events > li:visible').count();
  await page.getByRole('button', { name: /^Sergei Lavrov/ }).click();
  await expect(page.getByRole('button', { name: /^Sergei Lavrov/ })).toHaveAttribute('aria-pressed', 'true');
  const visible = page.locator('.events > li:visible');
  expect(await visible.count()).toBeLessThan(all);
  for (const item of await visible.all()) await expect(item.getByRole('link', { name: 'Sergei Lavrov' })).toBeVisible();
  await page.getByRole('button', { name: 'Everyone' }).click();
  await expect(page.locator('.events > li:visible')).toHaveCount(all);
  expect(new URL(page.url()).pathname).toBe(STORY_PAGE);
});

test('the claims panel shows where the reports differ, with each excerpt linked', async ({ page }) => {
  await page.goto(STORY_PAGE);
  const panel = page.locator('#claim-talks-length');
  await expect(panel.getByRole('heading')).toHaveText('How long did the Istanbul talks of 16 May last?');
  await expect(panel).toContainText('90 minutes');
  await expect(panel).toContainText('Two hours');
  const excerpt = panel.locator('li', { hasText: 'a 90-minute meeting in Istanbul on May 16' });
  await excerpt.getByRole('link').click();
  await expect(page.locator(':target')).toContainText('a 90-minute meeting in Istanbul on May 16');
});

test('a quote shared by every report says so', async ({ page }) => {
  await page.goto(STORY_PAGE);
  await expect(page.locator('.quotes li', { hasText: 'This could lead to something big???' })).toContainText(
    'quoted in 5 of 5 reports',
  );
});

test('people: index with counts, a page per person merging spellings, linked from report bodies', async ({ page }) => {
  await page.goto('/people/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
  await expect(page.getByRole('listitem').filter({ hasText: 'Rustem Umerov' })).toContainText('1 passage');
  await page.getByRole('link', { name: 'Volodymyr Zelenskyy' }).click();
  await expect(page).toHaveURL('/people/volodymyr-zelenskyy/');
  await expect(page.getByText(/^Also written: Zelensky, Zelenskiy/)).toBeVisible();
  const passages = page.locator('.mentions > li');
  const texts = await passages.locator('.text').allTextContents();
  expect(texts.some((t) => t.includes('Zelensky '))).toBe(true);
  expect(texts.some((t) => t.includes('Zelenskyy'))).toBe(true);
  await expect(page.locator('.quotes')).toContainText('trying to buy time');

  await page.goto(STORY_PAGE);
  await page.getByRole('link', { name: 'Major Ukraine-Russia prisoner swap under way: source' }).first().click();
  await page.locator('.prose').getByRole('link', { name: 'Rustem Umerov' }).click();
  await expect(page).toHaveURL('/people/rustem-umerov/');
  await expect(page.getByText('Defence Minister of Ukraine')).toBeVisible();
});
