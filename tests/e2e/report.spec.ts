import { contentReports, STORY_PAGE } from './content.ts';
import { expect, test } from './fixtures.ts';

const reports = contentReports();

for (const report of reports) {
  test(`report page ${report.slug} shows its text and honest provenance`, async ({ page }) => {
    await page.goto(`/reports/${report.slug}/`);
    const article = page.locator('article.report');
    if (report.title) await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.title);
    await expect(article.locator('.kicker')).toHaveText(report.outlet ?? 'Outlet not stated');
    await expect(article.locator('header time')).toHaveAttribute('datetime', report.published);
    await expect(article.locator('header time')).toHaveText('23 May 2025');
    await expect(article.locator('.byline')).toContainText('min read');

    if (report.url) {
      const original = page.getByRole('link', { name: /^Read at / });
      await expect(original).toHaveAttribute('href', report.url);
      await expect(original).toHaveAttribute('rel', /noopener/);
    } else {
      await expect(page.getByText('Original URL not stated.')).toBeVisible();
    }
    if (report.titleSource !== 'stated') await expect(article.locator('.title-note')).toBeVisible();

    await page.getByText('About this copy').click();
    for (const removal of report.removed) {
      await expect(page.locator('.removed q', { hasText: removal.line })).toHaveCount(1);
    }

    const paragraphs = article.locator('.prose p');
    await expect(paragraphs).toHaveCount(report.paragraphs.length);
    for (const [index, id] of ['p-1', `p-${report.paragraphs.length}`].entries()) {
      await expect(page.locator(`#${id}`)).toHaveCount(1);
      expect(
        index === 0 ? await paragraphs.first().getAttribute('id') : await paragraphs.last().getAttribute('id'),
      ).toBe(id);
    }
  });
}

test('a shared paragraph link scrolls to the passage and highlights it', async ({ page }) => {
  const report = reports[0];
  await page.goto(`/reports/${report.slug}/#p-4`);
  const passage = page.locator('#p-4');
  await expect(passage).toBeInViewport();
  const background = await passage.evaluate((element) => getComputedStyle(element).backgroundColor);
  const other = await page.locator('#p-3').evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe(other);
});

test('no line the cleaner removed appears in a report body', async ({ page }) => {
  for (const report of reports) {
    await page.goto(`/reports/${report.slug}/`);
    const body = await page.locator('.prose').innerText();
    for (const removal of report.removed.filter((r) => r.rule !== 'date-marker'))
      expect(body).not.toContain(removal.line);
  }
});

test("previous and next walk through the story's reports in order", async ({ page }) => {
  await page.goto(STORY_PAGE);
  const first = await page.locator('.day article .title a').first().getAttribute('href');
  await page.goto(first ?? '/');
  const seen = [first];
  while ((await page.locator('a[rel="next"]').count()) > 0) {
    await page.locator('a[rel="next"]').click();
    seen.push(new URL(page.url()).pathname);
  }
  expect(seen).toHaveLength(reports.length);
  expect(new Set(seen).size).toBe(reports.length);
  await expect(page.locator('a[rel="prev"]')).toHaveCount(1);
});

test('other reports of the same story are listed on each report page', async ({ page }) => {
  await page.goto(`/reports/${reports[0].slug}/`);
  await expect(page.getByRole('heading', { name: 'Other reports of this story' })).toBeVisible();
  await expect(page.locator('.siblings article')).toHaveCount(reports.length - 1);
});
