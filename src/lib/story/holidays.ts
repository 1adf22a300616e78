import { addDays } from 'date-fns/addDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { wordsIn } from '../text/words.ts';
import { WEEKDAY, WEEKDAY_CAPITALISED } from '../text/weekday-names.ts';
import { NAME_AFTER } from '../text/name-after.ts';

/** The days of named holidays, by the calendars that keep them (src/build/holidays.ts backs it with date-holidays). */
export interface HolidayCalendar {
  /** The day, ISO, a holiday of this name falls on in a year; undefined for a name that is none, or whose day depends on the country. */
  dayOf(name: string, year: number): string | undefined;
  /** The day the countries named (ISO codes) that keep a holiday of this name all keep it on, if they agree. */
  dayIn(name: string, year: number, countries: readonly string[]): string | undefined;
  /** Whether a country (ISO code) keeps the Orthodox Easter: there, "Good Friday" may be either church's. */
  keepsOrthodoxEaster(country: string): boolean;
  /** In which month a country keeps Christmas: January by the Julian calendar (Serbia, Russia), December (Greece). */
  christmasIn(country: string): 'january' | 'december' | 'both' | undefined;
  /** Another day a name may stand for in a year where the report is: the lunar year's eve for "New Year's Eve". */
  otherDayOf?(name: string, year: number): string | undefined;
}

/** A holiday named in a text: where, as written, and which. */
export interface HolidayMention {
  index: number;
  text: string;
  /** The name the calendar knows it by, where the text says it short: "Thanksgiving Day" for "on Thanksgiving". */
  name: string;
}

/** A day counted from a holiday, before its name: "the day after", "the week after", "the Friday before". */
export const COUNTED_FROM = `(day|week|${WEEKDAY})\\s+(after|following|before)`;

/**
 * Holidays said without their "Day", read so only after "on", "by" (a deadline: "back on shelves by Christmas") or a
 * day counted from them ("the day before Thanksgiving", "the Friday after Thanksgiving"), but not in "the Thanksgiving dinner" or "Christmas lights", which
 * need not be on the day.
 */
const SAID_SHORT: Readonly<Record<string, string>> = { Christmas: 'Christmas Day', Thanksgiving: 'Thanksgiving Day' };
const SHORT_AFTER = new RegExp(`\\b(?:on|by|the\\s+${COUNTED_FROM})\\s+$`, 'i');

/**
 * What follows a holiday's name in a name of its own: "Midsummer Eve", "Easter Island", "the Boxing Day Tsunami"; or a
 * festival of days named for it: "the city's Pentecost bullfighting festival".
 */
const NAMED_AFTER =
  /^\s+(?:(?:[a-z][a-z-]*\s+){0,2}(?:festival|feria|fair)\b|Eve|Islands?|Bushfires?|Fires?|Crash|Agreement|Accords?|Rising|Uprising|Offensive|Treaty|Parade|Massacre|Revolution|Tsunami|Storm|Floods?|Earthquake|Act|Declaration|Bombings?)\b/;
/** After a holiday's name, a surname and an age: "Nowruz Kareem, 61", "Noel Mbeki (44)" name a person. */
const PERSON_AFTER = new RegExp(
  String.raw`^\s+(?!${WEEKDAY_CAPITALISED}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)\p{Lu}\p{Ll}+(?:,\s*|\s+\()\d{1,3}\b(?![,.:]?\d)`,
  'u',
);
/**
 * Whether a holiday's name starts a person's, set beside another noun or opening a sentence with who they are: "A
 * vendor at the gate, Tabaski Sagna, was hurt", "Tabaski Coulibaly, a ram seller from Sinématiali, …",
 * "the vendor Tabaski Sagna, who", "Works council chairman Florian Freitag said" (not "On Tabaski Muslims", "Hundreds
 * attended Christmas Eve Mass", "Pope Leo celebrated Christmas Eve Mass, the Vatican said").
 */
