import { describe, expect, it } from 'vitest';
import { stampedOn } from '../../src/lib/story/log-stamp.ts';

describe('stampedOn: the day a log entry was written', () => {
  it.each([
    ['Service notice — 2026-11-22 20:00 CST — All customers are now at the community centre.', '2026-11-22'],
    ['Bulletin 10 — 19 November 2026, 19:45 IST. Medical clearance.', '2026-11-19'],
    ['Stuttgart (ots) — 20.11.2026, 12:30 — Reward offered.', '2026-11-20'],
    ['Fri 20 Nov, 16:50 — The public prosecutor offered a reward today.', '2026-11-20'],
    ['Update 07:30 Sat 28 Nov — All departures from Newquay today have been cancelled.', '2026-11-28'],
    ['Tropical Cyclone Bulletin #12 — issued at 11:00 PM, 17 November 2026 — Signal No. 4 raised.', '2026-11-17'],
    ['Sun., Nov. 22, 3:10 p.m. CST — Watch issued: a winter storm watch from Monday evening.', '2026-11-22'],
    ['Sitrep No. 5 — as of 6:00 AM, 19 November 2026', '2026-11-19'],
  ])('reads "%s" as written on %s', (passage, day) => {
    expect(stampedOn(passage, '2026-11-30', undefined)).toBe(day);
  });

  it('gives no day to a passage that does not open on a stamp, nor to a stamp after the report', () => {
    expect(stampedOn('On 19 November 2026 the council met.', '2026-11-30', undefined)).toBeUndefined();
    expect(stampedOn('March 3 was the day the strike began.', '2026-11-30', undefined)).toBeUndefined();
    expect(stampedOn('Service notice — 2026-12-02 06:00 CST — Trains run.', '2026-11-30', undefined)).toBeUndefined();
  });

  it('reads figures in the order the report writes them', () => {
    expect(stampedOn('Notice — 03/11/2026 — Gates closed.', '2026-11-30', 'day-first')).toBe('2026-11-03');
    expect(stampedOn('Notice — 11/03/2026 — Gates closed.', '2026-11-30', 'month-first')).toBe('2026-11-03');
  });
});
