// Named holidays from date-holidays (every country it keeps), indexed by name and year on first use.
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import Holidays from 'date-holidays';
import {
  dayFromThanksgiving,
  EASTER_FEASTS,
  feastFromEaster,
  ORTHODOX_ONLY,
  THANKSGIVING_DAYS,
  type HolidayCalendar,
} from '../lib/story/holidays.ts';

/**
 * The part of the countries keeping a holiday of a name that must agree on its day. "Christmas Eve" is 24
 * December in 37 of 38, "Labour Day" falls on nine different days.
 */
const AGREEMENT = 0.9;
/**
 * The most countries that may keep another day under the same name. More is a whole tradition: in 2026 "Good
 * Friday" is 3 April in 121 countries and 10 April in 7 (the Orthodox churches'). "Christmas Day" (179 against 4)
 * and "New Year's Day" (189 against 5) stay read; the feasts counted from Easter are the Western churches' (below),
 * and a report that names a country keeping the other Easter reads them otherwise (src/lib/story/holidays.ts).
 */
const MAX_RIVALS = 5;

/**
 * A holiday's name as written by anyone: "Saint Sava's Day" and "Saint Sava Day", "Founders' Day" and "Founders Day",
 * "Sham el-Nessim" and "Sham El Nessim" are one name.
 */
