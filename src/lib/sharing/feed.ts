import type { Report } from '../reports/report.ts';
import type { FeedFormat, SitePaths } from '../site-paths.ts';

/** One report as the feeds carry it. */
export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  published: string;
  /** The outlet and the original (or the story it is based on); null when neither is known. */
  source: { name: string; url: string } | null;
}

/** A feed: the whole site's, or one story's. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  home: string;
  /** Absolute URL of the feed in each format. */
  feeds: Record<FeedFormat, string>;
}

/** Feed items, newest first. */
export function feedItems(reports: readonly Report[], site: URL, paths: SitePaths): FeedItem[] {
  return [...reports]
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.slug.localeCompare(b.slug))
    .map((report) => {
      const url = new URL(paths.report(report.slug), site).href;
      const original = report.data.url ?? report.data.basedOn;
      return {
        id: url,
        url,
        title: `${report.displayTitle} (${report.outletLabel})`,
        summary: report.lede,
        published: report.data.published,
        source: original ? { name: report.outletLabel, url: original } : null,
      };
    });
}

/** A JSON Feed 1.1 document with the same items as the RSS feed. */
export function jsonFeed(channel: FeedChannel, items: readonly FeedItem[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: channel.home,
    feed_url: channel.feeds['feed.json'],
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      date_published: `${item.published}T00:00:00Z`,
      ...(item.source ? { external_url: item.source.url, authors: [{ name: item.source.name }] } : {}),
    })),
  };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Items as @astrojs/rss takes them; `<source>` names the outlet a copy comes from (RSS 2.0). */
export function rssItems(items: readonly FeedItem[]) {
  return items.map((item) => ({
    title: item.title,
    link: item.url,
    pubDate: new Date(`${item.published}T00:00:00Z`),
    description: item.summary,
    // Escaped, since outlet names are content.
    customData: item.source
      ? `<source url="${escapeXml(item.source.url)}">${escapeXml(item.source.name)}</source>`
      : '',
  }));
}
