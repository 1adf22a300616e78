import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { describe, expect, it } from 'vitest';
import { plausibleYear, weekdayDate, yearFor } from '../../src/lib/story/directed-dates.ts';

const TUESDAY = parseISO('2025-05-20');
const day = (date: Date | undefined) => date && format(date, 'yyyy-MM-dd');

describe('weekdayDate', () => {
  it.each([
    [4, 'past', undefined, '2025-05-15'],
    [4, 'future', undefined, '2025-05-22'],
    [4, 'either', undefined, '2025-05-22'],
    [0, 'either', undefined, '2025-05-18'],
    [2, 'past', undefined, '2025-05-20'],
    [2, 'either', 'last', '2025-05-13'],
    [2, 'either', 'next', '2025-05-27'],
  ] as const)('weekday %i read %s (%s) from Tuesday 20 May is %s', (weekday, direction, qualifier, expected) => {
    expect(day(weekdayDate(TUESDAY, weekday, direction, qualifier))).toBe(expected);
  });
});

describe('yearFor', () => {
  it.each([
    [3, undefined, 'past', 2025],
    [9, undefined, 'past', 2024],
    [9, undefined, 'future', 2025],
    [3, undefined, 'future', 2026],
    [5, 16, 'either', 2025],
    [12, 28, 'either', 2024],
  ] as const)('month %i day %s read %s from 20 May 2025 is in %i', (month, dayOfMonth, direction, year) => {
    expect(yearFor(TUESDAY, month, dayOfMonth, direction)).toBe(year);
  });
});

describe('plausibleYear', () => {
  it.each([
    // Read back, 11 months away, with the day two weeks ahead: the near one.
    [6, 2, 'past', 2025],
    // Read ahead, 51 weeks away, with the day five days back: the near one.
    [5, 15, 'future', 2025],
    // The other reading more than a month away: the verbs decide.
    [7, 4, 'past', 2024],
    [4, 10, 'future', 2026],
    [9, undefined, 'past', 2024],
  ] as const)('month %i day %s read %s from 20 May 2025 is in %i', (month, dayOfMonth, direction, year) => {
    expect(plausibleYear(TUESDAY, month, dayOfMonth, direction)).toBe(year);
  });
});
