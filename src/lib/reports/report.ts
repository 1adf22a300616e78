import type { ReportData } from '../schema/report.ts';
import type { DocBlock, ReportDoc } from '../markdown/parse-report.ts';
import { openingSentence } from '../text/sentences.ts';

/** Words a reader gets through in a minute, for the reading-time estimate. */
const WORDS_PER_MINUTE = 230;
const MAX_STANDIN_TITLE = 110;

/** A report as pages, search and the story read it: provenance plus parsed body. */
export interface Report {
  slug: string;
  data: ReportData;
  doc: ReportDoc;
  /** The headline, or the opening sentence when no headline is known. */
  displayTitle: string;
  /** The first sentence of the first paragraph. */
  lede: string;
  readingMinutes: number;
  /** The outlet's name, or "Outlet not stated". */
  outletLabel: string;
}

/** The paragraphs of a report body, in order. */
export function paragraphsOf(doc: ReportDoc): DocBlock[] {
  return doc.blocks.filter((block) => block.kind === 'paragraph');
}

/** Assembles the view of one report from its frontmatter and parsed body. */
export function toReport(slug: string, data: ReportData, doc: ReportDoc): Report {
  const firstParagraph = paragraphsOf(doc)[0]?.text ?? '';
  return {
    slug,
    data,
    doc,
    displayTitle: data.title ?? openingSentence(firstParagraph, MAX_STANDIN_TITLE),
    lede: openingSentence(firstParagraph),
    readingMinutes: Math.max(1, Math.round(doc.wordCount / WORDS_PER_MINUTE)),
    outletLabel: data.outlet ?? 'Outlet not stated',
  };
}

/** Oldest first; reports of the same day by outlet, then slug, so the order is stable. */
export function byPublication(a: Report, b: Report): number {
  return (
    a.data.published.localeCompare(b.data.published) ||
    a.outletLabel.localeCompare(b.outletLabel) ||
    a.slug.localeCompare(b.slug)
  );
}

/** Reports grouped under their publication day, oldest day first. */
export function groupByDay(reports: readonly Report[]): { day: string; reports: Report[] }[] {
  const days = new Map<string, Report[]>();
  for (const report of [...reports].sort(byPublication)) {
    days.set(report.data.published, [...(days.get(report.data.published) ?? []), report]);
  }
  return [...days].map(([day, grouped]) => ({ day, reports: grouped }));
}

/**
 * Up to `count` other reports nearest to one in publication order, oldest
 * first. `ordered` must already be in publication order (as `allReports` is).
 */
export function nearestReports(ordered: readonly Report[], slug: string, count: number): Report[] {
  const index = ordered.findIndex((report) => report.slug === slug);
  const from = Math.max(0, Math.min(index - Math.floor(count / 2), ordered.length - count - 1));
  return ordered
    .slice(from, from + count + 1)
    .filter((report) => report.slug !== slug)
    .slice(0, count);
}

/** The reports before and after one; `ordered` must already be in publication order. */
export function neighboursOf(ordered: readonly Report[], slug: string): { previous?: Report; next?: Report } {
  const index = ordered.findIndex((report) => report.slug === slug);
  return { previous: ordered[index - 1], next: index < 0 ? undefined : ordered[index + 1] };
}
