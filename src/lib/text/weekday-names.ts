// The weekdays' names, spelled once for every pattern that reads them.

/** A weekday's name, for patterns read with the `i` flag: "Monday", "saturday". */
export const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

/** A weekday's name capitalised, as a proper noun is: "Monday", not "monday" or "MONDAY". */
export const WEEKDAY_CAPITALISED = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';

/** A weekday's stem, captured, in date-fns' order of days (Sunday is 0): the "mon" of "Monday". */
export const WEEKDAY_STEM = '(sun|mon|tues|wednes|thurs|fri|satur)';
