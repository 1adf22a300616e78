import { expect, test } from './fixtures.ts';

const STORY_PAGE = '/stories/2025-05-prisoner-exchange/';

test('at 1,000 reports the story page stays small and complete through the archive', async ({ page }) => {
  await page.goto(STORY_PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.locator('.events > li').count()).toBeLessThanOrEqual(120);
  await expect(page.locator('.day article')).toHaveCount(30);
  await page.getByRole('link', { name: 'every report' }).click();
  await expect(page.getByText('Reports 1–50 of 1000, newest first.')).toBeVisible();
  await page.getByRole('link', { name: 'Older reports →' }).click();
  await expect(page).toHaveURL('/archive/2/');
});

test('at 1,000 reports search answers and a result opens its paragraph', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox').fill('Umerov');
  await expect(page.getByRole('status')).toHaveText(/reports match, showing the first 10\./);
  const passage = page.locator('a.result-passage').first();
  const href = (await passage.getAttribute('href')) ?? '';
  await passage.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator(`#${href.split('#')[1]}`)).toContainText('Umerov');
});

test('at 1,000 reports a shared deep link lands on its paragraph', async ({ page }) => {
  await page.goto('/archive/');
  const first = (await page.locator('.reports article .title a').first().getAttribute('href')) ?? '';
  await page.goto(`${first}#p-3`);
  await expect(page.locator('#p-3')).toBeInViewport();
});
