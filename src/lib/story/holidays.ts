import { addDays } from 'date-fns/addDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { wordsIn } from '../text/words.ts';

/** The days of named holidays, by the calendars that keep them (src/build/holidays.ts backs it with date-holidays). */
export interface HolidayCalendar {
  /** The day, ISO, a holiday of this name falls on in a year; undefined for a name that is none, or whose day depends on the country. */
  dayOf(name: string, year: number): string | undefined;
}

/** A holiday named in a text: where, as written, and which. */
export interface HolidayMention {
  index: number;
  text: string;
}

/** Longest holiday name, in words: "Saint Patrick's Day", "Day of the Dead". */
const MAX_NAME_WORDS = 4;

/**
 * The holidays a text names, longest name first at each capitalised word ("Christmas Eve", not "Christmas"):
 * a name is written capitalised, and the calendar knows it in the year asked.
 */
export function holidaysIn(text: string, year: number, calendar: HolidayCalendar): HolidayMention[] {
  const words = wordsIn(text);
  const found: HolidayMention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i].text)) continue;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n--) {
      const last = words[i + n - 1];
      const written = text.slice(words[i].start, last.end);
      // Words of a name stand apart by single spaces: "Christmas Eve", not "Christmas. Eve"; "Sham el-Nessim" ends on
      // its capital after the hyphen.
      if (/[^\p{L}\p{N}'’ -]|\s{2}/u.test(written) || !/^\p{Lu}|-\p{Lu}/u.test(last.text)) continue;
      if (calendar.dayOf(written.replace(/’/g, "'"), year) === undefined) continue;
      // "Midsummer Eve" is the day before Midsummer, and no day at all where the calendars part on it.
      if (!/^\s+Eve\b/.test(text.slice(last.end))) found.push({ index: words[i].start, text: written });
      i += n - 1;
      break;
    }
  }
  return found;
}

/** The Western churches' fixed feasts by the names the Orthodox calendars keep them under. */
const ORTHODOX: Record<string, string> = {
  'christmas eve': 'Orthodox Christmas Eve',
  christmas: 'Orthodox Christmas',
  'christmas day': 'Orthodox Christmas',
};

/** The feasts counted from Easter, by the days between: in the Orthodox calendar, from the Orthodox Easter. */
const FROM_EASTER: Record<string, number> = {
  'palm sunday': -7,
  'maundy thursday': -3,
  'holy thursday': -3,
  'good friday': -2,
  'holy saturday': -1,
  easter: 0,
  'easter sunday': 0,
  'easter monday': 1,
  ascension: 39,
  'ascension day': 39,
  pentecost: 49,
  'whit sunday': 49,
  whitsunday: 49,
  'whit monday': 50,
};

/**
 * The calendar as a report that speaks of the Orthodox church reads it: its "Christmas Eve" is 6 January, its "Good
 * Friday" and "Pentecost" are counted from the Orthodox Easter.
 */
export function orthodoxCalendar(calendar: HolidayCalendar): HolidayCalendar {
  return {
    dayOf: (name, year) => {
      const key = name.toLowerCase().replace(/’/g, "'");
      const easter = key in FROM_EASTER ? calendar.dayOf('Orthodox Easter', year) : undefined;
      if (easter) return formatISO(addDays(parseISO(easter), FROM_EASTER[key]), { representation: 'date' });
      return calendar.dayOf(ORTHODOX[key] ?? name, year);
    },
  };
}
