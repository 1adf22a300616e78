// Calendar dates that a phrase leaves open in time ("on Thursday", "in March"), read in a direction.
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
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
  // "this Wednesday morning": the Wednesday of the week the report is in, gone by or to come; what is not told as done
  // "this Tuesday" in a Saturday paper ("is due to", "could be in place from") is the coming Tuesday.
  if (qualifier === 'this') {
    const inWeek = addDays(published, ((weekday + 6) % 7) - ((published.getDay() + 6) % 7));
    return direction !== 'past' && inWeek < published ? after : inWeek;
  }
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

/** Farther than this, a date named without its year is one news would give the year of. */
const FAR_DAYS = 300;
/** Within this, the other reading of it is the date a reader takes it for. */
const NEAR_DAYS = 31;

/**
 * The year of a month (and day) named without one, as the verbs point, unless that lands most of a year away while
 * the other reading lies within weeks: then the verb read is the telling's, not the event's ("has announced extra
 * trains for … the 2nd of June", said on 18 May; "set the matter for hearing on August 19", said on 7 August), and
 * the near date is meant.
 */
export function plausibleYear(published: Date, month: number, day: number | undefined, direction: Direction): number {
  const year = yearFor(published, month, day, direction);
  if (direction === 'either') return year;
  const other = yearFor(published, month, day, direction === 'past' ? 'future' : 'past');
  const distance = (y: number) => Math.abs(differenceInCalendarDays(new Date(y, month - 1, day ?? 1), published));
  return distance(year) > FAR_DAYS && distance(other) <= NEAR_DAYS ? other : year;
}
