import { contentReports } from './content.ts';
import { HEADLINE_NOTES } from '../../src/lib/provenance.ts';
import { expect, test } from './fixtures.ts';

const reports = contentReports();

test('the timeline shows the story and every report, grouped by day', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The 1,000-for-1,000 prisoner exchange');
  await expect(page.getByRole('heading', { name: 'Friday, 23 May 2025' })).toBeVisible();
  const cards = page.locator('.day article');
  await expect(cards).toHaveCount(reports.length);
  for (const report of reports) {
    await expect(page.locator(`a[href="/reports/${report.slug}/"]`).first()).toBeVisible();
  }
  await expect(page.locator('.day time').first()).toHaveAttribute('datetime', '2025-05-23');
});

test('a reader follows every report from the timeline and comes back', async ({ page }) => {
  for (const report of reports) {
    await page.goto('/');
    await page.locator(`.day a[href="/reports/${report.slug}/"]`).click();
    await expect(page).toHaveURL(`/reports/${report.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Timeline' }).click();
    await expect(page).toHaveURL('/');
  }
});

test('the timeline says which headlines are stand-ins', async ({ page }) => {
  await page.goto('/');
  const untitled = reports.filter((report) => report.titleSource === 'none');
  await expect(page.getByText(HEADLINE_NOTES.none)).toHaveCount(untitled.length);
});
