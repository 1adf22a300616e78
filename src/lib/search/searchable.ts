import { formatDay } from '../dates.ts';
import { HEADLINE_ID } from '../markdown/passage-id.ts';
import type { Report } from '../reports/report.ts';
import type { SearchableReport } from './build-index.ts';

/** What search needs of a report: its labels and every passage, its headline and headings included. */
export function toSearchable(report: Report): SearchableReport {
  return {
    slug: report.slug,
    title: report.displayTitle,
    outlet: report.outletLabel,
    date: report.data.published,
    dateLabel: formatDay(report.data.published),
    passages: [
      ...(report.data.title ? [{ id: HEADLINE_ID, text: report.data.title }] : []),
      ...report.doc.blocks.map((block) => ({ id: block.id, text: block.text })),
    ],
  };
}
