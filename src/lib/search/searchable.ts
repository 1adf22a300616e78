import { formatDay } from '../dates.ts';
import type { Report } from '../reports/report.ts';
import type { SearchableReport } from './build-index.ts';

/** What search needs of a report: its labels and every passage, headings included. */
export function toSearchable(report: Report): SearchableReport {
  return {
    slug: report.slug,
    title: report.displayTitle,
    outlet: report.outletLabel,
    date: report.data.published,
    dateLabel: formatDay(report.data.published),
    passages: report.doc.blocks.map((block) => ({ id: block.id, text: block.text })),
  };
}
