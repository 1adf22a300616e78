import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/lib/ingest/html-text.ts';
import { pageMetadata } from '../../src/lib/ingest/page-metadata.ts';

const page = (head: string) => `<!doctype html><html lang="de"><head>${head}</head><body><p>Text.</p></body></html>`;

describe('what a page states about itself', () => {
  it('reads a NewsArticle inside a JSON-LD @graph first', () => {
    const meta = pageMetadata(
      page(`<meta property="og:title" content="OG title"><script type="application/ld+json">
        {"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2025-05-23T23:30:00-04:00",
        "author":[{"@type":"Person","name":"Jane Roe"},"https://x.org/authors/john"],"publisher":{"name":"Wire Daily"}}]}</script>`),
    );
    expect(meta).toMatchObject({
      title: { value: 'LD headline', from: 'json-ld' },
      outlet: { value: 'Wire Daily', from: 'json-ld' },
      // The calendar date the page wrote, not converted to another zone.
      published: { value: '2025-05-23', from: 'json-ld' },
      byline: { value: ['Jane Roe'], from: 'json-ld' },
      language: { value: 'de' },
    });
  });

  it('falls back to Open Graph and <meta>, and ignores broken JSON-LD', () => {
    const meta = pageMetadata(
      page(`<script type="application/ld+json">{ not json</script><meta property="og:title" content="OG title">
        <meta property="og:site_name" content="Site"><meta name="author" content="A. Writer">
        <meta property="article:published_time" content="2024-02-29T10:00:00Z">`),
    );
    expect(meta).toMatchObject({
      title: { value: 'OG title', from: 'open-graph' },
      outlet: { value: 'Site', from: 'open-graph' },
      published: { value: '2024-02-29', from: 'open-graph' },
      byline: { value: ['A. Writer'], from: 'meta' },
    });
  });

  it('resolves a relative canonical link against the page’s address, and drops it without one', () => {
    const html = page('<link rel="canonical" href="/news/story-1">');
    expect(pageMetadata(html, 'https://www.example.org/share/1').url).toEqual({
      value: 'https://www.example.org/news/story-1',
      from: 'link',
    });
    expect(pageMetadata(html).url).toBeUndefined();
    expect(
      pageMetadata(page('<link rel="canonical" href="javascript:alert(1)">'), 'https://x.org/').url,
    ).toBeUndefined();
  });

  it('states nothing it does not state', () => {
    expect(pageMetadata('<html><body><p>Only text.</p></body></html>')).toEqual({});
  });
});

describe('a page’s charset', () => {
  it('comes from the HTTP header first, then the page’s <meta>, else UTF-8', () => {
    const latin1 = Uint8Array.from([0x3c, 0x70, 0x3e, 0xe9, 0x74, 0xe9]); // "<p>été" in ISO-8859-1
    expect(decodeHtml(latin1, 'iso-8859-1')).toBe('<p>été');
    const declared = new TextEncoder().encode('<meta charset="windows-1251">');
    expect(decodeHtml(Uint8Array.from([...declared, 0xcf, 0xf0]))).toMatch(/Пр$/);
    expect(decodeHtml(new TextEncoder().encode('<p>Zürich'))).toBe('<p>Zürich');
    expect(decodeHtml(new TextEncoder().encode('<p>x'), 'no-such-charset')).toBe('<p>x');
  });
});
