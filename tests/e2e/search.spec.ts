import { STORY_PAGE, STORY_TITLE } from './content.ts';
import { expect, test } from './fixtures.ts';

const results = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Search results' });

test('typing a name finds the reports that mention it, with marked snippets', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox');
  await box.pressSequentially('Lavrov', { delay: 30 });
  await expect(page.getByRole('status')).toHaveText(/^2 reports match/);
  const groups = results(page).locator(':scope > li');
  await expect(groups).toHaveCount(2);
  await expect(results(page).locator('mark').first()).toHaveText('Lavrov');
  await expect(page).toHaveURL(/\?q=Lavrov$/);
});

test('a failed index fetch says so in the results area, and the next keystroke tries again', async ({ page }) => {
  let offline = true;
  await page.route('**/search/*.json', (route) => (offline ? route.abort() : route.continue()));
  await page.goto('/');
  const box = page.getByRole('searchbox');
  await box.pressSequentially('Lavro', { delay: 30 });
  await expect(page.getByRole('status')).toHaveText(/could not reach its index/);
  await expect(results(page)).toBeHidden();
  offline = false;
  await box.press('v');
  await expect(page.getByRole('status')).toHaveText(/^2 reports match/);
});

test('a typo still finds the person, ranked first', async ({ page }) => {
  await page.goto('/?q=Umerow');
  await expect(page.getByRole('status')).toHaveText(/^1 report matches/);
  await expect(results(page).locator('mark').first()).toHaveText('Umerov');
});

test('spelling variants find each other and are all marked', async ({ page }) => {
  await page.goto('/?q=Zelenskiy');
  await expect(page.getByRole('status')).toHaveText(/^3 reports match/);
  const marks = await results(page).locator('mark').allTextContents();
  expect(new Set(marks)).toEqual(new Set(['Zelenskyy', 'Zelensky']));
});

test('a shared ?q= link shows results at once, and a result opens its highlighted paragraph', async ({ page }) => {
  await page.goto('/?q=Vatican%20Meloni');
  await expect(page.getByRole('searchbox')).toHaveValue('Vatican Meloni');
  const passage = results(page).locator('a.result-passage').first();
  const href = await passage.getAttribute('href');
  expect(href).toMatch(/^\/reports\/[a-z0-9-]+\/#p-\d+$/);
  await passage.click();
  await expect(page).toHaveURL(href ?? '');
  const target = page.locator(`#${href?.split('#')[1]}`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText('Meloni');
  expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test('keyboard: / focuses, arrows move through results, Enter opens, Escape clears', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox');
  await expect(box).toBeFocused();
  await page.keyboard.type('Peskov');
  await expect(page.getByRole('status')).toHaveText(/^1 report matches/);
  await page.keyboard.press('ArrowDown');
  await expect(results(page).locator('a').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).locator('a').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(results(page)).toBeHidden();
  await expect(page).toHaveURL('/');
  await box.fill('Peskov');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/reports\/.+\/$/);
});

test('hostile queries are shown as text, never as markup', async ({ page }) => {
  for (const query of [
    '<img src=x onerror=alert(1)>',
    '.*+?^${}()|[]\\',
    'مرحبا',
    '🙂'.repeat(50),
    'Lavrov '.repeat(1500),
  ]) {
    await page.goto('/');
    await page.getByRole('searchbox').fill(query);
    await expect(page.getByRole('status')).not.toBeEmpty();
    await expect(page.locator('news-search img')).toHaveCount(0);
  }
  await expect(page.getByRole('status')).toHaveText(/^2 reports match/);
});

test('without JavaScript the timeline works and the box says search needs it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(STORY_PAGE);
  await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeDisabled();
  await expect(page.locator('.day article')).toHaveCount(5);
  await context.close();
});

test('report pages ship no search JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(STORY_PAGE);
  await page.locator('.day article a').first().click();
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  await page.reload();
  await page.waitForLoadState('networkidle');
  expect(scripts.slice(before)).toEqual([]);
});

test('the search data is fetched only when the reader reaches for the box', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/search/')) fetched.push(request.url());
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await page.getByRole('searchbox').fill('Fidan');
  await expect(page.getByRole('status')).toHaveText(/^1 report matches/);
  expect(fetched.length).toBeGreaterThan(0);
});

test('a story page searches its own reports, and offers the search of every story', async ({ page }) => {
  await page.goto(`${STORY_PAGE}?q=Lavrov`);
  await expect(page.getByRole('status')).toHaveText('2 reports in this story match. Search every story');
  await expect(results(page).locator('.result-story')).toHaveCount(0);
  await page.getByRole('link', { name: 'Search every story' }).click();
  await expect(page).toHaveURL('/?q=Lavrov');
  await expect(page.getByRole('status')).toHaveText(/^2 reports match/);
  const label = results(page).locator('.result-story').first();
  await expect(label).toHaveText(`In the story ${STORY_TITLE}`);
  await label.getByRole('link').click();
  await expect(page).toHaveURL(STORY_PAGE);
});
