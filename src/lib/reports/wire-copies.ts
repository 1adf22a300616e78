import type { Report } from './report.ts';

/**
 * For each report, the reports it shares a wire text with, in both directions: a copy names its originals
 * (`copyOf`), and an original is shown its copies. Oldest first.
 */
export function wireCopyLinks(reports: readonly Report[]): Map<string, Report[]> {
  const bySlug = new Map(reports.map((report) => [report.slug, report]));
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => links.set(a, (links.get(a) ?? new Set()).add(b));
  for (const report of reports) {
    for (const original of report.data.copyOf ?? []) {
      if (!bySlug.has(original)) continue;
      link(report.slug, original);
      link(original, report.slug);
    }
  }
  return new Map([...links].map(([slug, others]) => [slug, reports.filter((report) => others.has(report.slug))]));
}