const nameKey = (name: string) =>
  name
    // "Prince Kūhiō Day" is written with and without its Hawaiian marks.
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Turkish and Azerbaijani "Bayramı" is written "Bayrami" too.
    .replace(/ı/g, 'i')
    .replace(/['’]s\b|['’.]/g, '')
    .replace(/-/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    // date-holidays writes "Labour Day" for the United States' Labor Day too.
    .replace(/\blabor\b/g, 'labour')
    // "Western Easter Sunday", "Catholic Christmas": the Western churches' feast, by its plain name.
    .replace(/^(?:western|catholic|gregorian)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Every country's name in English, by its code. */
const COUNTRY_NAMES: Readonly<Record<string, string>> = new Holidays().getCountries('en') ?? {};

/**
 * A holiday's name as its own country's people write it: "Day of Restoration of Independence of Lithuania" is their
 * "Restoration of Independence Day", the name Latvia's calendar gives its own day of 4 May.
 */
const ownName = (name: string, country: string) => {
  const bare = name.replace(new RegExp(`\\s+of\\s+(?:the\\s+)?${COUNTRY_NAMES[country] ?? '\\uFFFF'}$`, 'i'), '');
  const dayOf = /^Day\s+of\s+(?:the\s+)?(.+)$/i.exec(bare);
  return dayOf && bare !== name ? `${dayOf[1]} Day` : bare;
};

/** Names people write for a holiday that date-holidays lists by another, as nameKey writes them. */
const ALIASES: Readonly<Record<string, string>> = {
  'mlk day': 'martin luther king jr day',
  'martin luther king day': 'martin luther king jr day',
  'presidents day': 'washington birthday',
  'paddy day': 'st patrick day',
  'day of german unity': 'german unity day',
  // The feasts by their Turkish and Azerbaijani names.
  'kurban bayrami': 'eid al adha',
  'gurban bayrami': 'eid al adha',
  'qurban bayrami': 'eid al adha',
  'ramazan bayrami': 'eid al fitr',
  'seker bayrami': 'eid al fitr',
  // Uzbekistan's spelling of the day its calendar lists as "Nowruz".
  navruz: 'nowruz',
};

/**
 * Names a country's people write for a day its calendar lists by another: Japan's "Foundation Day" (11 February) is
 * "National Foundation Day" in its English-language press, the name Korea's calendar gives its 3 October; Romania's
 * "National holiday" of 1 December is its "Great Union Day", and its 7 January "St John's Day"; Hawaii's "Prince Jonah Kuhio Kalanianaole Day" is
 * "Prince Kūhiō Day"; Malaysia's "Independence Day" (31 August) is "Merdeka Day".
 */
const LOCAL_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  JP: { 'Foundation Day': 'National Foundation Day' },
  RO: { 'National holiday': 'Great Union Day', 'Saint John the Baptist': "St John's Day" },
  US: { 'Prince Jonah Kuhio Kalanianaole Day': 'Prince Kuhio Day' },
  DE: { 'National Holiday': 'German Unity Day' },
  MY: { 'Independence Day': 'Merdeka Day' },
};

/**
 * A region's own name for a holiday date-holidays lists by its kind: New Zealand's "Provincial anniversary day" in
 * Otago is "Otago Anniversary Day".
 */
const regionalNames = (name: string, stateName: string | undefined) =>
  stateName && /^provincial anniversary day$/i.test(name)
    ? [nameKey(`${stateName.replace(/\s+Province$/, '')} Anniversary Day`)]
    : [];

/** The names a country's holiday goes by: its calendar's own, and the one its people write, if another. */
const namesOf = (name: string, country: string) => {
  const own = ownName(name, country);
  const local = LOCAL_NAMES[country]?.[own];
  return (local ? [own, local] : [own]).map(nameKey);
};

/**
 * Words that name no particular day: a name made only of them ("Founders Day", "Liberation Day", "National Day") is
 * one that many places keep on days of their own, so one country's calendar does not say which day a report means.
 */
const GENERIC = new Set(
  (
    'day days eve festival holiday holidays national independence liberation founders founder republic constitution ' +
    'labour labor victory unity heroes hero martyrs youth women children workers freedom memorial remembrance ' +
    'new year the of and s st public bank flag army armed forces revolution statehood sovereignty peace ' +
    // "Heritage Day" is South Africa's in date-holidays and the Yukon's in February.
    'heritage family reconciliation culture cultural sport sports mother mothers father fathers parents grandparents ' +
    'grandmother grandfather teacher teachers student students pupil woman men child worker farmer farmers police ' +
    'navy air force prayer fast unification commemoration decoration carnival language science education knowledge ' +
    'literacy heroines commerce summer winter spring autumn first second'
  ).split(' '),
);

/**
 * Named days that no country's list gives by this name, on their fixed day (month-day): Britain's Bonfire Night, and
 * the countries that keep the name on another day (Ireland's Bonfire Night is St John's Eve); the international
 * workers' day.
 */
const OBSERVANCES: Readonly<Record<string, { day: string; elsewhere?: Readonly<Record<string, string>> }>> = {
  'Bonfire Night': { day: '11-05', elsewhere: { IE: '06-23' } },
  'Guy Fawkes Night': { day: '11-05' },
  // ("Labour Day" falls on nine different days; the international one is 1 May wherever it is kept.)
  'International Labour Day': { day: '05-01' },
  "International Workers' Day": { day: '05-01' },
};

/**
 * Days date-holidays lists wrongly, by country and name, from the day it lists: Zanzibar's revolution was on 12 January
 * 1964, not the 2nd; Tynwald Day on a Saturday or Sunday is kept on the Monday after (6 July 2026).
 */
const CORRECTED: Readonly<Record<string, Readonly<Record<string, (listed: string) => string>>>> = {
  TZ: { 'Zanzibar Revolution Day': (listed) => `${listed.slice(0, 4)}-01-12` },
  IM: { 'Tynwald Day': (listed) => mondayAfterWeekend(listed) },
};

/** A day (ISO) on a Saturday or Sunday moved to the Monday after. */
function mondayAfterWeekend(day: string): string {
  const weekday = parseISO(day).getDay();
  return weekday === 0 || weekday === 6 ? format(addDays(parseISO(day), weekday === 6 ? 2 : 1), 'yyyy-MM-dd') : day;
}

/**
 * A calendar's holidays of a year, as date-holidays lists them but for the days it has wrong, and a feast listed on two
 * days in a row by its first (the other is its second day or the day off in lieu): Malaysia lists "Chinese New Year" on
 * 17 and 18 February 2026, and "on the eve of Chinese New Year" is the 16th. A run of three or more is a holiday
 * block that may open on the eve (China's "Spring Festival", 16 to 18 February 2026): it names no one day.
 */
function listedIn(calendar: Holidays, country: string, year: number) {
  const listed = (calendar.getHolidays(year, 'en') ?? []).map((holiday) => {
    const correct = CORRECTED[country]?.[holiday.name];
    return correct ? { ...holiday, date: `${correct(holiday.date.slice(0, 10))}${holiday.date.slice(10)}` } : holiday;
  });
  const days = new Set(listed.map((holiday) => `${holiday.name} ${holiday.date.slice(0, 10)}`));
  const kept = (name: string, day: string, step: number) =>
    days.has(`${name} ${format(addDays(parseISO(day), step), 'yyyy-MM-dd')}`);
  return listed.filter(({ name, date }) => {
    const day = date.slice(0, 10);
    return !(kept(name, day, -1) && !kept(name, day, -2) && !kept(name, day, 1));
  });
}

/** A year's holidays: by name (as nameKey writes it), the days each country keeps under it. */
function keptIn(year: number): Map<string, Map<string, string[]>> {
  const kept = new Map<string, Map<string, string[]>>();
  for (const country of Object.keys(new Holidays().getCountries())) {
    for (const holiday of listedIn(new Holidays(country), country, year))
      for (const name of namesOf(holiday.name, country)) {
        const byCountry = kept.get(name) ?? new Map<string, string[]>();
        byCountry.set(country, [...(byCountry.get(country) ?? []), holiday.date.slice(0, 10)]);
        kept.set(name, byCountry);
      }
  }
  return kept;
}

/** A year's holidays: each name (as nameKey writes it) with the day most of its countries keep, when they agree. */
function holidaysOf(kept: Map<string, Map<string, string[]>>, year: number): Map<string, string> {
  const days = new Map<string, Map<string, number>>();
  for (const [name, byCountry] of kept) {
    const counts = new Map<string, number>();
    for (const day of [...byCountry.values()].flat()) counts.set(day, (counts.get(day) ?? 0) + 1);
    days.set(name, counts);
  }
  const agreed = new Map<string, string>();
  for (const [name, counts] of days) {
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
    const [[day, count], rival] = [...counts].sort((a, b) => b[1] - a[1]);
    const generic = name.split(' ').every((word) => GENERIC.has(word));
    if (count / total >= AGREEMENT && (rival?.[1] ?? 0) <= MAX_RIVALS && !(generic && total === 1))
      agreed.set(name, day);
  }
  for (const [name, { day }] of Object.entries(OBSERVANCES)) agreed.set(nameKey(name), `${year}-${day}`);
  // The Western churches' Easter, as the Vatican keeps it, for "Good Friday", "Easter Monday", "Whitsun".
  const easter = new Holidays('VA')
    .getHolidays(year, 'en')
    ?.find((holiday) => holiday.name === 'Easter Sunday')
    ?.date.slice(0, 10);
  const countFrom = (from: string | undefined, names: readonly string[], prefix = '') => {
    for (const name of names) {
      const day = from && feastFromEaster(name, from);
      if (day) agreed.set(nameKey(prefix + name), day);
    }
  };
  countFrom(easter, EASTER_FEASTS);
  // Counted here, not taken from one country's list: Cyprus's "Clean Monday" of 2026 is a day late. "Orthodox Good
  // Friday", "Orthodox Easter Monday": the feasts counted from the Orthodox Easter, by name.
  const orthodoxEaster = agreed.get(nameKey('Orthodox Easter'));
  countFrom(orthodoxEaster, EASTER_FEASTS, 'Orthodox ');
  countFrom(orthodoxEaster, Object.keys(ORTHODOX_ONLY));
  const thanksgiving = kept.get(nameKey('Thanksgiving Day'))?.get('US')?.[0];
  for (const name of THANKSGIVING_DAYS) {
    const day = thanksgiving && dayFromThanksgiving(name, thanksgiving);
    if (day) agreed.set(nameKey(name), day);
  }
  return agreed;
}

/** A year in which the two Easters part (5 and 12 April 2026), and the Orthodox Easter's Friday to Monday in it. */
const PARTING_YEAR = 2026;
const ORTHODOX_EASTER_DAYS = ['2026-04-10', '2026-04-11', '2026-04-12', '2026-04-13'];

/** A country's holidays in the year the two Easters part. */
const inPartingYear = (country: string) => new Holidays(country).getHolidays(PARTING_YEAR, 'en') ?? [];

/** The countries that keep an Easter holiday on the Orthodox Easter's days: Greece, Serbia, Ethiopia … */
function orthodoxEasterCountries(): Set<string> {
  return new Set(
    Object.keys(new Holidays().getCountries()).filter((country) =>
      inPartingYear(country).some(
        (holiday) =>
          /Easter|Good Friday|Holy Saturday/i.test(holiday.name) &&
          ORTHODOX_EASTER_DAYS.includes(holiday.date.slice(0, 10)),
      ),
    ),
  );
}

/** Each country's public Christmas by month, for the year the Easters part; "both" where it keeps two (Belarus). */
function christmasMonths(): Map<string, 'january' | 'december' | 'both'> {
  const months = new Map<string, 'january' | 'december' | 'both'>();
  for (const country of Object.keys(new Holidays().getCountries())) {
    // Public holidays only: Serbia lists the Catholic Christmas too, as a day off for those who keep it.
    const found = new Set(
      inPartingYear(country)
        .filter((holiday) => /Christmas/i.test(holiday.name) && holiday.type === 'public')
        .map((holiday) => (holiday.date.slice(5, 7) === '01' ? 'january' : 'december')),
    );
    if (found.size > 0) months.set(country, found.size > 1 ? 'both' : [...found][0]);
  }
  return months;
}

const years = new Map<number, Map<string, string>>();
const keys = new Map<string, string>();
/** A year's agreed holidays, read on first use (about a second) and kept for the process. */
function agreedIn(year: number): Map<string, string> {
  let known = years.get(year);
  if (!known) {
    known = holidaysOf(keptIn(year), year);
    years.set(year, known);
  }
  return known;
}
const countries = new Map<string, Map<string, Set<string>>>();
/** A country's holidays in a year, by name, with the days it or any of its states or provinces keeps them on. */
function countryDays(country: string, year: number): Map<string, Set<string>> {
  const known = countries.get(`${country} ${year}`);
  if (known) return known;
  const days = new Map<string, Set<string>>();
  const states = Object.entries(new Holidays().getStates(country) ?? {});
  const calendars: [Holidays, string?][] = [
    [new Holidays(country)],
    ...states.map(([state, stateName]): [Holidays, string] => [new Holidays(country, state), stateName]),
  ];
  for (const [calendar, stateName] of calendars)
    for (const holiday of listedIn(calendar, country, year))
      for (const name of [...namesOf(holiday.name, country), ...regionalNames(holiday.name, stateName)])
        days.set(name, (days.get(name) ?? new Set()).add(holiday.date.slice(0, 10)));
  for (const [name, { elsewhere }] of Object.entries(OBSERVANCES)) {
    const day = elsewhere?.[country];
    if (day) days.set(nameKey(name), new Set([`${year}-${day}`]));
  }
  countries.set(`${country} ${year}`, days);
  return days;
}

/** Every capitalised run of words of every sentence is looked up: its key is worked out once. */
function keyOf(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = nameKey(name);
    key = ALIASES[key] ?? key;
    keys.set(name, key);
  }
  return key;
}
let orthodox: Set<string> | undefined;
let christmases: Map<string, 'january' | 'december' | 'both'> | undefined;

/** The calendar of every country date-holidays keeps. */
export const holidayCalendar: HolidayCalendar = {
  dayOf(name, year) {
    return agreedIn(year).get(keyOf(name));
  },
  dayIn(name, year, countries) {
    const key = keyOf(name);
    // Only a name of its own, kept on one day of the year by every country the report names, in all its states and
    // provinces: "Independence Day" in a report naming Samoa, which date-holidays does not list, is not the United
    // States' because Honolulu is named too; "Labour Day" in Brisbane is one of four Australian days; a generic name
    // ("Founders Day") is as out of date as a country's last change of law.
    if (countries.length === 0 || key.split(' ').every((word) => GENERIC.has(word))) return undefined;
    const days = countries.map((country) => [...(countryDays(country, year).get(key) ?? [])]);
    return days.every((kept) => kept.length === 1 && kept[0] === days[0][0]) ? days[0][0] : undefined;
  },
  keepsOrthodoxEaster(country) {
    orthodox ??= orthodoxEasterCountries();
    return orthodox.has(country);
  },
  christmasIn(country) {
    christmases ??= christmasMonths();
    return christmases.get(country);
  },
};