function apposedName(before: string, after: string): boolean {
  const name = NAME_AFTER.exec(after);
  return (
    name !== null &&
    (/(?:,|\b(?:who|said|says|told))$/.test(name[0]) ||
      (/\b(?:with|by)\s+$/i.test(before) && /\s+of$/.test(name[0]))) &&
    (/,\s*$/.test(before) ||
      // Opening a sentence or a speaker's line, with who they are after the comma: "Tabaski Coulibaly, a ram seller from
      // Sinématiali", "Q: Tabaski Coulibaly, one of your members, says", "Deepavali Murugan, the firecracker seller whose".
      (/^\s*(?:["“]|\p{Lu}[\p{L} .]{0,30}:\s*)?$/u.test(before) &&
        /,$/.test(name[0]) &&
        /^\s*(?:an?|one\s+of|aged|\d{1,3}|the\s+(?:[\p{Ll}-]+\s+){0,2}\p{Ll}+(?:er|or|ist|ian|man|woman|owner|keeper)\b)/iu.test(
          after.slice(name[0].length),
        )) ||
      /(?<!\p{L})(?!(?:on|in|at|by|before|after|since|until|till|for|of|during|over|from|to|the|this|that|last|next|every|each|and|or|but|with|as|his|her|their|its|our|my|your|a|an|annual|traditional|first|whole|same)\b)\p{Ll}+(?<!ed|ing)\s+(?:\p{Lu}\p{L}+\s+)?$/u.test(
        before,
      ) ||
      // "a networking lunch with Matariki Pōtae of the Frankton guides' collective": met with, or by, a person.
      (/\b(?:with|by)\s+$/i.test(before) && /\s+of$/.test(name[0])))
  );
}

/**
 * A capitalised word just before, inside a sentence, that is no preposition, article, possessive or church: the name
 * goes on before.
 */
const TAIL_OF_NAME =
  /[\p{L}\d,;:]\s+(?!(?:On|In|At|By|The|Before|After|Since|Until|During|For|From|Western|Orthodox|Catholic|Last|Next|This|Every|Each|And|Or|Of)\s$)\p{Lu}\p{Ll}+ $/u;

/**
 * "Independence and Union Day", "Martyrs' and Heroes' Day": a day's name joined to a word that is no day by itself is
 * one name of two, not the day the last part names (Tanzania's Union Day in a Somali report).
 */
const JOINED_NAME =
  /\b(?:Independence|Unity|Union|Liberation|Victory|Freedom|Republic|Constitution|Revolution|Reconciliation|Democracy|Peace|Martyrs['’]?|Heroes['’]?|Veterans['’]?)\s+and\s+$/u;

/** Longest holiday name, in words: "Saint Patrick's Day", "Day of the Dead", "Struggle for Freedom and Democracy Day". */
const MAX_NAME_WORDS = 6;

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
      // "Martin Luther King Jr. Day", "St. Patrick's Day": a title's stop is part of a day's name ("St. John" is a place).
      const bare = /\bDay$/.test(written) ? written.replace(/\b(?:Jr|Sr|St|Mt)\.(?= )/g, 'X') : written;
      if (/[^\p{L}\p{N}'’ -]|\s{2}/u.test(bare) || !/^\p{Lu}|-\p{Lu}/u.test(last.text)) continue;
      // "Halifax to Saint John", "St Andrew": a saint's bare name is a place, a church or a person; the day is "St
      // Andrew's Day", "the feast of St John".
      if (/^(?:Saint|St\.?)\s+\p{Lu}[\p{L}-]*$/u.test(written)) continue;
      const short = n === 1 && SHORT_AFTER.test(text.slice(0, words[i].start)) ? SAID_SHORT[written] : undefined;
      const name = short ?? written.replace(/’/g, "'");
      // "Midsummer Day" the calendars part on is not "Midsummer", which one country keeps on another day.
      if (calendar.dayOf(name, year) === undefined || /^ (?:Day|Eve)\b/.test(text.slice(last.end))) continue;
      // "Mary Prince Day" is Bermuda's, not the Dutch "Prince's Day": a name that ends a longer one is not that day.
      if (i > 0 && TAIL_OF_NAME.test(text.slice(Math.max(0, words[i].start - 30), words[i].start))) break;
      if (JOINED_NAME.test(text.slice(Math.max(0, words[i].start - 30), words[i].start))) break;
      // "Midsummer Eve" is the day before Midsummer, and no day at all where the calendars part on it. "Easter Island",
      // "the Good Friday Agreement": a holiday's name is part of a name of its own.
      // "Nyepi-eve hotel packages": a holiday's name inside a compound word names no day; nor does "Nowruz Kareem, 61".
      if (
        !NAMED_AFTER.test(text.slice(last.end)) &&
        !PERSON_AFTER.test(text.slice(last.end)) &&
        !apposedName(text.slice(0, words[i].start), text.slice(last.end)) &&
        !/^-(?:eve|themed|style|inspired)\b/u.test(text.slice(last.end))
      )
        found.push({ index: words[i].start, text: written, name });
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
  'pentecost sunday': 49,
  'pentecost monday': 50,
  'whit sunday': 49,
  whitsunday: 49,
  whitsun: 49,
  'whit monday': 50,
};

/** Feasts only the Orthodox churches keep, by the days from their Easter: "Clean Monday" opens their Lent. */
export const ORTHODOX_ONLY: Readonly<Record<string, number>> = { 'clean monday': -48 };

/** The names of the feasts counted from Easter, as a calendar is asked for them. */
export const EASTER_FEASTS: readonly string[] = Object.keys(FROM_EASTER);

const feastKey = (name: string) => name.toLowerCase().replace(/’/g, "'");

/** The day of a feast counted from Easter ("Good Friday", "Whit Monday") in the year of an Easter Sunday (ISO). */
export function feastFromEaster(name: string, easter: string): string | undefined {
  const offset = FROM_EASTER[feastKey(name)] ?? ORTHODOX_ONLY[feastKey(name)];
  return offset === undefined ? undefined : formatISO(addDays(parseISO(easter), offset), { representation: 'date' });
}

/** Which Christmas a report that speaks of the Orthodox church keeps: Serbia's is in January, Greece's in December. */
export type OrthodoxChristmas = 'january' | 'december' | 'unknown';

/**
 * The calendar as a report that speaks of the Orthodox church reads it: its "Good Friday" and "Pentecost" are counted
 * from the Orthodox Easter; its "Christmas Eve" is 6 January where its church keeps Christmas in January, 24 December
 * where it keeps it in December, and no day where the report does not say which.
 */
export function orthodoxCalendar(calendar: HolidayCalendar, christmas: OrthodoxChristmas): HolidayCalendar {
  return {
    ...calendar,
    dayOf: (name, year) => {
      const key = feastKey(name);
      const easter = key in FROM_EASTER ? calendar.dayOf('Orthodox Easter', year) : undefined;
      if (easter) return feastFromEaster(name, easter);
      if (key in ORTHODOX && christmas !== 'december')
        return christmas === 'january' ? calendar.dayOf(ORTHODOX[key], year) : undefined;
      return calendar.dayOf(name, year);
    },
  };
}

/**
 * The calendar for a report that names a country keeping the Orthodox Easter without saying which church it means:
 * "on Good Friday" in a Piraeus report may be either church's, so the feasts counted from Easter are no day.
 */
export function withoutEasterFeasts(calendar: HolidayCalendar): HolidayCalendar {
  return {
    ...calendar,
    dayOf: (name, year) => (feastKey(name) in FROM_EASTER ? undefined : calendar.dayOf(name, year)),
  };
}

/** The countries whose own New Year is the lunar one (Chinese, Korean, Vietnamese). */
export const LUNAR_NEW_YEAR_COUNTRIES: ReadonlySet<string> = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'VN']);
/** The lunar New Year by its names, which tell a report that speaks of its season. */
export const LUNAR_NEW_YEAR_NAMED =
  /\b(?:Lunar\s+New\s+Year|Chinese\s+New\s+Year|Spring\s+Festival|T[eế]t|Seollal|Chunjie)\b/;
/** The lunar feasts the Gregorian names stand for there; date-holidays lists them under these names. */
const LUNAR_NAMES: Readonly<Record<string, string>> = {
  "new year's eve": "Chinese New Year's Eve",
  "new year's day": 'Chinese New Year',
};

/**
 * The calendar for a report from a country whose New Year is the lunar one: "six extra trains on New Year's Eve" in a
 * Lanzhou paper of 8 February is the lunar year's eve, in one of 2 January the eve just gone; either may be meant, as
 * the verbs and the nearer day tell.
 */
export function withLunarNewYear(calendar: HolidayCalendar): HolidayCalendar {
  return {
    ...calendar,
    otherDayOf: (name, year) => {
      const lunar = LUNAR_NAMES[feastKey(name)];
      return lunar && calendar.dayOf(lunar, year);
    },
  };
}

/**
 * The calendar for a report that names places: a holiday whose day differs by country ("Thanksgiving Day", "Labor
 * Day", "Halloween") is the day the countries it names keep it on, when they agree: 26 November in a Memphis report,
 * none in one that names Memphis and Wellington.
 */
export function calendarOf(
  calendar: HolidayCalendar,
  countries: readonly string[],
  states: readonly string[] = [],
): HolidayCalendar {
  return {
    ...calendar,
    // The day all named countries keep; else, when a state of each is named, the day the named states all keep ("King's
    // Birthday" in a report naming Queensland, not in one naming Michigan and Windsor); else the day every calendar
    // agrees on, unless a named country keeps the name on another day, when none is sure.
    dayOf: (name, year) => {
      const local =
        calendar.dayIn(name, year, countries) ??
        (countries.every((country) => states.some((state) => state.startsWith(`${country}-`)))
          ? calendar.dayIn(name, year, states)
          : undefined);
      if (local) return local;
      const agreed = calendar.dayOf(name, year);
      const kept = countries.map((country) => calendar.dayIn(name, year, [country]));
      return kept.every((day) => day === undefined || day === agreed) ? agreed : undefined;
    },
  };
}

/**
 * The shopping days counted from the United States' Thanksgiving (the fourth Thursday of November), kept by that name
 * wherever they are: "Black Friday" is its next day in London too. date-holidays lists none of them.
 */
const FROM_THANKSGIVING: Readonly<Record<string, number>> = {
  'black friday': 1,
  'small business saturday': 2,
  'cyber monday': 4,
  'giving tuesday': 5,
};

/** The names of the days counted from Thanksgiving, as a calendar is asked for them. */
export const THANKSGIVING_DAYS: readonly string[] = Object.keys(FROM_THANKSGIVING);

/** The day of a shopping day ("Black Friday") in the year of a Thanksgiving Day (ISO). */
export function dayFromThanksgiving(name: string, thanksgiving: string): string | undefined {
  const offset = FROM_THANKSGIVING[feastKey(name)];
  return offset === undefined
    ? undefined
    : formatISO(addDays(parseISO(thanksgiving), offset), { representation: 'date' });
}
