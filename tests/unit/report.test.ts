import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../src/lib/schema/report.ts';
import { parseReport } from '../../src/lib/markdown/parse-report.ts';
import { byPublication, groupByDay, nearestReports, neighboursOf, toReport } from '../../src/lib/reports/report.ts';

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

  const ordered = [...reports].sort(byPublication);

  it('finds the previous and next report', () => {
    expect(neighboursOf(ordered, 'b')).toMatchObject({ previous: { slug: 'a' }, next: { slug: 'c' } });
    expect(neighboursOf(ordered, 'a').previous).toBeUndefined();
    expect(neighboursOf(ordered, 'c').next).toBeUndefined();
    expect(neighboursOf(ordered, 'missing')).toEqual({ previous: undefined, next: undefined });
  });

  it('lists the nearest other reports, oldest first, at the ends too', () => {
    const many = Array.from({ length: 10 }, (_, i) => report(`r${i}`, { published: `2025-05-${10 + i}` }));
    expect(nearestReports(many, 'r5', 4).map((r) => r.slug)).toEqual(['r3', 'r4', 'r6', 'r7']);
    expect(nearestReports(many, 'r0', 3).map((r) => r.slug)).toEqual(['r1', 'r2', 'r3']);
    expect(nearestReports(many, 'r9', 3).map((r) => r.slug)).toEqual(['r6', 'r7', 'r8']);
    expect(nearestReports(many.slice(0, 2), 'r0', 8).map((r) => r.slug)).toEqual(['r1']);
  });
});
