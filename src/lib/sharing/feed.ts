import type { Report } from '../reports/report.ts';

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

/** Feed items, newest first. */
export function feedItems(reports: readonly Report[], site: URL): FeedItem[] {
  return [...reports]
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.slug.localeCompare(b.slug))
    .map((report) => {
      const url = new URL(`/reports/${report.slug}/`, site).href;
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
