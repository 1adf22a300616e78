import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { holidaysIn, type HolidayCalendar } from './holidays.ts';
import { resolveDates, type ResolvedDate } from './resolve-dates.ts';

/**
 * What stands between a holiday's name and the day a report gives it: "Ashura, Friday 26 June", "Ashura (June 26)",
 * "Ashura, which falls on Friday, June 26", "Ashura (10 Muharram 1448 Hijri) will be observed in Bangladesh on
 * Friday, 26 June 2026", "Eid al-Fitr fell on Saturday, March 21".
 */
const DAY_AFTER_NAME = new RegExp(
  String.raw`^\s*(?:\([^()]{0,60}\)\s*)?(?:[,(–—-]\s*)?(?:(?:which|that)\s+)?` +
    String.raw`(?:(?:falls|fell|will\s+fall|is|was|will\s+be|is\s+being|has\s+been)\s+` +
    String.raw`(?:(?:observed|marked|kept|celebrated|held)\s+)?(?:(?:this\s+year|in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s*,?\s+)?)?` +
    String.raw`(?:on\s+)?$`,
  'u',
);
/** "Bangladesh marked Ashura on Friday, June 26": a country keeping the day names it. */
const KEPT_BEFORE = /\b(?:marked|marks|observed|observes|celebrated|celebrates|kept|keeps)\s+(?:the\s+)?$/i;

/** A holiday's name and year, as the days a report gives holidays are kept by. */
const keyOf = (name: string, year: number) => `${name.toLowerCase()}|${year}`;

/**
 * The most days a report's own day for a holiday may lie from the calendars' reckoning: a moon sighted a day or two
 * later, a holiday moved to a Monday. Further off, the date beside the name is another day's.
 */
const MAX_DRIFT_DAYS = 3;

/**
 * The calendar as a report reads it once it has dated a holiday itself: "Ashura, which falls on Friday, June 26 in
 * Bangladesh" makes its "on the eve of Ashura" 25 June, though the calendars reckon Ashura by another moon. A lunar
 * holiday's day depends on where the moon is sighted, and the report knows where it is written.
 */
export function calendarDatedBy(
  statements: readonly string[],
  published: string,
  calendar: HolidayCalendar,
): HolidayCalendar {
  const year = Number(published.slice(0, 4));
  const days = new Map<string, string>();
  for (const statement of statements) {
    const holidays = holidaysIn(statement, year, calendar);
    if (holidays.length === 0) continue;
    const resolved = resolveDates(statement, published, calendar);
    for (const holiday of holidays) {
      const end = holiday.index + holiday.text.length;
      // What stands between, with the "on" a date phrase may begin with: "Ashura, which falls on Friday, June 26".
      const between = (found: ResolvedDate) =>
        statement.slice(end, found.index + (/^on\s+/i.exec(found.text)?.[0].length ?? 0));
      const date = resolved.find(
        (found) =>
          found.precision === 'day' &&
          found.index >= end &&
          // A bare "on" sets the day of what was done beside the name ("left Dhaka after Ashura on Friday").
          (/^\s+on\s+$/.test(between(found))
            ? KEPT_BEFORE.test(statement.slice(0, holiday.index))
            : DAY_AFTER_NAME.test(between(found))),
      );
      const reckoned = date && calendar.dayOf(holiday.name, Number(date.start.slice(0, 4)));
      if (
        date &&
        reckoned &&
        reckoned !== date.start &&
        Math.abs(differenceInCalendarDays(parseISO(date.start), parseISO(reckoned))) <= MAX_DRIFT_DAYS
      )
        days.set(keyOf(holiday.name, Number(date.start.slice(0, 4))), date.start);
    }
  }
  if (days.size === 0) return calendar;
  return { ...calendar, dayOf: (name, y) => days.get(keyOf(name, y)) ?? calendar.dayOf(name, y) };
}
