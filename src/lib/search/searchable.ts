import { formatDay } from '../dates.ts';
import { HEADLINE_ID } from '../markdown/passage-id.ts';
import type { Report } from '../reports/report.ts';
import type { StoryData } from '../schema/story.ts';
import type { ReportRecord } from './index-format.ts';

/** What search needs of a report: its labels and every passage, its headline and headings included. */
export function toSearchable(report: Report, story: StoryData): ReportRecord {
  return {
    slug: report.slug,
    title: report.displayTitle,
    outlet: report.outletLabel,
    date: report.data.published,
    dateLabel: formatDay(report.data.published),
    story: { id: story.id, title: story.title },
    passages: [
      ...(report.data.title ? [[HEADLINE_ID, report.data.title] as [string, string]] : []),
      ...report.doc.blocks.map((block): [string, string] => [block.id, block.text]),
    ],
  };
}
