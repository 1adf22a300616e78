import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allReports } from '../data/reports.ts';
import { feedItems } from '../lib/sharing/feed.ts';
import { siteOrigin } from '../lib/sharing/site-origin.ts';

export const GET: APIRoute = async ({ site }) => {
  const origin = siteOrigin(site);
  const items = feedItems(await allReports(), origin);
  return rss({
    title: 'Newsfold',
    description: 'Reports of the story, folded into one place, each with its provenance.',
    site: origin,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: new Date(`${item.published}T00:00:00Z`),
      description: item.summary,
      // <source> names the outlet the copy comes from (RSS 2.0); escaped, since outlet names are content.
      customData: item.source
        ? `<source url="${escapeXml(item.source.url)}">${escapeXml(item.source.name)}</source>`
        : '',
    })),
  });
};

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
