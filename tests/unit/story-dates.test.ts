import { describe, expect, it } from 'vitest';
import { formatAtPrecision, isoAtPrecision, resolveDates } from '../../src/lib/story/resolve-dates.ts';

const FRIDAY = '2025-05-23';
const MONDAY = '2025-05-26';

/** The one date a phrase resolves to, as [start, precision]. */
const resolve = (phrase: string, published: string) =>
  resolveDates(`Officials met ${phrase}.`, published).map((date) => [date.start, date.precision]);

describe('resolveDates against a Friday publication (23 May 2025)', () => {
  it.each([
    ['on Friday', '2025-05-23', 'day'],
    ['on Monday', '2025-05-19', 'day'],
    ['on Wednesday', '2025-05-21', 'day'],
    ['last week', '2025-05-12', 'week'],
    ['a week ago', '2025-05-12', 'week'],
    ['earlier this week', '2025-05-19', 'week'],
    ['earlier this month', '2025-05-01', 'month'],
    ['on May 16', '2025-05-16', 'day'],
    ['in February 2022', '2022-02-01', 'month'],
    ['in September 2022', '2022-09-01', 'month'],
    ['in 2022', '2022-01-01', 'year'],
  ])('resolves "%s" to %s (%s)', (phrase, start, precision) => {
    expect(resolve(phrase, FRIDAY)).toEqual([[start, precision]]);
  });
});

describe('resolveDates against a Monday publication (26 May 2025)', () => {
  it.each([
    ['on Friday', '2025-05-23', 'day'],
    ['on Monday', '2025-05-26', 'day'],
    ['on Sunday', '2025-05-25', 'day'],
    ['last week', '2025-05-19', 'week'],
    ['a week ago', '2025-05-19', 'week'],
    ['earlier this week', '2025-05-26', 'week'],
    ['earlier this month', '2025-05-01', 'month'],
  ])('resolves "%s" to %s (%s)', (phrase, start, precision) => {
    expect(resolve(phrase, MONDAY)).toEqual([[start, precision]]);
  });
});

describe('what is not an event date', () => {
  it.each([
    'now',
    'a 30-day ceasefire',
    'more than three years of war',
    'a 90-minute meeting',
    'next week',
    'tomorrow',
  ])('ignores "%s"', (phrase) => expect(resolve(phrase, FRIDAY)).toEqual([]));

  it('never resolves a date after publication', () => {
    for (const phrase of ['on Saturday', 'on Sunday', 'next month', 'in 2026']) {
      for (const date of resolveDates(`They meet ${phrase}.`, FRIDAY)) expect(date.start <= FRIDAY).toBe(true);
    }
  });
});

describe('dates at their precision', () => {
  it.each([
    ['2025-05-16', 'day', '2025-05-16', '16 May 2025'],
    ['2025-05-12', 'week', '2025-W20', 'week of 12 May 2025'],
    ['2022-02-01', 'month', '2022-02', 'February 2022'],
    ['2022-01-01', 'year', '2022', '2022'],
  ] as const)('%s at %s precision is <time datetime="%s">%s', (start, precision, iso, label) => {
    expect(isoAtPrecision(start, precision)).toBe(iso);
    expect(formatAtPrecision(start, precision)).toBe(label);
  });
});
