import { describe, expect, it } from 'vitest';
import { feedDate, feedItems } from '../../src/lib/ingest/feed-items.ts';

describe('feed items, whatever the format', () => {
  it('reads an Atom entry: its alternate link, id, published date, authors and HTML content', () => {
    const feed =
      feedItems(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id>
      <updated>2025-03-10T00:00:00Z</updated><entry><title>Entry</title><id>urn:e1</id>
      <link rel="self" href="https://x.org/self"/><link rel="alternate" href="https://x.org/e1"/>
      <published>2025-03-10T23:30:00-05:00</published><author><name>Bob Lee</name></author>
      <content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>`);
    expect(feed).toEqual({
      format: 'atom',
      title: 'Atom News',
      items: [
        {
          link: 'https://x.org/e1',
          guid: 'urn:e1',
          title: 'Entry',
          published: '2025-03-10',
          byline: ['Bob Lee'],
          html: '<p>Body</p>',
        },
      ],
    });
  });

  it('reads a JSON Feed item, and an RSS item with no guid by its link', () => {
    const json = feedItems(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'J',
        items: [
          {
            id: 'j1',
            url: 'https://x.org/j1',
            title: 'JT',
            date_published: '2025-03-10T07:00:00Z',
            authors: [{ name: 'C' }],
          },
        ],
      }),
    );
    expect(json.items[0]).toMatchObject({
      link: 'https://x.org/j1',
      guid: 'j1',
      published: '2025-03-10',
      byline: ['C'],
      html: null,
    });
    const rss = feedItems(
      '<rss version="2.0"><channel><title>R</title><item><title>I</title><link>https://x.org/i</link></item></channel></rss>',
    );
    expect(rss.items[0]).toMatchObject({ link: 'https://x.org/i', guid: 'https://x.org/i' });
  });

  it('throws on text that is no feed', () => {
    expect(() => feedItems('<html><body>no</body></html>')).toThrow();
  });

  it.each([
    ['Mon, 10 Mar 2025 07:45:00 GMT', '2025-03-10'],
    ['Tue, 1 Apr 2025 23:59:00 -0500', '2025-04-01'],
    ['2025-03-10T07:45:00+01:00', '2025-03-10'],
    ['yesterday', null],
  ])('%s is the calendar date %s', (value, date) => {
    expect(feedDate(value)).toBe(date);
  });
});
