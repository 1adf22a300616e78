import { expect, test } from './fixtures.ts';

const hostile = '/reports/2025-05-23-hostile-outlet-script-injection/';

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a report's script ran: ${dialog.message()}`);
  });
});

test('a report carrying scripts, handlers and javascript: links shows them as text and runs nothing', async ({
  page,
}) => {
  await page.goto(hostile);
  await page.waitForLoadState('networkidle');
  // Only Newsfold's own JSON-LD: no script element came from the report.
  const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('type')));
  expect(scripts.every((type) => type === 'application/ld+json' || type === 'module')).toBe(true);
  await expect(page.locator('iframe, svg[onload], img[onerror], [onclick]')).toHaveCount(0);
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
  await expect(page.locator('#p-1')).toHaveText(/^<script>alert\('body'\)<\/script>/);
  await expect(page.locator('#p-2')).toContainText("<img src=x onerror=alert('img')>");
  await expect(page.getByRole('heading', { level: 1 })).toContainText("</script><script>alert('title')</script>");
  await expect(page.locator('.kicker')).toHaveText("<img src=x onerror=alert('outlet')>");
  await expect(page.getByRole('link', { name: 'a real one' })).toHaveAttribute('rel', /noopener/);
});

test('structured data survives a headline containing </script>', async ({ page }) => {
  await page.goto(hostile);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = blocks.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'NewsArticle');
  expect(article.headline).toBe(`</script><script>alert('title')</script> Lavrov "quoted" & <b>bold</b>`);
  expect(article.author).toEqual([{ '@type': 'Person', name: "<script>alert('byline')</script>" }]);
});

test('search results from a hostile report are text, and the story page stays whole', async ({ page }) => {
  await page.goto('/stories/2025-05-prisoner-exchange/?q=onerror');
  await expect(page.getByRole('status')).toHaveText(/^1 report in this story matches/);
  await expect(page.locator('news-search img, news-search iframe')).toHaveCount(0);
  await expect(page.locator('news-search mark').first()).toHaveText('onerror');
  await expect(page.locator('.day article')).toHaveCount(2);
});

test('a Content-Security-Policy forbids inline scripts that Astro did not hash', async ({ page, pageErrors }) => {
  await page.goto(hostile);
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
  expect(policy).not.toContain('unsafe-inline');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  // The browser reports the refusal; that error is the point of this test.
  expect(pageErrors.length).toBeGreaterThan(0);
  expect(pageErrors.every((error) => error.includes('Content Security Policy'))).toBe(true);
  pageErrors.length = 0;
});
