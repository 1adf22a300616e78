import { contentReports, STORY_PAGE, STORY_TITLE } from './content.ts';
import { HEADLINE_NOTES } from '../../src/lib/provenance.ts';
import { expect, test } from './fixtures.ts';

const reports = contentReports();

test('the story page shows the story and every report, grouped by day', async ({ page }) => {
  await page.goto(STORY_PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORY_TITLE);
  await expect(page.getByRole('heading', { name: 'Friday, 23 May 2025' })).toBeVisible();
  const cards = page.locator('.day article');
  await expect(cards).toHaveCount(reports.length);
  for (const report of reports) {
    await expect(page.locator(`a[href="/reports/${report.slug}/"]`).first()).toBeVisible();
  }
  await expect(page.locator('.day time').first()).toHaveAttribute('datetime', '2025-05-23');
});

test("a reader follows every report from the story page and comes back through the report's story link", async ({
  page,
}) => {
  for (const report of reports) {
    await page.goto(STORY_PAGE);
    await page.locator(`.day a[href="/reports/${report.slug}/"]`).click();
    await expect(page).toHaveURL(`/reports/${report.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.story-link')).toContainText(
      `Part of the story ${STORY_TITLE}: its timeline and all 5 reports.`,
    );
    await page.locator('.story-link').getByRole('link', { name: STORY_TITLE }).click();
    await expect(page).toHaveURL(STORY_PAGE);
  }
});

test('the story page says which headlines are stand-ins', async ({ page }) => {
  await page.goto(STORY_PAGE);
  const untitled = reports.filter((report) => report.titleSource === 'none');
  await expect(page.getByText(HEADLINE_NOTES.none)).toHaveCount(untitled.length);
});
