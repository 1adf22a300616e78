import type { APIRoute } from 'astro';
import { allReports } from '../data/reports.ts';
import { feedItems } from '../lib/sharing/feed.ts';
import { siteOrigin } from '../lib/sharing/site-origin.ts';

/** JSON Feed 1.1: the same items as /rss.xml. */
export const GET: APIRoute = async ({ site }) => {
  const origin = siteOrigin(site);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Newsfold',
    home_page_url: new URL('/', origin).href,
    feed_url: new URL('/feed.json', origin).href,
    items: feedItems(await allReports(), origin).map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      date_published: `${item.published}T00:00:00Z`,
      ...(item.source ? { external_url: item.source.url, authors: [{ name: item.source.name }] } : {}),
    })),
  };
  return new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/feed+json' } });
};
