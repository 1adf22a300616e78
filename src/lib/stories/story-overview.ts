import type { Report } from '../reports/report.ts';
import type { StoryData } from '../schema/story.ts';

/** A story as the front page lists it: its reports, the days they cover and who published them. */
export interface StoryOverview {
  story: StoryData;
  /** Oldest first. */
  reports: Report[];
  /** The first and latest publication dates. */
  first: string;
  last: string;
  /** Distinct outlets that published a report; reports with no outlet stated are counted apart. */
  newsrooms: number;
  outletNotStated: number;
  /** Reports that carry another report's wire text. */
  wireCopies: number;
}

/** The overview of a story with at least one report (oldest first). */
export function storyOverview(story: StoryData, reports: readonly Report[]): StoryOverview {
  const outlets = new Set(reports.flatMap((report) => (report.data.outlet ? [report.data.outlet.toLowerCase()] : [])));
  return {
    story,
    reports: [...reports],
    first: reports[0].data.published,
    last: reports[reports.length - 1].data.published,
    newsrooms: outlets.size,
    outletNotStated: reports.filter((report) => report.data.outlet === null).length,
    wireCopies: reports.filter((report) => (report.data.copyOf ?? []).length > 0).length,
  };
}

/** Most recently updated first; then the story with more reports, then by id, so the order is stable. */
export function byLatestUpdate(a: StoryOverview, b: StoryOverview): number {
  return b.last.localeCompare(a.last) || b.reports.length - a.reports.length || a.story.id.localeCompare(b.story.id);
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * "5 reports from 4 newsrooms", "1 report, outlet not stated", "3 reports from 2 newsrooms and 1 not stated",
 * "7 reports from 7 newsrooms, 2 of them wire copies".
 */
export function coverageLine(overview: StoryOverview): string {
  const reports = plural(overview.reports.length, 'report', 'reports');
  const copies =
    overview.wireCopies === 0
      ? ''
      : `, ${overview.wireCopies} of them ${overview.wireCopies === 1 ? 'a wire copy' : 'wire copies'}`;
  if (overview.newsrooms === 0) return `${reports}, outlet not stated${copies}`;
  const newsrooms = `${reports} from ${plural(overview.newsrooms, 'newsroom', 'newsrooms')}`;
  return `${overview.outletNotStated === 0 ? newsrooms : `${newsrooms} and ${overview.outletNotStated} not stated`}${copies}`;
}
