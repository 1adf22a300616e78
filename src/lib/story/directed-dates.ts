// Calendar dates that a phrase leaves open in time ("on Thursday", "in March"), read in a direction.
import { addDays } from 'date-fns/addDays';
import type { Direction } from './tense.ts';

/** A weekday's date: the publication day itself, else the nearest one the direction allows. */
export function weekdayDate(
  published: Date,
  weekday: number,
  direction: Direction,
  qualifier?: string,
): Date | undefined {
  const back = (published.getDay() - weekday + 7) % 7;
  if (back === 0 && !qualifier) return published;
  const before = addDays(published, -(back || 7));
  const after = addDays(published, 7 - back || 7);
  // The phrase's own "last" or "next" outranks the tense: "has called a meeting for next Thursday".
  // "last Thursday" said on a Friday: yesterday to some writers, eight days back to others; no reader can tell.
  if (qualifier === 'last') return back === 1 ? undefined : before;
  if (qualifier === 'next') return after;
  if (direction === 'past') return before;
  if (direction === 'future') return after;
  return published.getTime() - before.getTime() <= after.getTime() - published.getTime() ? before : after;
}

/** A month (and day) without a year: the year the direction allows, the nearest when either is allowed. */
export function yearFor(published: Date, month: number, day: number | undefined, direction: Direction): number {
  const year = published.getFullYear();
  const start = (y: number) => new Date(y, month - 1, day ?? 1);
  const end = (y: number) => (day ? start(y) : new Date(y, month, 0));
  const pastYear = end(year) <= published || start(year) <= published ? year : year - 1;
  const futureYear = end(year) >= published ? year : year + 1;
  if (direction === 'past') return pastYear;
  if (direction === 'future') return futureYear;
  const distance = (y: number) => Math.min(Math.abs(+start(y) - +published), Math.abs(+end(y) - +published));
  return distance(pastYear) <= distance(futureYear) ? pastYear : futureYear;
}
