import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../src/content.config.ts';
import { parseReport } from '../../src/lib/markdown/parse-report.ts';
import { groupByDay, neighboursOf, toReport } from '../../src/lib/reports/report.ts';

const base: ReportData = {
  title: 'Swap begins',
  titleSource: 'stated',
  outlet: 'Outlet',
  url: null,
  basedOn: null,
  byline: [],
  published: '2025-05-23',
  dateSource: 'editor',
  provenance: null,
  story: 'story',
  removed: [],
};

const report = (slug: string, data: Partial<ReportData> = {}, body = 'U.S. officials said so. Then more.\n') =>
  toReport(slug, { ...base, ...data }, parseReport(body));

describe('toReport', () => {
  it('uses the headline, the first sentence as lede and at least one minute of reading', () => {
    const view = report('a');
    expect(view).toMatchObject({ displayTitle: 'Swap begins', lede: 'U.S. officials said so.', readingMinutes: 1 });
  });

  it('stands the opening sentence in for a missing headline and says when the outlet is not stated', () => {
    const view = report('a', { title: null, titleSource: 'none', outlet: null });
    expect(view.displayTitle).toBe('U.S. officials said so.');
    expect(view.outletLabel).toBe('Outlet not stated');
  });

  it('estimates reading time at 230 words a minute', () => {
    expect(report('a', {}, `${'word '.repeat(690)}\n`).readingMinutes).toBe(3);
  });
});

describe('ordering', () => {
  const reports = [
    report('c', { published: '2025-05-24', outlet: 'A' }),
    report('b', { published: '2025-05-23', outlet: 'B' }),
    report('a', { published: '2025-05-23', outlet: 'A' }),
  ];

  it('groups by day, oldest first, same-day reports by outlet', () => {
    expect(groupByDay(reports).map(({ day, reports: r }) => [day, r.map((x) => x.slug)])).toEqual([
      ['2025-05-23', ['a', 'b']],
      ['2025-05-24', ['c']],
    ]);
  });

  it('finds the previous and next report', () => {
    expect(neighboursOf(reports, 'b')).toMatchObject({ previous: { slug: 'a' }, next: { slug: 'c' } });
    expect(neighboursOf(reports, 'a').previous).toBeUndefined();
    expect(neighboursOf(reports, 'c').next).toBeUndefined();
    expect(neighboursOf(reports, 'missing')).toEqual({ previous: undefined, next: undefined });
  });
});
