// English only: the package's index loads every locale (about 900 modules at each build's start).
import * as chrono from 'chrono-node/en';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { isSameISOWeek } from 'date-fns/isSameISOWeek';
import { isSameDay } from 'date-fns/isSameDay';
import { setISOWeek } from 'date-fns/setISOWeek';
import { setDate } from 'date-fns/setDate';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { parseISO } from 'date-fns/parseISO';
import { periodEnd, periodOf, type Period, type Precision } from './periods.ts';
import { plausibleYear, weekdayDate, yearFor } from './directed-dates.ts';
import { clausesOf, SPEECH_VERB } from './clauses.ts';
import { MISHAP } from './mishaps.ts';
import {
  directionAt,
  feastKeptBefore,
  gatheringCalledBefore,
  instructedBefore,
  isPastAction,
  PLAN_WORDS,
  planGivenUpBefore,
  planSetThenGivenUp,
  singleQuotationAt,
  tellsDeed,
  type Direction,
} from './tense.ts';
import { COUNTED_FROM, holidaysIn, type HolidayCalendar, type HolidayMention } from './holidays.ts';
import { wordsOf } from '../text/words.ts';
import { NAME_AFTER } from '../text/name-after.ts';
import { WEEKDAY, WEEKDAY_CAPITALISED, WEEKDAY_STEM } from '../text/weekday-names.ts';

export type { Precision } from './periods.ts';
export { formatAtPrecision, isoAtPrecision, periodEnd } from './periods.ts';

/** A date phrase in a text, resolved against the publication date. */
export interface ResolvedDate extends Period {
  /** The phrase as written ("on Monday", "last week"). */
  text: string;
  /** Where the phrase starts in the text. */
  index: number;
  /** Stated as planned or due, not as done ("will resume on Thursday"): shown as expected. */
  expected: boolean;
}

/** Months by the first three letters every spelling of them starts with. */
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = MONTHS.join('|');
/** A month's name written out and capitalised, as a proper noun is: "June", not "Jun" or "june". */
const MONTH_CAPITALISED = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ALONE = new RegExp(`^(?:${MONTH})[a-z]*$`, 'i');
/** A month named alone, perhaps "in" it and at its start, middle or end: "in late October", "mid-May", "March". */
const monthAlone = (text: string) => MONTH_ALONE.test(text.replace(/^(?:in\s+)?(?:(?:early|late|mid)[- ]?)?/i, ''));
/**
 * A title's words before its date, set off by dashes, perhaps ending on the body it is for: "Information voyageurs — ",
 * "PRESS RELEASE — FOR … — ", "Agenda item 6 — Cabinet, ", "News release — Kenora, Ont. — ", "Press Release on
 * Interest Rates — No: 2026-41 — ", "Meridian Ratings - London - ", "Press release IP/26/1187 — Brussels, ", "BALTIC
 * SPA & TRAVEL TRADE BRIEF — Issue 26/2026 — ".
 */
const TITLE_LINE =
  /^\s*(?:\p{Lu}[\p{L}'’]*[.,:]?(?:\s+(?:&\s+)?[\p{L}\d#][\p{L}\d#.,:/'’°º-]*){0,4}\s+[—–|-]\s+)+(?:\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,2},\s*)?$/u;
/** What is owed for a month: "their February salaries", "the March rent". */
const OWED =
  'salar(?:y|ies)|wages?|pay(?:roll|cheques?|checks?|ments?)?|pensions?|rents?|bills?|instal+ments?|dues|allowances?';
/**
 * After a month, what is no event of it: a contract's month, a period named by it, what is owed or measured for it
 * ("January tours", "the December index review", "the September show season").
 */
const MONTHS_MEASURE = new RegExp(
  `^(?:\\s+|-|['’]s\\s+)(?:delivery|loading|liftings?|shipments?|contracts?|futures|options|expiry|quarter|half|month|${OWED}|levels?|averages?|prices?|pipeline|remittances?|(?:remittance\\s+)?(?:in)?flows|(?:visitor|tourist|passenger|sales|traffic|footfall)?\\s*figures?|(?:export|import|trade|production|output)\\s+(?:data|figures|statistics)|passes|fares?|tickets?|(?:ticket\\s+)?revenues?|receipts|takings|earnings|cpi|inflation|data|print|reading|payrolls|pmi|index|tours|trips|itinerar(?:y|ies)|sailings|cruises|travel|bookings|arrivals|(?:\\w+\\s+)?seasons?|fortnight|holidays?|recess|programmes?|programs?|schedules?|timetables?|needs|requirements|quotas?|allocations?|volumes|cargoes|orders|spreads?|operations|business|trade|rations|distributions|rosters?|rotas?|rain|snow|sleet|cold|heat|weather|sunshine|fog|darkness|chill|frost)\\b`,
  'i',
);
/**
 * The same named before the month: "their salaries for May and June"; and what is sold or shipped for it, "Hokkaido
 * packages in the second half of December", "group bookings for the rest of August", "loading in the second half of
 * November"; and what sums it up, "The climate summary for November 2026".
 */
const OWED_FOR = new RegExp(
  `\\b(?:(?:${OWED})\\s+(?:for|of)(?:\\s+the\\s+months?\\s+of)?|(?:packages?|itinerar(?:y|ies)|tours|trips|bookings|booked|sailings|cruises|departures|loading|delivery|shipments?|pass(?:es)?|tickets?)\\s+(?:for|in|during)|(?:summar(?:y|ies)|statistics|temperatures?|rainfall|precipitation|revenues?|AGR|sales|receipts|takings|output|exports|imports|traffic|ridership)\\s+for)\\s+(?:(?:the\\s+)?(?:(?:first|second|last|latter)\\s+half|rest|remainder)\\s+of\\s+|(?:early|late|mid)[- ])?(?:\\p{L}+\\s+(?:and|or)\\s+)?$`,
  'iu',
);
/** A time that comes round, told as a rule: "every November", "every Shabbat", "every other week". */
const EVERY_PERIOD =
  /\bevery\s+(?:(?:single|other)\s+)?(?:day|week(?:end)?|month|year|night|morning|afternoon|evening|season|winter|summer|spring|autumn|Shabbat|Sabbath|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
/** Words that tell of what happens as a rule, not once. */
const HABITUAL =
  /\b(?:usually|normally|typically|generally|traditionally|ordinarily|customarily|regularly|routinely|rarely|seldom|(?<!\bas\s)always\s+(?:[a-z]+s|been|is|are)|tends? to|(?:a|the|his|her|their|its)\s+habit\s+of)\b/i;
/** The same after a month that is so: "June is normally our strongest month", "August is often the driest month". */
const HABITUAL_AFTER = new RegExp(`^\\s+(?:is|are|was)\\s+(?:${HABITUAL.source}|often\\b|always\\b)`, 'i');
/** A month's name just before or after figures: "April 13-15", "14-17 March" are days of it, not a date in figures. */
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b';
const BESIDE_MONTH = [`\\b${MONTH_NAME}\\.?\\s{1,2}`, `\\s*${MONTH_NAME}`];
/** Text ending on a date's figures or month, perhaps before a bracket: "2026/8/12 (", "16 Feb (". */
const DATE_ENDS = new RegExp(`(?:\\d|\\b${MONTH_NAME}\\.?)\\s*\\(?$`, 'i');
/** "02 NOV 26", "15NOV26": a day, the month's capitals and a two-digit year, as military and marine notices write them. */
const MILITARY_DATE = new RegExp(`\\b(\\d{2})\\s?(${MONTH.toUpperCase()})\\s?(\\d{2})\\b`);
/** A month joined to another by a hyphen or "-to-", before it or after it. */
/** "between October and April": a season named by two months. */
const MONTHS_BETWEEN = new RegExp(`\\bbetween\\s+(?:${MONTH})[a-z]*\\s+and\\s+(?:${MONTH})[a-z]*\\b`, 'i');
/** "July-September": a quarter named by two months. */
const MONTH_RANGE = new RegExp(`^(?:${MONTH})[a-z]*\\s*[-–]\\s*(?:${MONTH})[a-z]*$`, 'i');
/** A capitalised word after a weekday that is no month or part of the day: "Friday Mensah". */
const SURNAME_AFTER = new RegExp(
  `^\\s+(?!(?:${MONTH})|Night|Morning|Evening|Afternoon)\\p{Lu}(?:\\p{Ll}+|['’]\\p{Lu}\\p{Ll}+)(?:['’]\\p{Ll}{2,}|-\\p{Lu}\\p{Ll}+)*`,
  'u',
);
const MONTH_JOINED = [
  new RegExp(`\\b(?:${MONTH})[a-z]*[-–](?:to[-–])?$`, 'i'),
  new RegExp(`^[-–](?:to[-–])?(?:${MONTH})`, 'i'),
];
const WEEKDAY_OF_WEEK = new RegExp(
  String.raw`\b${WEEKDAY_STEM}day(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:of\s+)?(last|this|next) week$`,
  'i',
);
/**
 * "since 29 March 2569", "on 11.04.2569", "in B.E. 2568", "in March B.E. 2568": a year of the Thai Buddhist era, after
 * a day and month or its era's name after a preposition or a month ("the Railway Act B.E. 2494" is a name).
 */
const BUDDHIST_YEAR =
  /(?:(?<=\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+|\d{1,2}[./-]\d{1,2}[./-]))|(?<=\b(?:in|since|from|until|till|by|during|before|after|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)\s+)B\.?\s?E\.?\s*)25\d\d\b/gi;
/** "in March of Minguo 114": a year of the Republic of China's era, which counts from 1912 as its first. */
const MINGUO_YEAR = /\b(?:Minguo|ROC)\s+(\d{2,3})\b/g;
const MINGUO_OFFSET = 1911;
/**
 * "In April Heisei 28 (2016)", "in Reiwa 3", "to September 25, Reiwa 8 (2026)": a year of a Japanese era, which counts
 * its first year as 1, after a month, a month's day or a preposition (not "their Reiwa 3 level", "its Reiwa 8 safety
 * plan").
 */
const JAPANESE_ERA_YEAR = new RegExp(
  String.raw`(?<=\b(?:${MONTH_NAME}|${MONTH_NAME}\s+\d{1,2},|in|on|since|from|until|till|by|during|before|after)\s+)(Reiwa|Heisei|Sh[oō]wa)\s+(\d{1,2})\b`,
  'gi',
);
/** The year before each era's first. */
const JAPANESE_ERA_OFFSET: Readonly<Record<string, number>> = { reiwa: 2018, heisei: 1988, showa: 1925, shōwa: 1925 };
/**
 * A Japanese notice's date by its era's letter: "R8.11.21" is 21 November 2026, "H31.4.30" 30 April 2019; after a word
 * that leads to a date, before its weekday in brackets ("R8.11.25 (Wed)") or opening a notice's line ("R8.10.22 15:00 —
 * New cracks found"), not a version's number ("Version R2.1.3").
 */
const JAPANESE_ERA_DATE =
  /(?:(?<=\b(?:on|from|until|till|to|by|since|before|after|of|[Dd]ated:?|[Dd]ate:)\s)|(?<![\p{L}\d.])(?=[RH]\d{1,2}\.\d{1,2}\.\d{1,2}\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|[月火水木金土日]))|(?<=^\s*)(?=[RH]\d{1,2}\.\d{1,2}\.\d{1,2}(?::\s|\s+\d{1,2}:\d{2}\b|\s+[—–-]\s)))([RH])(\d{1,2})\.(\d{1,2})\.(\d{1,2})(?![\d.]\d)/u;
const JAPANESE_ERA_LETTER: Readonly<Record<string, number>> = {
  R: JAPANESE_ERA_OFFSET.reiwa,
  H: JAPANESE_ERA_OFFSET.heisei,
};
/** The Buddhist era counts from 543 BCE. */
const BUDDHIST_ERA_OFFSET = 543;
/** How far back a Buddhist-era year may lie and still be read as one, in years: further, it is some other number. */
const BUDDHIST_ERA_REACH = 100;
/**
 * A Buddhist-era year in ours, in as many letters ("B.E. 2568" as "2025     ", so "in 2025" reads as a year); as
 * written when it is no year near the report's.
 */
function ourYear(written: string, published: Date): string {
  const ours = Number(written.slice(-4)) - BUDDHIST_ERA_OFFSET;
  const now = published.getFullYear();
  return ours <= now + 1 && ours >= now - BUDDHIST_ERA_REACH ? String(ours).padEnd(written.length) : written;
}

/** How much nearer the report one of two weekdays must be to be the one a sentence that allows both means. */
const CLEARLY_NEARER_DAYS = 2;

/** Of the weekday gone by and the one to come, the one clearly nearer the report, if either is. */
function clearlyNearer(published: Date, weekday: number): [Period, Direction] | undefined {
  const gone = weekdayDate(published, weekday, 'past');
  const coming = weekdayDate(published, weekday, 'future');
  if (!gone || !coming) return undefined;
  const lead = differenceInCalendarDays(coming, published) - differenceInCalendarDays(published, gone);
  if (Math.abs(lead) < CLEARLY_NEARER_DAYS) return undefined;
  return lead < 0 ? [periodOf(coming, 'day'), 'future'] : [periodOf(gone, 'day'), 'past'];
}
/** How far from the report a weekday with its day of the month beside it may lie: a slip beyond, not a date. */
const NEAR_WEEKDAY_DAYS = 21;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** "on Saturday (10th)" (Indian styles): the day of that number near the report that falls on that weekday, if one does. */
function weekdayOfMonthDay(published: Date, weekday: number, day: number): Date | undefined {
  const near = [-1, 0, 1]
    .map((shift) => new Date(published.getFullYear(), published.getMonth() + shift, day))
    .filter(
      (date) =>
        date.getDate() === day &&
        date.getDay() === weekday &&
        Math.abs(differenceInCalendarDays(date, published)) <= NEAR_WEEKDAY_DAYS,
    );
  return near.length === 1 ? near[0] : undefined;
}
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
/** A count of weeks, months or years before the phrase: "a fortnight ", "five weeks ". */
const COUNT_OF_UNITS = String.raw`(${Object.keys(NUMBER_WORDS).join('|')}|\d{1,2})\s+(week|fortnight|month|year)s?\s+`;
/** "a week ago today", "five weeks ago tomorrow night": the count before "ago". */
const AGO_BEFORE = new RegExp(String.raw`\b${COUNT_OF_UNITS}ago\s+$`, 'i');
/** "It is four weeks yesterday since the Grand National": the same told without "ago". */
const SINCE_COUNT_BEFORE = new RegExp(
  String.raw`\b(?:it\s+is|it['’]s|it\s+was|it\s+will\s+be)\s+${COUNT_OF_UNITS}$`,
  'i',
);
/**
 * "a month ago", "night a week ago", "five years ago", "a couple of years ago": a count of units back, as a level's
 * baseline may be dated.
 */
const COUNT_AGO = new RegExp(
  String.raw`^(?:(?:night|morning|evening|day)\s+)?(?:${COUNT_OF_UNITS}|(?:a\s+couple\s+of|a\s+few|several)\s+(?:week|month|year)s\s+)ago$`,
  'i',
);
/** A number written in words or figures: "two", "3". */
const countOf = (written: string) => NUMBER_WORDS[written.toLowerCase()] ?? Number(written);
/** A day as chrono's components. */
const componentsOf = (day: Date) => ({ day: day.getDate(), month: day.getMonth() + 1, year: day.getFullYear() });

/** A year of another calendar follows: "2018 E.C." (Ethiopian), "B.E. 2569" (Buddhist), "AH", "BS", "ROC". */
const OTHER_ERA = String.raw`(?!\s+(?:E\.?C|B\.?E|A\.?H|B\.?S|ROC)\b)`;
const NUMBERED_WEEK =
  /\b(?:in|during|throughout|from|until|till|by|since|before|after)\s+(?:(?:calendar\s+)?week|KW)\s+(\d{1,2})\b(?![.,:/-]?\d)(?!\s+of\s+(?:the\s+|this\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:term|semester|season|league|tournament|course|programme|program|trial|(?:school|academic)\s+year)\b)/i;

/**
 * chrono, plus a bare year after a preposition ("in 2022", "since 2014", "early 2024"), a weekday of a named week
 * ("next week Monday"), and a count of weekdays back ("two Saturdays ago": the Saturday before the one just gone).
 */
const parser = chrono.casual.clone();
parser.parsers.push({
  // An older year only where nothing counted follows it: "was signed in 1864." (not "in 1800 homes"); none in a name
  // ("the Town of 1770"). "dates back to 1982" too.
  pattern: () =>
    new RegExp(
      `\\b(?:in|since|(?<!\\b(?:Town|City|Village|Class|Spirit)\\s)of|by|from|until|before|after|during|early|late|mid|(?<=\\b(?:dates|dated|dating|date)\\s+back\\s)to)[- ]((?:19|20)\\d{2}|1[5-8]\\d{2}(?=[,.;:)]|$|\\s+(?:and|when|as|after|before|by|under|in|at|with|for|but)\\b))\\b(?![-–/]\\d)${OTHER_ERA}`,
      'i',
    ),
  extract: (_context, match) => ({ year: Number(match[1]) }),
});
// "the 2019 refurbishment", "a 2016 water-banking agreement", "the 1922 Colorado River Compact", "The plant's 2019
// modernisation": a year before what happened in it. Not a period or a plan named by its year ("the 2026 fiscal year",
// "the 2025 accounts", "the 2026 renewal season", "the 2027 route", "the 2027 manifest", "the 2026 warrant"), nor a
// number to call ("the city's 1999 hotline"), nor a paper of a year ("the 2025 stall receipt"), nor a year of another
// calendar ("the 2018 E.C. fiscal year"), nor a round count ("the 2000 workers"; "the 2000 renovation" is a year).
// The article stays in the phrase: chrono drops a phrase of figures alone as unlikely.
parser.parsers.push({
  pattern: () =>
    new RegExp(
      `\\b(?:the|a|an|its|their|his|her|our|(?!(?:it|that|there|what|here|who|he|she|where|let)['’]s\\b)\\p{L}+['’]s)\\s+((?:19|20)(?!00)\\d{2}|2000(?=\\s+(?:renovation|refurbishment|rebuild|restoration|overhaul|repairs?|flood|floods|earthquake|election|census)\\b(?!\\s+\\p{Ll}+s\\b)))\\b(?![-–/.,]?\\d)${OTHER_ERA}(?=\\s+(?!(?:\\p{L}+[\\s-]+){0,2}(?:fiscal|financial|budget|warrant|agenda|docket|cycle|tax|accounts|model|edition|version|report|season|peak|target|vintage|class|cohort|year|quarter|route|manifest|calendar|timetable|schedule|programme|program|plans?|strateg(?:y|ies)|appeal|levels?(?![\\s-]+[a-z])|lineup|line-up|operating|profits?|loss(?:es)?|revenues?|results|earnings|dividends?|guidance|outlook|turnover|output|hotline|helpline|number|receipts?|licen[cs]es?|permits?|fees|tariffs|certificates?|cards?|tickets?|passes|members|workers|employees|residents|people|staff|families|households|voters|students|pupils|passengers|homes)\\b)\\p{L}|-(?:built|founded)\\b)`,
      'iu',
    ),
  // A year to come before its noun names a plan or an edition ("for the 2027 exam"), not when anything happened; so does
  // this year's before a name ("The 2026 Dakar Rally finishes in Shubaytah" in a 2026 report).
  extract: (context, match) => {
    const year = Number(match[1]);
    const named = /^\s+\p{Lu}/u.test(context.text.slice((match.index ?? 0) + match[0].length));
    // "the driver's 2012 Toyota Corolla", "a 1957 Chevrolet convertible": after a possessive, or after "a" before a
    // vehicle, a year before a name is a model's ("A 2019 Supreme Court ruling" is the ruling's year).
    const rest = context.text.slice((match.index ?? 0) + match[0].length);
    if (
      named &&
      (/['’]s\s/.test(match[0]) ||
        (/^an?\s/i.test(match[0]) &&
          /^\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:convertible|sedan|saloon|coupe|truck|pickup|van|car|motorcycle|model|hatchback|SUV|wagon)\b/u.test(
            rest,
          )))
    )
      return null;
    // "in a 2024 electric SUV": a model's year before a vehicle named by its kind (not "a 2019 car bombing").
    if (
      /^an?\s|['’]s\s/i.test(match[0]) &&
      /^\s+(?:(?:electric|hybrid|diesel|petrol|gasoline|used|new|second-hand|white|black|silver|grey|gray|red|blue)\s+){0,2}(?:SUV|car|truck|pickup|van|sedan|saloon|coupe|hatchback|motorcycle|wagon|minibus)(?=\s*[,.;:)]|\s+(?:with|in|that|which|driven|registered|owned|parked|belonging|bearing|carrying)\b)/.test(
        rest,
      )
    )
      return null;
    return year > context.refDate.getFullYear() || (named && year === context.refDate.getFullYear()) ? null : { year };
  },
});
const WEEK_THEN_WEEKDAY = new RegExp(String.raw`\b(last|this|next) week(?:,|['’]s)?\s+${WEEKDAY_STEM}day\b`, 'i');
// "next week Monday", "last week Thursday" (Nigerian and Kenyan English), "last week's Thursday" (Finnish and
// Vietnamese in translation): that weekday of that week.
parser.parsers.push({
  pattern: () => WEEK_THEN_WEEKDAY,
  extract: (context, match) => {
    const weekday = WEEKDAYS.indexOf(`${match[2].toLowerCase()}day`);
    const monday = startOfISOWeek(context.refDate);
    const week = { last: -7, this: 0, next: 7 }[match[1].toLowerCase() as 'last'];
    return componentsOf(addDays(monday, week + ((weekday + 6) % 7)));
  },
});
const WEEKDAY_PART_OF_WEEK = new RegExp(
  String.raw`\b${WEEKDAY_STEM}day\s+(?:morning|afternoon|evening|night)\s+(?:of\s+)?(last|this|next)\s+week\b(?!['’])`,
  'i',
);
// "after Tuesday night last week", "on Friday morning of next week": that part of that weekday of that week.
parser.parsers.push({
  pattern: () => WEEKDAY_PART_OF_WEEK,
  extract: (context, match) => {
    const weekday = WEEKDAYS.indexOf(`${match[1].toLowerCase()}day`);
    const week = { last: -7, this: 0, next: 7 }[match[2].toLowerCase() as 'last'];
    return componentsOf(addDays(startOfISOWeek(context.refDate), week + ((weekday + 6) % 7)));
  },
});
const WEEKDAY_WITH_ITS_DAY = new RegExp(String.raw`\b(?:on\s+)?${WEEKDAY_STEM}day\s*\((\d{1,2})\)`, 'i');
// "on Tuesday (14)" (Sri Lankan English): the day of the month beside its weekday, the nearest that agrees with it.
parser.parsers.push({
  pattern: () => WEEKDAY_WITH_ITS_DAY,
  extract: (context, match) => {
    const weekday = WEEKDAYS.indexOf(`${match[1].toLowerCase()}day`);
    const dayOfMonth = Number(match[2]);
    const today = context.refDate;
    const near = [-1, 0, 1]
      .map((offset) => new Date(today.getFullYear(), today.getMonth() + offset, dayOfMonth))
      .filter((date) => date.getDate() === dayOfMonth && date.getDay() === weekday)
      .sort((a, b) => Math.abs(differenceInCalendarDays(a, today)) - Math.abs(differenceInCalendarDays(b, today)))[0];
    return near && Math.abs(differenceInCalendarDays(near, today)) <= NEAR_WEEKDAY_DAYS ? componentsOf(near) : null;
  },
});
/** "two Fridays ago". */
const WEEKDAYS_AGO = new RegExp(String.raw`\b(one|two|three|four|five|[1-5])\s+${WEEKDAY_STEM}days\s+ago\b`, 'i');
parser.parsers.push({
  pattern: () => WEEKDAYS_AGO,
  extract: (context, match) => {
    const weekday = WEEKDAYS.indexOf(`${match[2].toLowerCase()}day`);
    const today = context.refDate;
    const back = (today.getDay() - weekday + 7) % 7 || 7;
    return componentsOf(addDays(today, -back - 7 * (countOf(match[1]) - 1)));
  },
});
const WEEKDAY_BEFORE_LAST = new RegExp(
  String.raw`\b(?:penultimate\s+${WEEKDAY_STEM}day|${WEEKDAY_STEM}day\s+before\s+last)\b`,
  'i',
);
// "penultimate Sunday" (Nigerian English), "the Sunday before last": the Sunday before the one just gone.
parser.parsers.push({
  pattern: () => WEEKDAY_BEFORE_LAST,
  extract: (context, match) => {
    const weekday = WEEKDAYS.indexOf(`${(match[1] ?? match[2]).toLowerCase()}day`);
    const today = context.refDate;
    return componentsOf(addDays(today, -((today.getDay() - weekday + 7) % 7 || 7) - 7));
  },
});
// "Fifty-one years ago", "thirteen years ago": chrono counts in words only to twelve, and reads "Fifty-one" as "one".
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
parser.parsers.push({
  pattern: () =>
    new RegExp(`\\b(?:(${TENS.join('|')})(?:[- ](${UNITS.join('|')}))?|(${TEENS.join('|')}))\\s+years\\s+ago\\b`, 'i'),
  extract: (context, match) => {
    const [tens, unit, teen] = [match[1], match[2], match[3]].map((word) => word?.toLowerCase());
    const count = teen
      ? TEENS.indexOf(teen) + 13
      : (TENS.indexOf(tens) + 2) * 10 + (unit ? UNITS.indexOf(unit) + 1 : 0);
    return { year: context.refDate.getFullYear() - count };
  },
});
const WEEKS_AGO_WEEKDAY = new RegExp(String.raw`\b(a|one|two|three|[1-3])\s+weeks?\s+ago\s+${WEEKDAY_STEM}day\b`, 'i');
// "a week ago Friday" (American): the Friday a week before the last one; "two weeks ago Monday", two before.
parser.parsers.push({
  pattern: () => WEEKS_AGO_WEEKDAY,
  extract: (context, match) => {
    const weekday = WEEKDAYS.indexOf(`${match[2].toLowerCase()}day`);
    const last = addDays(context.refDate, -((context.refDate.getDay() - weekday + 7) % 7));
    return componentsOf(addDays(last, -7 * countOf(match[1])));
  },
});
// "in a fortnight", "a fortnight from now", "a fortnight ago": the week two weeks on or back (chrono knows no
// fortnight), a week and not the day, since writers use it loosely.
parser.parsers.push({
  pattern: () =>
    /\b(?:in\s+(a|one|two)\s+fortnights?|(a|one|two)\s+fortnights?\s+from\s+(?:now|today)|(a|one|two)\s+fortnights?\s+ago)\b/i,
  extract: (context, match) =>
    componentsOf(addDays(context.refDate, (match[3] ? -14 : 14) * countOf(match[1] ?? match[2] ?? match[3]))),
});
// "since the start of the month", "at the beginning of this month": that month (chrono knows neither).
parser.parsers.push({
  pattern: () => MONTH_START,
  extract: (context) => ({ year: context.refDate.getFullYear(), month: context.refDate.getMonth() + 1 }),
});
// "earlier in the week", "at the start of the week", "midweek": a part of a week, read in periodFor (chrono reads the
// first as "in a week" and knows neither of the others).
parser.parsers.push({
  pattern: () => PART_OF_WEEK,
  extract: (context) => componentsOf(context.refDate),
});
const A_WEEK_ON_WEEKDAY = new RegExp(String.raw`\ba\s+week\s+on\s+${WEEKDAY_STEM}day\b`, 'i');
// "a week on Friday" (British and Irish): the Friday after the coming one; in a Friday paper, a week from that day (the
// golds agree: "a week on Friday, July 31" in a paper of 24 July). "this day week": a week from today; "this day last
// week", a week back.
parser.parsers.push({
  pattern: () => A_WEEK_ON_WEEKDAY,
  extract: (context, match) => {
    const weekday = WEEKDAYS.indexOf(`${match[1].toLowerCase()}day`);
    return componentsOf(addDays(context.refDate, ((weekday - context.refDate.getDay() + 7) % 7) + 7));
  },
});
// "a fortnight today", "a week tomorrow" (British): that many days on from today or tomorrow.
parser.parsers.push({
  pattern: () => /\ba\s+(week|fortnight)\s+(today|tomorrow)\b/i,
  extract: (context, match) =>
    componentsOf(
      addDays(
        context.refDate,
        (match[1].toLowerCase() === 'week' ? 7 : 14) + (match[2].toLowerCase() === 'tomorrow' ? 1 : 0),
      ),
    ),
});
parser.parsers.push({
  pattern: () => /\bthis\s+day\s+(last\s+)?(week|fortnight)\b/i,
  extract: (context, match) =>
    componentsOf(addDays(context.refDate, (match[1] ? -1 : 1) * (match[2].toLowerCase() === 'week' ? 7 : 14))),
});
// "from 10 to 12 July", "from Friday 10 to Sunday 12 July": days of one month, from the first (chrono keeps only the
// month); a weekday named with the first must agree with it.
parser.parsers.push({
  pattern: () =>
    new RegExp(
      String.raw`\bfrom\s+(?:(${WEEKDAY})\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:to|until|till|through)\s+(?:${WEEKDAY}\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(${MONTH})[a-z]*\.?(?:\s+(\d{4}))?\b`,
      'i',
    ),
  extract: (context, match) => {
    const [weekday, day, month, year] = match.slice(-4);
    const first = new Date(
      year ? Number(year) : context.refDate.getFullYear(),
      MONTHS.indexOf(month.toLowerCase()),
      Number(day),
    );
    if (weekday && first.getDay() !== WEEKDAYS.indexOf(weekday.toLowerCase())) return null;
    return { day: Number(day), month: first.getMonth() + 1, ...(year && { year: Number(year) }) };
  },
});
// "on 9. 26.(Sat)", "10. 8.(Thu)" (Korean): month, day and the weekday in brackets, which must agree with them.
parser.parsers.push({
  pattern: () => /\b(\d{1,2})\.\s?(\d{1,2})\.\s?\(\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*\)/i,
  extract: (context, match) => {
    const [, month, day, weekday] = match;
    const date = new Date(context.refDate.getFullYear(), Number(month) - 1, Number(day));
    const named = WEEKDAYS.findIndex((name) => name.startsWith(weekday.toLowerCase()));
    return date.getDate() === Number(day) && date.getDay() === named
      ? { day: Number(day), month: Number(month) }
      : null;
  },
});
// "02 NOV 26", "15NOV26" (military and marine notices): day, month in capitals, two-digit year.
parser.parsers.push({
  pattern: () => MILITARY_DATE,
  extract: (_context, match) => ({
    day: Number(match[1]),
    month: MONTHS.indexOf(match[2].toLowerCase()) + 1,
    year: 2000 + Number(match[3]),
  }),
});
// "in the new year" (said after January), "until the new year": the coming year.
parser.parsers.push({
  pattern: () => /\b(?:in|until|till|into)\s+the\s+new\s+year\b/i,
  extract: (context) => (context.refDate.getMonth() === 0 ? null : { year: context.refDate.getFullYear() + 1 }),
});
// "by year's end", "by the end of the year", "before year-end", "by mid-year": within the year of publication.
parser.parsers.push({
  pattern: () =>
    /\b(?:by|before|until|till)\s+(?:the\s+end\s+of\s+(?:the|this)\s+year|year['’]s\s+end|(?:the\s+)?year-end|mid-?year)\b/i,
  extract: (context) => ({ year: context.refDate.getFullYear() }),
});
// "by month-end", "by month's end": within the month of publication.
parser.parsers.push({
  pattern: () => /\b(?:by|before|until|till)\s+(?:month['’]s\s+end|(?:the\s+)?month-end)\b/i,
  extract: (context) => ({ year: context.refDate.getFullYear(), month: context.refDate.getMonth() + 1 }),
});
const ORDINAL_DAY_AFTER_WORD = new RegExp(
  String.raw`\b(?:on|by|until|till|since|from|before|after|set for|scheduled for|planned for|about)\s+(?:(${WEEKDAY}),?\s+(?:the\s+)?|the\s+)(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)!?(]|$)|\s+\p{Ll}+(?:[^s]s|ed)\b|\s+(?:and|or|but|when|as|at|in|under|after|before|to|which|that|with|for|from|until|while|because|so|if|last|this|we|he|she|they|it|i|you|our|their|his|her|its|the|a|an)\b)`,
  'iu',
);
// "announced on the 14th", "until the 10th", "on Tuesday the 14th", "on Monday 21st": a day of a month the sentence
// leaves to the reader (periodFor picks which), before the clause goes on ("on Friday the 13th we served notice"). Not
// "the 14th floor", "the 15th Five-Year Plan": a noun after it makes it a rank.
parser.parsers.push({
  pattern: () => ORDINAL_DAY_AFTER_WORD,
  extract: (_context, match) => {
    const day = Number(match[2]);
    if (day < 1 || day > 31) return null;
    return match[1] ? { day, weekday: WEEKDAYS.indexOf(match[1].toLowerCase()) } : { day };
  },
});
// "on the 14th of this month", "the 2nd of next month": that day of the month named.
parser.parsers.push({
  pattern: () => /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(this|next|last)\s+month\b/i,
  extract: (context, match) => {
    const offset = { last: -1, this: 0, next: 1 }[match[2].toLowerCase() as 'last'];
    const date = new Date(context.refDate.getFullYear(), context.refDate.getMonth() + offset, Number(match[1]));
    return date.getDate() === Number(match[1]) ? componentsOf(date) : null;
  },
});
// "on the 9th instant", "the 28th ult." (legal and South Asian English): that day of this month, or of the last.
parser.parsers.push({
  pattern: () => /\bthe\s+(\d{1,2})(?:st|nd|rd|th)?\s+(inst(?:ant)?|ult(?:imo)?)\b\.?/i,
  extract: (context, match) => {
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    const month = addMonths(context.refDate, /^ult/i.test(match[2]) ? -1 : 0).getMonth() + 1;
    return { day, month };
  },
});
// "by 080800Z APR 26": a date-time group of navigation warnings, day, hour and minute in UTC, month and year.
parser.parsers.push({
  pattern: () => new RegExp(`\\b([0-3]\\d)[0-2]\\d[0-5]\\d\\s?(?:Z|UTC)\\s+(${MONTH})[A-Z]*\\s+(\\d{2})\\b`, 'i'),
  extract: (_context, match) => ({
    day: Number(match[1]),
    month: MONTHS.indexOf(match[2].toLowerCase()) + 1,
    year: 2000 + Number(match[3]),
  }),
});
// "by mid-May", which chrono reads only before a comma, and "by end-May" (financial English), which it does not read:
// the month.
parser.parsers.push({
  pattern: () => new RegExp(`\\b(?:mid|end)-(${MONTH})[a-z]*\\b`, 'i'),
  extract: (_context, match) => ({ month: MONTHS.indexOf(match[1].toLowerCase()) + 1 }),
});
// "in week 43", "in calendar week 13", "throughout KW 22": that ISO week, in the year that keeps it nearest. Not "for
// week 20 and later", a booking horizon, nor "in Week 6 of Term 3" or "in week 13 of the second semester", a week of
// something else.
parser.parsers.push({
  pattern: () => NUMBERED_WEEK,
  extract: (context, match) => {
    const week = Number(match[1]);
    // "in Week 5", the word capitalised, is a season's numbered week (football's), not the calendar's.
    if (week < 1 || week > 53 || /\bWeek\s/.test(match[0])) return null;
    const year = context.refDate.getFullYear();
    const [nearest] = [year - 1, year, year + 1]
      .map((candidate) => startOfISOWeek(setISOWeek(new Date(candidate, 5, 15), week)))
      .sort(
        (a, b) =>
          Math.abs(differenceInCalendarDays(a, context.refDate)) -
          Math.abs(differenceInCalendarDays(b, context.refDate)),
      );
    return componentsOf(nearest);
  },
});
const DOTTED_DAY_MONTH = new RegExp(
  String.raw`\b(?:on|since|from|until|till|by|after|before)\s+(?:${WEEKDAY},?\s+)?(\d{1,2})\.(\d{1,2}\.(?=\s|$|[,;)])|(?:0[1-9]|1[0-2])(?=[,;)]|$|\s+(?![\d%]|[ap]\.?m\b|h\b|hrs?\b|hours?\b|o['’]clock|per\b|pc\b|percent|points?\b|[mb]illion|mn\b|bn\b|and\s+\d|to\s+\d|until\s+\d|\p{Ll}{1,3}\b(?<!\b(?:the|a|an|at|in|on|as|by|and)\b))))`,
  'iu',
);
// "on 14.4.", "since 2.4.", "on Tuesday 16.6." (Nordic and German styles): day and month with their stops, no year.
// Without the last stop ("returned on 26.10, after", Ukrainian and Russian styles) only a month of two figures, and no
// unit or clock after it: "by 2.5 per cent", "from 10.30 to" are no days.
parser.parsers.push({
  pattern: () => DOTTED_DAY_MONTH,
  extract: (_context, match) => {
    const [day, month] = [Number(match[1]), Number(match[2])];
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { day, month } : null;
  },
});
// "21. 9. 2026", "29. IX. 2026" (Czech, Slovak and Polish styles): the day, the month in figures or Roman numerals, the
// year, each with its stop and perhaps a space.
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
parser.parsers.push({
  pattern: () => /\b(\d{1,2})\.\s?(\d{1,2}|[IVX]{1,4})\.\s?((?:19|20)\d{2})\b/,
  extract: (_context, match) => {
    const [day, year] = [Number(match[1]), Number(match[3])];
    const month = /\d/.test(match[2]) ? Number(match[2]) : ROMAN_MONTHS.indexOf(match[2]) + 1;
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { day, month, year } : null;
  },
});
// "in late May", "in early July": the month (chrono reads neither; "May" alone may be the verb).
parser.parsers.push({
  pattern: () => new RegExp(`\\b(?:early|late)[- ](${MONTH_NAME})(?:,?\\s+((?:19|20)\\d{2})\\b)?`, 'i'),
  extract: (context, match) => {
    const month = MONTHS.indexOf(match[1].slice(0, 3).toLowerCase()) + 1;
    return match[2] ? { month, year: Number(match[2]) } : { month };
  },
});
// "last Tues.", "on Tues" (chrono knows "Tue" and "Thurs" but not "Tues"): Tuesday, with what qualifies it.
parser.parsers.push({
  pattern: () => /\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his|[Oo]n)\s+)?Tues\b\.?/,
  extract: (context) => context.createParsingComponents({ weekday: 2 }),
});
// "this arvo", "yesterday arvo" (Australian and New Zealand English): that afternoon.
parser.parsers.push({
  pattern: () => /\b(this|yesterday|tomorrow)\s+arvo\b/i,
  extract: (context, match) =>
    componentsOf(addDays(context.refDate, { this: 0, yesterday: -1, tomorrow: 1 }[match[1].toLowerCase()] ?? 0)),
});
// "in the current month" (South Asian English): this month.
parser.parsers.push({
  pattern: () => /\bin\s+the\s+current\s+month\b/i,
  extract: (context) => ({ year: context.refDate.getFullYear(), month: context.refDate.getMonth() + 1 }),
});
// "the longest cuts since 2019 this week": chrono's date-and-time merge takes a period with no day for a time and
// joins it to the year before; a year standing alone joins nothing.
const standsAlone = (result: chrono.ParsingResult) =>
  result.start.isCertain('year') && !result.start.isCertain('month') && !result.start.isCertain('weekday');
// "from 1 June", "until 12 June": chrono reads the figure after "from" as an hour ("from 1") and the month after it as
// the date; it is the day of that month. "00:01 BST, 12 MAY 2026" is 12 May as written: a zone beside the day moves
// no day (chrono would make it 11 May in UTC).
const HOUR_FOR_DAY = new RegExp(
  `^(?:from|since|until|till|to)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}`,
  'i',
);
parser.refiners.push({
  refine: (_context, results) => {
    for (const result of results) {
      // "did that in four days, and they will": chrono reads "they" on as a unit of the span ("the y"); it is the next
      // clause's subject.
      result.text = result.text.replace(/,?\s+(?:and\s+)?they$/i, '');
      result.start.delete('timezoneOffset');
      result.end?.delete('timezoneOffset');
      const day = HOUR_FOR_DAY.exec(result.text)?.[1];
      if (!day || result.start.isCertain('day') || !result.start.isCertain('hour')) continue;
      result.start.delete(['hour', 'minute']);
      result.start.assign('day', Number(day));
    }
    return results;
  },
});
parser.refiners = parser.refiners.map((refiner) =>
  refiner.constructor.name === 'ENMergeDateTimeRefiner'
    ? {
        refine: (context, results) =>
          [
            ...refiner.refine(
              context,
              results.filter((result) => !standsAlone(result)),
            ),
            ...results.filter(standsAlone),
          ].sort((a, b) => a.index - b.index),
      }
    : refiner,
);

const MONTH_YEAR_OFFSET = /^[\s,]+(last|this|next) year\b/i;
/** Dates anchored on another event or durations: "three days after", "the next day", "for three days". */
const ANAPHORIC =
  /\b(?:after|before|later|earlier|following|next day|previous)$|^(?:for|within|over|after|the (?:day|week|month|year))\b(?! (?:before yesterday|after tomorrow)$)/i;
/** "has lost 40 percent of its ice since 1990": the start of a measured change, not an event. */
const CHANGE_BEFORE =
  /\b(?:lost|gained|fallen|risen|grown|shrunk|climbed|increased|decreased|declined|dropped|doubled|tripled|halved)\b[^,;.]*$/i;
/**
 * A live page's greeting or farewell, before the day it names as its own: "welcome to our coverage on this ", "welcome
 * to our live coverage of the clean-up in Carlisle on this ", "Thank you for following our live coverage on this last
 * day of ", "That is all from our live page for ".
 */
const LIVE_GREETING =
  /\b(?:welcome\s+to|thank\s+you\s+for\s+following)\s+(?:our|this|the)\s+(?:live\s+)?(?:coverage|blog|page|programme|program|show|broadcast)(?:\s+of\s+[^.;]{1,60}?)?\s+on\s+this\s+(?:(?:first|second|third|last|final)\s+day\s+of\s+)?$|\bthat(?:['’]s|\s+is)\s+(?:all|it)\s+from\s+(?:us|(?:our|the)\s+(?:live\s+)?(?:coverage|blog|page|desk|team|programme|program|show))\s+for\s+$/i;
/**
 * A feast's greeting, before the feast: "wishes all Muslims a blessed ", "congratulates the people … on ", "wishes the
 * people of the Kingdom a blessed Ramadan and a happy ", "extends its congratulations to the Iraqi people … on the
 * occasion of ".
 */
const FEAST_GREETING =
  /\b(?:(?:congratulations|greetings|felicitations|good\s+wishes)\b[^.;]{0,120}\bon\s+the\s+occasion\s+of\s+|(?:congratulates|greets)\s+(?:the\s+)?(?:people|nation|faithful|citizens|residents|community|communities|Muslims|Christians|Hindus|Buddhists|all)\b(?:\s+[\p{L}'’-]+){0,4}\s+on\s+(?:the\s+)?|wish(?:es|ed)?\s+(?:[\p{L}'’-]+\s+){0,6}?(?:an?\s+(?:happy|blessed|joyful|peaceful|merry|good|holy)\s+(?:[\p{L}'’-]+\s+){1,3}?and\s+)?an?\s+(?:happy|blessed|joyful|peaceful|merry|good|holy)\s+|(?:^|[,.!]\s*|\band\s+)(?:happy|blessed|merry)\s+)$/iu;
/** A service's extra runs at feasts, before the feasts' names: "with extra departures at Carnival and ". */
const EXTRA_AT_FEASTS =
  /\bwith\s+(?:extra|additional|more)\s+(?:departures|services|trains|buses|sailings|flights|runs|trips|staff|shifts)\s+(?:at|on|over|during|for|around)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:and|or)\s+(?:[\p{L}'’-]+\s+){0,3}?)?$/iu;
/** The hour chrono takes into a count of days ("Two days later, at 6 a.m."), which that count does not date. */
const CLOCK_AFTER_COUNT =
  /[\s,]+(?:at\s+)?(?:about\s+|around\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hrs?|h)?|\d{1,2}\s*(?:[ap]\.?m\.?|hrs?|h))$/i;
const AGO = /\b(day|week|fortnight|month|year)s? ago$/i;
/** "the last weeks of the ski season", "in the past months": periods with no count are none. */
const PLURAL_PERIOD = /^(?:last|past|next|coming|recent|first|final)\s+(?:days|weeks|months|years)$/i;
/**
 * "a second public holiday in a month", "twice in a week": a span things are counted in, not a month from now. Not
 * across a verb: "The second payment is due in a fortnight".
 */
const IN_A_PERIOD = /^in\s+(?:a|one)\s+(?:day|week|fortnight|month|year)$/i;
const COUNTED_BEFORE =
  /\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|twice|thrice|times|once)\b(?:\s+(?!(?:is|are|was|were|will|would|be|due)\b)[\p{L}'’-]+){0,4}\s+$/iu;
const RELATIVE_PERIOD = /\b(last|this|next|past|coming)\s+(week(?:end)?|month|year)$/i;
const TODAY = /^(?:today|tonight|this (?:morning|afternoon|evening))$/i;
const WEEKDAY_QUALIFIER = /\b(last|next|this)\s+\w+/i;
/** "22:15", "10 p.m.", "3.30pm": a time of day; a zone after it is in capitals ("20:00 EAT"). */
const CLOCK =
  "\\d{1,2}(?::\\d{2}(?:\\s*[aApP]\\.?[mM]\\.?)?|(?:[.:]\\d{2})?\\s*[aApP]\\.?[mM]\\.?|\\s+o['’]clock)(?!\\w)";
const CLOCK_TIME = new RegExp(`\\b${CLOCK}`, 'g');
const ZONE = '(?:\\s+[A-Z]{2,5}\\b)?';
const CLOCK_BEFORE = new RegExp(
  `^(?:(?:[Aa]t|[Ff]rom)\\s+)?${CLOCK}${ZONE}(?:\\s*(?:to|until|till|-|–)\\s*${CLOCK}${ZONE})?(?:\\s*[-–—]\\s+|\\s+)(?:on\\s+)?`,
);
/**
 * A clock time or span after the day: ", at 10:00", " at 20:00 EAT", ", from 6.30pm to 8.30pm", ", from 8 a.m. to noon",
 * " at 20.00" (a 24-hour time with a stop, after "at").
 */
const CLOCK_AFTER = new RegExp(
  `,?\\s+(?:(?:at|from|between)\\s+)?${CLOCK}${ZONE}(?:\\s*(?:to|and|until|till|-|–)\\s*(?:${CLOCK}${ZONE}|noon|midday|midnight))?(?:\\s+in\\s+the\\s+(?:morning|afternoon|evening)|\\s+at\\s+night)?$|\\s+at\\s+(?:[01]?\\d|2[0-3])[.h][0-5]\\d$`,
);
/** "three days from today": an offset from the phrase, which chrono does not read. */
const OFFSET_BEFORE = /\b(?:days?|weeks?|months?|years?)\s+from\s+$/i;
/**
 * "the first Friday of July", "Black Friday", "a Sunday timetable", "the weekly Monday price list", "every other
 * Tuesday", "previous week - Monday": a weekday this reader cannot place.
 */
const WEEKDAY_MODIFIED_BEFORE =
  /\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|black|good|cyber|super|ash|holy|easter|following|previous|same|that|a|an|every|(?<![\d#]\s)each|any|weekly|daily)\s+$|\b(?:a|an|any)\s+(?:good|bad|normal|typical|busy|quiet|usual|average|ordinary|slow|big)\s+$|\b(?:every|each)\s+(?:other|alternate)\s+$|\b(?:week|month)\s*[-–,]?\s*$/i;
/**
 * "Friday 7/6", "Friday the 15th", "Friday (Jun-15)", "Friday [June 19]", "Monday later": the weekday is not the whole
 * date (a count of days after it is no day of the month: "on Friday, 19 days after", nor is a count of things: "On
 * Monday, 42 herder families"); nor are two weekdays with their days after them ("on Wednesday and Thursday, 14 and 15
 * Jumada al-Akhirah, corresponding to 25 and 26 November"); nor is it before a day of the Hijri calendar ("on Thursday,
 * Rabi al-Thani 6, 1448 AH (Sept. 17)"; "On Tuesday, the first of Muharram 1448", with no day of ours told, keeps its
 * Tuesday). "Desaguadero's Friday fair", "the Sunday market", "the Sunday timetable", "the Wednesday and Thursday
 * slots", "Sunday school": what is held or run each week on that day.
 */
const WEEKDAY_MODIFIED_AFTER = new RegExp(
  `^\\s*[,(\\[\\-–]?\\s*(?:(?:[12]?\\d|3[01])(?!\\d)(?!(?:[.,]\\d+)?\\s*(?:(?:%|per\\s?cent|percent)\\b|(?:days?|weeks?|months?|years?|hours?)\\b))|\\d{4}|${MONTH_NAME})|^\\s+the\\s+(?:\\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twent|thirt)(?!\\w*\\s+of\\s+(?:Muharram|Safar|Rabi|Jumada|Rajab|Sha['’]?ban|Ramadan|Shawwal|Dhu)\\b)|^\\s+(?:later|earlier)\\b(?!\\s+than\\b)|^\\s+(?:and|or|&)\\s+${WEEKDAY}\\s*,?\\s+\\d|^\\s+(?:(?:and|or)\\s+${WEEKDAY}\\s+)?(?:fair|market|bazaar|souk|flea market|timetable|schedule|roster|price list|slot|edition|column|bulletin|supplement|magazine|school)s?\\b|^\\s*,?\\s*(?:(?:Muharram|Safar|Rajab|Sha['’]?ban|Ramadan|Shawwal)\\s+\\d|(?:Rabi|Jumada|Dhu)\\b)`,
  'i',
);
/**
 * "the Monday after Eid", "the Friday before the vote": a weekday counted from another event. Without "the", "after"
 * tells why, and the weekday is the date: "arrested two men on Tuesday after a brawl".
 */
const WEEKDAY_COUNTED = [/\bthe\s+$/i, /^\s+(?:after|before)\b/i] as const;
/** A newsletter's or programme's issue, named before "this week": "The main item this week". */
const PUBLICATION_ISSUE =
  /\b(?:items?|issue|edition|newsletter|episode|column|briefing|podcast|round-?up|digest|read)\s+$/i;
/** After a plan told in the past, what would say its day was moved: "was due to be held this afternoon but … to". */
const PLAN_KEPT_SINCE = String.raw`(?![^,;.]*\b(?:but|postponed|moved|rescheduled|put\s+(?:back|off)|pushed\s+back)\b)[^,;.]*$`;
/** A plan told in the past: "was due back", "were scheduled to leave". */
const PLAN_TOLD_BEFORE = new RegExp(
  String.raw`\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:due|scheduled|slated|set\s+to|expected\s+to)\b${PLAN_KEPT_SINCE}`,
  'i',
);
/** A plan told as overtaken: "were supposed to be", "had planned to put". */
const PLAN_OVERTAKEN_BEFORE = new RegExp(
  String.raw`\b(?:(?:was|were|had\s+been)\s+(?:\w+ly\s+)?supposed\s+to|had\s+(?:planned|intended|hoped)\s+to)\b${PLAN_KEPT_SINCE}`,
  'i',
);
/**
 * A plan told in the past, then what became of it: "was due to resume on Wednesday but was held back", "had told
 * agents it would reopen bookings on Monday, but", "which was due to walk out on Thursday, … postponed the strike".
 * ("had been due to open on Sunday but" is a day gone by.)
 */
const PAST_PLAN_BUT = [
  // A place or a name set off by commas is part of the plan: "was due to restore service near Yurécuaro, in Michoacán
  // state, on Monday", "was due to resume crossings with its sister ship, the MV Cape Breton Trader, on Monday"; so is
  // a figure's thousands comma ("was due to move to 2,460 bunches per beam on Monday").
  // A plan in the past perfect ("had been due to") is one too, its "had been" captured.
  // ("was to be completed by Wednesday but": a plan in "was to" too; "was to have" is no plan but a thing undone.)
  /\b(?:(?:was|were|(had\s+been))\s+(?:\w+ly\s+)?(?:due|set|scheduled|slated|expected|supposed|meant|planned)|(?:was|were)\s+to(?!\s+have\b)(?=\s+\p{L})|would)\b(?:[^,;]|,(?=[\d#])|,\s*(?:in|near|at|off|outside)\s+[^,;]{1,40},|,\s*(?:the\s+)?\p{Lu}[^,;]{1,40},)*$/iu,
  // One sentence: a stop inside it is an abbreviation's ("brokered by St. John the Baptist Parish officials, but").
  // Not a condition after "but": "would resume on Sunday …, but only if the emergency patches hold".
  // "Schools, which were scheduled to reopen Thursday, will remain closed", "The committee, which was supposed to report
  // by Thursday, has sought 15 more days": what the plan's subject does instead, after the plan's own clause, is a "but";
  // so is its new day ("The 5,000 meters, which had been set for Sunday, would now be run on Monday").
  /^[^;]*?\b(?:but(?!\s+only\s+(?:if|when|once|after)\b|\s+(?:subject\s+to|depending\s+on|provided)\b)|(?<!\b(?:will|would|to|may|might|could|should|must)\s+(?:be\s+|have\s+been\s+)?)(?:postponed|called off|cancell?ed|scrapped|put off|shelved|abandoned|dropped|extended|deferred|fell (?:through|apart)))\b|^(?:[^,;.]*,)?\s+(?=(?:will\s+(?:now\s+)?)?(?:remains?|stays?|(?:is|are)\s+still)\s+(?:closed|shut|suspended|offline|idle|grounded|off|out|in\s+place|on\s+hold)\b|(?:has|have)\s+(?:now\s+)?(?:sought|asked\s+for|requested|been\s+(?:given|granted))\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:more\s+|further\s+|extra\s+)?(?:time|days|weeks|months|extension)\b|(?:will|would)\s+now\s+(?:be\s+)?[a-z]+)/i,
];
/**
 * An instrument's title before "of" and its year: "the Law on Roads of", "the Law on Administrative Management of the
 * Capital, Provinces, Municipalities, Districts and Khans of", "the Regional Plan for Oil Pollution Response of".
 */
const INSTRUMENT_TITLE =
  /\b(?:Act|Law|Code|Ordinance|Statute|Plan|Strategy)\s+(?:on|of|for)\s+(?:the\s+)?(?:[A-Z][a-z]+,?\s+(?:(?:of|on|for|and|the)\s+){0,2}){1,10}$/;
/** A day named in words or figures: "on Monday", "on 8 June" (not a measure: "gusting to 50 km/h"). */
const DAY_NAMED = new RegExp(
  String.raw`\b${WEEKDAY}\b|\b\d{1,2}\b(?![.,]?\d|\s*(?:%|°|(?:km|kph|mph|knots?|m|cm|mm|metres?|meters?|feet|ft|kg|tonnes?|tons?|per|percent|degrees?|hours?|minutes?|days?|weeks?|months?|years?)\b))`,
  'i',
);
/** Words that tell what became of a plan as still open: "but has been called off", "but is now expected on Friday". */
const STILL_OPEN =
  /\b(?:has|have|hasn't|haven't|is|are|isn't|aren't|will|won't|would|shall|can|could|may|might|must|now|yet|remains?|(?:it|that|there|he|she)['’]s)\b/i;

/** A plan moved to another weekday: "but it was moved to Wednesday", "but was pushed back by a day". */
const MOVED_TO_WEEKDAY = new RegExp(
  String.raw`^[^.;]*?\bbut\s+(?:it\s+|they\s+)?(?:was|were)\s+(?:moved|postponed|put\s+back|pushed\s+back|rescheduled|delayed)\s+(?:(?:to|until|till)\s+(${WEEKDAY})|by\s+(a|one|two|three)\s+days?)\b`,
  'i',
);
const DAYS_MOVED: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 };

/**
 * Whether a plan for a weekday, moved to another ("was due to take place on Monday, but it was moved to Wednesday"),
 * was for the week ahead: the two days lie in one week, the one nearer the report (in a Saturday paper the Monday to
 * come, in a Thursday paper the Monday gone by).
 */
function movedWithinComingWeek(after: string, published: Date, weekday: number): boolean {
  const moved = MOVED_TO_WEEKDAY.exec(after);
  const newDay =
    moved && (moved[1] ? WEEKDAYS.indexOf(moved[1].toLowerCase()) : (weekday + DAYS_MOVED[moved[2].toLowerCase()]) % 7);
  const newGone = moved && weekdayDate(published, newDay ?? 0, 'past');
  const oldComing = weekdayDate(published, weekday, 'future');
  return (
    !!newGone &&
    !!oldComing &&
    differenceInCalendarDays(published, newGone) > differenceInCalendarDays(oldComing, published)
  );
}

/** What a plan was moved to, a weekday with its date: "but was moved up to 4:30 p.m. on Saturday, 5 December". */
const MOVED_TO_DATE = new RegExp(
  String.raw`^[^.;]*?\bbut\s+(?:it\s+|they\s+)?(?:was|were|has\s+been|have\s+been)\s+(moved|brought|pushed|put|postponed|rescheduled|delayed)(?:\s+(up|forward|back))?\s+(?:to|until|till)\s+(?:[#\d]{1,2}(?:[:.][#\d]{2})?\s*[ap]\.?m\.?\s+)?(?:on\s+)?(?:${WEEKDAY}),?\s+(?:(\d{1,2})\s+(${MONTH})[a-z]*|(${MONTH})[a-z]*\.?\s+(\d{1,2}))\b`,
  'i',
);
/**
 * A plan's weekday nearest the dated day it was moved to, on the side the move tells: "but was moved up to 4:30 p.m. on
 * Saturday, 5 December" (brought forward: the Sunday after), "but was pushed back to Tuesday, 8 December" (the Sunday
 * before). Undefined when the plan was not moved to a dated day.
 */
function originalWeekday(after: string, published: Date, weekday: number): Date | undefined {
  const moved = MOVED_TO_DATE.exec(after);
  if (!moved) return undefined;
  const month = MONTHS.indexOf((moved[4] ?? moved[5]).slice(0, 3).toLowerCase());
  const date = Number(moved[3] ?? moved[6]);
  // (The day moved to lies within half a year of the report: "5 December" in a January paper is the one gone by.)
  const gap = differenceInCalendarDays(new Date(published.getFullYear(), month, date), published);
  const day = new Date(published.getFullYear() + (gap > 183 ? -1 : gap < -183 ? 1 : 0), month, date);
  const later = (weekday - day.getDay() + 7) % 7 || 7;
  const earlier = later - 7;
  const verb = moved[1].toLowerCase();
  const direction = moved[2]?.toLowerCase();
  const offset =
    direction === 'up' || direction === 'forward'
      ? later
      : direction === 'back' || verb === 'postponed' || verb === 'delayed'
        ? earlier
        : later <= -earlier
          ? later
          : earlier;
  return addDays(day, offset);
}

/**
 * Whether a plan's fate, told without its "but", is told in the present perfect: "A cargo that was due to load on
 * Sunday has been deferred" (the Sunday may still lie ahead).
 */
function fateStillOpen(after: string): boolean {
  const fate = PAST_PLAN_BUT[1].exec(after);
  if (!fate || /\bbut$/i.test(fate[0])) return false;
  const at = fate.index + fate[0].length - (/\p{L}+$/u.exec(fate[0])?.[0].length ?? 0);
  return /\b(?:has|have)\s+(?:now\s+)?been\s+$/i.test(after.slice(0, at));
}

/**
 * A frustrated plan whose fate is told as done, in the simple past ("but stayed shut", "but was held back", "postponed
 * the strike after mediation"): the day it was for has come. Told in the present perfect or ahead ("was scheduled for
 * Saturday but has been called off" on a Thursday), the day may still lie ahead, and no reader can tell.
 */
function fateToldAsDone(after: string): boolean {
  const fate = PAST_PLAN_BUT[1].exec(after);
  if (!fate) return false;
  // The fate's own clause: "but stayed at its berth because Naze could not receive it", "but was postponed so that his
  // brothers could arrive" is done, whatever the reason says, and "but engineers found cracks …, and the harbour master
  // has extended the closure" whatever follows.
  // (The clause is the fate's, from its "but": "had been due to fly out on Tuesday night, hours after the announcement,
  // but he chose to stay"; what it found is not: "but a review on Monday found that three beams must be replaced".)
  const rest = after.slice(fate.index + fate[0].length - (/\p{L}+$/u.exec(fate[0])?.[0].length ?? 0));
  const told = rest.slice(
    0,
    rest.search(
      /;|,\s*and\b|\b(?:because|as|since|after|when|while|although|though|until|so\s+that|in\s+order\s+to)\b|(?<=\b(?:found|showed|revealed|discovered|concluded|determined|ruled)\s+)that\b|$/,
    ),
  );
  const words = told.toLowerCase().match(/[a-z'’]+/g) ?? [];
  // "was put back": a past participle that looks like the present; "but did not": a deed denied, in the past.
  return (
    /^\s*(?:but\s+)?(?:(?:it|they|he|she|the\s+\p{L}+)\s+)?(?:(?:did|could)(?:n['’]t|\s+not)|never)\b/iu.test(told) ||
    (!STILL_OPEN.test(told) &&
      (words.some((word) => isPastAction(word)) || /\b(?:was|were)\s+(?:put|set|cut|shut|let)\b/i.test(told)))
  );
}
/**
 * "adjourned to August 14 the suit …", "postponed until Friday", "was remanded on bail to 8 December": the day a
 * thing was moved to, and the words between. A weekday may follow a few of them; a calendar date, however many ("moved
 * its own board's vote on the deal to Aug. 27"). What is pushed back or put off comes between ("pushed the first
 * departure back to Thursday").
 */
const RESCHEDULED_TO =
  /\b(?:(?:push|put)(?:ed|es|ing|s|ting)?\s+(?:[^\s;.]+\s+){0,6}?(?:back|off)|(?:adjourn|postpon|defer|reschedul|mov|slipp|delay|extend|push|remand)(?:e|ed|es|ing|s|red|ring)?|(?:bring|brings|brought|bringing)\s+forward)\s+((?:[^\s;.]+\s+){0,14}?)(?:to|till|until|for)\s+$/i;
const RESCHEDULED_WEEKDAY_WORDS = 5;
/** Whether the words before a date move something to it; a weekday only within a few words, and no clause between. */
function rescheduledTo(before: string, calendarDate: boolean): boolean {
  const moved = RESCHEDULED_TO.exec(before);
  // "extended it by three days, to Saturday": by how much, set off before the day, is no clause between them.
  const between = moved?.[1].replace(/\bby\s+\S+\s+(?:more\s+)?(?:days?|weeks?|hours?),\s*$/i, '') ?? '';
  return (
    moved !== null &&
    (calendarDate || (!/,/.test(between) && (between.match(/\S+/g) ?? []).length <= RESCHEDULED_WEEKDAY_WORDS))
  );
}

/** A fragment of a numeric date ("2020/23/Sep"): the rest of it is not read. */
const NUMERIC_NEIGHBOUR = [/\d[/.-]$/, /^[/.-]\d/];
/** Units and scales figures are given in: "%", "percent", "points", "million", "km", "tonnes", "degrees". */
const FIGURE_UNIT = String.raw`%|per\s*cent\b|percent\b|points?\b|million\b|billion\b|bn\b|m\b|km\b|kilometres?\b|kilometers?\b|metres?\b|meters?\b|tonnes?\b|tons?\b|litres?\b|liters?\b|kg\b|degrees?\b|°`;
/** A unit after figures: "1.5 percent", "2.6%", "3.4 points", "1.2 million". */
const AMOUNT_AFTER = new RegExp(String.raw`^\s*(?:${FIGURE_UNIT}|percentage\b|pp\b|times\b)`, 'i');
/** The end of a holiday's name, as the subject of the weekday it falls on: "Respect for the Aged Day", "the festival". */
const HOLIDAY_WORD = String.raw`(?:\b(?:Day|Eve|Christmas|Easter|Diwali|Eid|Nowruz|Purnima|Poya)|\b[Ff](?:estival|east)|\b[Hh]oliday|\b[Aa]nniversary|\b[Bb]irthday)`;
const FALLS_ON = String.raw`(?:fell|falls|fall|will\s+fall)\s+(?:on\s+)?`;
const WEEKDAY_NAME = String.raw`(?:${WEEKDAY_CAPITALISED}|${WEEKDAY})\b`;
/** A holiday's name just before the weekday it falls on: "Respect for the Aged Day fell on ", "… and the Equinox Day ". */
const HOLIDAY_BEFORE_ITS_WEEKDAY = new RegExp(
  `${HOLIDAY_WORD}\\s+(?:(?:this\\s+year\\s+)?${FALLS_ON}|(?<=\\b${FALLS_ON}(?:a\\s+)?${WEEKDAY_NAME}[^.;]*\\band\\s+[^.;]*))$`,
);
/** After a holiday's name, the weekday it falls on: " fell on Monday", " this year falls on a Friday". */
const FALLS_ON_WEEKDAY = new RegExp(`^\\s+(?:this\\s+year\\s+)?${FALLS_ON}(?:a\\s+)?${WEEKDAY_NAME}`);
/** After the second of two holidays, its own weekday: " on Wednesday". */
const ON_WEEKDAY = new RegExp(`^\\s+on\\s+(?:a\\s+)?${WEEKDAY_NAME}`);
/** Before a second holiday listed after the first, the first's weekday: "fell on Monday this year and the ". */
const FALLS_ON_WEEKDAY_AND = new RegExp(`\\b${FALLS_ON}(?:a\\s+)?${WEEKDAY_NAME}[^.;]*\\band\\s+(?:the\\s+)?$`);
/** "the first Friday of July": a day of the month this reader does not count. */
const ORDINAL_WEEKDAY_OF = /\b(?:first|second|third|fourth|fifth|last)\s+\w+day\s+(?:of|in)\s+$/i;
/** A year after a month and day: "28 June in 2020", "July 4th of 1995", "May 16, 2024", "Aug. 12–15, 2027". */
const YEAR_AFTER = /^(?:\s*[–-]\s*\d{1,2}\b)?\s*(?:,|in|of)?\s*((?:19|20)\d{2})\b/i;
/** A numeric date without a four-digit year ("08/12", "12 December 27"): day and month order or century unknown. */
const SHORT_NUMERIC = new RegExp(`(?<!${BESIDE_MONTH[0]})\\b\\d{1,2}[/.-]\\d{1,2}\\b(?!${BESIDE_MONTH[1]})`, 'i');
/**
 * "the evening of 7 October", "in the night to Sunday", "in the evening on Monday", "for Yalda night, December 21":
 * chrono reads the part of the day and loses the day it qualifies.
 */
const PART_OF_DAY_OF = /^(?:(?:morning|afternoon|evening|night)\s+(?:of|on)|night\s+(?:to|into)|night,)\s+/i;
/**
 * Nouns of an event that "today's" dates: "today's vote", "today's meeting of the council", "today's Pop-Up Opera
 * performances".
 */
const EVENT_NOUN =
  /^\s+(?:[\w-]+\s+){0,2}?(?:vote|votes|meeting|hearing|session|sitting|debate|match|game|race|final|talks|summit|announcement|decision|ruling|verdict|strike|protest|march|rally|election|ceremony|launch|budget|briefing|statement|speech|attack|storm|flood|fire|crash|performances?|concerts?|recitals?|screenings?|parade|procession|sailings|flights|departures)\b/i;

/** A weekday cut short: "Sat", "Wed.", "on Sun". */
const ABBREVIATED_WEEKDAY = /(?:^|\s)(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?$/i;

/**
 * Whether a cut-short weekday is one: "people sat on a ship", "the sun rose", "Sun shines on the pier" are verbs
 * and nouns. Capitalised, it is a weekday after a preposition or a qualifier ("on Sat", "last Wed") or with its
 * full stop ("Sat."); in lower case, never.
 */
function abbreviatedWeekdayStands(text: string, before: string, after: string): boolean {
  const word = ABBREVIATED_WEEKDAY.exec(text)?.[1];
  if (word === undefined) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  return (
    /\.$/.test(text) ||
    /^\./.test(after) ||
    /\b(?:on|last|next|this|from|until|by)\s*$/i.test(`${before} ${text.slice(0, -word.length)}`)
  );
}

/** How a level is told as held: "steady", "broadly unchanged", "firm". */
const HELD_STEADY = String.raw`(?:broadly\s+|largely\s+|fairly\s+|relatively\s+)?(?:steady|stable|flat|firm|firmer|unchanged|little\s+changed|mixed|weaker|softer)\b`;
const HELD_STEADY_BEFORE = new RegExp(
  String.raw`\b(?:was|were|is|are|remained|stayed|held|kept)\s+${HELD_STEADY}\s+(?:in\s+|during\s+|through(?:out)?\s+)?$`,
  'i',
);
/** How a price is told as held, right before the price: "were steady this week at Rs 2,950" (its time between). */
const HELD_STEADY_BEFORE_PRICE = new RegExp(String.raw`\b${HELD_STEADY}\s+$`, 'i');
/**
 * How a price on a day is told as a level after the day: "were firm", "stood at 9,850 roubles per gram", "(the kyat on
 * Friday) at about 4,450 to the US dollar", "held at its fixed rate of 655.957 to the euro".
 */
const HELD_STEADY_AFTER = new RegExp(
  String.raw`^,?\s+(?:which\s+)?(?:(?:were|was)\s+${HELD_STEADY}|(?:(?:stood|closed|opened|traded|settled|held|holding|hovering|(?:was|were)(?:\s+(?:trading|assessed|quoted|priced|fixed|set|pegged))?)\s+)?(?:at|around|near)\s+(?:(?:about|around|roughly|some)\s+)?(?:(?:its|the|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:rate|level|peg|price)\s+of\s+)?)?(?:[A-Z]{2,4}\s)?\S{0,4}[\d#]|(?:(?:was|were)\s+(?:buying|fetching|worth)|bought|fetched)\s+(?:about\s+)?\S{0,4}[\d#]|averaged\s+(?:about\s+)?\S{0,4}[\d#]|(?:eased|weakened|firmed|strengthened|slipped|rose|fell|climbed|dropped)\s+to\s+(?:about\s+)?\S{0,4}[\d#]|put\s+(?:the\s+)?[^,;.]{0,40}?\s+at\s+(?:about\s+)?\S{0,4}[\d#])`,
  'iu',
);
/**
 * A table's heading row whose columns are dates compared, the last one the change: "| Category (USD/ct) | 25 June | 2
 * July | Change |".
 */
const PRICE_TABLE_HEADING =
  /^\s*\|[^|\d]*\|(?:\s*[^|\d]{0,12}\d{1,2}[^|\d]{0,12}\|){2,}\s*(?:Change|Chg\.?|Diff(?:erence)?|Var(?:iation)?\.?|Δ|%|[wmy]\/[wmy]|Trend)\s*\|?\s*$/i;
/** "Today is Independence Day (25 June), a national holiday": a day named for what the calendar makes of it. */
const TODAY_IS_HOLIDAY =
  /^\s*(?:Today|Tomorrow)\s+is\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]*(?:\s*\([^)]*\))?,\s+an?\s+(?:national|public|bank|state|school)\s+holiday\b/u;
/** A weekday in brackets alone: "(Friday)". */
const WEEKDAY_GLOSS = new RegExp(String.raw`^\(${WEEKDAY}\)$`, 'i');
/** A Hijri date before ours in a dateline: "Jazan, Rabi al-Thani 10, 1448 AH, September 21, 2026". */
const HIJRI_DATE_BEFORE = String.raw`(?:\p{Lu}[\p{L}'’ -]{2,20}\s\d{1,2},\s+\d{4}\s*(?:AH|H)\.?,\s*)?`;
/**
 * A wire's dateline dates its filing, not an event: "CHENNAI, Feb 7 (IBW) —", "LONDON, 12 March (Reuters) -", "BUSAN,
 * South Korea, Sept. 22 (AP) —", "NAGAPATTINAM, Tamil Nadu, Nov 26 (Peninsula Press Agency) -", "Praia, 02 Jul 2026
 * (APN) –". So does a place in ordinary case, its date and a dash: "Buenos Aires, 17 April —", "Hamburg, Montag, 2.
 * November 2026 –", "Abidjan, le 10/08/2026 —", "BELIZE CITY, Fri. Sept. 11, 2026--", "ST GEORGE'S, Grenada, Feb 4,
 * CRNA –", "Oaxaca de Juárez, Oax., 21/07/2026.–", "Castries, 06/08/2026 - ", and a ratings agency's "Meridian Ratings
 * - London - 18 Sep 2026: ", and a date in brackets: "CHARLESTOWN, Nevis (Tuesday 15th September 2026) - ", or after a
 * date of another calendar: "GONDAR, Tahsas 28, 2018 E.C. (January 6, 2026) — ", or after a byline in brackets:
 * "Gujranwala (Staff Reporter) Tuesday 31 March 2026, 11 Shawwal 1447 AH: ", or with the place's state in brackets:
 * "Puri (Odisha), Jul 24 (BNS) ", or with its weekday alone: "Puri, Sunday: ", or after a Hijri date: "Jazan, Rabi
 * al-Thani 10, 1448 AH, September 21, 2026, KNA -- ".
 */
const DATELINE = new RegExp(
  String.raw`^[\p{Lu}][\p{L} .'’/-]+(?:\s+\([\p{L} .'’-]{2,30}\))?,\s+(?:[^,()\d]{2,30},\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s+(?:\([^)]{2,40}\)|\/[^/\s]{2,20}\/)\.?\s*(?:[—–:-]|(?=\p{Lu}))|^(?!${WEEKDAY_CAPITALISED}\b)\p{Lu}[\p{L} .'’/-]+(?<!\b${WEEKDAY_CAPITALISED}),\s+(?:[\p{Lu}][\p{L}.'’ ]{1,20},\s+)?${HIJRI_DATE_BEFORE}(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:le\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\.?\s+[A-Z][a-z]{2,8}|\d{1,2}\/\d{1,2}\/\d{4})(?:,?\s+\d{4})?(?:,\s+[A-Z]{2,8})?(?:(?:\s+|\.)[—–]\s|\s*--\s|:\s|\s-\s(?=\p{Lu}))|^\p{Lu}[\p{L} .'’-]{1,30},\s+\d{1,2}\/\d{1,2}\/\d{4}\s-\s|^\p{Lu}[\p{L}&'’ .]{1,40}\s-\s\p{Lu}[\p{L}'’ .]{1,30}\s-\s\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{4}:\s|^\p{Lu}[\p{L} .'’/-]+,\s+(?:\p{Lu}[\p{L}.'’ ]{1,20}\s+)?\((?:\p{Lu}\p{Ll}+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}\.?|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\)\s*[—–-]\s|^\p{Lu}{2,}(?:[ .'’/-]\p{Lu}{2,})*,\s+[^—–()]{3,40}\([^()]*\d{4}\)\s*[—–-]\s|^\p{Lu}[\p{L} .'’-]{1,30}\s\((?:[^()]{0,20}\b(?:Reporter|Correspondent|Staff|Bureau|Desk|News)\b[^()]{0,20}|\p{Lu}{2,6})\)\s+(?:\p{Lu}\p{Ll}+day,?\s+)?\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}(?:,\s+[^.:—–]{1,40})?(?:\s*[:—–]\s|\.?$)|^(?!${WEEKDAY_CAPITALISED}\b)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+\([^()]{2,30}\))?,\s+${WEEKDAY_CAPITALISED}:\s`,
  'u',
);
/**
 * A dateline on a line of its own, the place and the day and nothing told of it: "Jeddah — Monday 6 Ramadan 1447 AH,
 * corresponding to 23/02/2026", "Wednesday 6 Rabi' al-Awwal 1448, corresponding to 19 August 2026.", "(Translated from
 * Arabic) Irbid – Al-Shamal Daily – Tuesday 19 May 2026, corresponding to 2 Dhu al-Hijjah 1447 AH", "Son en Breugel /
 * Eindhoven, 20 November 2026", "Live coverage, 4.06.2026.", "PRESS RELEASE No 181/26, Luxembourg, 17 November 2026".
 */
const DATELINE_ALONE =
  /^\p{Lu}[\p{L} .'’-]{1,30}\s[—–-]\s(?:(?:\p{Lu}[\p{L}.]*|\d[\d/.-]*|AH|CE|BE|H|corresponding|equivalent|to|of|the),?\s*){1,12}$|^(?=[^.]*\b(?:corresponding|equivalent)\s+to\b)(?:\([^()]{1,40}\)\s*)?(?:(?:[—–-]|\p{Lu}[\p{L}.'’-]*|al-\p{L}+|\d[\d/.-]*|AH|CE|BE|H|corresponding|equivalent|to|of|the),?\s*){2,20}\.?$|^\p{Lu}[\p{L} .'’/-]{1,40},\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\.?$|^(?:[Pp]ress|PRESS|[Nn]ews|NEWS|[Mm]edia|MEDIA)\s+(?:[Rr]elease|RELEASE)\b[\p{L}\d .'’/-]{0,30},\s+\p{Lu}[\p{L} .'’-]{1,30},\s+\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}\.?$|^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+)?,\s+\d{1,2}[./]\d{1,2}[./]\d{4}\.?$/u;
/** An AP dateline with its day in brackets: "MODESTO, Calif. (June 16) —", "LUBBOCK, Texas (Oct. 30) —". */
const DATELINE_BRACKETED =
  /^\p{Lu}[\p{Lu} .'’-]+,\s+(?:\p{Lu}[\p{L}.]*\s*){1,3}\s*\((?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?)\)\s*[—–-]/u;
/** "was to have resumed", "would have met": what was meant to happen and did not. */
const COUNTERFACTUAL = /\b(?:was|were) to have\b|\b(?:would|should|could|might) have\s+(?:\w+ly\s+)?\w+(?:ed|en)\b/i;
/** "Had the ferry sailed on Monday, …", '"Had this happened in January, …"': a condition that did not hold (case matters: no "i" flag). */
const HAD_IT =
  /^\s*["“‘]?Had\s+(?!it\s+not\s+been\s+for\b)(?:(?:the|a|an|its|their|his|her)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:not\s+)?[a-z]+(?:ed|en)\b/;
const isCounterfactual = (clause: string) => COUNTERFACTUAL.test(clause) || HAD_IT.test(clause);

/** The words of a date phrase's clause before it. */
function clauseBefore(sentence: string, index: number): string {
  const [start] = clausesOf(sentence).find(([, end]) => index < end) ?? [0];
  return sentence.slice(start, index);
}

/** The clause a date phrase stands in, the phrase included. */
function clauseAround(sentence: string, index: number, length: number): string {
  return sentence.slice(...clauseSpan(sentence, index, length));
}

/** Where the clause a date phrase stands in starts and ends, the phrase included. */
function clauseSpan(sentence: string, index: number, length: number): [number, number] {
  const [start, end] = clausesOf(sentence).find(([, last]) => index < last) ?? [0, sentence.length];
  return [start, Math.max(end, index + length)];
}

/** What comes before a date in its clause, or the whole sentence before it when the date is a clause of its own. */
function planBefore(sentence: string, index: number): string {
  const clause = clauseBefore(sentence, index);
  return clause.trim() ? clause : sentence.slice(0, index);
}

const PART_OF_MONTH = /\b(?:end|start|beginning|middle|close) of\b/i;
/** A count that changed: "The death toll rose from 11 to 17 yesterday" (chrono reads 11:00 to 17:00). */
const COUNT_CHANGE =
  /\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|climbed|increased|dropped|grew|jumped|went\s+(?:up|down))\s+from\s+\d[\d,.]*\s+to\s+\d[\d,.]*/gi;
/** A rate's period just before a time ago: "a month" in "14,000 kroner a month two years ago". */
/** A plan told before "this year", its verb first: "is due to open ", "will hold early elections ". */
const PLAN_FOR_YEAR = new RegExp(
  String.raw`\b(?:will|shall|(?:is|are|was|were)\s+(?:${PLAN_WORDS}|to)|plans?|planned|aims?|intends?)\b(?![^,;:.]*\b(?:may|might|could)\b)[^,;:.]*$`,
  'i',
);
/** Before "this year": "a Saturday ". */
const A_WEEKDAY_BEFORE = new RegExp(String.raw`\ba\s+${WEEKDAY}\s+$`, 'i');
/** A level or its change, in a sentence: a figure, "fell", "a similar figure", "higher than". */
const LEVEL_CUE =
  /\d|%|\bper\s*cent\b|\b(?:falls?|fell|rises?|rose|grows?|slow(?:er)?|drops?|increases?|decreases?|figures?|records?|similar|more|less|fewer|higher|lower|than)\b/i;
/** Vehicles and machines a model's year may name. */
const MACHINE = String.raw`(?:vessels?|ferr(?:y|ies)|yachts?|trawlers?|dinghy|dinghies|outboards?|tractors?|trucks?|lorr(?:y|ies)|bus(?:es)?|minibus(?:es)?|(?:mini)?vans?|shuttles?|ambulances?|cars?|SUVs?|pickups?|jeeps?|motorcycles?|scooters?|sedans?|saloons?|convertibles?|coupes?|hatchbacks?|wagons?|vehicles?|excavators?|bulldozers?|combines?|jets?|aircraft|planes?|helicopters?|boats?|tankers?|cranes?|tugs?|barges?|catamarans?|engines?|consoles?|cruisers?|skiffs?|sloops?|runabouts?)`;
/**
 * A model's year, before its make and the machine ("his fleet of 2019 Volvo FH tractors", "a 2019 Yamaha 40-horsepower
 * outboard", "The mine's fleet of 2019 Komatsu 930E haul trucks", "a 1998 Japanese-built roll-on roll-off ferry"; not
 * "In March 2024 Tesla cars were banned"), or before a make and model that end their phrase after the machine or a
 * verb of having ("the tractor, a 2014 John Deere,", "a shuttle for cruise guests, a 2023 Ford Transit,", "was a 2021
 * Ford Explorer."), or before a make and its number or the make that powers it ("his 2019 Bavaria 46", "a 2022 Sea
 * Lance 39", "his 2017 Ford F-250", "his 2019 Yamaha-powered mashua"): no time anything happened. (The year a thing was
 * built is its building's: "The 1998-built Baltic Swan"; a date's in figures is its own: "On 17.11.2026 VUGD tankers".)
 */
const MODEL_YEAR = new RegExp(
  String.raw`(?<!\b(?:[Ii]n|[Oo]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Aa]fter|[Bb]efore|\p{Lu}\p{Ll}+|\d{1,2}(?:st|nd|rd|th)?)\s|[-–./])\b(?:19|20)\d{2}(?=\s+(?:\p{Lu}[\p{L}\d-]*\s+|[\p{L}\d]+-[\p{L}\d-]+\s+|\d+\p{Lu}+\s+){1,4}(?:\p{Ll}+\s+)?${MACHINE}\b)|(?<=\b(?:${MACHINE}(?:\s+(?:for|of|to|from|on|with)\s+[^,;.]{1,30})?,|was|were|drove|drives|driving|owned|owns|bought|rented|stole|in)\s+(?:a|an)\s+)(?:19|20)\d{2}(?=\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}\d-]*)?\s*[,;.)])|(?<=\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+)(?:19|20)\d{2}(?=\s+(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:\p{Lu}{1,3}-?)?\d{2,4}\p{Lu}{0,3}(?=\s*[,;.)]|\s+(?:on|in|at|to|from|with|for|and|was|is|had|has|off|out|into|onto)\b|(?:\s+\p{Ll}+)?\s+${MACHINE}\b)|\s+\p{Lu}\p{Ll}+-(?:powered|built|engined|made)\b)`,
  'gu',
);
const RATE_BEFORE_AGO =
  /(?<=\b(?:a|an|per)\s)(?:day|week|month|night|year)(?=\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+ago\b)/giu;
/**
 * A date in figures inside a longer code: "City Ordinance 2019-06-20-0541", "file CI-2026-03-04", "Notification No.
 * SO(Lab)2-14/2026", or a standard's number after its body's letters: "NEN-EN 1991-1-4", "ISO 8601-1".
 */
const DATE_IN_CODE =
  /(?<=\p{L}\)\s?)\d{1,2}-\d{1,2}\/\d{4}\b|\b\d{4}-\d{1,2}-\d{1,2}(?=-[\p{L}\d])|(?<=[\p{L}\d]-)\d{4}-\d{1,2}-\d{1,2}\b|(?<=\b(?:EN|ISO|IEC|DIN|BS|NEN|NF|ASTM|ANSI|IEEE|UNE|ÖNORM|SN|CSA|GOST|DSTU|JIS|SANS)(?:[- /](?:EN|ISO|IEC))*\s)\d{4}-\d{1,2}(?:-\d{1,2})?\b/gu;
/** A number just before a day: "Pier 15 on Monday", "Flight 12 Tuesday", "tunnel No. 14 on 29 May". */
const NUMBER_BEFORE_DAY = new RegExp(
  String.raw`\b\d{1,2}(?=\s+(?:on\s+)?${WEEKDAY}\b|\s+on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH})|(?:${MONTH})[a-z]*\.?\s+\d))`,
  'gi',
);
/**
 * A currency's sign or code before a sum: "$", "Tk ", "EUR ", the naira's "N" before thousands ("N19,000"), the won's
 * "W" ("W1.2 trillion"), the Swiss "Fr. 87".
 */
const CURRENCY_SIGN = String.raw`(?:[A-Z]{0,3}\p{Sc}\s?|\bS\/\s?|\bN(?=[\d#]{1,3}(?:,[\d#]{3})+|[\d#]+(?:\.\d+)?\s?(?:bn|mn|m|tr|billion|million|trillion)\b)|\bW(?=[\d#]{1,3}(?:,[\d#]{3})+|[\d#]+(?:\.\d+)?\s?(?:bn|tr|billion|trillion)\b)|\bFr\.\s?(?=[\d#])|\bN?Le\s?(?=[\d#]{1,3}(?:,[\d#]{3})+|[\d#]+(?:\.\d+)?\s?(?:bn|mn|m|billion|million|trillion)\b)|\b(?:Rp|Rs|Nu|Tk|Bt|SSP|Shs|Sh|KSh|USh|TSh|FCFA|MT|Kz|KM|RM|R|K|P|Q|Bs|NAf|Afl|USD|EUR|GBP|CHF|XPF|CFA|AED|SAR|QAR|INR|JPY|CNY|AUD|NZD|CAD|UGX|KES|TZS|UZS|ANG|XCG|AWG|XCD|JMD|TTD|BSD|BBD|PHP|THB|SEK|NOK|DKK|HUF|PLN|CZK|MXN|BRL|ZAR|KRW|SGD|HKD|MYR|IDR|VND|NGN|GHS|EGP|PKR|LKR|BDT|NPR|JD|JOD|KD|KWD|BHD|OMR|COP|ARS|CLP|PEN|UYU|BOB|PYG|DOP|GTQ|HNL|NIO|CRC|TRY|RUB|UAH|GEL|AMD|AZN|KZT|MNT|KGS|TJS|ISK|RON|BGN|RSD|MKD|BAM|MAD|TND|DZD|ETB|RWF|MZN|AOA|ZMW|MWK|BWP|NAD|MUR|SCR|MGA|MVR|ILS|TWD|MOP|KHR|LAK|MMK|BND|PGK|FJD|WST|TOP|VUV|SBD|XOF|XAF|FC|CDF|Gs|IQD|IRR|AFN|LBP|SYP|YER|SDG|SOS|ZiG|ZWL|GNF|LRD|SLE|GMD|HTG|CVE|DJF|BIF|LYD|TMT)\.?\s?)`;
/** Currencies by their names, as amounts are told in them: "euros", "CFA francs", "cedis". */
const CURRENCY_WORD = String.raw`t[öo]gr[öo]gs?|euros?|dollars?|pounds?|yen|yuan|won|lei|lari|rand|kina|kwacha|naira|cedis?|shillings?|pesos?|reais|rupees?|ngultrum|taka|tenge|dinars?|dirhams?|riyals?|francs?|baht|ringgit|rupiah|dong|lira|zlotys?|forints?|koruna|krona|kronor|krone|kroner|kyat|kip|riel|soms?|soums?|manat|drams?|tugriks?|hryvnias?|leva|lev|birr|kwanza|ariary|vatu|tala|gourdes?|quetzal(?:es)?|bolivianos?|lempiras?|colones|c[oó]rdobas?|guaran[ií]es|soles|pula|leones|dalasis?|denars?|somoni|afghanis?|shekels?|rials?|pa['’]anga`;
/**
 * A level "at" a figure with its unit or currency: "peaked last Sunday at 9.31 meters", "the yuan on Friday at 7.12 to
 * the US dollar", "The cedi is at 15.27 this morning" (chrono reads a clock time).
 */
const AT_MEASURE = new RegExp(
  String.raw`(?<=\b(?:${CURRENCY_WORD}|sterling|rate)\s+(?:is|was|stood|stands)\s+at\s+)\d+[.,]\d+(?=\s+(?:today|this|on|last|yesterday)\b)|(?<=\bat\s+(?:about\s+|around\s+|roughly\s+)?)\d+[.,]\d+(?=\s*(?:${FIGURE_UNIT}|cm\b|mm\b|feet\b|ft\b|(?:to|against|per)\s+(?:the\s+|one\s+|a\s+)?(?:(?:U\.?S\.?|American|Canadian|Australian|Singapore|Hong\s+Kong)\s+)?(?:${CURRENCY_WORD}|greenback|sterling)\b))`,
  'giu',
);
/** A sum of money: "$18", "Tk 3,000", "180 lari". */
const PRICE = String.raw`${CURRENCY_SIGN}[#\d][#\d,.]*(?:\s\d{3}(?!\d))*(?:\s?(?:m|bn|mn|tr|k|million|billion|trillion|thousand)\b)?|\b[#\d][#\d,.]*\s*(?:(?:million|billion|thousand|bn|m)\s+)?(?:(?:Guinean|Swiss|Congolese|Rwandan|Burundian|Djiboutian|Comorian|Malagasy|U\.?S\.?|Hong\s+Kong|Singapore|Australian|Canadian|New\s+Zealand|Jamaican|Liberian|Namibian|Taiwan)\s+)?(?:FCFA|FBu|CFA\s+francs?|CHF|TSh|kr\.(?=\s)|kr|${CURRENCY_WORD}|cents?|pence|fils)(?:\b|(?<=\.))`;
/**
 * A price a thing sold or traded at, or fetched: "sold … at $18", "trading at Rs 4.10 a unit", "the 1,480 yen it fetched";
 * what one of a thing sold for ("A kapoaka sold for around 900 ariary"), or any one buyer paid ("A household that paid around
 * €38").
 */
const UNIT_PRICE = new RegExp(
  String.raw`\b(?:sold|sells?|selling|trad(?:ed|es|ing)|went|going|priced)\b[^,;]*?\bat\s+(?:about\s+|around\s+|nearly\s+|just\s+|only\s+)?(?:${PRICE})|(?:${PRICE})\s+(?:\p{L}+\s+){0,2}(?:fetched|commanded|cost)\b|\b(?:fetched|fetching|commanded|cost|costs)\s+(?:(?:the\s+|its\s+|their\s+)?\p{Ll}+\s+(?=(?:about\s+|around\s+)?[A-Z]{0,3}\p{Sc}))?(?:about\s+|around\s+|nearly\s+|just\s+|only\s+|(?:more|less)\s+than\s+)?(?:${PRICE})|\b(?:a|an|one)\s+(?:[\p{L}-]+\s+){1,4}?(?:that\s+)?(?:sold|went|traded|retailed)\s+for\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?(?:${PRICE})|\b(?:a|an|one)\s+(?:[\p{L}\d-]+\s+){1,6}?(?:that|who)\s+(?:paid|spent)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?(?:${PRICE})`,
  'iu',
);
/**
 * A price that held, before its time: "was little changed at $104 a tonne ", "unchanged at £4.20 a litre ", "prices …
 * were little changed on ".
 */
const PRICE_HELD = new RegExp(
  String.raw`\b(?:(?:(?:little|barely|largely|broadly)\s+changed|unchanged|steady|flat)\s+at\s+(?:${PRICE})[^,;.]{0,40}|(?:(?:little|barely|largely|broadly)\s+changed|unchanged)\s+(?:on\s+)?)$`,
  'iu',
);
/** A price for each of a unit: "$231/t", "R24.10 a litre". */
const PRICE_PER_UNIT = String.raw`(?:${PRICE})\s*(?:(?:a|an|per)\s+|\/)\p{L}+`;
/** A price for each of a unit, right before its time: "Wheat 12.5% FOB Odesa $231/t ", "diesel at R24.10 a litre ". */
const UNIT_PRICE_BEFORE = new RegExp(String.raw`${PRICE_PER_UNIT}\s+$`, 'iu');
/** A price right after its time: "A month ago at $9,000 a year". */
const AT_PRICE = new RegExp(String.raw`^\s+at\s+(?:about\s+|around\s+|nearly\s+|just\s+|only\s+)?(?:${PRICE})`, 'iu');
/** The top of a range of prices: the "-8,600" of "Rs 8,350-8,600 per 40 kg". */
const PRICE_RANGE_END = String.raw`(?:\s*[-–]\s*[\d#][\d#,.]*)?`;
/**
 * A level quoted before its time: "Copper was trading at about US$10,900 a tonne this week", "offered at $1,690/t", "was
 * selling for 250,000 dong this week", "The gauge read minus 1.05 metres this morning"", "Rams sold at 150,000 to 350,000
 * CFA francs a head on Monday", "Traders quoted the dollar at around CFA 565 this week".
 */
const QUOTED_AT = new RegExp(
  String.raw`(?:\bsold\s+at\s+(?:about\s+|around\s+|some\s+)?(?:${PRICE}|[\d#][\d#,.]*)(?:\s+to\s+[\d#][\d#,.]*)?(?:\s+\p{L}+){0,3}\s+(?:an?|per|each)\b|\b(?:trading|traded|trades|offered|quoted|quoting|assessed|selling|priced)\s+(?:(?:the|these|those|its|their)\s+\p{L}+\s+)?(?:(?:at|around|near|above|below|for)\s+|(?=as\s+(?:much|little|high|low)\s+as\s))(?:about\s+|around\s+|some\s+|as\s+(?:much|little|high|low)\s+as\s+)?(?:[A-Z]{2,4}\s?)?(?:${PRICE}|[\d#][\d#,.]*)|\b(?:stood|stands)\s+at\s+(?:about\s+|around\s+|some\s+)?(?:${PRICE})|\b(?:fetched|fetches|fetching)\s+(?:about\s+|around\s+|some\s+)?(?:${PRICE}|[\d#][\d#,.]*)|\b(?:read|reads)\s+(?:minus\s+|plus\s+)?[\d#][\d#,.]*)${PRICE_RANGE_END}[^,;.]{0,40}$`,
  'u',
);
/** A thing at a price, no verb before its day: "Soybean at Rs 4,650 a quintal on ". */
const PRICE_NO_VERB_BEFORE = new RegExp(
  String.raw`^\W*(?:(?!(?:was|were|is|are|be|been|being|has|have|had|sells?|sold|\p{L}+ing|\p{L}+ed)\s)[\p{L}'’-]+\s+){1,4}at\s+(?:about\s+|around\s+)?(?:${PRICE})(?:\s+(?:a|an|per)\s+[\p{L}-]+)?\s+(?:on\s+)?$`,
  'iu',
);
/** A price, then what fetched it on a day: "the GH¢15.42 it fetched on ". */
const PRICE_FETCHED_BEFORE = new RegExp(
  String.raw`(?:${PRICE})\s+(?:it|they|the\s+\p{L}+)\s+(?:fetched|closed\s+at|traded\s+at|stood\s+at)\s+(?:on\s+)?$`,
  'iu',
);
/** A conversion's rate before its day: "at the dollar on ", "at the exchange rate of ". */
const AT_RATE_BEFORE = new RegExp(
  String.raw`\bat\s+the\s+(?:${CURRENCY_WORD}|exchange\s+rate|rate)\s+(?:of\s+|on\s+)?$`,
  'i',
);
/** Months joined into a span: "between November and April". */
const MONTH_AND_AFTER = new RegExp(String.raw`^\s+and\s+(?:${MONTH})`, 'i');
const BETWEEN_MONTH_AND_BEFORE = new RegExp(String.raw`\bbetween\s+(?:${MONTH})[a-z]*\s+and\s+$`, 'i');
/** A weekday's sessions up to a time: "Wednesdays through ". */
const WEEKDAYS_UP_TO_BEFORE = new RegExp(String.raw`\b${WEEKDAY_CAPITALISED}s\s+(?:through|until|till|to)\s+$`);
/** After a period, the money a thing ended it with: " with $1.1 billion in cash". */
const CASH_WITH_AFTER = new RegExp(String.raw`^\s+with\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?(?:${PRICE})`, 'iu');
/** Money held at a period's end: "had about $1.1 billion in cash at the ". */
const CASH_HELD_BEFORE = new RegExp(
  String.raw`\b(?:had|has|held)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?(?:${PRICE})\s+(?:in\s+)?(?:cash|reserves|liquidity|debt|the\s+bank|(?:customer\s+)?deposits)(?:\s+and\s+[\p{L}\s]{1,30}?)?\s+(?:at|by|as\s+of)\s+(?:the\s+)?$`,
  'iu',
);
/** After a day, the price a thing closed at: " at R15.80". */
const AT_PRICE_AFTER = new RegExp(String.raw`^\s+at\s+(?:about\s+|around\s+)?(?:${PRICE})`, 'u');
/**
 * A price a share, a commodity or a currency closed or was put at, before its day: "closed at EUR 2.14 on ", "closed at
 * 2,280 to the dollar on ", "closed at $10,420/t on ", "put the som at 87.45 per U.S. dollar on ", "at N1,545 to the
 * dollar, where the naira closed on ", "With the naira at N1,548 to the dollar on ", "With the euro at $1.16 on ", "At 0.93
 * Swiss francs, the euro on ".
 */
const CLOSING_PRICE_BEFORE = new RegExp(
  String.raw`\bwith\s+(?:the\s+)?(?:\p{L}+\s+){0,2}\p{L}+\s+at\s+\S{0,3}[#\d][#\d,.]*(?:\s+(?:to|against|per)\s+(?:the\s+|one\s+)?(?:U\.?S\.?\s+)?\p{L}+)?\s+(?:on\s+)?$|^\W*at\s+\S{0,3}[#\d][#\d,.]*\s+(?:\p{L}+\s+){0,2}?\p{L}+,\s+the\s+\p{L}+\s+(?:on\s+)?$|\bat\s+\S{0,3}[#\d][#\d,.]*\s+(?:to|against|per)\s+(?:the\s+|one\s+)?(?:U\.?S\.?\s+)?\p{L}+,\s+where\s+(?:the\s+|it\s+)?(?:\p{L}+\s+)?(?:closed|ended|finished|stood|traded|settled)\s+(?:on\s+)?$|\b(?:closed|ended|finished|settled|stood|traded|held|was|were|(?:was|were)\s+(?:trading|steady|stable|unchanged|flat|firm)|put\s+(?:the\s+)?\p{L}+)\s+(?:the\s+(?:day|week|session)\s+)?at\s+(?:about\s+|around\s+)?(?:${PRICE}|[#\d][#\d,.]*(?=\s+(?:to|against|per)\s))(?:\/\p{L}+)?(?:\s+(?:to|against|per|a)\s+(?:the\s+|one\s+)?(?:U\.?S\.?\s+)?\p{L}+)?\s+(?:on\s+)?$`,
  'iu',
);
/**
 * What happened at a level's time, told after it: "on Friday when the finance ministry intervened", "on Friday, when
 * trading was halted", "on Friday as a strike shut the mine", "on Friday, after a 10 percent devaluation" (not a reason
 * told with "as" and no article: "as traders judged the outage manageable").
 */
const LEVEL_DEED_AFTER = /^\s*,?\s*(?:when|after|before|while|as\s+(?:a|an|the)\s)/i;
/** A greeting before a name: "Kia ora, ", "Morning, ". */
const GREETED =
  /\b(?:Kia\s+ora|Hello|Hi|Thanks|Thank\s+you|Good\s+(?:morning|afternoon|evening)|Welcome|Morning|Cheers),\s+$/i;
/** A currency by its name: "the Congolese franc", "the peso". */
const CURRENCY_NAME = new RegExp(
  // (Bounded as letters, not as ASCII words: "tālā".)
  String.raw`(?<!\p{L})(?:${CURRENCY_WORD}|sterling|renminbi|real|roubles?|rubles?|currency|exchange\s+rate|tālā)(?!\p{L})`,
  'iu',
);
/** A price set off before its time: "the fare, RM38 a month ago, is selling at RM45", "premiums, around £9,000 two years ago, were". */
const PRICE_THEN = new RegExp(
  String.raw`,\s*(?:(?:about|around|roughly|nearly|some|up\s+to)\s+)?(?:${PRICE})\s+$`,
  'iu',
);
/**
 * A level in figures, by the verb that gives it: "were back to about two days", "for an average hammer price of £410",
 * "numbered 40 lorries", "stood at about 2.1 per cent", "were running at 92", "it was about 33,000 TEUs", "fees that
 * were about Tk 3,000 per hull", "averaged Rs 9,000 a night", "it was 35", "the annual maintenance budget was R$ 38
 * million", "was valued at 41m euro", "had been running at 99.2%", "was down 9%", "Ridership … was 88%", "was 9.8
 * million", "SAIDI was 94 minutes", "had a standing biomass of approximately 1,900 tonnes".
 */
const LEVEL = String.raw`\b(?:(?:numbered|totall?ed|came\s+to|amounted\s+to|averaged|an?\s+average\s+(?:[A-Za-z-]+\s+)?(?:price|rate|fare|cost|value|yield|wait|occupancy)\s+of|stood\s+at|ran\s+at|valued\s+at|(?:was|were|is|are)\s+at(?=\s+(?:about\s+|around\s+)?${CURRENCY_SIGN}?[#\d])|(?:was|were|(?:has|have|had)\s+been)\s+(?:still\s+)?(?:charging|asking|quoting|levying)(?:\s+an?)?(?=\s+(?:about\s+|around\s+)?${CURRENCY_SIGN}?[#\d])|(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:now\s+|still\s+)?running(?:\s+at|(?=\s+(?:about\s+|around\s+)?[#\d][#\d,.]*(?:\s+to\s+[#\d][#\d,.]*)?\s*(?:%|per\s*cent|percent|cents?\b|points?\b)))|(?:was|were|is|are)\s+(?:down|up|back)(?:\s+(?:by|to))?|(?:was|were)(?=\s+(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|just\s+)?${CURRENCY_SIGN}?[#\d][#\d,.]*\s*(?:%|per\s*cent|percent|million|billion|lakh|crore|minutes\b|hours\b|days\b|tonnes\b|tons\b|metres\b|meters\b|feet\b|miles\b|km\b|kilomet(?:re|er)s\b|centimet(?:re|er)s\b|millimet(?:re|er)s\b|cm\b|mm\b|degrees\b|°|(?<=[#\d])[CF]\b))|hovered\s+(?:at|around)|(?:had|has|have)\s+an?\s+(?:[A-Za-z-]+\s+){0,2}?(?:biomass|population|capacity|stocks?|turnover|balance|backlog|debt|deficit|surplus|workforce|fleet|reserves?|value|volume|output)\s+of)\s+(?:about\s+|around\s+|approximately\s+|nearly\s+|some\s+|roughly\s+|just\s+)?|(?:it|they|that|which|budgets?|prices?|costs?|fares?|fees?|rents?|wages?|salar(?:y|ies)|revenues?|turnover|deficits?|tariffs?|premiums?)\s+(?:was|were)\s+(?:(?:about|around|nearly|some|roughly|close\s+to)\s+)?)(?:${CURRENCY_SIGN}?[#\d]|(?:half|twice|double|a\s+third|a\s+quarter)\s+(?:of\s+)?(?:their|its|the)\s+(?:level|number|total|figure)s?\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+(?:minutes|hours|days|weeks)\b)`;
/** A level before its time: "premiums, which ran at about 0.8% of contract value a year ago". */
const LEVEL_BEFORE = new RegExp(String.raw`${LEVEL}[#\d,.]*[^,;.]{0,60}$`, 'u');
/** A level after its time: "A year ago, the same properties were running at 92 per cent". */
const LEVEL_AFTER = new RegExp(String.raw`^[^.;]{0,60}?${LEVEL}`, 'iu');
/** A deed of telling whose clause follows: ", the chairs warned authors that". */
const WARNED_THAT_AFTER =
  /^[^.;]{0,40}?\b(?:warned|told|announced|informed|notified|alerted|cautioned|reminded|wrote\s+to)\b[^.;]{0,30}?\bthat\b/i;
/** Whom a price falls on, and how near it is: "costs importers close to", "cost the state about". */
const PAYER_AND_ROUGHLY = String.raw`(?:(?:the\s+|its\s+|their\s+)?\p{L}+\s+)?(?:(?:about|around|roughly|nearly|almost|some|just|only|close\s+to|up\s+to)\s+)?`;
/**
 * What a thing costs now, before "today" or "this year": "already costs 700 kyat on the chartered boats today", "sells for
 * $265 today", "A bag of cement sells at 39,000 ariary this week", "would cost at least A$3 million to replace today", "The cup of mulled wine is sold at 3.50 euros this year".
 */
const COSTS_NOW = new RegExp(
  String.raw`\b(?:costs|would\s+cost|(?:sells|goes|retails)\s+for|sells\s+at|fetches|(?:is|are)\s+sold\s+(?:at|for))\s+(?:at\s+(?:least|most)\s+)?${PAYER_AND_ROUGHLY}(?:[#\d][#\d,.]*\s*(?:to|-|–)\s*)?(?:${PRICE})[^,;.]{0,40}$`,
  'iu',
);
/**
 * A change and what it is set against, before its time: 'was "down by two-thirds" on the same weekend ',
 * "down 58% on ".
 */
const CHANGE_ON_BEFORE =
  /\b(?:up|down|higher|lower)\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost|more\s+than)\s+)?(?:[\d#][\d#.,]*\s*(?:%|per\s*cent|percent)|(?:a|one|two)[\s-](?:thirds?|quarters?|half)|half)["”’]?\s+(?:on|against|from)\s+(?:the\s+same\s+(?:weekend|week|day|night|month|period|time|date|quarter|season)\s+)?$/i;
/** A hedge before a figure: "about ", "nearly ". */
const ROUGHLY = String.raw`(?:about|around|approximately|some|nearly|almost)\s+`;
/** The verbs a change is told with, before its size: "rose", "fell", "slipped". */
const CHANGE_VERB = 'rose|fell|grew|dropped|climbed|slipped|jumped|declined|increased|decreased';
/** A change told just after the period it is over: " rose 4%", " fell by 1.2 million". */
const PERIOD_CHANGE_AFTER = new RegExp(String.raw`^\s+(?:${CHANGE_VERB})\s+(?:by\s+)?(?:${ROUGHLY})?[\d#]`, 'i');
/** A share a thing stood at, just before its day: "We were at 96 per cent on ", "was still at 40% ". */
const SHARE_AT_BEFORE =
  /\b(?:is|are|was|were|stood|stands|remained|remains|had\s+been|cleared|closed|settled|ended|finished)\s+(?:still\s+)?at\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[\d#][\d#,.]*\s*(?:%|per\s*cent|percent)(?:\s+(?:full|capacity|occupancy))?\s+(?:on\s+)?$/i;
/**
 * A level in the present, before "today": "employs about 7,800 people ", "handles some 40 ships a day ", "it is $1,150 ",
 * "occupancy was still around 85 percent ", "PM2.5 readings on the riverside were 35 micrograms per cubic metre at 9am ".
 */
const LEVEL_NOW = new RegExp(
  String.raw`\b(?:(?:is|are|was|were)\s+still|(?:readings?|levels?|concentrations?)\s+(?:[\p{L}\d.]+\s+){0,5}?(?:is|are|was|were)|employs?|carr(?:y|ies)|holds?|handles?|serves?|numbers|counts|produces?|exports|imports|ships|houses|covers|supplies|accounts?\s+for|trades\s+(?:near(?:er)?|at|around|above|below)|(?:it|they|that)\s+(?:is|are)(?:\s+now)?)\s+(?:(?:only|about|some|around|roughly|nearly|almost|barely|just|under|over|more\s+than|fewer\s+than|less\s+than|close\s+to)\s+)?${CURRENCY_SIGN}?[#\d][#\d,.]*[^,;.]{0,40}$`,
  'iu',
);
/**
 * What a thing went for or cost, before the time it did: "went for 180 lari in ", "cost the state 6,800 soums to print in ",
 * "she paid 1,450 pesos for in ".
 */
const PRICE_THEN_IN = new RegExp(
  String.raw`\b(?:went|going|sold|selling|cost|priced|paid|charged|fetched|retailed|rented|listed|changed\s+hands)\s+(?:for\s+|at\s+)?${PAYER_AND_ROUGHLY}(?:${PRICE})(?:\s+[\p{L}/]+){0,4}?\s+(?:in\s+|at\s+the\s+(?:start|beginning|middle|end)\s+of\s+|in\s+the\s+(?:spring|summer|autumn|fall|winter)\s+)?$`,
  'iu',
);
/** A price anywhere in a clause. */
const ANY_PRICE = new RegExp(PRICE, 'iu');
/** What a thing cost, told after the time it did: ", a comparable operation cost the company around €70,000". */
const COST_AFTER = new RegExp(
  String.raw`^\s*,?\s+[^.;]{0,80}?\b(?:cost|went\s+for|sold\s+for|fetched)\s+${PAYER_AND_ROUGHLY}(?:${PRICE})`,
  'iu',
);
/** Months of Nepal's Bikram Sambat calendar, whose years run 56 or 57 ahead: "2083 Baisakh 16", "Baisakh 2083". */
const BS_MONTH = String.raw`(?:Baisakh|Baishakh|Vaisakh|Jestha|Jeth|Asar|Asadh|Ashadh|Shrawan|Saun|Bhadra|Bhadau|Asoj|Ashwin|Kartik|Mangsir|Poush|Push|Magh|Falgun|Phagun|Chaitra|Chait)`;
/** A Bikram Sambat year beside its month, no year of ours: "formed on 2083 Baisakh 16", "in Baisakh 2083". */
const BS_YEAR = new RegExp(String.raw`\b20[4-9]\d(?=\s+${BS_MONTH}\b)|(?<=\b${BS_MONTH}\s+)20[4-9]\d\b`, 'g');
/**
 * A date in figures whose year lies generations ahead: "Notice dated 2082/07/11", "Thursday, 2082/07/13", another
 * calendar's (Bikram Sambat runs 56 or 57 years ahead of ours); no date of ours, and a weekday beside it stands alone.
 */
const FIGURES_DATE = /\b(?:(\d{4})([/.-])\d{1,2}\2\d{1,2}|\d{1,2}([/.-])\d{1,2}\3(\d{4}))\b/g;
/** "In Mopitlo (March) last year": a month glossed in brackets before its year; the bracket would end its phrase. */
const GLOSSED_MONTH_BEFORE_YEAR = new RegExp(
  String.raw`\((?:${MONTH})[a-z]*\)(?=\s+(?:last|next|this)\s+year\b)`,
  'gi',
);
/**
 * A price a market left: "The closing price of the shares was HK$2.86", "closed at 100.85 percent", "traded at NOK 117",
 * "were running 40 to 55 cents under futures".
 */
const CLOSING_LEVEL = String.raw`(?:\b(?:closing|opening)\s+(?:share\s+)?price\b[^.;]{0,40}?\b(?:was|were|of|stood\s+at)\s+|\b(?:closed|close|opened|settled|traded)\s+(?:the\s+(?:day|session)\s+)?(?:at|around|near)\s+|\b(?:was|were|is|are)\s+(?:still\s+)?running\s+)(?:${PRICE}|[#\d][#\d,.]*(?:\s+to\s+[#\d][#\d,.]*)?\s*(?:%|per\s*cent|percent|points?\b|cents?\b))(?:[^.;]{0,80}?\band\s+at\s+(?:${PRICE}))?`;
/** "in March last year": a month of the year gone by. */
const MONTH_LAST_YEAR = new RegExp(`^(?:in\\s+)?(?:${MONTH})[a-z]*\\s+last\\s+year$`, 'i');
/** The months a figure runs over, before their year: "in the first four months of ", "over the first 9 months ". */
const FIRST_MONTHS_OF =
  /\b(?:first|last)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+(?:of\s+)?$/i;
/** "June last year", "in March 2025", "June": a month, perhaps with its year. */
const MONTH_OF_A_YEAR = new RegExp(`^(?:in\\s+)?(?:${MONTH})[a-z]*\\.?(?:\\s+(?:last\\s+year|\\d{4}))?$`, 'i');
/** "each March, June, September and ", "every July 2 and ": months, or days of them, listed after "each" or "every". */
const EVERY_LISTED_MONTH = new RegExp(
  `\\b(?:each|every)\\s+(?:(?:\\d{1,2}\\s+)?(?:${MONTH})[a-z]*\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(?:and\\s+)?)*$`,
  'i',
);
/**
 * A figure by the day, week or hour, before its period: "handled 18,000 containers a week in ", "5,000 passengers a day
 * use the line in ", "expect to process about 1,200 tonnes a day through ".
 */
const RATE_BEFORE =
  /[#\d][#\d,.]*\s+(?:[\p{L}-]+\s+){0,3}(?:a|an|per|each)\s+(?:day|week|month|year|hour|night|shift)\s+(?:(?:[\p{L}-]+\s+){0,3}in\s+|(?:through|until|till|into|during|over)\s+)?$/iu;
/** The same before a time ago: "Up to 2.1 million tonnes a year went through Constanta ". */
const RATE_THEN_BEFORE_AGO =
  /[#\d][#\d,.]*\s+(?:[\p{L}-]+\s+){0,3}(?:a|an|per|each)\s+(?:day|week|month|year|hour|night|shift)\s+(?:[\p{L}-]+\s+){1,3}$/iu;
/**
 * What a thing was or made then, before its time: "twice what it did in ", "twice what it fetched ", "far above what the
 * utility paid for imported fuel oil ".
 */
const WHAT_IT_WAS =
  /\b(?:what|than)\s+(?:it|they|this|that|the\s+[\p{L}-]+)\s+(?:did|was|were|cost|paid|fetched|made|earned|charged|booked|sold|took)\s+(?:(?:for\s+)?[\p{L}-]+\s+){0,4}?(?:in\s+)?$/iu;
/** The verbs a figure for a period is told with: "handled", "recorded", "booked a loss of", "were worth", "took £9,000". */
const FIGURE_VERB = String.raw`(?:handled|carried|hauled|distributed|turned\s+out(?=\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?[#\d])|(?:saw|was\s+attended\s+by|were\s+attended\s+by)(?=\s+(?:an\s+estimated|about|around|some|nearly|more\s+than|over)\s+[#\d])|(?:exported|imported|sold|shipped|handled|traded|produced|grew|harvested)\s+(?:[\p{L}-]+\s+){1,2}?worth|had(?=\s+(?:an\s+estimated|about|around|some|nearly|more\s+than)\s+[#\d])|(?:carried\s+out|conducted|performed|issued|launched|flew)(?=\s+(?:an\s+estimated\s+|about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?[#\d])|won(?=\s+(?:about\s+|some\s+|more\s+than\s+)?[#\d][#\d,]*\s+(?:[\p{L}-]+\s+)?(?:contracts|tenders|orders|awards|medals|prizes)\b)|planted|sowed|funded|financed|responded\s+to|attended(?=\s+(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?[#\d])|lost(?=\s+(?:an\s+average\s+of\s+|about\s+|some\s+|nearly\s+)?[#\d]+\s+(?:[\p{L}-]+\s+)?(?:days|hours|weeks|shifts|minutes)\b)|lost(?=\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?[#\d][#\d,]*\s+(?:[\p{L}-]+\s+){0,2}(?:doctors|nurses|teachers|workers|staff|members|jobs|people|players|customers|residents|employees|pilots|engineers)\b)|brewed|distilled|bottled|roasted|ferried|earned\s+(?:\p{Lu}[\p{L}'’-]*|it|them|the\s+(?:city|country|state|region|town|company|port))(?=\s+(?:about\s+|around\s+|nearly\s+|some\s+)?[A-Z]{0,3}\p{Sc})|(?<=,\s*)(?:drawing|attracting|welcoming|handling|carrying)|(?:did|does|do|transacted)\s+business\s+(?:of|worth)|expects?|billed|invoiced|(?:lost|took|paid|spent|remitted|sent(?:\s+home)?)(?=\s+(?:(?:an\s+estimated|about|around|roughly|nearly|some|over|more\s+than)\s+)?(?:${PRICE}))|earned|grossed|brought\s+in|bringing\s+in|took\s+in|built|reported|target(?:s|ed|ing)?|recorded|registered|processed|welcomed|served|took(?=\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?[#\d][#\d,.]*\s+(?:visits|visitors|passengers|bookings|calls|customers|orders|applications)\b)|logged|posted|raised|exported|imported|marketed|notified|leased|irrigated|cleared|procured|purchased|launched(?=\s+[#\d]+\s+times\b)|produced|counted|attracted|drew|collected|harvested|caught|landed|mined|hoisted|lifted|milled|refined|smelted|crushed|treated|pumped|enrolled|employed|housed|shipped|sold|moved|received|flew|reached|hit|delivered|supplied|generated|consumed|transported|will\s+have|paid\s+out|achieved(?:\s+(?:an?\s+)?\p{L}+\s+of)?|(?:hopes?|expects?|aims?|plans?)\s+to\s+(?:draw|attract|welcome|handle|carry|reach|pass|top|exceed|surpass)|paid\s+(?:a\s+)?(?:dividends?|interest|bonus(?:es)?)\s+of|(?:booked|posted|reported|had|made|generated)\s+an?\s+(?:(?:net|operating|pre-?tax|gross)\s+)?(?:profit|loss|surplus|deficit)\s+of|(?:revenues?|sales|turnover|profits?|income|earnings)\s+of|there\s+(?:were|was)(?=\s+(?:(?:about|around|roughly|nearly|some|over|more\s+than)\s+)?[#\d]{1,3}(?:,[#\d]{3})+)|(?:was|were)\s+worth|(?:made\s+up|accounted\s+for|represented)(?=\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+|over\s+|more\s+than\s+|just\s+|only\s+)?[#\d][#\d,.]*\s*(?:%|per\s*cent|percent)))`;
/**
 * 'an A330F nicknamed "Black Friday"', 'described the accident as an "Easter Monday" disaster': a name or a label given
 * in quotation marks, the date's words and no more. '"Gomaa" means Friday', "Deftera means Monday", "whose name means
 * Friday in Greek", "from the Russian word for Saturday", "Dawa is a common name; it means Monday", "'Budh' is Hindi for
 * Wednesday", "Máirt is the Irish for Tuesday", '"Aoine" is Friday in Irish', '"Mai" is the month of May', "her
 * surname means Monday", "whose given name, Liuyue, means June", "whose first name, as French readers know, means
 * Sunday", "'sabt' means Saturday", "Her surname comes from subbota, Saturday", "the name a Fante family gives a boy
 * born on Friday": what a name means.
 */
const NAME_MEANS = new RegExp(
  String.raw`(?:\b(?:sur|nick|first\s+|given\s+|family\s+)?name(?:,[^,.;]{1,40},)?|["”’'])\s*(?:means|meant|meaning)\s+$|\bname\b[^.]{0,40}[;:,]\s*it\s+means\s+$|\bis\s+(?:the\s+)?(?!${WEEKDAY_CAPITALISED}\b)\p{Lu}\p{Ll}+\s+for\s+$|["“][\p{L}'’-]+["”]\s+is\s+(?:the\s+(?:month|day|word)\s+(?:of|for)\s+)?$|(?<![\p{L}'’-])(?!(?:It|This|That|Which|What|Who)\b|\p{Lu}\p{Ll}+day\b)\p{Lu}[\p{L}'’-]*\s+means\s+$|\bword\s+for\s+$|\b(?:(?:sur|nick|first\s+|given\s+|family\s+)?name|word|title)\s+(?:comes?|came|derives?|derived)\s+from\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}\p{Ll}[\p{L}'’-]*,\s*$|\b(?:the\s+name|named\s+(?:for|after))\b[^.;]{0,80}\b(?:boys?|girls?|child(?:ren)?|bab(?:y|ies)|sons?|daughters?)\s+born\s+(?:on\s+)?$`,
  'u',
);
const isNickname = (before: string, after: string) =>
  (/(?:\b(?:nicknamed|dubbed|called|known\s+as|means|meaning|rendered|translated|written)|\b(?:as|an?|the)|\b\p{L}+['’]s)\s+["“]$/iu.test(
    before,
  ) &&
    /^["”]/.test(after)) ||
  // ("Ġimgħa means 'Friday' in Maltese": the meaning in quotation marks.)
  NAME_MEANS.test(before.replace(/(?<=\s)['‘"“]$/u, '')) ||
  // ("yes, sekmadienis means Sunday, and she …", "it means Monday.": a meaning that ends its clause; not "It means Monday
  // will be a holiday".)
  (/\bmean(?:s|t)?\s+$/i.test(before) && /^(?:["'’”](?!s\b)|\s*[,.;)]|\s+(?:and|in)\b|\s*$)/u.test(after));
/** A publication's or programme's title, before its translation in brackets: "Our weekly supplement, Nedjelja u Rijeci (". */
const TITLE_GLOSSED =
  /\b(?:supplement|magazine|edition|section|programme|program|show|column|newspaper|paper|weekly|bulletin|podcast|series)\b,?\s+(?:["“]?\p{Lu}[\p{L}'’-]*\s+)(?:["”]?[\p{L}'’-]+["”]?\s+){0,4}\($/u;
/** A baseline after another in a list: "against Tk 281.15 last week and Tk 226.80 ". */
const BASELINE_LISTED = new RegExp(
  String.raw`\b(?:against|compare[sd]?\s+(?:with|to)|versus|vs\.?|from)\s+(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}of\s+)?(?:${PRICE}|[#\d][#\d,.]*)[^;.]{0,40}\band\s+(?:${PRICE}|[#\d][#\d,.]*)\s+$`,
  'iu',
);
/** A year that opens a sentence and governs it up to a day: "Last year the result was declared on ". */
const YEAR_OPENING = /^\s*(last|next)\s+year\b,?\s+(?:(?!\b(?:but|while|whereas|this\s+year)\b)[^;])*$/i;
/**
 * A figure compared with another time's, before that time: "a third less than ", "higher than ", "18% below those of ",
 * "Forward bookings are ahead of ", "running 12% behind ".
 */
const COMPARED_THAN =
  /\b(?:less|more|fewer|lower|higher|smaller|larger|bigger|greater|cheaper|dearer)\s+than\s+(?:(?:it|they)\s+(?:was|were|did)\s+)?$|\d\s*(?:%|per\s*cent|percent)\s+(?:below|above|under|over)\s+(?:(?:those|that|the\s+levels?)\s+(?:of|in)\s+)?$|\b(?:are|is|were|was|running|runs?|remain(?:s|ed)?|stay(?:s|ed)?|\d\s*(?:%|per\s*cent|percent))\s+(?:well\s+|slightly\s+|far\s+|just\s+)?(?:ahead\s+of|behind|up\s+on|down\s+on)\s+$/i;
/** "and" inside a noun's phrase, not before a clause: "tonnes of grain and oilseeds", "storm and flood claims". */
const NOUN_AND = String.raw`and(?=\s+(?!(?:the|an?|its|their|his|her|our|it|they|he|she|we|was|were|is|are|has|have|had|will|would|then|also|so)\b)\p{L}+(?<!ed)\b)`;
/** A figure in numbers, words ("a million") or money, perhaps with its conversion in brackets ("310 million forints ($860,000)"). */
const FIGURE = String.raw`(?:(?:just\s+)?(?:about|around|roughly|approximately|nearly|almost|some|just|only|over|under|more\s+than|fewer\s+than|less\s+than|close\s+to|an\s+estimated|at\s+least|up\s+to)\s+)?(?:${PRICE}|[#\d][#\d,.]*(?:\s*(?:million|billion|thousand|lakh|crore|%|per\s*cent|percent)|\p{L}{1,3}(?!\p{L}))?|(?:a|one|half\s+a|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|several|a\s+few)\s+(?:million|billion|lakh|crore)|(?:tens|hundreds)\s+of\s+(?:thousands|millions|lakhs)|a\s+record\s+(?:number|total|volume|amount))(?:\s*\((?:\S{1,3}\s?)?[#\d][^()]{0,20}\))?`;
/**
 * A figure for a period, before it: "PMI handled 33.3 million passengers ", "The company booked a loss of €300,000 ",
 * "raised SEK 412,000 for the nations ", "Viracopos handled about 14% of Brazil's international air cargo by weight ",
 * "supplied gas to about 290,000 households ", "produced about 41,000 tonnes of caustic soda and 36,000 tonnes of
 * liquid chlorine ", "recorded international arrivals of 112,000 ", "carried 48,000 vehicles between June and ".
 */
const PERIOD_FIGURE = new RegExp(
  String.raw`\b${FIGURE_VERB}\s+(?:(?:gas|water|power|electricity|heat|fuel|food|aid|meals)\s+to\s+)?(?:an?\s+average\s+of\s+)?(?:(?:[\p{L}-]+\s+)?(?:arrivals|visitors|passengers|sales|exports|imports|trade|turnover|cargo|volumes?|throughput|output|revenues?|production|landings|catch(?:es)?)\s+of\s+)?${FIGURE}(?:\s+(?:(?!(?:and|but|or|was|were|is|are|has|have|had|then|who|which)\b)[\p{L}\p{N}'’/.()-]+|[#\d][#\d,.]*|and(?=\s+[#\d])|(?<=\bbetween\s+\p{L}+\s+)and|${NOUN_AND})){0,12}\s+$`,
  'iu',
);
/**
 * A tally or a sum of a year or a month, before it: "The policy covered 11,400 castellers ", "The yard repaired 64
 * vessels ", "turned over €1.2m ", "wrote $61 million in homeowners premium on the island ", "which fell to CFA 4.5
 * billion ", "carriers had been planning for 200,000 ", "it invested EUR 19 million ", "Lines cancelled 22 calls in
 * Ponta Delgada ". (Not of a week or a day: "repaired 3 km of track over the weekend", "inspected 23 ferries … last
 * week" are the work, "cancelled 14 rotations between Oct. 8 and Oct. 11" dates them; nor money put into one thing:
 * "invested €20 million in the new terminal in ".)
 */
const YEAR_FIGURE = new RegExp(
  String.raw`\b(?:(?:covered|insured|inspected|sawed|thinned|repaired|serviced|overhauled|wrote|underwrote|turned\s+over|(?:fell|rose|dropped|climbed|grew|shrank)\s+to)\s+${FIGURE}(?:\s+(?!(?:and|but|or|was|were|is|are|has|have|had|then|who|which|when|after|as)\b)[\p{L}\p{N}'’/.()-]+){0,8}|cancell?ed\s+${FIGURE}\s+(?:[\p{L}-]+\s+)?(?:calls|flights|sailings|trips|services|departures|bookings|rotations)\b(?:\s+[\p{L}\p{N}'’/.()-]+){0,6}|invest(?:s|ed)?\s+${FIGURE}|(?:burned|burnt|consumed|generated)\s+${FIGURE}\s+(?:[\p{L}-]+\s+)?(?:litres|liters|tonnes|tons|barrels|gallons|cubic\s+met(?:re|er)s|m³|kWh|MWh|GWh|TWh)\b(?:\s+[\p{L}\p{N}'’/.()-]+){0,6}|(?:hosted|welcomed|attracted|drew)\s+${FIGURE}\s+(?:[\p{L}-]+\s+){0,2}?(?:guests|visitors|tourists|passengers|pilgrims|holidaymakers|festivals|events)\b(?:\s+[\p{L}\p{N}'’/.()-]+){0,6}|(?:planning|planned|budgeting|budgeted|guided|guiding)\s+for\s+${FIGURE}(?:\s+[\p{L}-]+){0,2})\s+$`,
  'iu',
);
/** A figure under its label: "Ridership: 1.18 million passengers ", "Jarry-Nord share of supply: about 40% ". */
const LABELLED_FIGURE = new RegExp(
  String.raw`^\s*\p{L}[\p{L}-]*(?:\s+[\p{L}-]+)?(?:\s+of\s+[\p{L}-]+)?\s*:\s*${FIGURE}(?:\s+[\p{L}'’/-]+){0,4}\s+$`,
  'iu',
);
/**
 * A figure under its label, its period between them: "Output last year: 1.9 million Gcal", "Cruise passengers to Jamaica
 * last year: 1.3 million.", "Group cancellations, 14 August to 13 September: 212.", "Ships diverted from Ocho Rios in
 * August: 4.".
 */
const LABELLED_PERIOD = /^\s*\p{L}+(?:\s+\p{L}+){0,5}(?:,\s*|\s+)$/u;
const LABELLED_FIGURE_AFTER = new RegExp(String.raw`^\s*:\s*${FIGURE}`, 'iu');
/** The same with what is counted named first: ": mittlere Wartezeit Schleuse Brunsbüttel 7 Stunden". */
const LABELLED_NAMED_FIGURE_AFTER = new RegExp(String.raw`^\s*:\s*(?:[\p{L}'’-]+\s+){1,5}${FIGURE}`, 'iu');
/** Sums and counts a month is the period of: "their February sales", "The parish collections of January". */
const PERIOD_SUM = String.raw`sales|takings|receipts|earnings|revenues?|bookings|collections|donations|exports|imports`;
/** A share: "15%", "20 per cent". */
const SHARE = String.raw`(?:${ROUGHLY})?[#\d][#\d,.]*(?:\s*(?:%|per\s*cent|percent))?(?:\s*(?:to|-|–)\s*[#\d][#\d,.]*)?\s*(?:%|per\s*cent|percent)`;
/** A change by a share, before its time: "rose 9 percent ", "up 9% ". */
/** What is measured over a period: "throughput", "exports", "rainfall", "sowing". */
const MEASURE = String.raw`(?:throughput|output|volumes?|traffic|freight|sales|exports|imports|revenues?|arrivals|transits|crossings|passenger\s+numbers|visitor\s+numbers|ridership|production|prices?|profits?|earnings|turnover|bookings|occupancy|footfall|demand|shipments|receipts|landings|liftings|loadings|catch(?:es)?|levels?|rainfall|rain|figures?|sowing|procurement|admissions|attendance)`;
/**
 * A measure's change, before its period: "Throughput at Port Sudan's Southern Port fell sharply in ", "Cesar's peak
 * demand rose 4.1% ", "Cross-border freight fell by about 40 percent ", "The level of the Amazon at Santa Rosa fell 2.4
 * metres in ", "chemical liftings … fell sharply in the last week of ", "traffic … roughly triples in " (every year).
 */
/** "Rainfall for the week ending ": a measure of a week, before the week's last day. */
const MEASURE_FOR_WEEK_ENDING = new RegExp(
  String.raw`\b${MEASURE}\s+(?:for|in|during|over)\s+the\s+week\s+(?:ending|ended|to)\s+(?:on\s+)?$`,
  'i',
);
const CHANGE_IN_PERIOD = new RegExp(
  String.raw`\b${MEASURE}\b(?:[^.;,]|(?<=\d),(?=\d)){0,60}?\b(?:${CHANGE_VERB}|plunged|plummeted|soared|surged|slumped|dipped|eased|rebounded|(?:roughly\s+|about\s+|almost\s+|more\s+than\s+)?(?:doubles|triples|halves|peaks|swells))(?:\s+(?:\w+ly\s+)?(?:in|during|over|through)|\s+(?:by\s+)?(?:${SHARE}|(?:a|one|two)\s+(?:thirds?|quarters?|fifths?|tenth)|half|(?:about\s+|some\s+|nearly\s+)?[#\d][#\d,.]*\s*(?:metres|meters|m|cm|feet|ft|inches|points|tonnes|tons))(?:\s+(?:in|during|over|through))?)(?:\s+the(?:\s+(?:first|second|third|fourth|last|final)\s+(?:weeks?|half|days|fortnight)\s+of)?)?\s+$`,
  'i',
);
const SHARE_CHANGE_BEFORE = new RegExp(String.raw`\b(?:${CHANGE_VERB}|up|down)\s+(?:by\s+)?${SHARE}\s+$`, 'i');
/** The same before its baseline: "rose 9 percent in April from ". */
const SHARE_CHANGE_FROM = new RegExp(
  String.raw`\b(?:${CHANGE_VERB}|up|down)\s+(?:by\s+)?${SHARE}\s+(?:in\s+\p{L}+\s+)?from\s+$`,
  'iu',
);
/**
 * The same after the period that opens the sentence: "Last year, St. Kitts processed roughly 3,900 main applications",
 * "Last year's autumn illumination drew about 180,000 visitors", "In 2025, 71% of Bolivia's overseas trade passed
 * through", "In 2025, the emergency department in Ivrea treated 310 people"; or with the count of those who came
 * first: "Last year 110,000 passengers went whale watching", "Last year, more than 210,000 Romanian tourists stayed",
 * "Last year, about 4 lakh pilgrims bathed", "Last year, according to district figures, some 4.1 crore kanwariyas passed
 * through" (not what befell them: "In 2022, more than 100,000 people were displaced").
 */
const PERIOD_FIGURE_AFTER = new RegExp(
  String.raw`^(?:,\s+according\s+to\s+[^,;.]{1,50}(?=,))?(?:(?:,|['’]s)?\s+(?:[\p{L}.'’-]+\s+){0,8}?${FIGURE_VERB}\s+${FIGURE}|,\s+${SHARE}\s+of\s|,?\s+(?:(?:more|fewer)\s+than\s+|${ROUGHLY})?(?:[#\d]{1,3}(?:,[#\d]{3})+|[#\d]+(?:[.,][#\d]+)?\s+(?:million|billion|thousand|lakh|crore))\s+(?:went\b|(?:[\p{L}-]+\s+){0,2}?(?:came|visited|stayed|rode|rafted|passed\s+through)\b|(?:[\p{L}-]+\s+){0,2}?(?:visitors|tourists|passengers|pilgrims|devotees|spectators|guests|holidaymakers|travell?ers|day-trippers|vehicles|cars|ships|vessels)\s+(?!(?:were|was|had\s+been|have\s+been)\b)\p{Ll}))`,
  'iu',
);
/**
 * A figure just before a period: "Container volumes fell to 11,400 TEU ", "the palchi hold about 2,400 seats ". With a
 * baseline after the period it is a level compared (below); alone it may be news ("The death toll rose to 27 over the
 * weekend").
 */
const FIGURE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d])${FIGURE}(?:\s+(?!(?:and|but|or|was|were|is|are|has|have|had|then|who|which)\b)[\p{L}'’/-]+){0,8}\s+$`,
  'iu',
);
/**
 * A price by the unit that a thing was at, before its period: "contracted at about $900 a ton ". (Not what a price was
 * raised to, nor a charge brought in: "raised its surcharge to US$9 a tonne at the end of last week".)
 */
const AT_PRICE_PER_UNIT_BEFORE = new RegExp(
  String.raw`\bat\s+(?:(?:about|around|nearly|roughly|some|just|only)\s+)?${PRICE_PER_UNIT}(?:\s+[\p{L}'’/-]+){0,4}\s+$`,
  'iu',
);
/** A tally told in the perfect, before "since" a year: "has spent about $1.4 billion on regional levee work ". */
const TALLY_SINCE = new RegExp(
  String.raw`\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?\p{L}+\s+${FIGURE}[^,;.]{0,80}$`,
  'iu',
);
/** A level's baseline after its period: ", down from 13,900 TEU", " from ₱3,400", ", against 70 percent". */
const BASELINE_AFTER = new RegExp(
  String.raw`^,?\s+(?:(?:down|up)\s+from|from|against|compared\s+(?:with|to))\s+(?:(?:about|around|roughly|some|nearly)\s+)?(?:${PRICE}|[#\d])`,
  'iu',
);
/**
 * "18, 19 and " before "20 February", "Friday 10th, Monday 13th and " before "Tuesday 14th July": days of the month
 * listed before the last, which carries the month.
 */
const LISTED_DAY = String.raw`(?:${WEEKDAY},?\s+)?`;
/** The last of days listed, which carries the month: "20 February", "Tuesday 14th July". */
const LISTED_LAST = new RegExp(String.raw`^${LISTED_DAY}\d{1,2}(?:st|nd|rd|th)?\s+\p{L}`, 'iu');
export const LISTED_DAYS = new RegExp(
  String.raw`(?<=^|[\s(])${LISTED_DAY}(\d{1,2})(?:st|nd|rd|th)?(?:,\s*${LISTED_DAY}\d{1,2}(?:st|nd|rd|th)?)*,?\s+(?:and|&)\s+$`,
  'i',
);
/** "the day after Green March Day (", "the eve of Flag Day (": a day counted from a named day whose date follows. */
const BRACKETED_NAMED_DAY =
  /\bthe\s+(?:day\s+(?:(after|following)|before)|eve\s+of)\s+(?:the\s+)?\p{Lu}[\p{L}'’ -]{2,40}\s*\(\s*$/u;
/** A part of a month a level may be dated to: "the start of the month", "the end of June". */
const MONTH_PART = new RegExp(
  `^(?:(?:at|in)\\s+)?(?:the\\s+)?(?:start|beginning|middle|end)\\s+of\\s+(?:(?:the|this|last)\\s+(?:month|week)|(?:${MONTH})[a-z]*)$`,
  'i',
);
/** A price in the present, before "today": "A single adult fare is 240 yen ", "is priced at roughly 14 million ". */
const PRICE_IS_NOW = new RegExp(
  String.raw`\b(?:is|are|stands?\s+at)\s+(?:(?:priced|quoted|valued|offered|listed)\s+at\s+)?(?:(?:only|about|some|around|roughly|nearly|almost|just|under|over|more\s+than)\s+)?(?:${PRICE}|[#\d][#\d,.]*\s*(?:million|billion))[^,;.]{0,40}$`,
  'iu',
);
/** A multiple of a level then, as the level now: "against roughly double that ". */
const MULTIPLE_NOW =
  /\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:roughly|about|around|nearly|almost|some)\s+)?(?:double|twice|triple|treble|half|(?:two|three|four|five)\s+times)\s+(?:that|this|it)\s+$/i;
/** How little or much had come by a time: " only €3.1 million had been paid out". */
const SHORT_TALLY = new RegExp(
  String.raw`^\s*,?\s*(?:only|just|barely|some|about|around|nearly|almost|(?:fewer|less|more)\s+than)\s+(?:${PRICE}|[#\d][#\d,.]*)[^,;.]{0,40}?\b(?:had|has|have)\s+been\b`,
  'iu',
);
/** A price told after "today" in the present: " you cannot find one under S/ 480". */
const PRICE_TOLD_NOW = new RegExp(
  String.raw`^\s*,?\s+[^.;]{0,40}\b(?:cannot|can['’]t|costs?|is|are|goes|sells?)\b[^.;]{0,30}(?:${PRICE})`,
  'iu',
);
/** A price told after "today": " it is P14". */
const LEVEL_TOLD_NOW = new RegExp(
  String.raw`^\s+(?:it|they)\s+(?:is|are)\s+(?:about\s+|around\s+)?${CURRENCY_SIGN}\d`,
  'iu',
);
/** A level of a period after it: " festival period averaged ¥31,400", " hit 93%", " came in at 88.2%". */
const LEVEL_OF_PERIOD_AFTER = new RegExp(
  String.raw`^[^,;.]{0,30}?\b(?:averaged|totall?ed|came\s+in\s+at|hit|reached|stood\s+at)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?:${PRICE}|[#\d][#\d,.]*\s*(?:%|per\s*cent|percent)?)`,
  'iu',
);
/**
 * A figure, then the verb it was told with, before its period: "far below the 650,000 recorded ", "About 85,000 people
 * attended ", "According to the association, FCFA 150 million was paid out ".
 */
const FIGURE_THEN_VERB = new RegExp(
  String.raw`(?:\b(?:the|a)\s+${FIGURE}|(?:^|,)\s*${FIGURE}(?:\s+[\p{L}-]+)?)\s+(?:(?:was|were)\s+(?:paid|spent|sent)\s+(?:out\s+)?|\p{L}+ed\s+(?:out\s+)?)$`,
  'iu',
);
/** Money spent, before the period it was spent in: "she had spent NT$600 on taxis ". */
const SPENT_BEFORE = new RegExp(
  String.raw`\b(?:spent|paid|lost|earned)\s+${PAYER_AND_ROUGHLY}(?:${PRICE})[^,;.]{0,30}$`,
  'iu',
);
/** A sum of a kind of takings before its period: "an estimated 1.2 billion yen in lost tourism revenue ". */
const TAKINGS_BEFORE = new RegExp(
  String.raw`${FIGURE}(?:\s+\p{L}+)?\s+in\s+(?:lost\s+)?(?:[\p{L}-]+\s+){0,2}(?:revenues?|sales|income|earnings|takings|business|spending)\s+(?:in\s+|during\s+|for\s+)?$`,
  'iu',
);
/** One such happening, a bombing, a storm or an election, named as a thing: "the Kabul bombing", "a market fire". */
const NAMED_MISHAP = String.raw`(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:${MISHAP}|bombing|flood|storm|election|stampede)\b`;
/** What a crowd or a flow did at a place: "visited", "thronged", "lined the streets", "passed through". */
const CROWD_VERB = String.raw`(?:visited|attended|crossed|entered|used|c[ao]me|thronged|gathered|travelled|worked|lived|traded|voted|cast\s+(?:their\s+)?(?:ballots|votes)|lined\s+the\s+(?:streets|route)|(?:moved|passed|went|flowed|gone)\s+through)`;
/**
 * How many came to a yearly occasion or went through a place, before its year: "About 12 lakh people visited the site
 * during ", "attended … over the three days of " (last year's celebrations), "About 100,000 people lined the streets for "
 * (last year's parade), "Some 2.4 million tonnes of Bolivian cargo
 * moved through Arica ", "The temple trust said about 5 lakh devotees visited the temple during ", "…, and about 2,100
 * voters cast ballots there in ".
 */
const HEADCOUNT_THEN = new RegExp(
  String.raw`(?:^\s*|[,;]\s+(?:and|but)\s+|\b(?:said|says|say|estimated|estimates|estimate|reported|reports)\s+(?:that\s+)?)${FIGURE}\s+(?:[\p{L}-]+\s+){0,4}?${CROWD_VERB}\b(?:(?!\b(?:when|as|after|before|until|while)\b)[^,;.]){0,60}$`,
  'iu',
);
/**
 * How many died or were hurt in a time, before it: "1,897 people died at work in Turkey in ". Not beside one named
 * happening: "45 people were killed in the Kabul bombing in ".
 */
const TOLL_THEN = new RegExp(
  String.raw`\b\d[\d,.]*\d(?:\s+(?:million|thousand|lakh|crore))?\s+(?:people|persons|workers|passengers|patients|children|\p{L}+s)\s+(?:died|drowned|(?:were|was)\s+(?:killed|injured|hurt|treated|admitted))\b(?:(?!\b(?:when|${NAMED_MISHAP}))[^,;.]){0,40}$`,
  'iu',
);
/** A figure estimated, before its period: "estimated at 2 lakh ". */
const ESTIMATED_AT = new RegExp(String.raw`\bestimated\s+at\s+${FIGURE}\s+$`, 'iu');
/**
 * A share before the month it is for: "cancellations of between 15% and 20% for ", "cancellations of 6 to 9 per cent
 * for late March and ".
 */
const SHARE_FOR = new RegExp(
  String.raw`${SHARE}\s+for\s+(?:(?:early|mid|late)[-\s]+)?(?:(?:${MONTH})[a-z]*\s+(?:and|or|to)\s+)?$`,
  'i',
);
/**
 * A level of the period it is for, before it: "a budget of Rs 1.2 million for the whole festival ", "averaged 58% for
 * the w/e ".
 */
const LEVEL_FOR = new RegExp(
  String.raw`(?:\b(?:against|within|over|under)\s+(?:a|the|its|their)\s+budget\s+of\s+(?:${PRICE})\s+for\s+(?:[\p{L}-]+\s+){0,4}|\baveraged\s+(?:${FIGURE})(?:\s+(?:per|a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:for|in|over|during)\s+(?:the\s+)?(?:w\/e\s+|week\s+(?:ending|ended|to)\s+)?)$`,
  'iu',
);
/** A time of every year ranked among others, after it: " and Day of the Dead among its busiest periods". */
const BUSIEST_AFTER =
  /^[^,;.]{0,60}?\bamong\s+(?:its|the|their|our|his|her)\s+(?:[\p{L}-]+\s+)?(?:busiest|biggest|quietest|slowest|best|worst|peak)\s+(?:periods|seasons|times|months|weeks|dates)\b/iu;
/**
 * A figure aimed at again, before its time: "a figure the company hopes to reach again in ", "the tourism board had
 * hoped to beat that figure in ".
 */
const LEVEL_AIMED_AT =
  /\b(?:a|the|that)\s+(?:figure|level|number|total)\s+(?:that\s+|which\s+)?(?:[\p{L}'’-]+\s+){1,3}?(?:hopes?|expects?|aims?|wants?|plans?|intends?)\s+to\s+(?:reach|match|pass|top|exceed|surpass|hit|regain|restore|return\s+to)(?:\s+again)?(?:\s+(?:in|by|before))?\s+$|\b(?:hoped|hopes?|expects?|expected|aims?|aimed|wants?|wanted|plans?|planned)\s+to\s+(?:beat|match|pass|top|exceed|surpass|better|break)\s+(?:that|the|this|last\s+year['’]s)\s+(?:figure|level|number|total|record|mark)(?:\s+(?:in|by|before))?\s+$/iu;
/** How many have come since a time, before it: "about 9 lakh people have visited Deekshabhoomi since ". */
const HEADCOUNT_SINCE = new RegExp(
  String.raw`(?:${FIGURE}\s+(?:[\p{L}-]+\s+){0,4}?(?:have|has)\s+${CROWD_VERB}|\b(?:have|has)\s+(?:moved|evacuated|rescued|relocated|treated|vaccinated|registered|fed)\s+${FIGURE}\s+(?:people|residents|families|persons|patients|children))\b[^,;.]{0,60}\bsince\s+$`,
  'iu',
);
/**
 * How many came or went through in a year, after it: "in 2025 the line carried 1.1 million passengers", "Last year
 * about 85,000 people came to Pahala ghat", "last year it supplied an average of 4.3 cubic metres per second", "In
 * 2025, 37 buildings of the reserve were restored" (not "45 people were killed when a bomb exploded").
 */
const HEADCOUNT_AFTER = new RegExp(
  String.raw`^,?\s+(?!and\b|but\b)(?:(?:the\s+)?(?:[\p{L}–-]+\s+){1,4}?(?:carried(?:\s+out)?|handled|welcomed|drew|attracted|served|counted|received|supplied|conducted|performed)\s+(?:an?\s+average\s+of\s+)?${FIGURE}|${FIGURE}\s+(?:[\p{L}-]+\s+){0,2}?(?:people|visitors|devotees|pilgrims|passengers|tourists|worshippers|spectators)(?:\s+from\s+\p{Lu}[\p{L}'’-]*)?\s+(?:${CROWD_VERB}|bought)|\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,4}?(?:were|was|had\s+been|have\s+been)\s+\p{L}+ed\b(?![^.;]*\b(?:when|after|in\s+${NAMED_MISHAP})))\b`,
  'iu',
);
/**
 * The figure a tally or a price is compared with, before its day: "up from 610 ", "vs $228/t on ", "compared with 41
 * micrograms ", "up from a peak of 1.7 metres ", "compared with turnout of 41 percent in ".
 */
const TALLY_BASELINE_BEFORE = new RegExp(
  String.raw`\b(?:(?:up|down)\s+from|vs\.?|versus|against|compared\s+(?:with|to))\s+(?:(?:an?\s+)?(?:peak|high|low|level|record|average|rate|turnout|sales|output|(?<=with\s|to\s)\p{Ll}+)\s+of\s+)?(?:${FIGURE})(?:\s*\/\s*\p{L}+|(?:\s+(?!(?:when|as|after|before|while|since|until|and|but|in|at|on|by|that|which|it|they)\b)[\p{L}\d][\p{L}\d.]*){1,3})?\s+(?:on\s+|in\s+)?$`,
  'iu',
);
/** A large figure told after its period: " was 0.7 million", " were about 260,000". */
const LARGE_FIGURE_TOLD_AFTER =
  /^\s+(?:was|were)\s+(?:(?:about|around|roughly|nearly|almost|some|just|only|over|under|more\s+than|close\s+to)\s+)?(?:[#\d]{1,3}(?:,[#\d]{3})+|[#\d][#\d.]*\s*(?:million|billion|lakh|crore|%|per\s*cent|percent))/i;
/** A price then, before its time: "the same room cost them €95 when they stayed ", "rooms that cost 105 euros ". */
const PRICE_PAID_THEN = new RegExp(
  String.raw`\bcost\s+(?:(?:them|us|him|her|me|you)\s+)?${PAYER_AND_ROUGHLY}(?:${PRICE})[^,;.]{0,40}$`,
  'iu',
);
/**
 * A level told after its year: "in 2016 it was Fr. 81", "in 2019 the price was still around 60 euros", "this year there
 * are 347".
 */
const LEVEL_TOLD_THEN = new RegExp(
  String.raw`^,?\s+(?:(?:it|they|the\s+(?:price|fare|cost|rate|fee|toll|rent|figure|level|tariff))\s+(?:was|were|stood\s+at)|there\s+(?:are|is)(?=[^.;]*\byear\b|\s+[^.;]*\d{4}|\s+(?:about\s+|around\s+)?[#\d]))\s+(?:still\s+)?(?:about\s+|around\s+|roughly\s+|only\s+|just\s+)?(?:${PRICE}|[#\d][#\d,.]*)`,
  'iu',
);
/**
 * A share or a measure told after its month, of a level named before it: "hotel occupancy in October was 35%", "Rain
 * measured at Kilembe last month was 480mm" (not "The storm … in October was 40% stronger", a comparison).
 */
const SHARE_TOLD_THEN =
  /^,?\s+(?:was|were|stood\s+at|averaged)\s+(?:about\s+|around\s+|roughly\s+)?[#\d][#\d,.]*\s*(?:%|per\s*cent|percent|mm\b|millimet(?:re|er)s\b|cm\b|inches\b)(?!\s+(?:\p{L}+er|more|less|lower|higher|up|down|fewer|below|above)\b)/u;
/**
 * The level a share told after its month is of: "hotel occupancy in ", "Rain measured at Kilembe ", "occupancy in the
 * first half of ".
 */
const SHARE_NOUN_BEFORE =
  /\b(?:occupancy|turnout|unemployment|inflation|rain(?:fall)?|utili[sz]ation)\b(?:\s+[\p{L}-]+){0,3}?\s+(?:(?:in|during|for)\s+(?:the\s+(?:first|second|last|final)\s+(?:half|week|fortnight|days?)\s+of\s+)?)?$/iu;
/** How near a feast must be to be the one at hand: a fortnight. */
const FEAST_AT_HAND_DAYS = 14;
/** How far from the report a quotation's "tomorrow" or "today" may have been said: a week. */
const DEICTIC_REACH_DAYS = 7;
/** What a month's level is of: "July traffic was running at 60%", "traffic in July was down". */
const MONTH_LEVEL = String.raw`(?:traffic|occupancy|sales|bookings|turnover|arrivals|output|production|exports|imports|revenues?|demand|ridership|footfall|volumes?)`;
/** The first year of Japan's Reiwa era: Reiwa 1 is 2019. */
const REIWA_FIRST_YEAR = 2019;
/** A span of time, no date: "for six weeks". */
const FOR_SPAN =
  /^for\s+(?:(?:the\s+)?(?:next|past|last)\s+)?(?:[\w-]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?)$/i;
/**
 * A price now, after one then: "… is being offered at", "… is sold at 5,400 ariary", "… now costs", "… had risen to 800
 * cedis".
 */
const PRICE_NOW =
  /\b(?:now|today|this\s+year|still\s+(?:sells|costs|goes|fetches)|(?:sells|goes|retails)\s+for|(?:has|had|have)\s+(?:since\s+)?(?:risen|climbed|jumped|soared|fallen|dropped|doubled|tripled|halved)|(?:is|are)\s+(?:now\s+)?(?:being|sold|selling|going|offered|priced|trading|retailing|fetching|quoting|quoted|charging|asking))\b/i;
/** What one paid for each of a thing, after the time one did: "In August we paid EUR 3 a tonne". */
const PAID_THEN = new RegExp(
  String.raw`^\s*,?\s*(?:I|we|you|they|he|she)\s+(?:\w+ly\s+)?(?:paid|spent)\s+${PAYER_AND_ROUGHLY}(?:${PRICE})\s+(?:a|an|per|each)\s+\p{L}`,
  'iu',
);
/**
 * The subject and a verb in the present of what is so, after "today": "the tunnel carries", ", roughly a third … leaves"
 * (a verb that is also a noun, only in its "-s": "the same cover runs").
 */
const NOWADAYS =
  /^\s*,?\s+((?:[\p{L}\d'’,-]+\s+){0,12}?)(?:is|are|lives?|employs?|carr(?:y|ies)|runs?|costs?|stands?|imports?|exports?|leaves?|handles?|receives?|numbers?|accounts?\s+for|makes?\s+up|sits?|ships?|sells?|serves?|produces?|earns?|pays?|holds?|has|have|owns?|moves?|covers|supplies|provides|controls|draws|attracts|spends|uses|supports|sustains|hosts|generates|welcomes|burns|depends?|relies|rely|feeds|takes|operates?|sees|gets|treats|records|logs)\b([^.;]*)/iu;
/**
 * How much, roughly: what a level or a standing opens with ("one of the largest", "the only year-round link", "crowds of
 * up to 50,000", "an average of 370,000").
 */
const QUANTITY =
  /^\s*(?:to\s+|at\s+|(?:(?:an?|the)\s+)?\p{L}+\s+of\s+)?(?:only|about|some|around|roughly|nearly|almost|barely|just|under|over|close(?:r)?\s+to|(?:(?:far|much|many|even)\s+)?(?:more|fewer|less)\s+(?:[a-z-]+\s+){0,4}?than|up\s+to|one\s+of|none\b|nothing\b|as\s+(?:much|many)\b|the\s+(?:only|sole|one|largest|biggest|main|oldest|busiest)\b|half|a\s+(?:third|quarter|fifth|tenth)|two-thirds|three-quarters|most\s+of|much\s+of|no\s+\p{Ll}|(?:large|huge|vast|small|modest)\s+(?:volumes|amounts|quantities|numbers|shares)\b|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\b|(?:[A-Z]{0,3}\p{Sc}\s?)?[#\d])/iu;
/**
 * A change from an amount, or a level against one: "from D82 a month ago", "up from under 10 hours in January", "against
 * EUR 2.80 a year ago", "compares with about 85,000 a year ago", "against 85 percent at the same point last year".
 */
const FROM_PRICE = new RegExp(
  String.raw`\b(?:from|against|compar(?:ed|es?)\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:(?:revenues?|sales|turnover|profits?|income|output|exports|imports|earnings|spending|losses|a\s+(?:loss|profit|deficit|surplus))\s+of\s+)?(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|almost\s+|under\s+|over\s+|just\s+|barely\s+|(?:more|less|fewer)\s+than\s+)?(?:${PRICE}|\b\p{L}?[#\d][#\d,.]*(?:\s*(?:%|per\s*cent|percent|(?:lakh|crore|million|billion)\b)|\p{L}{1,3}(?!\p{L}))?|${Object.keys(
    NUMBER_WORDS,
  )
    .filter((word) => NUMBER_WORDS[word] > 1)
    .join(
      '|',
    )}|a\s+dozen|half|a\s+(?:third|quarter|fifth|tenth)|two-thirds|three-quarters)(?:\/\p{L}+)?(?:\s+[\p{L}/]+(?:(?<=s)['’])?){0,4}(?:\s+in\s+the\s+(?:first|second|third|fourth|last|final)\s+(?:week|fortnight|half|quarter)\s+of|\s+in)?\s+$`,
  'iu',
);
/** An amount of money: "$3", "US$4m", "£2.4m", "€140 million". */
const AMOUNT = /(?:[$£€¥₹]|\b(?:US|A|NZ|C|HK)\$)\s?\d[\d,.]*/g;
/** "the week of May 25", "in the week commencing 18 May": the week a day opens. */
const WEEK_OF = /\bweek (?:of|commencing|beginning|starting)\s+$/i;
/** The start of the month: "since the start of the month", "at the beginning of this month". */
const MONTH_START = /\b(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+month\b/i;
/** A part of a week no day names: "earlier in the week", "at the start of the week", "midweek". */
const PART_OF_WEEK =
  /\b(?:earlier\s+in\s+the\s+week|at\s+the\s+(?:start|beginning)\s+of\s+the\s+week|mid-?week)\b(?!\s+(?:last|next|before|after)\b)/i;
/** "Lines have been longest midweek", "bite hardest in March": when a thing is most so. */
const SUPERLATIVE_BEFORE =
  /\b(?:most|least|longest|shortest|busiest|quietest|highest|lowest|heaviest|hardest|hottest|coldest|wettest|driest|worst|best|strongest|weakest)\s+(?:in\s+|during\s+|on\s+|around\s+)?$/i;
/**
 * "in six years", "in a month": from now when the sentence looks forward; otherwise a span ("its first rise in six
 * years").
 */
const IN_SPAN =
  /^in\s+(?:(?:about|around|some|roughly|nearly|almost|under|over|just|only|less\s+than|more\s+than)\s+)?(?:a|an|\w+|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)$/i;
/** "the past few days", "over the last two weeks": a span up to now, not the date of an event. */
const SPAN_TO_NOW =
  /^(?:the\s+)?(?:past|last|previous|coming|next)\s+(?:(?:few|several|couple of|\w+|\d+)\s+(?:minutes|hours|days|weeks|months|years)|half\s+(?:an\s+)?hour)$/i;
/**
 * "…at 2:40 a.m. on April 7 in Manila, which was Monday morning in Vancouver": the same moment told in another
 * place's time, after "which was" or "or", names no event of its own.
 */
const RESTATED_ELSEWHERE = /(?:\bwhich was|,\s*or|\bi\.e\.,?)\s+(?:\w+\s+){0,2}$/i;
const PLACE_TIME = /^\s*(?:\w+\s+){0,2}?(?:in \p{Lu}[\p{L}]+|\p{Lu}[\p{L}]+ time|local time)\b/u;
/**
 * Happenings no one plans or forecasts, named by their day ("Monday's fire", "Monday's signal failure"): a date that names
 * one tells of the past (not "Saturday's disaster recovery conference").
 */
const UNPLANNED = new RegExp(
  String.raw`^\s+(?:[A-Za-z]+\s+)?(?:${MISHAP})\b(?!\s+(?:service|brigade|department|station|crews?|fighters?|officers?|chief|safety|alarm|engines?|drill|exits?|recovery|awareness|preparedness|risk|management|relief|response|planning|committee|agency|conference|fair|walk|exercise|fund)\b)`,
  'i',
);
/**
 * A numbered instrument before "of" and its year: "Customs Law No. 20 of 1998", "Decree 1402 of 2026", "Supreme Decree
 * No. 212, of 1992", "Law 38/2015, of 29 September", "Order TMA/1312/2025, of 2 December", "Sub-decree 57 of 2019",
 * "decree no. 2003-425 of 9 May 2003", "Order No. CE/RB/K/112 of 2026", "D.S. N° 1.340 bis of 1941" cite, they tell of
 * nothing.
 */
const INSTRUMENT =
  /(?:\bNo\.?|\bno\.|\b[nN]\.?\s?[°º])\s*(?:[A-Z]{1,5}[-/.]?){0,4}\d[\w./-]*(?:\s+bis)?,?\s+$|\bNo\.?\s*\d[\w./-]*\s+on\s+(?:\p{Lu}[\p{L}-]*\s+(?:(?:of|on|for|and|the)\s+)?){1,5}$|\b(?:[Ss]ub-)?(?:[Dd]ecree(?:-[Ll]aw)?|[Ll]aw|[Aa]ct|[Oo]rder|[Rr]egulation|[Rr]esolution|[Oo]rdinance|[Dd]irective|[Cc]ircular|[Pp]rakas|[Ii]nstrument)\s+(?:[A-Z]{1,3}[/-])?\d[\w./-]*,?\s+$|\b\p{Lu}\p{Ll}+\s+\d{3,}[\w/-]*,?\s+$|\b\p{Lu}\p{L}+\s+(?:[A-Z]{2,}\/)?\d+\/\d{2,4},?\s+$/u;
const SAYING =
  /^(?:said|says|told|tells|added|adds|asked|asks|announced|confirmed|reported|wrote|joked|quipped|recalled|admitted|conceded|insisted|explained|noted|warned|argued|laughed|remarked|complained|replied)$/;
/** After a day, what it is like each year: " weekend is usually among its busiest", " is normally our busiest day". */
const USUALLY_AFTER =
  /^\s+(?:weekend\s+|holidays?\s+)?(?:is|are)\s+(?:usually|typically|normally|often|always|traditionally|generally)\b/i;
/** What stands before a likeness: "like the Fourth of July" (not "would like Monday off"). */
const SIMILE = /(?<!\b(?:would|I|we|they|you|to|should|might|[’']d)\s)\blike\s+(?:the\s+|a\s+)?$/i;
/** The letters before a vessel's name: "the MV October Rose", "the canal boat M/S August". */
const VESSEL_PREFIX = /\b(?:MV|M\/V|M\/S|MS|MT|SS|HMS|RV|FV|MY)\s+$/;
/** A month name that is a first name: "board chair April Tanaka", "May Chen said". */
const MONTH_NAMED = /^(?:april|may|june|july|august)$/i;
/**
 * Words that may stand capitalised before a month or weekday that is a date: "In March", "Since May", "Come September",
 * "At Wednesday's meeting".
 */
const BEFORE_MONTH =
  /\b(?:in|on|since|by|from|until|last|next|this|early|late|mid|during|through|before|after|of|and|or|earlier|later|as at|as of|come)\s+$|^\s*["“]?At\s+$/i;

/**
 * A habit's period before a date in it: "every year on", "each spring in the first week of", "every year runs into",
 * "Every year, pilgrims begin arriving in late May".
 */
const EVERY_YEAR =
  /\b(?:every|each)\s+(?:year|spring|summer|autumn|fall|winter|season)\b,?(?:(?!\b(?:but|since)\b|\buntil\b(?!\s+$)|(?<!\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s)\band\b(?=\s+(?:in|on|then|it|the|this|last)\b|\s*$))[^,;.:]){0,70}$/i;

/** A month as one of two: "in late October or early November", before the one and after the other. */
const MONTH_OR = [
  new RegExp(`\\b(?:${MONTH})[a-z]*\\s+or\\s+(?:(?:early|late|mid)[- ])?$`, 'i'),
  new RegExp(`^,?\\s+or\\s+(?:in\\s+)?(?:(?:early|late|mid)[- ])?(?:${MONTH})`, 'i'),
] as const;

/** Words that point from the moment they are said. */
export const DEICTIC_WORDS = String.raw`(?:the )?day (?:after tomorrow|before yesterday)|(?:today|tomorrow|yesterday)(?: (?:morning|afternoon|evening|night))?|tonight|this (?:morning|afternoon|evening)|last night`;
const DEICTIC = new RegExp(`^(?:${DEICTIC_WORDS})$`, 'i');

/** The plain verbs of saying that attribute a quotation, as against a saying that is news ("announced"). */
const PLAIN_SAYING_VERB = String.raw`(?:said|says|told|tells|added|assured)`;
/**
 * A plain verb of saying just before a day, its speaker's hearer between them: "said ", "told reporters ", "had told
 * this station ", "told residents ", "told me ", "assured the radio stations ".
 */
export const PLAIN_SAYING = new RegExp(
  String.raw`\b${PLAIN_SAYING_VERB}\s+(?:(?:the|this|our|me|us|him|her|them|reporters|journalists|late|early|radio|television|local|foreign|[\p{Lu}][\p{L}'’.-]*|\p{Ll}{3,}s)\s+){0,4}$`,
  'u',
);
/**
 * A plain verb of saying right after the quotation, its speaker however long before the day: '"…," said the Makassar
 * branch manager of PT Lintas Samudra Nusantara (LSN), Andi Muhammad Fadli, on '.
 */
const SAID_AFTER_QUOTE = new RegExp(String.raw`[,.?!]["”'’]\s+${PLAIN_SAYING_VERB}\b[^.;“”"]{0,140}$`);
/** The same after the day, before the quotation: 'On Monday the company's spokeswoman, Mayra Soto, had told this station: "'. */
const SAYING_AFTER_DAY = new RegExp(String.raw`^[^.;"“”]{0,100}\b${PLAIN_SAYING_VERB}\b[^.;"“”]{0,30}[:,]\s*["“]`);

/** Whether a place in a sentence lies inside quotation marks opened before it and not yet closed. */
function insideQuotation(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return (
    curly > 0 ||
    (before.match(/"/g) ?? []).length % 2 === 1 ||
    // "'We will hand over the logs tomorrow,' she said", "after the procession: 'Tomorrow we sign …'" (British single
    // marks): a quotation opened and not yet closed.
    singleQuotationAt(sentence, index) !== undefined
  );
}

/** Where the quotation holding a place in a sentence opens, in double marks or single ones ("…: 'Tomorrow we sign …'"). */
function quotationOpening(sentence: string, index: number): number {
  return Math.max(
    sentence.lastIndexOf('“', index),
    sentence.lastIndexOf('"', index),
    singleQuotationAt(sentence, index)?.[0] ?? -1,
  );
}

/**
 * A stated year further ahead than this, or before the earliest, is another era's: the Buddhist era runs 543 years
 * ahead of ours, the Solar Hijri 621 behind. (The older-year parser reads from 1500.)
 */
const FAR_AHEAD_YEARS = 100;
/** A day in figures further ahead than this many years is another era's: Nepal's Bikram Sambat runs 57 years ahead. */
const FAR_AHEAD_DAY_YEARS = 30;
const EARLIEST_YEAR = 1500;
/** Beyond this many days, a date whose direction the sentence leaves open is a guess. */
const NEAREST_LIMIT_DAYS = 90;
/** A weekday and a day of the month that agree no nearer than this are a slip, not a date. */
const HALF_YEAR_DAYS = 183;

const onWeekend = (day: Date) => day.getDay() === 0 || day.getDay() === 6;
/** The Saturday of the last weekend wholly gone by: on a weekend, the one before it. */
const lastWeekend = (published: Date) =>
  addDays(published, -(((published.getDay() + 1) % 7) + (onWeekend(published) ? 7 : 0)));

/** A state at the time of writing, told by a verb of being and a word of mood or look: "commuters were sceptical". */
const SCENE =
  /^[^.;:"“”]*\b(?:is|are|was|were|seemed|seem|seems|looked|look|looks|felt|feel|feels|remained|remain|remains)\s+(?:\w+ly\s+|still\s+|all\s+)?(?:sceptical|skeptical|angry|resigned|relieved|calm|quiet|empty|busy|crowded|deserted|packed|tense|upbeat|worried|anxious|frustrated|furious|hopeful|confident|cautious|unimpressed|subdued|sombre|somber|festive|unconvinced|doubtful|weary|defiant|nervous|bleak|desolate)\b[^.;:"“”]*[.!]?$/i;

/** The phrase (at the NUL) inside a quoted title of two to nine capitalised words: '"Mondays in August"'. */
const TITLE_WORD = "\\p{Lu}[\\p{L}\\d'’.-]*";
const TITLE_SMALL = '(?:(?:in|of|the|a|on|at|and|for|to)\\s+)*';
const TITLE_QUOTED = new RegExp(
  `["“](?:${TITLE_WORD}\\s+${TITLE_SMALL}){1,4}\\u0000${TITLE_WORD}(?:\\s+${TITLE_SMALL}${TITLE_WORD}){0,4}[,.!?]?["”]|` +
    `["“]\\u0000${TITLE_WORD}(?:\\s+${TITLE_SMALL}${TITLE_WORD}){1,4}[,.!?]?["”]`,
  'u',
);

/** A name a month opens: "the September Celebrations", "the October Revolution", "the May Fair". */
const MONTH_IN_NAME =
  /^\s+(?:Celebrations|Festival|Festivities|Fair|Games|Carnival|Classic|Show|Revolution|Uprising|Agreement|Accords?|Massacre|Manifesto|Movement)\b/;

/** A day and month set beside a phrase: ", on 24 July", ", 4 August", ", Sept. 15". */
const APPOSED_DAY = new RegExp(
  `^,\\s*(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})|(?:${MONTH})[a-z]*\\.?\\s+\\d{1,2}\\b)`,
  'i',
);

/** The period a relative phrase names ("last week", "a month ago", "this weekend"). */
function relativePeriod(text: string, result: chrono.ParsedResult, published: Date, direction?: Direction) {
  const ago = AGO.exec(text);
  // "a few days ago", "several weeks ago": no count, so no period of the unit; chrono counts three, or seven.
  if (ago && /\b(?:few|several|some|many)\b/i.test(text)) return undefined;
  // chrono counts months back from the day of the month: "a month ago" on 31 October would be 1 October.
  const count = /^(a|an|one|two|three|four|five|six|\d{1,2})\s+(?:month|year)s?\s+ago$/i.exec(text)?.[1];
  if (ago && count) {
    const back = countOf(count.replace(/^an$/i, 'one'));
    const unit = ago[1].toLowerCase() as 'month' | 'year';
    return periodOf(unit === 'month' ? addMonths(published, -back) : addYears(published, -back), unit);
  }
  if (ago) return periodOf(result.start.date(), ago[1].toLowerCase().replace('fortnight', 'week') as Precision);
  const [, which, unit] = RELATIVE_PERIOD.exec(text) ?? [];
  // "this past weekend": the one just gone; said on a weekend, this one or the last. "The past week" is the seven days
  // to now, a span.
  if (which?.toLowerCase() === 'past' && unit.toLowerCase() === 'weekend')
    return onWeekend(published) ? undefined : periodOf(lastWeekend(published), 'week');
  if (!which || which.toLowerCase() === 'past') return undefined;
  const shift = { last: -1, this: 0, next: 1, coming: 1 }[which.toLowerCase()] ?? 0;
  if (unit.toLowerCase() === 'weekend') {
    // "last weekend" said on a Saturday: the one before, not this one.
    if (shift < 0) return periodOf(lastWeekend(published), 'week');
    const saturday = weekdayDate(published, 6, shift > 0 ? 'future' : (direction ?? 'either'));
    return saturday && periodOf(saturday, 'week');
  }
  const precision = unit.toLowerCase() as 'week' | 'month' | 'year';
  const move = { week: addWeeks, month: addMonths, year: addYears }[precision];
  return periodOf(move(published, shift), precision);
}

/** A day written in figures: "2/3/2026", "3.4.2026", "02-03-2026"; "Sunday, 1/3" with its weekday. Not "7.30am". */
const NUMERIC_DATE = new RegExp(
  `(?<![\\d./-]|${BESIDE_MONTH[0]})\\b(\\d{1,2})([./-])(\\d{1,2})(?:\\2(\\d{4}))?(?![./-]?\\d|${BESIDE_MONTH[1]}|\\s*[ap]\\.?m\\b)`,
  'i',
);
/** How far from the report a day in figures without its year may lie. */
const NUMERIC_NEAR_DAYS = 120;

/**
 * The day a date in figures names: day first with dots ("3.4.2026") or when the first figure cannot be a month, month
 * first when the second cannot be; otherwise the order is the writer's house style ("2/3/2026" is 2 March in Beirut,
 * February 3 in Boston), settled by a weekday named with it ("on Monday 2/3/2026", "on Sunday, 1/3", the year then
 * the one that keeps it near) or by the order the report's own unambiguous dates keep (`order`). null when nothing
 * settles it; undefined when the text is no such date, or one without a year or a weekday ("a 3-1 win", "24/7").
 */
function numericDay(
  text: string,
  published: Date,
  order?: FigureOrder,
  introduced = false,
  opensLine = false,
): Date | null | undefined {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return undefined;
  // "early on Sunday, at 4.10": a clock time.
  if (!match[4] && /\bat\s+$/i.test(text.slice(0, match.index))) return undefined;
  const weekday = WEEKDAYS.findIndex((name) => new RegExp(`\\b${name.slice(0, 3)}`, 'i').test(text));
  // "on 14.4.": stops after both figures are the day and month, in that order.
  const stopped = match[2] === '.' && new RegExp(`${match[0].replace(/\./g, '\\.')}\\.$`).test(text);
  // "On 23/2", "since 12/3" (Brazilian and other day-first styles): a preposition makes figures without a year a day,
  // when one order alone can read them or the report's own dates tell which ("signed on 08/12" may be either).
  const [first, separator, second] = [Number(match[1]), match[2], Number(match[3])];
  const bare = !match[4] && weekday < 0 && !stopped;
  // Stops put the day first ("since 06.10"): only slashes and dashes may put the month first.
  if (bare && (!introduced || (first <= 12 && second <= 12 && separator !== '.' && !order)))
    return bare && introduced ? null : undefined;
  const readable = (reading: FigureOrder) =>
    !bare || first > 12 || second > 12 || separator === '.' || reading === order;
  const years = match[4] ? [Number(match[4])] : [-1, 0, 1].map((shift) => published.getFullYear() + shift);
  const readings = years.flatMap((year) => {
    const dayFirst = new Date(year, second - 1, first);
    const monthFirst = new Date(year, first - 1, second);
    return [
      // (A month of 0 is a clock's minutes: "from 6.00 to 9.00".)
      ...(dayFirst.getDate() === first && second >= 1 && second <= 12 && readable('day-first')
        ? [{ date: dayFirst, order: 'day-first' as const }]
        : []),
      ...(separator !== '.' && monthFirst.getDate() === second && first >= 1 && first <= 12 && readable('month-first')
        ? [{ date: monthFirst, order: 'month-first' as const }]
        : []),
    ];
  });
  const agreeing = readings.filter(
    ({ date }) =>
      (weekday < 0 || date.getDay() === weekday) &&
      (match[4] !== undefined || Math.abs(differenceInCalendarDays(date, published)) <= NUMERIC_NEAR_DAYS),
  );
  const settled = new Set(agreeing.map(({ date }) => date.getTime())).size === 1 ? agreeing : undefined;
  const styled = agreeing.filter((reading) => reading.order === order);
  // "03/08/2026 14:20 — Outage affecting St Michael" in a log published on 3 August, with no style of its own: a line
  // that opens on its date is one of the days just before the report, not of months before.
  const recent = agreeing.filter(({ date }) => {
    const age = differenceInCalendarDays(published, date);
    return age >= -1 && age <= RECENT_LINE_DAYS;
  });
  const recentOnly =
    opensLine &&
    match[4] !== undefined &&
    recent.length === 1 &&
    agreeing.every(
      (reading) => reading === recent[0] || Math.abs(differenceInCalendarDays(reading.date, published)) > FAR_LINE_DAYS,
    )
      ? recent
      : undefined;
  return (settled ?? (styled.length === 1 ? styled : undefined) ?? recentOnly)?.[0].date ?? null;
}
/** How near before the report a dated line of a report with no style of its own must lie to settle its order. */
const RECENT_LINE_DAYS = 14;
/** How far from the report the other reading of such a line must lie. */
const FAR_LINE_DAYS = 60;

/** Which figure comes first in a report's dates written as numbers: its house style, where it shows. */
export type FigureOrder = 'day-first' | 'month-first';

/**
 * The order a report's dates in figures keep, told by those only one order can read ("26/10/2026" is day first,
 * "10/26/2026" month first); undefined when none tells it, or they disagree.
 */
export function figureOrderOf(texts: readonly string[]): FigureOrder | undefined {
  const orders = new Set(
    texts.flatMap((text) =>
      [...text.matchAll(new RegExp(NUMERIC_DATE.source, 'g'))].flatMap(([, first, separator, second, year]) =>
        !year || separator === '.'
          ? []
          : Number(first) > 12 && Number(second) <= 12
            ? ['day-first' as const]
            : Number(second) > 12 && Number(first) <= 12
              ? ['month-first' as const]
              : [],
      ),
    ),
  );
  return orders.size === 1 ? [...orders][0] : undefined;
}

/**
 * Where dates in figures may put the month first: the United States, the states in free association with it, the
 * Philippines, and Canada, which writes both.
 */
const MONTH_FIRST_COUNTRIES = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM', 'FM', 'MH', 'PW', 'PH', 'CA']);

/**
 * Day first, the order dates in figures keep in every country a report names when none writes the month first:
 * "05/01/2026" in a Cotonou paper is 5 January; month first when every place is in one that does and one is a state
 * of the United States ("6/7/2026 6:05 PM HST" in alerts from Maui, Hawaii, is June 7), whose name no other country
 * shares as its towns' saints' names do. A report naming none, both kinds, or Canada (which writes both), says nothing.
 * Codes may carry their subdivision: "US-HI".
 */
export function figureOrderIn(codes: readonly string[]): FigureOrder | undefined {
  const countries = codes.map((code) => code.split('-')[0]);
  if (countries.length === 0) return undefined;
  if (!countries.some((country) => MONTH_FIRST_COUNTRIES.has(country))) return 'day-first';
  return codes.some((code) => code.startsWith('US-')) &&
    countries.every((country) => country !== 'CA' && MONTH_FIRST_COUNTRIES.has(country))
    ? 'month-first'
    : undefined;
}

/**
 * A label before its own date: "Dated: 29.04.2026", "Issued: Ulaanbaatar,", "Last updated:", "Previous update:", "Date of
 * issue:", "Media statement:", an email's "Sent:", a page's "Page last reviewed:", a German "Stand:", a caption's
 * "Photo: AFP,", a tribunal's "Date of hearing:" and "Delivered:", a stewards' report's "Meeting: Sandown Hillside,"; and a
 * recall form's "Manufacture dates:", the span of the goods it covers. The label's date may come second, after its date
 * in another calendar: "Date: 09 Kartik 1433 / 25/10/2026", "Release date: 115/06/17 (2026-06-17)".
 */
const STAMP_LABEL =
  /\b(?:Dated?|Issued|Signed|Published|Released|Sent|Received|Stand|(?:Live\s+)?(?:page|blog|coverage)\s+(?:opened|started)|(?:Last\s+)?(?:Updated|Modified|Revised|reviewed)|(?:Last|Latest|Previous)\s+update|Valid\s+(?:From|To|Until)|Extension\s+to|Date\s+of\s+(?:issue|publication|signature|signing|report|determination|judgment|judgement|decision|ruling|award|order|hearing|manufacture|expiry)|(?:Mfg|Exp)\.?\s+Date|Expiry\s+date|Release\s+date|Best\s+before|Delivered|Meeting|Status|Reporting\s+period|Log\s+period|Period\s+covered|Issue\s+date|(?:Manufactur(?:e|ing)|Production|Build|Sales?|Voyage|Sailing|Travel)\s+(?:dates?|period)|Photo|Picture|Source|Credit|Posted|(?:(?:Media|Press|News|Service|Traffic|Travel)\s+)?(?:statement|release|advisory|notice|bulletin|alert)|(?:Still\s+)?current\s+(?:at|as\s+(?:of|at))):\s*(?:W\/E\s+|week\s+(?:ending|ended)\s+)?(?:\p{Lu}[\p{L}' -]*,\s*|\d{1,2}\s+\p{Lu}[\p{L}'’-]+\s+\d{3,4}\s*[/|]\s*|\d{2,4}[/.-]\d{1,2}[/.-]\d{1,2}\s*\(\s*|\d{2,4}年\d{1,2}月\d{1,2}日\s*\(\s*)?$/iu;
/**
 * The same opening its line without a colon, perhaps after the source's name or title: "Issued 28 OCT 26", "Issued at
 * Aqaba on", "Updated 07:10", "QLDTraffic: Updated 5:32am AEST Thu 23 Apr", "511 — Updated Oct. 2,", "Incident report —
 * published", "Service update - issued", "Issued by Harbour Rail Corporation, Hong Kong,", a status page's "As of 14:00,
 * Feb. 16.", "Advisory issued at 0700 hrs on", a release's "Embargoed until 00:01", an order's signature "Done at
 * Chambéry,", a diocese's "Given at Lecce, from the Archiepiscopal Curia,", "Original article published in Monitorul
 * Dunării, Brăila, on", "(The original article appeared in L'Écho de Meknès on", a live page's entry "Update 6.12.2025 at 08.30 — …", a market message's "Message
 * VRE-UMM-2026-08-0398, Version 3, published", a press note's "PRESS NOTE No. GCRDC/PR/2026/114, Gandhinagar, Dated",
 * "PRESS RELEASE No. TOUR/HF-25/PR/17, dated Kohima, the", a title's "Cumilla: Gumti embankment breach | Situation
 * Report 3, as of", "Flash Update No. 2 | as of", a port line-up's "Line-up as at".
 */
const STAMP_LINE =
  /^\s*\(?\s*(?:\p{Lu}(?:[^|.;]|(?<=\bNo)\.){0,80}\|\s*)?(?:[\p{Lu}\d][\p{L}\d&'./ -]*?(?::|\s[—–]|\s-(?=\s))\s*|(?:[\p{Lu}\d][\p{L}\d&'./ -]*?:\s*)?(?:\p{L}[\p{L}'./-]*\s+){0,2}[\p{L}\d'./-]*\d[\p{L}\d'./-]*,\s*|(?:\p{Lu}[\p{L}\d&'./ -]*?\d[\p{L}\d&'./-]*,\s*)+(?:\p{Lu}[\p{L}'’ -]{1,30},\s*)?|[A-Z]{2,}\s+(?:No\.?\s*)?\d+\s+|\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?=[Aa]s\s+(?:of|at)\s)|\p{Lu}[\p{L} ]{0,40}\b(?:update|notice|bulletin|report|statement|release|page),\s*)?(?:(?:Session|Sitting|Meeting)\s+of|(?:Advisory|Alert|Warning|Notice|Notification|Bulletin|Circular|Order|Statement|Release)\s+(?:issued|dated|updated|published)|[Dd]ated?(?:\s+\p{Lu}[\p{L}'’ -]{1,30},)?|[Ii]ssued|Released|Signed|Done|Given|(?:Originally\s+|First\s+|Original(?:\s+(?:article|story|report))?\s+)?[Pp]ublished|(?:The\s+)?[Oo]riginal(?:\s+(?:article|story|report))?\s+(?:was\s+published|appeared)(?:\s+(?:on|in)\s+the\s+\p{Lu}[\p{L}' -]*?\s+(?:website|site|newspaper|paper|edition))?|Answered|Tabled|(?:This\s+(?:page|story|article|report)\s+was\s+)?(?:[Ll]ast\s+)?[Uu]pdated|[Mm]ise?\s+à\s+jour(?:\s+le)?|Input|(?:Live\s+)?[Pp]age\s+(?:opened|generated)|(?:Update|UPDATE)(?:\s+\d{1,3})?|[Pp]osted|[Aa]s\s+(?:of|at)|(?:Embargoed|Under\s+embargo)\s+(?:until|till)|(?:Mis\s+à\s+jour|Publié|Modifié)(?:\s+le)?|A(?:c)?tualizado|Publicado)(?:\s+the)?(?:\s+by\s+\p{Lu}[\p{L}&'. -]*(?:,\s*\p{Lu}[\p{L}&'. -]*)*,)?(?:\s+(?:at|in)\s+\p{Lu}[\p{L}' -]*?,?(?:\s+from\s+the\s+\p{Lu}[\p{L}' -]*?,|\s+\p{Lu}[\p{L}' -]*?,)?)?(?:\s+at\s+\d{4}\s*(?:hrs?|h)\.?(?:\s+[A-Z]{2,4})?)?(?:\s+(?:on|at|of))?(?:\s+\d{1,2}[:.][\d#]{2}(?:\s*hrs?\.?|\s*[ap]\.m\.|\s*[AaPp]M)?(?:\s+[A-Z]{2,4})?)?(?:\s+[—–]|,)?(?:\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\(|\s+)$/u;
/**
 * What may follow such a line's date: nothing, a colon or a dash and the update, when it was updated, the issuing
 * office ("…, at Putrajaya."), "by order of …", its time ("0800LT"), and who presents the page ("4.55pm AEST, with
 * April Moana").
 */
const STAMP_LINE_END =
  /^(?:[\s.)]*(?:$|;)|\s*\([^()]*\b(?:time|GMT|UTC)\b[^()]*\)[\s.]*$|,\s*(?:updated|modified|revised)\s[^;]*$|\s*:\s|,\s*\p{Lu}[^,;]*(?:,\s*\p{Lu}[^,;]*)*\.?$|,?\s+by\s+(?:order\s+of\s+)?(?:the\s+)?\p{Lu}|,\s*for\s+[^;]*$|,?\s*(?:at|à|kl\.|klo|saat|um)?\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[aApP]\.?[mM]\.?)?(?:\s*[A-Z]{2,5})?(?:\s*[|·•]\s*\p{Lu}[^.;|]*|,\s*(?:updated|modified|revised)\s[^;]*)?(?:(?:,\s*|\s+)(?:with|by)\s+(?:the\s+)?\p{L}[^,;]*)?[\s.]*$|(?:\s*[A-Z]{2,5})?,\s*(?:with|by)\s+\p{Lu}[^,;]*[\s.]*$|,?\s+at\s+\p{Lu}[\p{L}' -]*\.?$|\s*[—–·•|]\s|\s+-\s|,?\s*(?:[\d#]{1,2}[:.][\d#]{2}\s*)?(?:hrs?|local\s+time)\b[^.]*\.?$|\s+[\d#]{4}\s*(?:LT|UTC|GMT|Z|hrs?|h)[\s.]*$|\s+(?:Eastern|Central|Mountain|Pacific)(?:\s+[Tt]ime)?[\s.]*$)/u;
/**
 * A log's entry after its stamp, its news told after a dash with no day of its own: "Service notice — 2026-11-21 06:30
 * CST — Train 2 is running about 3 hours late", "Bulletin 4 — 23.11.2026 — Round 5 results were confirmed": the stamp
 * dates the news (not a heading's "— Marseille–Ajaccio line" nor "— For immediate release", nor an update's stamp over
 * news that tells its own day: "Update 6.12.2025 at 08.30 — The attack was detected early on Saturday 6.12.").
 */
const NEWS_AFTER_STAMP =
  /^(?:,?\s*(?:[—–]\s*)?(?:at\s+|klo\s+|kl\.\s*)?[\d#]{1,2}[:.][\d#]{2}\s*(?:[ap]\.?m\.?)?)?(?:\s*[A-Z]{2,5})?\s*[—–]\s+(?:(?:Update|Decision)\s*:\s*)?\p{Lu}(?:(?![—–])[^.!?])*?\s(?:is|are|was|were|has|have|had|will|left|began|took|made|went|came|ran|rose|fell|held|met|said|told|gave|found|brought|sent|set|put|cut|hit|kept|lost|won|struck|stood|broke|spoke|drew|(?!(?:immediate|release)\b)\p{Ll}{3,}(?:ed|s))\s(?:(?![—–])[^!?])*$/u;
/** A stamp's date in figures or with its month's name: "2026-11-21", "23.11.2026", "21 November", "Nov. 21". */
const STAMP_DATE = new RegExp(
  String.raw`\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\s?\d{1,2}[./]|\b\d{1,2}\s+(?:${MONTH})|\b(?:${MONTH})[a-z]*\.?\s+\d{1,2}\b`,
  'i',
);
/** A day the entry tells of its own, which dates its news instead of the stamp. */
const DAY_OF_ITS_OWN =
  /\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|September|October|November|December)\b|\b\d{1,2}\.\d{1,2}\./;
/**
 * Whether what follows a stamp with its date in figures ("2026-11-21", "21 November 2026") is a log entry's news
 * (above) with no day of its own ("UPDATE 9:15 a.m. CDT Monday — Both directions … are open again" names no date).
 */
const newsAfterStamp = (stamp: string, after: string) =>
  STAMP_DATE.test(stamp) && NEWS_AFTER_STAMP.test(after) && !DAY_OF_ITS_OWN.test(after);
/** A weekday after a stamp's date: ", Thursday". */
const STAMP_WEEKDAY = new RegExp(String.raw`^,\s*${WEEKDAY}\b`, 'i');
/**
 * "Press statement dated 28 May 2026.", "Announcement dated 9 April B.E. 2569", "Press release of 10.02.2026 — …",
 * "Tender No. KPT/2026/44 dated 12.08.2026", "Ref: our letter dated 03.08.2026", "Marine Department, Announcement No.
 * 147/2569, dated 25 November B.E. 2569 (English translation …)": a line naming the document and its date.
 */
const DOCUMENT_DATED =
  /^\s*(?:\p{Lu}[\p{L}'’ -]{1,60},\s*)?(?:Ref(?:erence)?[.:]?\s*(?:our|your|the)?\s*)?(?:Press\s+|Media\s+|Written\s+)?(?:statement|release|notice|circular|order|letter|tender|advisory|bulletin|announcement|notification|directive|memo|memorandum|communiqu[eé]|answer|reply|response)\s+(?:No\.?\s*\S+\s+)?(?:dated|of)\s+$/iu;
/**
 * An order's heading, its file number and office before its date: "No. F.1(3)/2026-NHA, …, Islamabad, the", "No.
 * OCMRC/PR/2026/214, Nagpur, dated".
 */
const FILE_LINE = /^\s*No\.\s*\S+,[^.;]*?,\s*(?:the\s+|dated\s+)?$/;
/**
 * An instrument's heading, its number and when it was issued, perhaps its subject after: "Prime Minister's Decree No.
 * 845 of 2026, issued on 6 April 2026, on emergency measures for the Cairo-Alexandria railway."
 */
const INSTRUMENT_ISSUED =
  /^\s*(?:\p{Lu}[^.;]*?\bNo\.\s*\S+(?:\s+of\s+\d{4})?,|(?:\p{Lu}[\p{L}'’]*\s+){1,4}No\.\s*\S+(?:\s+of\s+\d{4})?)\s*(?:issued|dated|signed|submitted|tabled|lodged|filed)\s+(?:on\s+)?$/u;
/**
 * A release's place line, alone before its date: "Ajaccio, 12 August 2026", "Tashkent city, 12 March 2026", "Tällwald,
 * meeting in Turtmann, 10 August 2026", "Semarang, Monday (15/6/2026) –", "Jazan, Rabi al-Thani 10, 1448 AH, September
 * 21, 2026".
 */
const PLACE_LINE = new RegExp(
  String.raw`^\s*\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|city|town)){0,2},(?:\s*(?:meeting|sitting|signed|done|given)\s+(?:in|at)\s+\p{Lu}[\p{L}'’.-]*,)?\s*${HIJRI_DATE_BEFORE}(?:${WEEKDAY_CAPITALISED}\s*\(\s*)?$`,
  'u',
);
/**
 * What may end such a line after its date: a year of another era ("9 April B.E. 2569"), the document's number ("Tashkent,
 * 18.03.2026 No. 214-r"), its office or how it was sent after a dash ("Bonn, 23.04.2026 — by e-mail"), an agency's code
 * (", KNA").
 */
const DOCUMENT_DATED_END =
  /^(?:\s*(?:B\.?\s?E\.?|A\.?\s?D\.?|C\.?E\.?)\s*\d{4})?(?:\s+No\.\s*\S+)?(?:\s*\([^()]*\))?[\s.)]*(?:[—–]\s+\S.*|,\s*(?:from|by)\s+(?:the\s+)?\p{Lu}[^;]*|,\s*for\s+[^;]*|,\s*\(?[A-Z]{2,6}\)?\.?)?$/u;
/**
 * A status page's entry stamp: "Apr 14, 2026 - 09:12 UTC — Investigating", "Resolved — Apr 14, 2026 - 16:40 UTC",
 * "25.08.2026, 16:20 | Updated: 25.08.2026, 18:40". The opening is empty or a status; after the date, its time, its
 * zone and perhaps the status or when it was updated.
 */
const STATUS_OPENING =
  /^\s*(?:(?:Update|Resolved|Investigating|Identified|Monitoring|Scheduled|Completed)\s*[—–-]\s*)?$/;
const STATUS_TIME =
  /^[^;]{0,30}?\s*[-–—]?\s*\d{1,2}:[\d#]{2}\s*(?:[A-Z]{2,5}\b)?(?:\s*[—–-]\s*\p{Lu}\p{Ll}+|\s*\|\s*(?:(?:Last\s+)?[Uu]pdated|[Mm]odified):?\s[^;|]{0,30})?[\s.]*$/u;
/**
 * "This warning was issued at 1100 on", "Article (6): This Circular, issued on": the document telling when it was itself
 * issued.
 */
const DOCUMENT_ISSUED =
  /^(?:Article\s*\(?\d+\)?[.:]\s*)?This\s+(?:warning|notice|statement|release|update|advisory|bulletin|circular|order|decision|decree|resolution|page|article|(?:statutory\s+)?instrument|regulations?)\b(?:,?\s+(?:was|has\s+been))?,?\s+(?:issued|updated|published|posted|amended|dated|signed)\b[^,;]*$/i;

/** A live page's summary of the story so far: "Here is what we know as of", "What we know so far, as at". */
const KNOWN_AS_OF =
  /^\s*(?:here(?:['’]s|\s+is)\s+)?what\s+we\s+know(?:\s+so\s+far)?,?\s+(?:as\s+(?:of|at)|at)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?)?$/i;
/** The rest of such a line after its day: " lunchtime.", " at 9am:". */
const KNOWN_AS_OF_END =
  /^\s*(?:(?:lunchtime|morning|afternoon|evening|night|noon|midday)\b|at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)?[\s.:]*$/i;

/**
 * What an order does, from a time: "a restriction order suspending all barge movements … from 6am on ", "a notice
 * allowing manual clearance of consignments from ". Told of its
 * issuing or of itself, the time may lie either side of the report.
 */
const ORDER_FROM =
  /\b(?:suspending|banning|closing|restricting|halting|barring|prohibiting|allowing|permitting|authori[sz]ing)\b[^.;]{0,120}\bfrom\s+(?:[\d#]{1,2}(?:[:.][\d#]{2})?\s*(?:[ap]\.?m\.?|hrs?)?\s+(?:on\s+)?)?$/i;

/** A record's heading before its date: "Forty-ninth sitting, Friday, 4 September 2026". */
const SITTING_LINE = /^\s*\p{Lu}[\p{L}-]*\s+(?:sitting|session|meeting|plenary)\s*,\s*$/u;

/**
 * A proclamation's signature ("GIVEN under my hand and the Public Seal … this 12th day of June 2026", "IN WITNESS
 * WHEREOF", "Done at Des Moines this 14th day of November", "Document signed electronically by …", "Authorised by Mark
 * Fennessy, Secretary, SMPWU, 8 April 2026.", "Signed: Malam Kabiru Tambuwal Dogondaji, Chief Press Secretary to the
 * Governor, dated 18th March, 2026") and a reference to cite the document by ("Citable reference: Global Health
 * Organization (19 June 2026)").
 */
const SIGNED_OR_CITED =
  /^\s*(?:(?:ORDER|DECREE|JUDGMENT|JUDGEMENT|RULING|DECISION|RESOLUTION)\s+of\s*$|Filed\s+(?:in|with)\s+the\s+(?:registry|court|clerk)\b|GIVEN\s+under|Given\s+under\s+(?:my|our|the)\b|IN\s+(?:WITNESS|TESTIMONY)\s+WHEREOF|(?:Document\s+)?[Ss]igned\s+(?:electronically|digitally)\b|(?:Done|Given|Signed|Dated|Made|MADE)\b[^.;]{0,60}\bthis\s+\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\s*$|(?:Signed|Sgd\.?)\b[^.;]{0,160},\s*dated\s*$|(?:Citable\s+reference|Suggested\s+citation|Citation|Cite\s+(?:this\s+\w+\s+)?as|How\s+to\s+cite)\s*:|Authori[sz]ed\s+by\s+[A-Z][^.;]{0,80},\s*$)/;

/**
 * Whether a date is a document's own stamp, not an event: a form's label ("Notice No. 14/2026 — Dated: 29.04.2026",
 * "Issued: Ulaanbaatar, 2026.07.17."), a line of the label and the date with or without its office ("Issued 28 OCT
 * 26.", "Issued 29.05.2026, Sundlink Traffic Centre, Copenhagen.", "Issued at Aqaba on 26/03/2026 by order of …",
 * "Updated 07:10 Mon 23/02:"), "Press statement dated 28 May 2026.", "This warning was issued at 1100 on Thu 12 Feb" or a
 * status page's "Apr 14, 2026 - 09:12 UTC — Investigating". `opening` is the sentence up to the date; `before` its last
 * words; `after` the rest past the date as chrono read it; `dated` the rest from the date on.
 */
function isDocumentStamp(opening: string, before: string, after: string, dated: string): boolean {
  // "Bodrum Liman Başkanlığı, duyuru, 29 Mayıs 2026 (Bodrum Harbour Master's Office, announcement, 29 May 2026).": a
  // line's translation in brackets is read as the line.
  const gloss = /\((\p{L}[^()]*,\s*)$/u.exec(opening);
  if (gloss && /^\s*\)/.test(after) && isDocumentStamp(gloss[1], before, after.replace(/^\s*\)/, ''), dated))
    return true;
  return (
    SIGNED_OR_CITED.test(opening) ||
    (SITTING_LINE.test(opening) && DOCUMENT_DATED_END.test(after)) ||
    // ("Driftsmelding 13.05.2026 kl. 06:40 | Status: ONGOING | Area: Røvær": a notice's own header line.)
    (/^\s*(?:\p{Lu}[\p{L} ]{0,40}\b(?:update|notice|bulletin|report|newsletter|briefing|digest),\s*|\p{Lu}\p{Ll}+\s+)?$/u.test(
      opening,
    ) &&
      /^\s*(?:(?:kl\.|at)?\s*\d{1,2}[:.]\d{2}\s*)?\|\s*(?:\p{Lu}|\d{1,2}[:.]\d{2}\b)[^.!?]*$/u.test(after)) ||
    ((PLACE_LINE.test(opening) || FILE_LINE.test(opening)) && DOCUMENT_DATED_END.test(after)) ||
    (INSTRUMENT_ISSUED.test(opening) &&
      /^(?:[\s.]*$|,?\s*(?:on|concerning|regarding|relating to|about|under)\s)/i.test(after)) ||
    STAMP_LABEL.test(opening) ||
    // "SouthCone Grain Brief · Issue 26/2026 · Monday 29 June 2026 · Ports & logistics", "Radio Litoral 97.3 ·
    // Rosario · Tuesday 14/07/2026 · Updated 10:32", "13.06.2026, 10:45 MSK | Updated 13.06.2026, 16:20 MSK": a
    // masthead's fields, the date one of them.
    // (An event's listing, "Tall Ships Festival · Saturday 18 July · Harbourside", names no issue or update.)
    (/^\s*(?:(?:[^.!?;·|•]|(?<=\d)\.(?=\d)|(?<=\b(?:Vol|No|Nr|Ed|Iss))\.){1,60}[·|•]\s*)+(?:(?:Last\s+)?(?:Updated|Modified|Published|Posted)\s+)?$/u.test(
      opening,
    ) &&
      /\b(?:Issue|No\.|Vol\.|Edition|Updated|Published|Posted|Modified)\b|#\d|\d{1,2}[:.]\d{2}\s*[A-Z]{2,4}\b|\b\d+(?:[.,]\d)?\s*(?:FM|AM)\b/.test(
        opening + after,
      ) &&
      /^\s*(?:[·|•]\s*[^!?;·|•]{1,60})*[\s.]*$/u.test(after)) ||
    // "Published in the Register of Acts: 23.10.2026", "Posted on the Secretariat's website: 28/7/2026": a line's
    // label.
    /^\s*(?:Published\s+in|Posted\s+on)\s+[^.:;]{1,60}:\s*$/.test(opening) ||
    // (Its weekday may follow the date, or stand before it: "Original published 28 May 2026, Thursday, saat 21.40.",
    // "Last updated Monday (23/3/2026), 22.40 WITA.")
    (STAMP_LINE.test(opening) &&
      STAMP_LINE_END.test(after.replace(STAMP_WEEKDAY, '').replace(/^\)/, '')) &&
      !newsAfterStamp(dated.slice(0, dated.length - after.length), after)) ||
    // "2026/10/10 (Sat) 11:30 updated | This article is …": a page's stamp, its date first.
    (/^\s*$/.test(opening) &&
      /^\s*(?:\(\p{L}{2,4}\.?\)\s*)?\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4}\s*)?(?:updated|posted|published|input)\b/iu.test(
        after,
      )) ||
    // "Press release of the Urban Development Committee, Yerevan, 23.09.2026. Updated: …", "Northern Territory
    // Government media release, Minister for Territory Resilience, 27 April 2026", "Port of Esbjerg, press release, 27
    // May 2026", "North Karelia Rescue Department, bulletin, 20.6.2026 klo 10.15", "Ertzaintza, comunicado, 13/08/2026",
    // "Ionian Islands Police Directorate, announcement, 12/4/2026", "Bashkia Korçë, njoftim për shtyp, 12.04.2026",
    // "CalMac Ferries, service update, 16 July 2026, 14:30", "U.S. Coast Guard Sector Ohio Valley, news release, June
    // 13, 2026", "Official Dispatch No. 8123/UBND-KT, Khánh Hòa, September 3, 2026", "Press statement signed by the
    // Commissioner for Information, Awka, October 2, 2026.", "Kautokeino kommune, pressemelding, 3. april 2026",
    // "Inspectoratul General al Poliției, comunicat de presă, 20.04.2026", "Tanzania Ports Authority, Taarifa kwa Umma
    // (Public Notice), 9 August 2026": a release's own line, in the language it was issued in too.
    // ("Press release, 2026.11.23 — For immediate release", "Press release, 2 December 2026 / 21 Kislev 5787": its
    // date alone after its kind.)
    ((/^\s*(?:[A-Z][\p{L}'’-]*\s+){0,4}(?:[Pp]ress|[Mm]edia|[Nn]ews)\s+(?:[Rr]elease|[Ss]tatement)(?:(?:\s+of\s+|\s+signed\s+by\s+|,\s*)[^.;]{1,80}?)?,\s*$/u.test(
      opening,
    ) ||
      /^\s*\p{Lu}(?:[^.;,]|(?<=(?:^|[\s.])\p{Lu})\.){1,100}(?:,\s*\p{Lu}[^.;,]{1,100}){0,2}(?:(?:,\s*|\s+)(?:(?:[Pp]ress|[Mm]edia|[Nn]ews)\s+(?:[Rr]elease|[Ss]tatement|[Cc]ommuniqu[eé])|[Bb]ulletin)|,\s*[\p{L}' ]{1,40}\((?:[Pp]ublic\s+|[Pp]ress\s+)?(?:[Nn]otice|[Rr]elease|[Ss]tatement|[Aa]nnouncement|[Bb]ulletin)\)|,\s*(?:[Cc]ommuniqu[eé](?:\s+de\s+presse)?|[Cc]omunica[dt][oa](?:\s+stampa)?|[Nn]ota\s+de\s+prensa|[Pp]resse-?mitteilung|[Mm]edienmitteilung|[Pp]ersbericht|[Pp]ressmeddelande|[Pp]ressemeddelelse|[Pp]ressemelding|[Cc]omunicat(?:\s+de\s+pres[ăa])?|[Pp]ress\s+service|[Tt]iedote|[Ss]iaran\s+pers|[Nn]joftim\s+për\s+shtyp|[Aa]nnouncement|[Ss]tatement|[Ii]nformation|[Nn]otice|[Nn]ota\s+informativa|(?:[Ss]pot|[Ss]ituation|[Cc]rime)\s+[Rr]eport|[Ss]ervice\s+update))(?:\s+(?:n\.|[Nn]o\.|n°|[Nn]r\.)\s*[\w/.-]+)?(?:,\s*\p{Lu}[\p{L}'’ -]{1,30})?,\s*(?:\d{1,2}\.\s*)?$/u.test(
        opening,
      ) ||
      /^\s*(?:Official\s+)?(?:Dispatch|Circular|Decision|Directive|Notice|Announcement|Communiqu[eé]|Statement)\s+(?:No\.|n°|Nr\.)\s*[\w/.-]+,\s*(?:\p{Lu}[\p{L}'’ -]{1,30},\s*)?$/u.test(
        opening,
      )) &&
      /^\s*(?:,?\s*(?:klo|kl\.|at)?\s*\d{1,2}[.:]\d{2})?\s*(?:\([^()]*\))?\s*(?:\.|$|[—–/]\s)/.test(after)) ||
    // "Hawassa, Meskerem 2, 2019 E.C. (12/09/2026) — The Sidama …", "Taitung, 115年10月7日 (7 October 2026): The collapse
    // …": a dateline's date glossed in brackets.
    (/^\s*\p{Lu}[\p{L}' -]*,\s+[^;()]{0,30}(?:\b\d{4}\b|年[^;()]{0,8}日)[^;()]{0,12}\(\s*$/u.test(opening) &&
      /^\s*\)\s*(?:[—–-]|:\s)/.test(after)) ||
    // "Mymensingh, 11 Falgun 1432 / 24 February 2026 — The body of …": the same, glossed after a slash.
    (/^\s*\p{Lu}[\p{L}' -]*,\s+[^;()/]{0,30}\b\d{4}\s*\/\s*$/u.test(opening) && /^\s*(?:[—–-]|:\s)/.test(after)) ||
    (DOCUMENT_DATED.test(opening) && DOCUMENT_DATED_END.test(after)) ||
    (DOCUMENT_ISSUED.test(opening) && !/\band\b/i.test(opening)) ||
    (STATUS_OPENING.test(opening) && STATUS_TIME.test(dated)) ||
    (KNOWN_AS_OF.test(opening) && KNOWN_AS_OF_END.test(after)) ||
    // "This column appears in the issue of Shukan Hinokuni dated October 8.", a masthead's "| Issue of Friday, 21
    // August 2026": the paper's own issue.
    ((/\b(?:issue|edition)\s+(?:of\s+[^.;,]{1,40}?\s+)?dated\s+$/i.test(opening) ||
      /\b(?:Issue|Edition)\s+of\s+$/.test(opening)) &&
      /^[\s.)]*$/.test(after)) ||
    // "FerryTalk Digest #27, week ending 8 July 2026.", "Issue 27, Friday 10 July 2026.", "Next issue of the Brief: 12
    // August.": a newsletter's own issue.
    // (chrono may take the issue's number into the date: "Issue 14, Monday 6 April 2026.")
    (/^\s*(?:\p{Lu}[\p{L}&'’-]*\s+){0,4}(?:#|No\.\s*|Issue\s+)\d+,\s+(?:(?:week|month)\s+ending\s+)?$/u.test(
      opening + (/^\d+,\s+/.exec(dated)?.[0] ?? ''),
    ) &&
      /^[\s.]*$/.test(after)) ||
    (/^\s*Next\s+(?:issue|edition)(?:\s+of\s+(?:the|our)\s+(?:\p{Lu}[\p{L}&'’-]*\s+){0,3}(?:Brief|Bulletin|Digest|Newsletter|Letter|Weekly|Report|Review))?:\s*$/u.test(
      opening,
    ) &&
      /^[\s.]*$/.test(after)) ||
    // "Bulletin No. 041/2026, Culiacán, Sinaloa, 12 February 2026.", "PRESS RELEASE Number: B/412/VIII/2026, Batam, 19
    // August 2026", "SOEA communiqué No. 11/2026, Bahía Blanca, 18 June 2026.": a document's number, place and date.
    (/^\s*(?:[A-Z][A-Z\d&.-]+\s+)?(?:(?:Press|PRESS|Media|MEDIA|News|NEWS)\s+)?(?:Bulletin|Notice|Circular|Statement|Release|Advisory|[Cc]ommuniqu[eé]|Memo(?:randum)?|Order|release|statement|RELEASE|STATEMENT|BULLETIN|NOTICE)\s+(?:No\.|Number:?|NUMBER:?)\s*\S+,\s*(?:\p{Lu}[\p{L}'’ .-]*,\s*){1,3}$/u.test(
      opening,
    ) &&
      /^[\s.]*$/.test(after)) ||
    // "This report appeared in Toos Daily, Mashhad, on Saturday 15 Farvardin 1405 (4 April 2026).", "Issue No. 412 | 26
    // Farvardin 1405 (15 April 2026) |": the paper's own issue.
    (/\b(?:this|the\s+original)\s+(?:report|article|story|column|piece)\s+(?:first\s+)?(?:appeared|was\s+(?:first\s+)?published|ran)\s+in\b(?:(?!\band\b)[^.;])*$/i.test(
      opening,
    ) &&
      /^[\s.)]*$/.test(after)) ||
    /^\s*(?:Issue|Vol\.?|Volume)\s+(?:No\.?\s*)?\d+\s*\|[^|]{0,40}$/i.test(opening) ||
    // "(Translated from German. Original: Autonome Provinz Bozen, Landespresseamt, 15.06.2026.)": a translation's note
    // of what it was made from.
    (/\bOriginal:\s+\p{Lu}[^.;:]{0,120},\s*$/u.test(opening) && /^[\s.)]*$/.test(after)) ||
    // "Jeonbuk Sinmun, 2026.9.30, page 1.": a paper's issue cited with its page.
    (/\p{Lu}[\p{L}'’ ]*,\s*$/u.test(opening) && /^\s*,\s*(?:page|p\.)\s*\d+/i.test(after)) ||
    // "INFORMATION No. 118, 11.05.2026, Dushanbe": a document's number, date and place.
    (/^\s*(?:Information|INFORMATION|Bulletin|BULLETIN|Notice|NOTICE|Statement|STATEMENT|Communiqu[eé]|COMMUNIQU[EÉ])\s+(?:No\.|Number:?|NUMBER:?)\s*\S+,\s*$/u.test(
      opening,
    ) &&
      /^\s*,\s*\p{Lu}[\p{L}'’ -]{1,40}\.?\s*$/u.test(after)) ||
    // "the Emergency Act (RT I, 03.03.2017, 1)": a gazette's citation of a law, its issue's date between its marks.
    (/\(\s*\p{Lu}[\p{L}.]*(?:\s+[\p{L}.]+){0,2},\s*$/u.test(opening) && /^\s*,\s*[\d#]+\s*\)/.test(after)) ||
    // "Friday 27 November, Kyoto": a diary's heading, its day and where it was written, alone on its line.
    (/^\s*$/.test(opening) && /^\s*,\s*\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2}\.?\s*$/u.test(after)) ||
    // "Kuopio 26.10.2026, CITY BOARD OF KUOPIO": a place, a date and the body that signs, in capitals.
    (/^\s*(?:\p{Lu}[\p{L}'’.-]*\s*,?\s*)?$/u.test(opening) && /^\s*,\s*\p{Lu}[\p{Lu}\s'’.&-]{3,}$/u.test(after)) ||
    // "Press release 2.10.2026 | Updated: 2.10.2026 14.20": a release's own line.
    (/^\s*(?:Press|Media|News)\s+(?:release|statement)\s+$/i.test(opening) && /^\s*(?:\||$)/.test(after)) ||
    // "LİMAN-İŞ PORT WORKERS' UNION – MERSİN BRANCH | Bulletin No. 19/2026 | 13.11.2026": a heading of fields.
    (/^[^|!?]{2,80}(?:\|[^|!?]{1,60}){1,4}\|\s*$/.test(opening) && /^[\s.]*$/.test(after))
  );
}

/**
 * The week "earlier in the week", "at the start of the week" or "midweek" is in: the report's own when told as done
 * and that part of it is over, the report's or the next when told as ahead and that part is still to come in it.
 */
function partOfWeek(text: string, published: Date, direction: Direction | undefined, told?: Date) {
  const weekday = (published.getDay() + 6) % 7;
  const monday = addDays(published, -weekday);
  // After a day of an earlier week, "earlier in the week" and "midweek" may be that week's; "at the start of the
  // week" is the report's own (the golds agree, every time).
  if (told && told < monday && !/^at/i.test(text)) return undefined;
  // The weekday (Monday 0) by which that part of the week is over.
  const over = /^earlier/i.test(text) ? 1 : /^at/i.test(text) ? 2 : 3;
  if (direction === 'past' || (direction === undefined && /^earlier/i.test(text)))
    return weekday >= over ? ([periodOf(published, 'week'), 'past'] as [Period, Direction]) : undefined;
  if (direction !== 'future' || /^earlier/i.test(text)) return undefined;
  if (weekday < over - 1) return [periodOf(published, 'week'), direction] as [Period, Direction];
  return weekday >= 4 ? ([periodOf(addDays(monday, 7), 'week'), direction] as [Period, Direction]) : undefined;
}

/** After a day: " fell on a Sunday". */
const FALLS_ON_A_WEEKDAY_AFTER = new RegExp(String.raw`^\s+(?:fell|falls|fall|is|was)\s+on\s+a\s+${WEEKDAY}\b`, 'i');
/** Before a month: "a Saturday night in ", "any Friday in ". */
const ANY_WEEKDAY_IN_BEFORE = new RegExp(
  String.raw`\b(?:a|any)\s+${WEEKDAY}(?:\s+(?:night|morning|afternoon|evening))?\s+in\s+$`,
  'i',
);
/** A weekday with nothing else, its name captured: "Monday", "on Monday,". */
const WEEKDAY_PHRASE = new RegExp(String.raw`^(?:on\s+)?(${WEEKDAY})[,.]?$`, 'i');
/** A weekday set just after a day counted, its name captured: ", on the holiday Monday". */
const WEEKDAY_BESIDE = new RegExp(String.raw`^\s*,\s*(?:on\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(${WEEKDAY})\b`, 'iu');
/** A weekday with its part of the day, its name captured: "Tuesday", "on Tuesday evening". */
const WEEKDAY_AND_PART_OF_DAY = new RegExp(
  String.raw`^(?:on\s+)?(${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night))?$`,
  'i',
);
/** "Thursday", "(Thursday)". */
const WEEKDAY_MAYBE_BRACKETED = new RegExp(String.raw`^\(?${WEEKDAY}\)?$`, 'i');
/** After a month: " week", " weekend", " Saturday". */
const PART_OF_WEEK_AFTER = new RegExp(
  String.raw`^\s+(?:week|weekend|day|night|morning|afternoon|evening|${WEEKDAY})\b`,
  'i',
);
/** Before a month: "a Sunday in ", "any Monday in ". */
const A_WEEKDAY_IN_BEFORE = new RegExp(String.raw`\b(?:a|one|any)\s+${WEEKDAY}\s+in\s+$`, 'i');
/** Before a month: "every first Saturday of ", "each last weekend in ". */
const NTH_WEEKDAY_OF_BEFORE = new RegExp(
  String.raw`\b(?:every|each)\s+(?:first|second|third|fourth|last|final)\s+(?:weekend|week|${WEEKDAY})\s+(?:of|in)\s+$`,
  'i',
);
/** "every Friday". */
const EVERY_WEEKDAY = new RegExp(String.raw`\bevery\s+${WEEKDAY}\b`, 'i');
/** "on Sunday", after "falls". */
const ON_NAMED_WEEKDAY = new RegExp(String.raw`^on\s+${WEEKDAY}$`, 'i');
/** "Monday", in any case. */
const WEEKDAY_ALONE = new RegExp(String.raw`^${WEEKDAY}$`, 'i');
/** A phrase that opens on a weekday: "Monday morning". */
const WEEKDAY_FIRST = new RegExp(String.raw`^${WEEKDAY}\b`, 'i');
/** "Monday", capitalised as a name. */
const PROPER_WEEKDAY_ALONE = new RegExp(String.raw`^${WEEKDAY_CAPITALISED}$`);
/**
 * A local clock and day, then the same moment on another clock: "the 11am start on Wednesday, 2 December — 10pm GMT
 * on ", "Qualifying: Friday, November 20, 10:00 p.m. PST (07:00 CET, ". (Not the only day told: "Launch is set for 9am
 * local time — 2am GMT on Friday".)
 */
const LOCAL_MOMENT_RETOLD = new RegExp(
  String.raw`\b[#\d]{1,2}(?:[:.][#\d]{2})?\s*(?:[ap]\.?m\.?|h|hrs)?\b[^.;]{0,60}\b(?:${WEEKDAY}|${MONTH}|today|tomorrow|tonight)\b[^.;]{0,20}(?:\s[—–-]|,|\()\s*[#\d]{1,2}(?:[:.][#\d]{2})?\s*(?:[ap]\.?m\.?)?\s*(?:UTC|GMT)\s+(?:on\s+)?$|\b(?:${WEEKDAY}|${MONTH})[^()]{0,40}?[#\d]{1,2}(?:[:.][#\d]{2})?\s*(?:[ap]\.?m\.?)?\s*[A-Z]{2,4}\s*\(\s*(?:[#\d]{1,2}[:.][#\d]{2}\s*[A-Z]{2,4}\s+and\s+)?[#\d]{1,2}[:.][#\d]{2}\s*[A-Z]{2,4},?\s*$`,
  'i',
);
/**
 * A moment told again on a zone's clock, up to its day: "that is 23:00 UTC on ", "That puts the cut-off at 11:59 GMT on
 * Saturday and early on ".
 */
const RETOLD_AS_CLOCK = new RegExp(
  String.raw`^\W*(?:that\s+(?:is|was|puts|makes|means)|that['’]s|which\s+(?:is|was|puts|makes|means))\s+(?:the\s+[\p{L}-]+\s+at\s+)?[#\d]{1,2}[:.h]?[#\d]{2}\s*(?:UTC|GMT|Z|\p{L}+\s+time)\s+(?:on\s+)?(?:${WEEKDAY}\s+and\s+(?:early\s+|late\s+)?(?:on\s+)?)?$`,
  'iu',
);
/** After a weekday, its day of the month: ", the 25th", " (the 25th)" (not a Hijri month's: "the 10th of Muharram"). */
const DAY_OF_MONTH_AFTER = /^\s*(?:,\s*|\(\s*)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\b)/i;
/** Before a weekday, words that make it a kind of day or a day so counted: "a ", "making ". */
const WEEKDAY_AS_KIND = /\b(?:a|an|any|every|making|makes|made|make)\s+$/i;
/** Before a period, its sum or a count of times: "In total, 46,800 ha were treated in ", "streamed 40 million times ". */
const TOTAL_OR_TIMES_BEFORE =
  /\b(?:in\s+total|all\s+told|altogether)\b[^.;]{0,30}?[#\d][#\d,.]*\s*(?:ha|hectares?|acres?|tonnes?|tons?|t|kg|km|litres?|liters?|cubic|doses|samples|tests)\b[^.;]*$|[#\d][#\d,.]*\s*(?:million|billion|thousand|lakh|crore)?\s+times\s+$/i;
/** A trade's figure, up to its period: "Physical sales ", "Exports in ". */
const TRADE_NOUN_BEFORE =
  /\b(?:sales|takings|revenues?|turnover|receipts|bookings|arrivals|exports|imports|shipments|output|volumes?|ridership|footfall|attendance|traffic|numbers)\s+(?:(?:in|during|for|over)\s+)?$/i;
/**
 * After a period, the figure it came to, perhaps where: " reached 11,200 units", " totalled $4 million", " in South
 * Holland were 14 per cent above", " were already soft, down 9 percent". (Not a deed: " were halted after 3 …".)
 */
const TOTAL_TOLD_THEN =
  /^,?\s+(?:(?:in|at|across|on)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3})?(?:reached|totall?ed|topped|came\s+to|amounted\s+to|hit|were|was|stood\s+at|ran\s+to)\s+(?:(?!\b\p{L}+ed\b)[^.;\d]){0,25}?\S{0,4}[#\d]/iu;
/** A four-figure clock after a day and month, which chrono takes for a year: "20 Nov 1800 UTC". */
const CLOCK_AFTER_DAY_MONTH = new RegExp(
  String.raw`(?<=\b\d{1,2}\s+(?:${MONTH})[a-z]*\.?\s+)(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:UTC|GMT|Z|LT|hrs?|hours|local)\b)`,
  'gi',
);
/**
 * A local moment, then another clock after a comma, up to the day or place it is told for: "at 6 a.m. in Nouméa on
 * Wednesday, 8 p.m. ", "at 11:42 p.m. AEST on Tuesday, 12:42 a.m. ".
 */
const MOMENT_THEN_CLOCK =
  /\b[#\d]{1,2}(?:[:.][#\d]{2})?\s*(?:[ap]\.?m\.?|h)\s[^;]*,\s*(?:at\s+)?[#\d]{1,2}(?:[:.][#\d]{2})?\s*(?:[ap]\.?m\.?|h)\s+$/i;
/** After such a clock's day, the place whose clock it is: " in Paris". */
const IN_PLACE_AFTER = /^\s+in\s+\p{Lu}/u;
/** After a weekday, its reading and the figure it came to: "'s lake reading came in at 80.3". */
const READING_OF_DAY =
  /^['’]s\s+(?:(?!(?:earthquake|quake|seismic|tremor)\b)[\p{L}-]+\s+)?(?:reading|level|figure|count|tally|rate|fixing)\s+(?:came\s+in\s+at|stood\s+at|was|of|showed)\s+(?:about\s+|around\s+)?\S{0,4}[#\d][#\d,.]*(?:\s*(?:feet|ft|m|metres?|meters?|cm|%|per\s*cent|percent))?/iu;
/** Money due for a month or two, up to the month: "arrears for July and ". */
const PAID_FOR_MONTHS_BEFORE = new RegExp(
  String.raw`\b(?:arrears|payments?|salaries|wages|allocations?|dues|rent|bills|invoices|allowances|pensions|transfers)\s+for\s+(?:(?:${MONTH})[a-z]*\s+(?:and|to|or)\s+)?$`,
  'i',
);
/** A rate that held, up to its day: "was little changed against the dollar on ". */
const HELD_STEADY_AGAINST_BEFORE = new RegExp(
  String.raw`\b(?:was|were|is|remained|held|stayed)\s+${HELD_STEADY}(?:\s+(?:against|versus)\s+the\s+[\p{L}.]+)?\s+(?:on\s+)?$`,
  'iu',
);
/** A schedule kept each year, up to its days: "payable semi-annually on 15 May and ". */
const YEARLY_SCHEDULE_BEFORE = new RegExp(
  String.raw`\b(?:semi-?annually|annually|quarterly|twice\s+a\s+year|each\s+year|every\s+year)\s+on\s+(?:[#\d]{1,2}\s+(?:${MONTH})[a-z]*\s+and\s+)?$`,
  'i',
);
/**
 * A level's record and its baseline before "since": "its strongest level since", "the lowest reading of the series
 * since" (a baseline that names a thing is one: "its highest level since the 2019 floods").
 */
const RECORD_SINCE_BEFORE =
  /\b(?:\p{L}{3,}est|best|worst)\s+(?:levels?|readings?|close|rate|point|value|position|prices?|figure|mark)\b[^,;.]{0,30}?\s*since\s+$/iu;
/** A figure reached in its period, before it: "reached a record $64.7 billion in ", "totalled 41,000 in ". */
const FIGURE_FOR_PERIOD_BEFORE =
  /\b(?:reached|hit|totall?ed|amounted\s+to|stood\s+at|came\s+in\s+at)\s+(?:an?\s+(?:record|all-time)\s+(?:high\s+|low\s+)?(?:of\s+)?)?[$€£¥]?\s?[\d#][\d#,.]*\s*(?:billion|million|bn|mn|m|%|per\s+cent|percent)?\s+(?:in|for)\s+$/i;
/** A plan told in a relative clause, up to its day: ", which had been due to reopen on ". */
const RELATIVE_PLAN_BEFORE =
  /\b(?:that|which|who)\s+(?:was|were|had been)\s+(?:due|scheduled|supposed|set|meant|planned|expected)(?:\s+(?:to|at|in|back)\b[^,;]*|\s*)$/i;
/**
 * The other clock chrono may take into the phrase: "10pm GMT on Tuesday", "07:00 CET, Saturday, November 21", "at 11:59
 * GMT on Saturday".
 */
const RETOLD_CLOCK_FIRST =
  /^(?:(?:at\s+)?[#\d]{1,2}(?:[:.][#\d]{2})?\s*(?:[ap]\.?m\.?)?\s*)?(?:[A-Z]{2,4},\s*|(?:UTC|GMT)\s+(?:on\s+)?)|^on\s+/;
/**
 * After a weekday, that it comes round each week: ", as on every Shabbat", ", as every week". (A day of the year so
 * told is this year's: "held on 19 May …, as every year".)
 */
const AS_EVERY_WEEK = new RegExp(
  String.raw`^[^.;:]{0,40}?,?\s*as\s+(?:on\s+|at\s+)?every\s+(?:(?:week|weekend|Shabbat|Sabbath)\b|${WEEKDAY})`,
  'i',
);
/** A phrase that opens on a weekday capitalised as a name: "Wednesday, Nov 25". */
const PROPER_WEEKDAY_FIRST = new RegExp(String.raw`^${WEEKDAY_CAPITALISED}\b`);
/** A weekday named anywhere: "Friday", "late Friday night". */
const WEEKDAY_WORD = new RegExp(String.raw`\b${WEEKDAY}\b`, 'i');
/** Before a weekday: "every Monday, Wednesday and ". */
const EVERY_WEEKDAYS_BEFORE = new RegExp(String.raw`\bevery\s+(?:${WEEKDAY},?\s+(?:and\s+|or\s+)?)+$`, 'i');
/** Before a weekday: "the Saturday and ". */
const THE_WEEKDAY_AND_BEFORE = new RegExp(String.raw`\bthe\s+${WEEKDAY}\s*(?:&|and|or|\/)\s*$`, 'i');
/** "Sunday evening". */
const WEEKDAY_PART_OF_DAY = new RegExp(String.raw`^${WEEKDAY}\s+(?:morning|afternoon|evening|night)$`, 'i');
/** After a weekday: " and Saturday". */
const AND_WEEKDAY_AFTER = new RegExp(String.raw`^\s+(?:and|or)\s+${WEEKDAY}\b`, 'i');
/** Before a weekday: "Friday and ". */
const WEEKDAY_AND_BEFORE = new RegExp(String.raw`\b${WEEKDAY}\s+(?:and|or)\s+$`, 'i');
/** After a weekday: " to Saturday", "–Friday". */
const WEEKDAY_RANGE_AFTER = new RegExp(String.raw`^\s*(?:to|through|thru|till|until|[-–])\s*${WEEKDAY}\b`, 'i');
/** Before a weekday: "Monday to ". */
const WEEKDAY_RANGE_BEFORE = new RegExp(String.raw`\b${WEEKDAY}\s*(?:to|through|thru|till|until|[-–])\s*$`, 'i');
/** "from Monday to ", "Saturday–". */
const WEEKDAY_TO_WEEKDAY = new RegExp(String.raw`^(?:from\s+)?${WEEKDAY}\s+(?:to|until|till|through|[–-])\s`, 'i');
/** The period one chrono result names, read with the sentence's tense; undefined when it is not a date. */
function periodFor(
  sentence: string,
  result: chrono.ParsedResult,
  published: Date,
  anchor: Date,
  order?: FigureOrder,
  told?: Date,
): [Period, Direction?] | undefined {
  const text = result.text.trim().replace(/[,.]$/, '');
  const before = sentence.slice(Math.max(0, result.index - 30), result.index);
  const after = sentence.slice(result.index + result.text.length);
  // What stands before the phrase, with the phrase's own first word when it is one of these ("of 2025", "since July"):
  // the rules below read a preposition chrono took into the phrase as part of what comes before it.
  const withOwn = (context: string, words: RegExp) => `${context}${words.test(text) ? `${text.split(/\s/)[0]} ` : ''}`;
  // Where the phrase's words end: a comma chrono took with them ("by the end of March, so that …") ends their clause.
  const wordsEnd = result.index + result.text.replace(/[\s,.]+$/, '').length;
  // 'the cafe "June" on the second floor', "The 'April' schedule we use": a month in quotation marks is a name.
  if (MONTH_ALONE.test(text) && /["“‘']$/.test(sentence.slice(0, result.index)) && /^["”’']/.test(after))
    return undefined;
  // "because he was born on a June night": one night of every June, no date.
  if (
    MONTH_ALONE.test(text.split(/\s/)[0]) &&
    /\ba\s+$/i.test(before) &&
    /^(?:\S+\s+(?:night|day|morning|evening|afternoon)|\S+)$/i.test(text) &&
    (/\s/.test(text) || /^\s+(?:night|day|morning|evening|afternoon)\b/i.test(after)) &&
    !/^(?:\s+(?:night|day|morning|evening|afternoon))?\s+(?:in|of)\s+\d{4}\b/i.test(after)
  )
    return undefined;
  // "had expected to beat that figure comfortably in 2026": a hope for a time, given up.
  if (
    (/^(?:in\s+)?(?:19|20)\d{2}$/i.test(text) || MONTH_ALONE.test(text.replace(/^in\s+/i, ''))) &&
    /\bhad\s+(?:\w+ly\s+)?(?:expected|hoped|planned|intended|aimed|wanted)\s+to\b[^.;]*$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "it had settled 14,600 bookings by Thursday evening", "around €43 billion had been committed by the end of 2025",
  // "Grey-market premiums … rose to about Rs 70 a share by Thursday evening", "More than 60 ships were waiting to transit
  // by Thursday afternoon": a tally or a level as it stood at a time.
  if (
    new RegExp(
      String.raw`(?:\b(?:rose|fell|climbed|dropped|slipped|eased|jumped|surged|grew|swelled)\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?(?:${PRICE}|[#\d][#\d,.]*)(?:\s*(?:million|billion|crore|lakh|%|per\s*cent))?(?:\s+(?:a|per)\s+\p{L}+)?|[#\d][#\d,.]*\s+(?:[\p{L}-]+\s+){0,2}(?:were|was|had\s+been)\s+(?:waiting|queuing|queueing|stranded|stuck|held|anchored)\b[^,;.]{0,40}?)\s+by\s+$`,
      'iu',
    ).test(withOwn(sentence.slice(0, result.index), /^by\s/i))
  )
    return undefined;
  if (
    /(?:\b(?:had|has|have)\s+(?:\w+ly\s+)?(?:settled|received|processed|recorded|registered|logged|paid|reached|handled|sold|collected|raised|issued|refunded|answered|approved)\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+|almost\s+)?[#\d][#\d,.]*\s+(?:[\p{L}-]+\s+){0,3}|\S?[#\d][#\d,.]*\s*(?:billion|million|bn|m)?\s+(?:[\p{L}-]+\s+){0,2}?(?:had|has|have)\s+been\s+\p{Ll}+ed\s+)by\s+(?:the\s+end\s+(?:of\s+)?)?$/iu.test(
      withOwn(sentence.slice(0, result.index), /^(?:by|of)\s/i),
    )
  )
    return undefined;
  // "24.04.2026 — beans Rs. 260/kg, carrots Rs. 210/kg, leeks Rs. 180/kg": a price list's line under its day, levels.
  if (
    !/\S/.test(sentence.slice(0, result.index)) &&
    /^\s*[—–:-]/.test(after) &&
    (after.match(/\d[\d,.]*\s*\/\s*(?:kg|g|t|tonne|l|litre|lb|head|bag|sack|dozen)\b/gi)?.length ?? 0) >= 2
  )
    return undefined;
  // "22-10-2026 (21:00 MST) — Thanlwin at Hpa-An 8.61 m, 0.11 m above danger level, rising.", "19/09/2026 — Lake Tana
  // at Bahir Dar gauge 1,787.42 m": a gauge's reading under its day and hour, a level with no verb ("— Thanlwin at Hpa-An crossed the danger level" is news).
  if (
    !/\S/.test(sentence.slice(0, result.index)) &&
    /^\s*(?:\([^()]{1,30}\)\s*)?[—–:-]\s*(?:(?:\p{Lu}[\p{L}'’-]*|gauge|station|level|reading)(?:\s+(?:at|on|in|of|near)\s+|\s+))+[#\d][#\d,.]*\s*(?:m|cm|mm|ft|feet|metres?|meters?|°C?)(?!\p{L})/u.test(
      after,
    )
  )
    return undefined;
  // "13/09/2026 — 1.284 focos de calor no bioma Pantanal (INPE)", "20/09/2026 — 611 hotspots in the Pantanal": a count
  // under its day, with no verb, is a level too ("— 38 guests reported symptoms", "— 3 dead" are news).
  if (
    !/\S/.test(sentence.slice(0, result.index)) &&
    /^\s*[—–:-]\s*[#\d][#\d,.]*\s+\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+)*\s*(?:\([^()]*\))?[\s.]*$/u.test(after) &&
    !wordsOf(after).some(
      (word) =>
        isPastAction(word.toLowerCase()) ||
        /^(?:is|are|was|were|has|have|had|dead|died|killed|injured|hurt|missing|wounded|deaths?|casualties|floods|hits|kills|destroys|strikes|sweeps|cuts|closes|blocks|damages|forces|leaves|sinks|reaches|breaks|burns|swamps)$/i.test(
          word,
        ),
    )
  )
    return undefined;
  // "11/04/2026 7:00 PM — Ballots tabulated: 1,655,300; estimated ballots left: 560,000", "16/10/2026 — Gulu City: 19
  // new cases, 1 death; cumulative 171", "23/10/2026 — Northbound convoy: 36 vessels;
  // southbound: 0 (to 1200Z)", "18/09/2026 — Tabelot: 1,250 ha treated by ground teams.", "Sep 2026 — cut and polished
  // exports: $1.21 billion, down 17% y-o-y": a place's, a route's or a trade's counts under their day, levels (not "—
  // Police: 3 arrested", a deed, nor a feat under its label: "— Milestone: Jumma Khan 100 (187 balls)").
  if (
    /^\s*(?:\p{L}{3,9}\.?\s*[–-]\s*)?$/u.test(sentence.slice(0, result.index)) &&
    /^\s*(?:[\d#]{1,2}[:.][\d#]{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?)?(?:\([^()]{1,30}\)\s*)?[—–:-]\s*(?!\s*(?:Milestone|Goal|Wicket|Century|Record|Try|Red\s+card)\s*:)[\p{L}'’ -]{1,40}(?:(?:No\.?\s*)?[\d#]+[A-Z]?)?:\s*(?:[\p{L}'’ ,-]{1,40}:\s*)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\S{0,4}[#\d][#\d,.]*%?(?:\s+[\p{L}'’-]+){0,6}(?:\s*[;,]\s*(?:[\p{L}'’ -]{1,30}(?:[\d#]+[A-Z]?)?:\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}|[\p{L}'’-]+\s+)?\S{0,4}[#\d][#\d,.]*%?(?:\s+[\p{L}'’-]+){0,6})*(?:\s*\([^()]*\)?)?[\s.;]*$/u.test(
      after,
    ) &&
    // (What is told after the labels: "cut and polished exports" names a trade; work done with its agent is no deed
    // told, "1,250 ha treated by ground teams", nor is a tally's "96,530 ballots counted", as harm is: "300 homes
    // destroyed by floods".)
    !tellsDeed(
      after
        .replace(/[\p{L}'’ -]{1,40}:/gu, '')
        .replace(
          /\b(?:treated|sprayed|surveyed|inspected|cleared|tested|vaccinated|screened|counted|recorded|registered|processed|handled|loaded|shipped|delivered)\s+by\b/gu,
          '',
        )
        .replace(
          /(?<=[\d#]\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+)(?:counted|tabulated|processed|verified|returned|received)\b/gu,
          '',
        ),
    )
  )
    return undefined;
  // "Statement, 20 November 2026, issued by the Press Service of …": a statement's own heading.
  if (
    /^\s*(?:Statement|Communiqu[eé]|Announcement|Notice|Press\s+statement)\s*,\s*$/.test(
      sentence.slice(0, result.index),
    ) &&
    /^\s*(?:,\s*issued\s+by\b|[.:—–]|$)/.test(after)
  )
    return undefined;
  // "19/11/2026 06:05 — Route 7: Update:": a stamp over labels that name a notice, the notice's time, not its news.
  if (
    /^\s*$/.test(sentence.slice(0, result.index)) &&
    /^\s*(?:[\d#]{1,2}[:.][\d#]{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?)?[—–:-]\s*(?:[\p{L}\d'’ -]{1,30}:\s*)*(?:update|notice|advisory|alert|bulletin|information|statement|announcement)s?\s*:?\s*$/iu.test(
      after,
    )
  )
    return undefined;
  // "CROP WATCH — Update No. 5, as of 18 April 2026", "and today is 13 Boishakh 1433 (26 April 2026)": a bulletin's
  // stamp, what day it is; "down from turnout in 2022 of 59.1 percent": a comparison's baseline; "That was 03:14
  // French time on Wednesday 18 November": a moment told again.
  if (
    /\b(?:update|report|bulletin|sitrep|situation\s+report|flash\s+update)\s+(?:no\.?|#|number)\s*\d+,?\s+as\s+(?:of|at)\s+$/i.test(
      withOwn(sentence.slice(0, result.index), /^(?:as\s+)?(?:of|at)\s/i),
    ) ||
    /\btoday\s+is\s+[^.;]{0,40}\(\s*$/i.test(before) ||
    (/\b(?:up|down)\s+from\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(withOwn(before, /^in\s/i)) &&
      /^\s+of\s+\S{0,4}[#\d]/.test(after)) ||
    // "That puts the cut-off at 11:59 GMT on Saturday and early on Saturday evening in Seoul": a moment already told,
    // worked out on other clocks.
    RETOLD_AS_CLOCK.test(withOwn(sentence.slice(0, result.index), /^on\s/i)) ||
    RETOLD_AS_CLOCK.test(`${sentence.slice(0, result.index)}${RETOLD_CLOCK_FIRST.exec(result.text)?.[0] ?? ''}`) ||
    // "— 10pm GMT on Tuesday for the audience back in Britain", "(07:00 CET, Saturday, November 21)" after the local
    // clock and day: the same moment told again on another clock.
    LOCAL_MOMENT_RETOLD.test(`${sentence.slice(0, result.index)}${RETOLD_CLOCK_FIRST.exec(result.text)?.[0] ?? ''}`)
  )
    return undefined;
  // "06/11/2026 23:00 UTC — Leader: Lenn Tanguy (Huîtres de Cancale), 2,611 nm to finish.": a race's standing under
  // its stamp, a level.
  if (
    !/\S/.test(sentence.slice(0, result.index)) &&
    /^\s*(?:[\d#]{1,2}[:.][\d#]{2}\s*(?:[A-Z]{2,4}\s*)?)?[—–-]\s*(?:Leaders?|Positions?|Standings|Rankings?|Classement|Top\s+\d+)\s*:/.test(
      after,
    )
  )
    return undefined;
  // "Book value per share was $58.12 at September 30": a level at a day; "Not tomorrow, mind: next Friday": a day denied.
  if (
    /\b(?:was|were|is|are|stood\s+at)\s+\S{0,4}[#\d][#\d,.]*(?:\s*(?:million|billion|bn|m|%|per\s*cent))?\s+(?:at|as\s+(?:of|at))\s+$/i.test(
      withOwn(before, /^(?:at|as)\s/i),
    ) ||
    (/^(?:today|tomorrow|tonight)$/i.test(text) && /\bnot\s+$/i.test(before))
  )
    return undefined;
  // "Combani reservoir at 11% on 16 November.", "Soybean at Rs 4,650 a quintal on Tuesday was Rs 120 above": a level
  // on a day, told with no verb; "hosted the Tuesday morning show": a show named by its slot.
  if (
    (PRICE_NO_VERB_BEFORE.test(withOwn(sentence.slice(0, result.index), /^on\s/i)) &&
      !tellsDeed(sentence.slice(0, result.index))) ||
    (/^\W*(?:[\p{L}'’-]+\s+){1,4}(?:at|down\s+to|up\s+to)\s+\S{0,4}[#\d][#\d,.]*\s*(?:%|per\s*cent|m|cm|metres?|meters?|feet|ft)\s+(?:on\s+)?$/iu.test(
      withOwn(sentence.slice(0, result.index), /^on\s/i),
    ) &&
      !tellsDeed(sentence.slice(0, result.index))) ||
    (new RegExp(String.raw`^(?:${WEEKDAY})(?:\s+(?:morning|afternoon|evening|night|late))?$`, 'i').test(
      text.replace(/^the\s+/i, ''),
    ) &&
      /^\s+(?:show|programme|program|bulletin|slot|edition|phone-in)\b/i.test(after))
  )
    return undefined;
  // "Status at 08:00 this morning: one aircraft operational", "the second dekad of September (11–20 September)": a
  // state's stamp, a bulletin's ten days.
  if (
    (/^\W*(?:status|situation|position)\s+(?:at|as\s+(?:of|at))\s+[#\d]{1,2}[:.h][#\d]{2}\s+$/i.test(
      sentence.slice(0, result.index),
    ) &&
      /^\s*:/.test(after)) ||
    /\bdekad\b[^.;]{0,20}$/i.test(before) ||
    /^\s+dekad\b/i.test(after)
  )
    return undefined;
  // "The naira strengthened against the CFA franc on Friday": a currency's move on a day, a level.
  if (
    new RegExp(
      String.raw`\b(?:the\s+)?(?:${CURRENCY_WORD})\s+(?:strengthened|weakened|firmed|eased|slipped|gained|lost|recovered|steadied)\b[^,;.]{0,40}$`,
      'i',
    ).test(sentence.slice(0, result.index))
  )
    return undefined;
  // "led by 214 votes, as of this morning's update": the update a state is told as of.
  if (
    /\bas\s+(?:of|at)\s+$/i.test(before) &&
    /^['’]s\s+(?:update|count|tally|figures|results|release|data|bulletin)\b/i.test(after)
  )
    return undefined;
  // "Rainfall, 5–11 November: Beledweyne 62 mm, Mataban 48 mm", "Season total (15 Jul–11 Oct 2026): 42,000 t": the period
  // a table of readings or a total covers.
  if (
    /\b(?:rainfall|rain|precipitation|temperatures?|readings?|totals?|counts?|levels?)\s*[,(]?\s*(?:for\s+|in\s+|from\s+)?$/i.test(
      before,
    ) &&
    /^\s*\)?\s*:\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}[#\d][#\d,.]*\s*(?:mm|cm|m|km|°C?|%|tonnes?|t)(?!\p{L})/u.test(after)
  )
    return undefined;
  // "Today is Friday, 10 Jumada al-Akhirah 1448, which is 20 November.": what day it is, no event.
  if (
    !/\b(?:and|but|while|as|when)\b/i.test(sentence) &&
    ((/^today$/i.test(text) &&
      !/\S/.test(sentence.slice(0, result.index)) &&
      new RegExp(String.raw`^\s+is\s+(?:${WEEKDAY}|the\s+\d|\d)`, 'i').test(after)) ||
      (/^\W*today\s+is\s+(?:[^.;]{0,60}?(?:,\s*which\s+is\s+|,\s*|\s+))?$/i.test(sentence.slice(0, result.index)) &&
        !tellsDeed(sentence.slice(0, result.index))))
  )
    return undefined;
  // '"When we say Thursday, half our customers hear Wednesday"': a day's name as said or heard, no day.
  if (
    PROPER_WEEKDAY_ALONE.test(text) &&
    /\b(?:we|you|they|I|people|customers|listeners|readers)\s+(?:say|hear|write|read|think|mean)\s+$/.test(before) &&
    /^\s*[,.;!?"”]/.test(sentence.slice(wordsEnd))
  )
    return undefined;
  // "a reading more suited to July than to October": months set side by side as kinds.
  if (
    MONTH_ALONE.test(text) &&
    /\b(?:more|less|better|rather)\s+(?:suited|fitting|typical|like)\b[^,;.]{0,30}$/i.test(
      clauseBefore(sentence, result.index),
    ) &&
    /\b(?:to|of|than|than\s+(?:to|in|of))\s+$/i.test(before)
  )
    return undefined;
  // "with new infections down by two thirds since mid-October": a level's change over a span.
  if (
    /\b(?:up|down|higher|lower)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?(?:a\s+(?:third|quarter|half|fifth|tenth)|half|two\s+thirds|three\s+quarters|[#\d][#\d,.]*\s*(?:%|per\s*cent|percent)?)\s+since\s+$/i.test(
      withOwn(before, /^since\s/i),
    )
  )
    return undefined;
  // "It's December, it's the north, this is normal.": what the month is like, no event.
  if (
    MONTH_ALONE.test(text) &&
    /\b(?:it['’]s|it\s+is)\s+$/i.test(before) &&
    /^\s*[,.;!?]/.test(sentence.slice(wordsEnd))
  )
    return undefined;
  // "open Monday to Friday …, except on public holidays, including Luxembourg National Day on 23 June": the calendar
  // of every year.
  if (
    /\bexcept\s+(?:on\s+)?(?:public|bank|national|official)\s+holidays\b[^.;]*$/i.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "Winds aloft are inside limits for the first time this week": a state now, first in the span.
  if (
    /^this\s+(?:week|month|year)$/i.test(text) &&
    /\bfor\s+the\s+first\s+time\s+$/i.test(before) &&
    /\b(?:is|are|am)\b/i.test(clauseBefore(sentence, result.index))
  )
    return undefined;
  // "getsuyo means Monday": a word's meaning, no day.
  if (
    (PROPER_WEEKDAY_ALONE.test(text) || MONTH_ALONE.test(text)) &&
    /\b(?:\p{Ll}+\s+means|meaning|word\s+for)\s+$/u.test(before) &&
    !/^\s+(?:will|would|is|was|has|had|could|can|may|might|must|should|shall)\b/i.test(after)
  )
    return undefined;
  // "JUNE: That's it for this week.": a speaker's name in a transcript, in capitals, before what is said.
  if (
    /^[A-Z]{3,9}$/.test(text) &&
    MONTH_ALONE.test(text) &&
    !/\S/.test(sentence.slice(0, result.index)) &&
    /^\s*:\s*["“]?(?:I|I['’]m|We|We['’]re|You|That['’]s|It['’]s|Thanks|Thank\s+you|Yeah|Yes|No|Well|So|Okay|OK)\b/.test(
      after,
    )
  )
    return undefined;
  // "The regulator will not sign anything in three days": what will not be done within a time, no day.
  if (
    /^in\s+(?:a|one|two|three|four|five|six|seven|ten|\d+)\s+(?:days?|weeks?)$/i.test(text) &&
    /\b(?:will|would|can|could|shall)\s+not\b|\b(?:won['’]t|can['’]t|cannot)\b/i.test(
      clauseBefore(sentence, result.index),
    )
  )
    return undefined;
  // "If you bought this product between October 5 and October 13, return it": the time a condition covers, no event.
  if (
    /^\s*["“]?If\s+you\s+(?:have\s+)?(?:bought|purchased|ordered|received|ate|consumed)\b[^.;]*$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "products with BEST BY dates from 10/20/2026 through 10/28/2026", "best-by dates of Oct. 20": a label's dates.
  if (
    /\b(?:best[\s-]+by|best[\s-]+before|use[\s-]+by|sell[\s-]+by|expiry|expiration)\s+(?:dates?\s+)?(?:of\s+|from\s+|between\s+)?$/i.test(
      withOwn(before, /^(?:of|from|between)\s/i),
    )
  )
    return undefined;
  // "Rabi, they always say next week, next month": the words always said, no time of their own.
  if (
    /^(?:next\s+(?:week|month|year)|tomorrow|soon)$/i.test(text) &&
    /\b(?:always|keeps?|kept|only\s+ever)\s+(?:say(?:s|ing)?|tell(?:s|ing)?\s+(?:us|me|them|you))\s+$/i.test(before)
  )
    return undefined;
  // '"This month has been hard, but …"': what a time was like, told of it as a whole, no event of it.
  if (
    /^(?:this|last)\s+(?:week|month|year)$/i.test(text) &&
    !/\p{L}/u.test(sentence.slice(0, result.index)) &&
    /^\s+(?:has\s+been|had\s+been|was)\s+(?:(?:very|so|really|particularly|extremely|incredibly)\s+)?(?:hard|difficult|tough|rough|bad|terrible|awful|brutal|painful|exhausting|stressful|chaotic)\b/iu.test(
      after,
    )
  )
    return undefined;
  // "for the rest of the 2026 cycle, including any runoffs": what remains of a year's season is a span to come, no
  // event of the year.
  if (
    /^(?:the\s+)?(?:19|20)\d{2}$/i.test(text) &&
    /\b(?:rest|remainder|balance)\s+of\s+$/i.test(withOwn(before, /^the\s/i).replace(/\bthe\s+$/i, '')) &&
    /\bthe\s+$/i.test(withOwn(before, /^the\s/i)) &&
    /^\s+\p{Ll}/u.test(after)
  )
    return undefined;
  // "at 23:41 local time late on Saturday (02:41 GMT Sunday)", "2026-09-13 02:41:12 UTC (23:41 local time on 12
  // September)", "late on Sunday UTC, early on Monday local time": one moment told twice, and the local day is the day
  // it happened there.
  if (
    (/\blocal\s+time\b[^()]*\(\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:UTC|GMT|Z)\s[^()]*$/i.test(
      sentence.slice(0, result.index) + result.text.replace(/\)\s*$/, ''),
    ) &&
      (/\)\s*$/.test(result.text) || /^\s*\)/.test(after))) ||
    (/(?:\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*|\s)(?:UTC|GMT|Z)$/.test(text) &&
      // (Only when the local time tells its day: "(07:10 local time)" alone leaves the day told.)
      new RegExp(
        String.raw`^\s*[(,]\s*[^()]{0,40}?\blocal\s+time\b[^()]{0,30}?\b(?:${WEEKDAY}|\d{1,2}\s+(?:${MONTH})|(?:${MONTH})[a-z]*\.?\s+\d)|^\s*[(,]\s*[^()]{0,30}?\b(?:${WEEKDAY}|\d{1,2}\s+(?:${MONTH})|(?:${MONTH})[a-z]*\.?\s+\d)[^()]{0,30}?\blocal\s+time\b`,
        'i',
      ).test(after)) ||
    // "which was 21:30 on Sunday in Moscow, nine hours behind the peninsula": the moment on another place's clock.
    /^\s+in\s+\p{Lu}[\p{L}-]+,\s+(?:\S+\s+){1,2}hours?\s+(?:behind|ahead)\b/u.test(after)
  )
    return undefined;
  // "landfall at 0300 UTC on the 14th, which was 10 p.m. on Tuesday here", "0300 UTC 14 Oct is 10 p.m. on Tuesday in
  // Cancún", "1000 PM EST Tue Oct 13 2026 (0300 UTC Wed Oct 14 2026)": Greenwich's day of a moment the sentence also
  // gives on the local clock, which tells the day it happened there; or one the sentence before gave ("… lift-off at
  // 02:14 NZDT on Thursday 19 November. That is 13:14 UTC on Wednesday 18 November.").
  if (
    (/\b\d{1,2}[:.]?\d{2}\s*(?:UTC|GMT|Z)\s+(?:on\s+)?$/i.test(withOwn(before, /^on\s/i)) ||
      /^\d{1,2}[:.]\d{2}\s*(?:UTC|GMT|Z)\s/i.test(text)) &&
    (/^\W*(?:that\s+is|that['’]s|which\s+is)\s+(?:\d{1,2}[:.]?\d{2}\s*(?:UTC|GMT|Z)\s+(?:on\s+)?)?$/i.test(
      withOwn(sentence.slice(0, result.index), /^on\s/i),
    ) ||
      new RegExp(
        String.raw`^[\s,]*(?:which\s+(?:is|was)|is|was|or|i\.e\.,?)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?\s+(?:on\s+)?(?:${WEEKDAY}|the\s+\d|\d)`,
        'i',
      ).test(after) ||
      new RegExp(String.raw`(?:\d|${WEEKDAY})\s*\(\s*\d{1,2}[:.]?\d{2}\s*(?:UTC|GMT|Z)\s+$`, 'i').test(before))
  )
    return undefined;
  // "2026-06-22 03:15 UTC (22:15 local)": a local clock alone, across midnight from Greenwich's, moves the day there.
  const greenwich = /\b(\d{1,2})[:.](\d{2})(?::\d{2})?\s*\(?(?:UTC|GMT|Z)\)?$/i.exec(text);
  const localClock = greenwich && /^\s*\(\s*(\d{1,2})[:.](\d{2})\s*local(?:\s+time)?\s*\)/i.exec(after);
  if (greenwich && localClock && result.start.isCertain('day')) {
    const utc = Number(greenwich[1]) * 60 + Number(greenwich[2]);
    // The offset lies between 12 hours behind and 14 ahead.
    const offset = ((Number(localClock[1]) * 60 + Number(localClock[2]) - utc + 36 * 60) % (24 * 60)) - 12 * 60;
    const shift = Math.floor((utc + offset) / (24 * 60));
    if (shift !== 0) {
      const written = new Date(
        result.start.get('year') ?? 0,
        (result.start.get('month') ?? 1) - 1,
        result.start.get('day') ?? 1,
      );
      return [periodOf(addDays(written, shift), 'day')];
    }
  }
  // "this year" alone dates nothing a timeline shows but a plan: what it tells is a level ("orders fell by a fifth this
  // year"), a contrast with other years ("this year the port was the casualty"), a superlative, or which year's feast
  // ("Holy Week this year began in grief"), and an event of the year is told by a finer date (the golds list 126 such
  // phrases as traps and 15 as mentions, each of an event another phrase dates). A plan for the year is news ("The new
  // bridge is due to open this year"); a forecast of a level is not ("the city expects a similar figure this year").
  // ("earlier this year" is a part of it something happened in; not "a week earlier this year", "early this year".)
  if (
    /^(?:(?:in|for|of|during)\s+)?this\s+year$/i.test(text) &&
    !(/\b(?:earlier|later)\s+$/i.test(before) && !/\b(?:days?|weeks?|months?|fortnight)\s+\w+\s+$/i.test(before)) &&
    !(
      PLAN_FOR_YEAR.test(sentence.slice(0, result.index)) &&
      !LEVEL_CUE.test(sentence) &&
      // ("opens on Halloween, a Saturday this year": which weekday a day falls on.)
      !A_WEEKDAY_BEFORE.test(before)
    )
  )
    return undefined;
  // "a third crew member, born in 1974, died of his injuries", "recovered the body of a man born in 1958, from under
  // debris": a year of birth set off beside a person, who they are.
  if (
    /(?:,|\b(?:man|woman|men|women|boy|girl|person|resident|child|pensioner|farmer|worker|driver)\s+)\s*born\s+(?:in\s+)?$/i.test(
      withOwn(before, /^in\s/i),
    ) &&
    /^(?:in\s+)?\d{4}$/i.test(text) &&
    /^\s*(?:,|and\s+\d{4}\s*,)/.test(after)
  )
    return undefined;
  // "It was announced on Wednesday, not Tuesday.", "on Thursday, not Friday as first announced": a day denied, set
  // against the one meant.
  if (
    /(?:,|\b(?:and|but)|[—–(])\s*not\s+(?:on\s+|in\s+)?$/i.test(before) &&
    !/^(?:before|until|till|after|since|by)\b/i.test(text)
  )
    return undefined;
  // "the Federation's Law on Fire Protection and Firefighting from 2009": a law named by its year.
  if (
    /^from\s+\d{4}$/i.test(text) &&
    /\b(?:Law|Act|Code|Decree|Regulation|Ordinance|Rulebook)\s+(?:on|of|for)(?:\s+(?:on|of|for|and|the|\p{Lu}[\p{L}'’-]*)){1,8}\s+$/u.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "the gap will show up in the supply of steers two years from now": a horizon counted in years, no day or year of an
  // event.
  if (/^(?:two|three|four|five|six|ten|\d{1,2})\s+years\s+from\s+now$/i.test(text)) return undefined;
  // "Rosh Hashanah … begins at sundown that day and ends at nightfall on Sept. 13": when a holiday's day begins or ends,
  // no event. "the peak holiday period, which in France centres on Assumption Day, August 15": what a season is built
  // around, every year.
  if (
    (/\b(?:begins|starts|ends|finishes|falls)\s+at\s+(?:sundown|sunset|nightfall|dusk|dawn|sunrise)\s+(?:on\s+)?$/i.test(
      before,
    ) &&
      /\b(?:begins|starts)\s+at\s+(?:sundown|sunset|dusk)\b/i.test(sentence)) ||
    /\b(?:centres|centers|revolves)\s+(?:on|around)\s+(?:[^,.;]{1,40},\s*)?$/i.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "well below the 47 per cent the city recorded in the 2023 municipal elections": a level a past one is set against.
  if (
    /[\d#]\s*(?:%|per\s*cent|percent)\s+(?:that\s+|which\s+)?(?:the\s+|it\s+|they\s+)?(?:[\p{L}-]+\s+){0,3}?(?:recorded|registered|posted|saw|achieved|reached)\s+(?:in|at)\s+$/iu.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "three persons are reported missing as at 12.00 hrs on 09.11.2026", "SITUATION REPORT No. 6 on the consequences of
  // the mudflow …, as of 08:00 on 21.03.2026": a count as it stood, or a report's figures, no event.
  if (
    (/\bas\s+(?:at|of)\s+[\d#]{1,2}[.:][\d#]{2}\s*(?:hrs|hours|h)?\s+(?:on\s+)?$/i.test(before) ||
      (/\bas\s+(?:at|of)\s+$/i.test(before) && CLOCK_BEFORE.test(text))) &&
    (/\b(?:missing|dead|died|deaths?|toll|injured|rescued|evacuated|confirmed|stood|total|number|cases|displaced)\b/i.test(
      clauseBefore(sentence, result.index),
    ) ||
      /^\s*(?:situation\s+report|sitrep|flash\s+update)\b/i.test(sentence))
  )
    return undefined;
  // '"Monday, Friday, Christmas or not, a door marked as an exit must open"': days listed as any day.
  if (
    WEEKDAY_ALONE.test(text.replace(/,$/, '')) &&
    /^\s*["“‘']?$/.test(sentence.slice(0, result.index)) &&
    new RegExp(String.raw`^,?\s*${WEEKDAY}\s*,\s*[^,.;]{0,20}\bor\s+not\b`, 'i').test(
      `${/,$/.test(text) ? ',' : ''}${after}`,
    )
  )
    return undefined;
  // "collected the bridge's inspection records from 2015 to 2025": the years a record covers, no event in them.
  if (
    /^from\s+\d{4}$/i.test(text) &&
    /\b(?:records?|data|figures|files|accounts|statistics|logs|archives?|minutes)\s+$/i.test(before) &&
    /^\s+(?:to|until|through)\s+\d{4}\b/i.test(after)
  )
    return undefined;
  // "Press Release No. B/112/III/HUM.6.1/2026/Bidhumas": figures joined to the letters of a code are part of it.
  if (/^[\d./-]+$/.test(text) && (/\p{L}[./-]$/u.test(before) || /^[./-][\p{L}\d]/u.test(after))) return undefined;
  // "in July of Reiwa 6 (2024)": a month of a Japanese era's year.
  const reiwa =
    monthAlone(text.replace(/\s+of$/i, '')) && /^(?:\s+of)?\s+Reiwa\s+(\d{1,2})\b/.exec(sentence.slice(wordsEnd));
  if (reiwa && result.start.get('month'))
    return [
      periodOf(new Date(REIWA_FIRST_YEAR - 1 + Number(reiwa[1]), (result.start.get('month') ?? 1) - 1, 1), 'month'),
    ];
  // "Free travel is usually offered on the 5th of July", "Traffic normally peaks on Friday", "is traditionally held on
  // the last weekend of June": a habit, no one day.
  if (HABITUAL.test(clauseBefore(sentence, result.index)) && !/\d{4}/.test(text)) return undefined;
  // "Every November we have this debate, and every November we say we'll fix it next year": what a time that comes
  // round brings, no one date (not where a state began: "has opened every day since Monday").
  if (
    EVERY_PERIOD.test(clauseBefore(sentence, result.index)) &&
    !/\d{4}/.test(text) &&
    !/^since\s/i.test(text) &&
    !/\bsince\s+$/i.test(before)
  )
    return undefined;
  // "If it lasts until the end of the year", "If this runs much past the end of the month", "if the rains fail in
  // November", "if the closure continues until the first quarter of next year", "If no buyer emerges by March": how
  // long or when a condition would hold, no event; a day in a condition ("If there is nothing on the table on Friday")
  // is still the day meant.
  // So is the day a state would last until: "if the berths stay shut until Liberation Day on 3 March".
  const inCondition = sentence.slice(0, result.index);
  if (
    /\bif\b[^,;:]*$/i.test(inCondition) &&
    (/\b(?:until|till|past|beyond)\s+(?:\w+\s+){0,4}$/i.test(inCondition) ||
      /^(?:until|till|past|beyond)\b/i.test(text) ||
      ((/\b(?:into|through|in|by|before)\s+(?:\w+\s+){0,4}$/i.test(inCondition) || /^(?:into|through)\b/i.test(text)) &&
        (!result.start.isCertain('day') || PART_OF_MONTH.test(text))))
  )
    return undefined;
  // "we will be running the night convoys until the end of the year": how long a state lasts, no event; a deadline given
  // ("have until the end of December to lodge claims", "can claim … until the end of September") is one.
  const untilBefore =
    /\b(?:until|till)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\s+of\s+)?$/i.exec(
      before,
    )?.[0];
  const until = /^(?:until|till)\s/i.test(text) ? text : untilBefore ? `${untilBefore}${text}` : '';
  if (
    (PART_OF_MONTH.test(until) ||
      /\b(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\s+of\b/i.test(until)) &&
    !/^\s+to\s+[a-z]/.test(after) &&
    !/\b(?:have|has|had|having|gave|give|gives|given|giving|grant\w*|allow\w*|can|may)\b[^,;]*$/i.test(
      clauseBefore(sentence, result.index),
    )
  )
    return undefined;
  // "the firm could be barred from public tenders until 2029": how long a state that may come would last.
  if (
    !result.start.isCertain('day') &&
    /\b(?:could|might|may)\s+(?:\w+\s+){0,6}?(?:(?:until|till)\s+)?$/i.test(clauseBefore(sentence, result.index)) &&
    (/^(?:until|till)\b/i.test(text) || /\b(?:until|till)\s+$/i.test(before))
  )
    return undefined;
  // "the lake could keep rising until Sunday if the south wind persists": how long a thing might last on a condition.
  if (
    (/^(?:until|till)\b/i.test(text) || /\b(?:until|till)\s+$/i.test(before)) &&
    /^\s*,?\s*(?:if|unless)\b/i.test(sentence.slice(wordsEnd)) &&
    /\b(?:could|might|may|would)\b/i.test(clauseBefore(sentence, result.index))
  )
    return undefined;
  // "did not expect to reopen before the end of the year", "the replacement crane will not arrive before the end of the
  // first quarter of next year", "is unlikely to be replaced before next year": a bound a thing is not expected to meet,
  // no event.
  if (
    (/^(?:before|by|until|till)\b/i.test(text) ||
      /\b(?:before|by|until|till)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+(?:the\s+\w+\s+quarter\s+of\s+)?)?$/i.test(
        sentence.slice(0, result.index),
      )) &&
    (/\b(?:(?:(?:do|does|did)\s+not|don['’]t|doesn['’]t|didn['’]t)\s+(?:expect|plan|intend|hope)\s+to|(?:is|are|was|were)\s+unlikely\s+to)\b[^,;.]{0,60}$/i.test(
      sentence.slice(0, result.index),
    ) ||
      (/\bquarter\s+of\s+$/i.test(sentence.slice(0, result.index)) &&
        /\b(?:(?:will|would)\s+not|won['’]t|wouldn['’]t)\s+(?:\w+\s+){1,2}before\b[^,;.]{0,60}$/i.test(
          sentence.slice(0, result.index),
        )))
  )
    return undefined;
  // "the summer holidays, which in Chile begin in December", "the school year starts in March", "the main high season does
  // not begin until November", "The cyclone season continues until the end of April", "The season ends in
  // mid-September": when a season of every year falls, no event.
  if (
    (monthAlone(text) || MONTH_PART.test(text)) &&
    /\b(?:holidays|season|school year|academic year|term|semester|harvest|rains|monsoon)\b,?\s+(?:which\s+)?(?:[\p{L}\s]{0,20}\s)?(?:(?:does|do)\s+(?:not\s+|n['’]t\s+)?)?(?:begin|begins|start|starts|end|ends|run|runs|peak|peaks|continues|lasts)\s+(?:in\s+|until\s+(?:the\s+)?)?$/iu.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "Press release 07/2026", "Circular No. 12/2026", "Safety Management Manual, revision 7/2023": a document's number in
  // its year.
  if (
    /^\d{1,3}\/\d{4}$/.test(text) &&
    /\b(?:release|statement|circular|bulletin|notice|no\.?|number|ref\.?|reference|revision|rev\.?|edition|version|issue)\s*$/i.test(
      before,
    )
  )
    return undefined;
  // "Every August, Spanish and Italian families fill the gap", "relying on luck every Saturday night in March", "run
  // every Saturday from Easter to October", "every evening in July and August": a month that comes every year, or the
  // days of it that do.
  if (
    MONTH_ALONE.test(text.replace(/^in\s+/i, '')) &&
    /\b(?:every|each)\s+(?:(?:[\p{L}-]+\s+){1,3}(?:in(?:\s+\p{L}+\s+(?:and|or))?|from\s+(?:[\p{L}-]+\s+){1,3}(?:to|until|till))\s+)?$/iu.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "The Christmas market is open from 10:00 today": today's opening hours, no event.
  if (
    /^(?:from|until|till)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?\s*)?(?:today|tonight)$/i.test(text) &&
    /\b(?:is|are|stays?|remains?)\s+open\s+$/i.test(before)
  )
    return undefined;
  // "Here is how to get around it today.": a live page's guide for the day, no event of it.
  if (
    /^(?:today|tonight|this\s+(?:morning|afternoon|evening|weekend))$/i.test(text) &&
    /^\s*here(?:['’]s|\s+is|\s+are)\s+(?:how|what|where|when|why|everything|all)\b/i.test(
      sentence.slice(0, result.index),
    ) &&
    /^[\s.:!]*$/.test(after)
  )
    return undefined;
  // 'In re: News item titled "…" published in The Coromandel Chronicle dated 10.11.2026': the edition a case's news
  // item came from, no event of the story.
  if (
    /\bpublished\s+in\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){1,5}(?:dated|of|on)\s+$/iu.test(
      sentence.slice(0, result.index),
    ) &&
    /\bnews\s+(?:item|report|article|story)\b|\b(?:item|report|article|story)\s+(?:titled|headlined|entitled|captioned)\b/i.test(
      sentence,
    )
  )
    return undefined;
  // "Bulletin No. 9 — data up to 23:59 on 21/06/2026": the time a bulletin's figures run to.
  if (
    /\b(?:data|figures|cases|counts)\s+(?:up\s+)?(?:to|until|till)\s+(?:[\d#]{1,2}[:.][\d#]{2}\s*(?:hrs|h)?\s+on\s+)?$/i.test(
      before,
    )
  )
    return undefined;
  // "Figures are as of 6 August 2026.", "Situation Report No. 2 — figures as of 1 June 2026", "Situation as of 20 May
  // 2026.": the time a report's figures were taken, no event of it.
  if (
    /\b(?:figures|data|numbers|totals|counts|situation|status)\s+(?:(?:are|were|is|was)\s+)?(?:correct\s+)?as\s+(?:of|at)\s+$/i.test(
      before,
    )
  )
    return undefined;
  // "As of 13/10/2026, 41,300 people had been displaced", "was 31% funded as of 30 September": figures as of a day.
  if (
    (/^\s*as\s+(?:of|at)\s+$/i.test(sentence.slice(0, result.index)) &&
      /^,\s*(?:about\s+|some\s+)?[\d#]/i.test(after)) ||
    (/\bas\s+(?:of|at)\s+$/i.test(before) &&
      /[\d#]\s*(?:%|per\s*cent|percent)|(?<![\d#])(?!(?:19|20)[\d#]{2}\b)[\d#][\d#,]{3,}|\b[\d#]+\s+(?:people|families|households|persons|patients)\b/i.test(
        sentence.slice(0, result.index),
      ) &&
      // ("The new 15% fuel levy takes effect as of 1 July": a day a rule starts from.)
      !/\b(?:takes?|took)\s+effect|\b(?:appl(?:y|ies)|comes?\s+into\s+force|effective|will)\b/i.test(sentence))
  )
    return undefined;
  // "Floods killed 339 people across Niger in 2024", "Launch accidents killed 64 people across the country last year":
  // a toll of a kind of disaster over a year, a level, no event of it.
  if (
    /^(?:(?:in|of)\s+)?(?:\d{4}|last\s+year)$/i.test(text) &&
    /^\s*(?:\p{Lu}\p{Ll}+\s+)?(?:[Ff]loods|[Aa]ccidents|[Cc]rashes|[Ll]andslides|[Ss]torms|[Ff]ires|[Dd]isasters|[Ll]ightning\s+strikes|[Cc]yclones|[Ee]arthquakes|[Cc]apsizes)\s+(?:have\s+)?(?:killed|left|claimed|injured)\s+(?:more\s+than\s+|about\s+|some\s+)?[\d#][\d#,]*\s+(?:people|lives|persons)\b[^,;.]*$/u.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "which was running low after a dry July": what a month was like, no event of it.
  if (
    monthAlone(text) &&
    /\b(?:a|an)\s+(?:dry|wet|hot|cold|warm|mild|rainy|stormy|quiet|busy|slow|record|bumper|poor|difficult|tough)\s+$/i.test(
      before,
    )
  )
    return undefined;
  // "in 2025 around 70% of the maize sold in Kananga markets crossed it": a share of a year, a level.
  if (
    /^(?:in\s+)?\d{4}$/i.test(text) &&
    /^\s*,?\s*(?:(?:about|around|some|nearly|roughly|almost|over|more\s+than)\s+)?[\d#][\d#.,]*\s*(?:%|per\s*cent|percent)\s+of\b/i.test(
      after,
    ) &&
    // ("In 2014, 55% of Scots voted against independence": what they did that year.)
    !/\b(?:voted|backed|approved|rejected|elected|turned\s+out|supported|opposed)\b/i.test(after)
  )
    return undefined;
  // "More than €120,000 had been raised by this morning", "210 commercial claims had been notified by the end of last
  // week", "the mill had put through about 780,000 tonnes of cane by Sunday", "Inspectors had visited 260 premises by
  // Friday", "the Red Cross shelter at Century II
  // housed 212 people last night": a sum or a tally so far, or a headcount a shelter held, a level at a time.
  if (
    new RegExp(
      String.raw`(?:${FIGURE}\s+(?:[\p{L}-]+\s+){0,2}(?:had|has|have)\s+been\s+(?:raised|collected|donated|pledged|distributed|notified|filed|lodged|registered|received)\s+(?:so\s+far\s+)?by(?:\s+the)?|\b(?:had|has|have)\s+(?:put\s+through|crushed|processed|milled|harvested|shipped|collected|raised|visited|inspected|checked|tested|vaccinated|treated)\s+${FIGURE}(?:\s+[\p{L}-]+){0,4}\s+by|\b(?:housed|sheltered)\s+${FIGURE}\s+(?:people|residents|evacuees|families|persons))\s+$`,
      'iu',
    ).test(sentence.slice(0, result.index))
  )
    return undefined;
  // "Nizwa's famous Friday goat market": a weekday naming what is held on it every week. ("after the Friday prayers
  // yesterday" tells the day of the prayers.)
  if (
    WEEKDAY_PHRASE.test(text) &&
    !/^on\s/i.test(text) &&
    !/\b(?:on|this|last|next|by|until|till|from|since|before|after|every|each|of)\s+$/i.test(before) &&
    /^\s+(?:[\p{Ll}-]+\s+)?(?:markets?|bazaars?|souks?|fairs?|auctions?)\b/u.test(after)
  )
    return undefined;
  // "on Tuesday morning, the day after the holiday Monday": a weekday a day set beside is counted from names no day of
  // its own.
  if (
    WEEKDAY_PHRASE.test(text) &&
    !/^on\s/i.test(text) &&
    /,\s+the\s+(?:day|night|morning|evening)\s+(?:after|before)\s+(?:the\s+)?(?:(?!on\b)[\p{Ll}-]+\s+){0,2}$/u.test(
      before,
    )
  )
    return undefined;
  // "Residents say they will March on the town hall", "March on Provincial Hall?", "March they did, in the rain", "that
  // date may March back by a week", "he may March his workers back", "March and protest are not new here": the verb or
  // its noun, capitalised. (A march called for is read with the month's names below.)
  if (
    /^(?:March|May)$/.test(text) &&
    ((/^March$/.test(text) &&
      new RegExp(
        String.raw`^\s+on\s+(?:the\s+)?(?![\d#]|(?:${WEEKDAY}|${MONTH})\b)(?:\p{Lu}|town|city|state|parliament|capitol|headquarters|offices?)`,
        'u',
      ).test(after)) ||
      /\b(?:will|would|may|might|could|should|can|must|shall)\s+(?:not\s+)?$/i.test(before) ||
      /^\s+(?:they|we|he|she|I|you|it)\s+(?:did|do|does|will|would|must)\b/.test(after) ||
      /^\s+(?:and|or)\s+(?:protest|rally|strike|sit-in|picket|demonstrat\w*)/i.test(after)) &&
    !/\b(?:in|of|from|since|until|till|by|to|for|into|through|early|late|mid|last|next|this|before|after|during)\s+$/i.test(
      before,
    )
  )
    return undefined;
  // "a requirement that was rare a year ago": what was usual then, no event. "averaged 18% at Jan. 1 renewals": the
  // day policies renew each year.
  if (
    (AGO.test(text) &&
      /\b(?:was|were)\s+(?:still\s+)?(?:rare|common|unusual|uncommon|routine|normal|unheard\s+of|standard)\s+$/i.test(
        before,
      )) ||
    /^\s+renewals?\b/i.test(after)
  )
    return undefined;
  // "Neither the society nor Delta Float Works responded to requests for comment on Friday.": no answer is no event.
  if (
    /\b(?:respond(?:ed)?|replied)\s+to\s+(?:a\s+|repeated\s+)?requests?\s+for\s+comment\s+$|\b(?:could\s+not|couldn['’]t)\s+be\s+reached\s+(?:for\s+comment\s+)?$|\bdeclined\s+to\s+comment\s+$/i.test(
      sentence.slice(0, result.index),
    ) &&
    !/^['’]s\b/.test(after)
  )
    return undefined;
  // "It covers the period from 9 to 15 October 2026.": the span a report covers, no event in it.
  if (/\bcovers?\s+the\s+period\s+(?:from\s+)?$/i.test(before)) return undefined;
  // "has forecast more rain in the lower South until early next week": weather forecast, no event.
  if (
    /\b(?:has|have|had)\s+forecast\s+(?:more\s+|heavy\s+|further\s+|light\s+)?(?:rain|rainfall|showers|storms|thunderstorms|snow|winds?)\b[^.;,]*\s(?:until|till|through|into|over)\s+(?:the\s+)?(?:(?:early|late|mid)\s+)?$/i.test(
      withOwn(sentence.slice(0, result.index), /^(?:until|till|through|into|over)\s/i),
    )
  )
    return undefined;
  // "Malaysian arrivals at the Sadao checkpoint were down sharply in the last week of October": a level then.
  if (
    /\b(?:were|was)\s+(?:down|up)\s+(?:sharply|steeply|slightly|markedly|significantly)\s+(?:in\s+(?:the\s+)?(?:(?:first|second|last)\s+week\s+of\s+)?)?$/i.test(
      sentence.slice(0, result.index),
    ) &&
    !/^(?:on|at)\s/i.test(text)
  )
    return undefined;
  // "41 derailments on cane railways were reported last year, up from 33 in 2024", "58% of households lived below the
  // poverty line last year, up from 36% a year earlier": a count or a share of a period with its baseline after it.
  if (
    /^(?:last\s+(?:week|month|year)|(?:in\s+)?\d{4})$/i.test(text) &&
    /^,\s*(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+)?[\d#]/i.test(after) &&
    /(?:^|\s)[\d#][\d#,.]*\s*(?:%|per\s*cent|percent)?\s+[\p{L}-]+/u.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "had 140 applications last month alone, compared with 12 in the whole of 2025": a figure of a period set apart
  // ("cancelled around 1,200 seat bookings last week alone" is what was done that week).
  if (
    /^(?:last|this)\s+(?:month|year)$|^(?:in\s+)?\d{4}$/i.test(text) &&
    /^\s+alone\b/i.test(after) &&
    /[\d#]/.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "according to estimates shared with The Claims Ledger this week": when a source was given, no event of its own.
  if (
    /\b[Aa]ccording\s+to\s+(?:[\p{L}'’-]+\s+){1,4}(?:shared\s+with|seen\s+by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}$/u.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "covers hinge assemblies supplied before 1995": the things made before a year, a kind of thing, no event.
  if (
    /^before\s+\d{4}$/i.test(text) &&
    /\b\p{L}+s\s+(?:supplied|built|made|installed|manufactured|sold|bought|registered|issued|fitted|produced)\s+$/iu.test(
      before,
    )
  )
    return undefined;
  // "The parish collections of January raised USD 30,000": the month a sum was gathered in, a level of it.
  if (monthAlone(text) && new RegExp(String.raw`\b(?:${PERIOD_SUM})\s+(?:of|for)\s+$`, 'i').test(before))
    return undefined;
  // "85 people stayed at the Fargodome shelter at some point this week": a tally over the week, no day of it. "the
  // Clean Air Act Amendments of 1990": a law named by its year.
  if (
    (/^(?:this|last)\s+(?:week|month|year)$/i.test(text) && /\bat\s+some\s+point\s+$/i.test(before)) ||
    (/^(?:of\s+)?\d{4}$/.test(text) &&
      /\b(?:Acts?|Amendments|Law|Code|Treaty|Convention|Charter|Ordinance|Statute)(?:\s+of)?\s+$/.test(before))
  )
    return undefined;
  // "with news for the 8 July issue": a paper's issue named by its day. "(that is, March 4 of the lunar calendar)",
  // "Chuseok day (the lunar Aug. 15)": a day of another calendar, which this reader does not count.
  if (
    /^\s+(?:issue|edition)\b|^\s+(?:of|in)\s+the\s+(?:lunar|lunisolar)\s+(?:calendar|year)\b/i.test(after) ||
    /\blunar\s+$/i.test(before)
  )
    return undefined;
  // "to place on record the hour-by-hour release data of Gangapur dam for 24 and 25 September": the days data cover.
  if (
    /\b(?:data|figures|readings|logs|statistics)\b[^,;.]{0,50}\bfor\s+(?:[\d#]{1,2}(?:st|nd|rd|th)?\s*(?:,|and|&|to|-|–)\s*)*$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // '"If the dam is kept at 85 per cent, who will compensate us in March?"': a question on a supposition, no event.
  // (Not "If you missed Tuesday's council meeting, what did they decide?", whose day is the supposition's own.)
  if (/(?:^|["“‘(]\s*)If\b[^.?!]*,[^.?!,]*$/.test(sentence.slice(0, result.index)) && /^[^.?!]*\?/.test(after))
    return undefined;
  // "The town's 17 May committee met on Ascension Day": a body named by the day it keeps.
  if (
    /\d/.test(text) &&
    !/\d{4}/.test(text) &&
    /\b(?:[Tt]he|its|their|our|\p{L}+['’]s)\s+$/u.test(before) &&
    /^\s+(?:committee|commission|board|foundation|association|society|movement|fund|trust)\b/.test(after)
  )
    return undefined;
  // "the city does not expect building to start before 2028": a bound denied, no event.
  if (
    /^before\s/i.test(text) &&
    /\b(?:not|never)\s+(?:expect|foresee|see|anticipate)s?\b[^.;,]*$/i.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "the Eje Cafetero's record July": a month called a record, or the busiest, is a level of it.
  if (monthAlone(text) && /\b(?:record|bumper|busiest|quietest|slowest|best|worst)\s+$/i.test(before)) return undefined;
  // "Next week's Brief: the Eje Cafetero's record July": a newsletter's promise of its next issue, no event.
  if (
    /^(?:next|this)\s+week$/i.test(text) &&
    /^\s*$/.test(sentence.slice(0, result.index)) &&
    /^['’]s\s+(?:issue|edition|newsletter|bulletin|brief|digest|letter|episode|show|column|podcast)\s*:/i.test(after)
  )
    return undefined;
  // 'footfall was "down by two-thirds" on the same weekend last year', "October revenue was down 58% on October 2025":
  // the baseline of a change, no event of its time.
  if (
    /^(?:(?:on\s+)?(?:the\s+same\s+\p{L}+\s+)?last\s+year|(?:on\s+)?(?:\p{L}+\s+)?\d{4})$/iu.test(text) &&
    CHANGE_ON_BEFORE.test(withOwn(sentence.slice(0, result.index), /^on\s/i))
  )
    return undefined;
  // "port officials expect another gain this year": a change foreseen for a period, a level of it. "The PMO counted
  // 301,000 passengers in the two weeks to 18 October", "Ticket sales for the week to Sunday were down 18%": the last
  // day of a period a figure is for.
  if (
    /\b(?:expects?|expected|forecasts?|projects?|predicts?|sees?)\s+(?:another|a|an|further)\s+(?:[\p{L}-]+\s+)?(?:gain|rise|increase|drop|fall|decline|growth|jump|dip)\s+$/iu.test(
      before,
    ) ||
    // "and it expects more this year": more of a level, foreseen.
    /\b(?:expects?|expected|forecasts?|predicts?)\s+(?:even\s+|still\s+|far\s+)?(?:more|fewer|less)(?:\s+\p{L}+)?\s+$/iu.test(
      before,
    ) ||
    (/\b(?:in|over|during|for)\s+the\s+(?:[\p{L}\d-]+\s+){0,2}(?:days?|weeks?|months?|fortnight|quarter|period)\s+(?:to|ending|ended|through)\s+$/iu.test(
      before,
    ) &&
      (PERIOD_FIGURE.test(
        sentence.slice(0, result.index).replace(/\s+(?:in|over|during|for)\s+the\s+[^,;.]*$/i, ' '),
      ) ||
        LEVEL_AFTER.test(after) ||
        PERIOD_CHANGE_AFTER.test(after)))
  )
    return undefined;
  // "It covers the period up to 10 September 2026": the end of what a report covers.
  if (
    /\b(?:covers|covering|covered)\s+(?:the\s+)?(?:period|days|weeks|months)\s+(?:up\s+to|to|until|through)\s+$/i.test(
      before,
    )
  )
    return undefined;
  // "As at Friday, nine of the injured were still on admission", "Damage (as of 2026/9/4 12:00): one annex building",
  // "Four of the injured remain in hospital as of 10 September 2026": a tally of a state at a time, or under its
  // label, no event of it.
  // ("as at 6:12pm Tuesday": the clock may stand between.)
  const asOf =
    /^as\s+(?:at|of)\s/i.test(text) ||
    /\bas\s+(?:at|of)\s+(?:[\d#]{1,2}(?:[:.][\d#]{2})?\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?)?$/i.test(before) ||
    (/\bas\s+$/i.test(before) && /^(?:at|of)\s/i.test(result.text));
  // "Sowing stood at 2.1 lakh hectares as on 13 November": a level as it stood on a day (Indian English "as on").
  if (
    (asOf || (/\bas\s+$/i.test(before) && /^on\s/i.test(text))) &&
    /\b(?:stood|stands|was|were|is|are|totalled|totaled|reached)\s+(?:at\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?\S{0,4}[#\d][^.;]*\s+as\s+(?:(?:at|of)\s+)?$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  if (
    asOf &&
    /\b(?:remain|remains|remained|are\s+still|is\s+still|were\s+still|was\s+still)\b[^,;.]*$/i.test(
      sentence.slice(0, result.index).replace(/\s*as\s+(?:at|of)\s*$/i, ''),
    )
  )
    return undefined;
  if (
    asOf &&
    /^\)?[,:]?\s*(?:[\d#]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds|thousands|dozens|some|about|around|more\s+than|at\s+least|only)\b)/i.test(
      after,
    ) &&
    // (Not "as at Monday, 96 per cent of the transfers had been reversed": how far a deed had come is its news.)
    (/^(?:\s*[\d#]{1,2}[:.][\d#]{2})?\s*\)\s*:/.test(after) || /^[^.;]*\b(?:still|remain(?:s|ed)?)\b/i.test(after))
  )
    return undefined;
  // "Two-candidate preferred as at 6:12pm Tuesday: Ryan 50.4%, Vance 49.6%.": a tally as it stood, under its label.
  if (
    asOf &&
    /^\s*:\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,3}[\d#][\d#,.]*\s*(?:%|per\s*cent)?(?:\s*[,;]\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,3}[\d#][\d#,.]*\s*(?:%|per\s*cent)?)*[\s.]*$/u.test(
      after,
    )
  )
    return undefined;
  // "They ended last week at R15.80": a price a thing closed at, its day told between; "weaker than the GH¢15.42 it
  // fetched on Tuesday": one told before; "ended September with $1.1 billion in cash", "had about $1.1 billion in cash
  // at the end of September": a balance at a period's end.
  if (
    (/\b(?:closed|ended|finished|settled|began|started)\s+$/i.test(before) &&
      (AT_PRICE_AFTER.test(after) || CASH_WITH_AFTER.test(after))) ||
    PRICE_FETCHED_BEFORE.test(sentence.slice(0, result.index)) ||
    CASH_HELD_BEFORE.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "We were at 96 per cent on Saturday night", "Its shares … closed at EUR 2.14 on Tuesday", "LME three-month copper
  // closed at $10,420/t on Friday", "The official rate put the som at 87.45 per U.S. dollar on Friday": a level on a
  // day, no event of it.
  if (
    SHARE_AT_BEFORE.test(sentence.slice(0, result.index)) ||
    (CLOSING_PRICE_BEFORE.test(sentence.slice(0, result.index)) &&
      !LEVEL_DEED_AFTER.test(after) &&
      (/\b(?:shares?|stocks?|index|indices|bonds?|futures|crude|Brent|copper|nickel|zinc|alumin(?:i)?um|gold|silver|iron\s+ore|coal|wheat|maize|corn|cocoa|coffee|sugar|cotton|(?:official|exchange)\s+rate)\b/i.test(
        sentence.slice(0, result.index),
      ) ||
        CURRENCY_NAME.test(sentence.slice(0, result.index))))
  )
    return undefined;
  // "It may take most of next year to raise the money", "it spent long stretches of 2025 in dry dock", "gridlocked on
  // most days last week": how long a thing takes, or days of a period that repeat, no one date.
  if (
    /\b(?:take|takes|took|taking|spend|spends|spent|last|lasts|lasted|for|through|throughout)\s+(?:most|all|much|part|(?:long\s+)?stretches|the\s+(?:rest|whole|better\s+part))\s+of\s+$/i.test(
      withOwn(before, /^of\s/i),
    ) ||
    /\b(?:most|many|several|some)\s+(?:days|nights|mornings|afternoons|evenings|weekdays|weekends)\s+(?:of\s+|in\s+)?$/i.test(
      before,
    )
  )
    return undefined;
  // "This week: the Norrtälje seat goes to the Election Review Board", "Next week: what the STS ban means for Khor
  // Fakkan": a newsletter's heading for its issue or the next. (Not one telling what is due: "Next week: the agriculture
  // ministry's updated balance sheet is expected".)
  if (
    /^(?:this|next) week$/i.test(text) &&
    /^\s*:/.test(after) &&
    !/\S/.test(sentence.slice(0, result.index)) &&
    !/^[^.;]*\b(?:(?:is|are)\s+(?:expected|due|scheduled|set|slated)|will)\b/i.test(after)
  )
    return undefined;
  // "Seed-cutting normally starts in April …, and planting follows from mid-May": a habit runs on into a clause joined
  // by "and" that tells in the present.
  const joined = /\band\s+([^,;:.]*)$/.exec(sentence.slice(0, result.index));
  if (
    joined &&
    HABITUAL.test(sentence.slice(0, joined.index)) &&
    !/\b(?:will|would|shall|did|was|were|had|has|have|\w*[^\We]ed)\b|['’]ll\b/i.test(joined[1]) &&
    !/\d{4}/.test(text)
  )
    return undefined;
  // "a week on Friday, on 24 July", "next Tuesday, 4 August": a day counted in words, then named; the named day stands.
  if (!/\d/.test(text) && APPOSED_DAY.test(after)) return undefined;
  // "in the year to June 2025", "the six months ended March 31": an accounting period, no event on its last day.
  const accounting = new RegExp(
    `\\b(?:year|months|quarter|half|period)\\s+(?:to|ending|ended)\\s+(?:${MONTH})`,
    'i',
  ).exec(`${before}${text}`);
  if (accounting && accounting.index + accounting[0].length > before.length) return undefined;
  // "We have never seen the pass like this in May": a month of any year, in what never happened.
  if (MONTH_ALONE.test(text) && /\bnever\b/i.test(clauseBefore(sentence, result.index))) return undefined;
  // "another July like this one", "after a September that has left the city with two strike days": a month of any
  // year, or the month as a whole. "September is going to be a bumpy month": what the month is like, no event in it.
  // "spent three weeks out of service": a span, not a day ahead.
  if (
    (MONTH_ALONE.test(text) &&
      (/\banother\s+$/i.test(before) ||
        (/\ba\s+$/i.test(before) && /^\s+(?:that|which|like|when)\b/i.test(after)) ||
        /^\s+(?:is|was|will be|has been|is going to be|promises to be|looks set to be)\s+(?:a|an|the|our|its)\s+(?:[\p{L}-]+\s+){0,3}month\b/iu.test(
          after,
        ))) ||
    (/\bout$/i.test(text) && /^\s+of\b/i.test(after))
  )
    return undefined;
  // "Because 5 July fell on a Sunday", "Respect for the Aged Day fell on Monday this year and the Autumnal Equinox Day on
  // Wednesday": which weekday a day or a holiday is, no event on either.
  if (
    FALLS_ON_A_WEEKDAY_AFTER.test(after) ||
    (WEEKDAY_ALONE.test(text.replace(/^on\s+/i, '').replace(/,$/, '')) &&
      /\bthis\s+year\b/i.test(clauseAround(sentence, result.index, text.length)) &&
      HOLIDAY_BEFORE_ITS_WEEKDAY.test(sentence.slice(0, result.index)))
  )
    return undefined;
  // "if September is kinder than August", "spends more on transport than she did in August": a month as the subject of
  // a condition, or the baseline of a comparison.
  if (
    MONTH_ALONE.test(text) &&
    (/\bif\s+$/i.test(before) ||
      /\bthan\s+(?:(?:I|we|you|they|he|she|it|this|that)\s+(?:did|was|were|had|paid|spent)\s+)?(?:in\s+)?$/i.test(
        before,
      ))
  )
    return undefined;
  // "It sounded like the Fourth of July", "packed like Christmas Eve": a likeness, no date. "notice OSD/NTM/07/2026":
  // figures that close a reference joined to it by a slash.
  if (SIMILE.test(before) || /[\p{L}\d]\/$/u.test(before)) return undefined;
  // 'won the Jury Prize with "Mondays in August"': a date in a short title in capitals, in quotation marks, is its name.
  if (TITLE_QUOTED.test(`${sentence.slice(0, result.index)}\u0000${sentence.slice(result.index)}`)) return undefined;
  // "Belize's September Celebrations", "the October Revolution": a month in a name of its own.
  if (MONTH_ALONE.test(text) && MONTH_IN_NAME.test(after)) return undefined;
  // "Both islands mark 9 May as the anniversary of their liberation": the day kept every year.
  if (
    /\b(?:mark|marks|celebrate|celebrates|observe|observes|commemorate|commemorates|keep|keeps)\s+$/i.test(before) &&
    /^\s+as\b/i.test(after)
  )
    return undefined;
  // "By mid-July, local carriers had logged more than 400 notifications": a tally by a date, no event on it.
  if (
    (/\bby\s+$/i.test(before) || /^by\b/i.test(text)) &&
    /^[^.;]*\bhad\s+(?:\w+\s+){0,2}?\w+(?:ed|en)\s+(?:more than|over|nearly|almost|about|some|at least|fewer than)?\s*[\d#]/i.test(
      after,
    )
  )
    return undefined;
  // "Brunei marks National Day on Feb 23": the day a country keeps a feast, every year (on "Monday", this year's).
  if (
    /\b(?:marks|celebrates|observes|commemorates|keeps)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,5}on\s+$/u.test(
      sentence.slice(0, result.index),
    ) &&
    !new RegExp(String.raw`^(?:on\s+)?${WEEKDAY}\b`, 'i').test(text)
  )
    return undefined;
  // "… since January, when the new scheme began": the date of an event after all.
  const baseline = /^since\b/i.test(text) || /\bsince\s+$/i.test(before);
  if (baseline && CHANGE_BEFORE.test(sentence.slice(0, result.index)) && !/^,?\s+when\b/i.test(after)) return undefined;
  // "Since the start of the month the terminal has worked 41 vessels", "the second postponement since the start of
  // the month", "We are unbeaten since the start of the month": a running count or record from the month's start, no
  // event.
  if (
    baseline &&
    MONTH_START.test(text) &&
    /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|several|many|more|fewer|second|third|fourth|fifth|unbeaten|undefeated|winless)\b/i.test(
      sentence.replace(text, ''),
    )
  )
    return undefined;
  // "Since January 1, a total of 48,307 patients have been admitted": the start of a year's running count, no event.
  if (
    baseline &&
    /\b(?:jan(?:uary|\.)?\s+1(?:st)?|1(?:st)?\s+jan(?:uary|\.)?)\b/i.test(text) &&
    /^,?\s+(?:a total of\s+|some\s+|more than\s+|over\s+|nearly\s+|almost\s+|at least\s+)?\d[\d,.]*\s/i.test(after)
  )
    return undefined;
  // "which run from tomorrow, Wednesday 7 October, to Friday", "will be held from Monday, Nov 23, to Wednesday, Nov
  // 25": the end of a span told from its start, which dates it.
  // (A day's date alone may end a term that is news of its own: "can claim compensation until 30 June".)
  // (Not one that tells what happened then: "until Tuesday, 24 November, when a truce took hold".)
  if (
    PROPER_WEEKDAY_FIRST.test(text) &&
    !/^\s*,?\s*when\b/i.test(after) &&
    /\bfrom\s+[^.;]{1,60}?,?\s+(?:to|until|till|through)\s+$/i.test(sentence.slice(0, result.index)) &&
    // (Not "was brought forward from Monday, 22 June, to Friday": the day it was moved to.)
    !/\b(?:brought\s+forward|moved|postponed|pushed\s+back|put\s+back|rescheduled|delayed|shifted|changed|switched)\b/i.test(
      clauseBefore(sentence, result.index),
    )
  )
    return undefined;
  // "on 18/01/2019 E.C. (28/09/2026)": a day of the Ethiopian calendar, not of ours.
  if (/^\s*E\.\s?C\./.test(after)) return undefined;
  // "the Reiwa 8 July Heavy Rain": the figure after an era's name is its year, no day of the month.
  if (/^\d/.test(text) && /\b(?:Reiwa|Heisei|Sh[oō]wa)\s+$/.test(before)) return undefined;
  // "from 1 May 2569 (2026)", "(18.12.1404)", "of 2083/07/08 (24 October 2026)": a year of the Buddhist era, the Solar
  // Hijri calendar or Nepal's Bikram Sambat, not one of ours.
  const year = result.start.isCertain('year') ? (result.start.get('year') ?? 0) : undefined;
  if (
    year !== undefined &&
    (year >
      published.getFullYear() +
        (/^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}$/.test(text) ? FAR_AHEAD_DAY_YEARS : FAR_AHEAD_YEARS) ||
      year < EARLIEST_YEAR)
  )
    return undefined;
  // "now-now", "just now" (South African English: soon, later): no day either. "Two days from the opening" counts from
  // another event, "a week from Friday" (American) from the coming Friday.
  const weekFrom = /\ba (?:week|fortnight) from\s+$/i.test(before) && result.start.isCertain('weekday');
  if (
    // ("Two days later, at 6 a.m., it opened": chrono takes the hour with the count.)
    ANAPHORIC.test(text.replace(CLOCK_AFTER_COUNT, '')) ||
    PLURAL_PERIOD.test(text) ||
    (IN_A_PERIOD.test(text) && COUNTED_BEFORE.test(before)) ||
    (OFFSET_BEFORE.test(before) && !weekFrom) ||
    /^(?:now|right now|currently|now-now|just now)$/i.test(text.replace(CLOCK_BEFORE, ''))
  )
    return undefined;
  if (NUMERIC_NEIGHBOUR[0].test(before) || NUMERIC_NEIGHBOUR[1].test(after)) return undefined;
  // "In a few weeks you will not recognise this port": a span with no count is no day at its end.
  if (/^in\s+(?:a\s+)?(?:few|several|couple(?:\s+of)?|number\s+of)\s+\w+$/i.test(text)) return undefined;
  // "new railings can be fabricated in ten days": how long a thing takes, no day it ends on.
  if (
    /^in\s+\S+\s+(?:days?|weeks?|months?|hours?)$/i.test(text) &&
    /\b(?:can|could)\s+(?:(?:only|easily|probably|still)\s+)?(?:be\s+)?[\p{L}-]+\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(
      clauseBefore(sentence, result.index),
    )
  )
    return undefined;
  // "here is everything I know, updated as of this Monday morning", "correct as at 5 May": when the writing was
  // written, no event.
  // "Agents should note that 15 August is itself a public holiday", "New Year's Day and 2 January are both bank
  // holidays in Scotland", '"Russia Day" is the public holiday on 12 June',
  // "Kwame Nkrumah Memorial Day, a public holiday on Sept. 21,", "with Saturday, Oct 10, a make-up working day": what
  // the calendar makes of a date, no event on it (not "The blast on Sunday, a working day in Israel, killed three")
  // ("because Monday is a public holiday" tells why of a day ahead).
  if (
    (/^\s+(?:is\s+(?:itself\s+|also\s+)?a\s+(?:public|bank|national|state|school)\s+holiday|are\s+(?:both\s+|also\s+)?(?:public|bank|national|state|school)\s+holidays)\b/i.test(
      after,
    ) ||
      /^,?\s+(?:is\s+)?(?:a|an)\s+make-?up\s+work(?:ing)?\s+day\b/i.test(after) ||
      /(?:\b(?:is|are)|,)\s+(?:a|the)\s+(?:public|bank|national|state)\s+holiday\s+on\s+$/i.test(
        withOwn(before, /^on\s/i),
      )) &&
    new RegExp(`^(?:on\\s+)?(?:${WEEKDAY},?\\s+)?(?:\\d|(?:${MONTH})[a-z]*\\.?\\s+\\d)`, 'i').test(text)
  )
    return undefined;
  // "Copper gained 3.2% in the week to Friday", "1,932 cases in the week to Saturday", "recorded 211 mm of rainfall in
  // the 48 hours since 0830 IST on Friday", "142 mm of rain in the 24 hours to Sunday morning", "18 mm in the 24 hours
  // to 9 am Friday", "Rainfall recorded in the 24 hours ending 0830 hrs IST of 01.09.2026", "During the W/E 9 August,
  // partners distributed 1,150 food kits" (the week ending it): a figure for a span,
  // no event of the day it runs to or from.
  if (
    new RegExp(
      String.raw`(?:\b(?:week|[#\d]+\s+(?:hours|days))\s+(?:to|ending|ended|since|up\s+to)|\bW\/E)\s+(?:at\s+)?(?:[#\d]{3,4}\s*(?:hrs?|hours|h)?\s*(?:[A-Z]{2,4}\s+)?(?:on|of)\s+|[#\d]{1,2}(?:[:.][#\d]{2})?\s*[ap]\.?m\.?\s+(?:[A-Z]{2,4}\s+)?(?:(?:on|of)\s+)?|[#\d]{1,2}[:.][#\d]{2}\s*(?:hrs?|h)?\s+(?:[A-Z]{2,4}\s+)?(?:(?:on|of)\s+)?)?(?:on\s+)?(?:${WEEKDAY}|today|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night|[#\d]{1,2}[./-][#\d]{1,2}[./-][#\d]{2,4}|[#\d]{1,2}\s+(?:${MONTH})[a-z]*(?:\s+[#\d]{4})?|(?:${MONTH})[a-z]*\.?\s+[#\d]{1,2}(?:,\s+[#\d]{4})?)(?:\s+(?:morning|afternoon|evening|night))?[,.]?$`,
      'i',
    ).test(`${sentence.slice(0, result.index)}${text}`) &&
    // (Not "in the 48 hours since Friday's riot", the riot's day.)
    !/^['’]s\b/.test(after) &&
    // (A figure other than the span's own hours: not "In the 24 hours to Sunday morning, police were called".)
    (LEVEL_CUE.test(
      clauseBefore(sentence, result.index).replace(
        /\b(?:in|during|over)?\s*(?:the\s+)?[#\d]+\s+(?:hours|days)\b.*$/i,
        '',
      ),
    ) ||
      /^[^.;]*?\d/.test(after))
  )
    return undefined;
  // "The closing price of the shares was HK$2.86 on Thursday, 2 April 2026", "On 13 November 2026, the last trading day
  // before the storm, the Bonds closed at 100.85 per cent": a price as a market left it that day, a level.
  if (
    new RegExp(String.raw`${CLOSING_LEVEL}(?:\s+[\p{L}-]+){0,4}\s+$`, 'iu').test(sentence.slice(0, result.index)) ||
    new RegExp(String.raw`^,\s*(?:[^,;.]{0,60},\s*)?[^,;.]{0,40}?${CLOSING_LEVEL}`, 'iu').test(after)
  )
    return undefined;
  // "The 14 working days … are counted from Wednesday 25 March 2026": where a count of days starts, no event of it.
  if (
    /\b(?:days|weeks|months|hours|period|deadline|time\s+limit)\b[^.;]{0,60}\b(?:is|are|was|were|be)\s+counted\s+from\s+$/i.test(
      withOwn(sentence.slice(0, result.index), /^from\s/i),
    )
  )
    return undefined;
  // "withdrew its Saturday afternoon Melbourne rotation": a weekday naming a service that runs every week.
  if (
    PROPER_WEEKDAY_ALONE.test(text.replace(/\s+(?:morning|afternoon|evening|night)$/i, '')) &&
    /\b(?:its|their|our)\s+(?:regular\s+|weekly\s+)?$/i.test(before) &&
    /^\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:rotations?|services|runs|shifts|schedules?)\b/u.test(after)
  )
    return undefined;
  // "the usual level for a late-February weekday": a kind of day of a month, none in particular.
  if (
    /\b(?:a|an)\s+$/i.test(before) &&
    /^[\s-]*(?:weekday|weekend|working\s+day|day|night|evening|morning)\b/i.test(after)
  )
    return undefined;
  // "against the interim financial statements as at 30 June 2026", "Figures in this report are as at 1800hrs on 24
  // August 2026": the day accounts or figures are drawn up to, no event of it.
  if (
    /\b(?:statements?|accounts|balance\s+sheets?)\s+as\s+(?:at|of)\s+$/i.test(before) ||
    /\b(?:figures|data|numbers|statistics)\b[^.;]{0,40}\bas\s+(?:at|of)\s+(?:[\d#]{1,2}[:.][\d#]{2}\s*|[\d#]{4}\s*(?:hrs?|h)\s+)?(?:on\s+)?$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "Fairyhouse has also given up Saturday's card": a fixture called off is for the clearly nearer of the two days, if
  // either is (not "cancelled Friday's Moonlight Parade on Friday morning", which tells the day).
  if (
    PROPER_WEEKDAY_ALONE.test(text) &&
    /^['’]s\s/.test(after) &&
    !new RegExp(String.raw`\b${WEEKDAY}\b`, 'i').test(after) &&
    /\b(?:given\s+up|gave\s+up|called\s+off|cancell?ed|scrapped|abandoned|postponed)\s+(?:also\s+)?$/i.test(before)
  )
    return clearlyNearer(published, WEEKDAYS.indexOf(text.toLowerCase()));
  // "the Labour Day holiday, which runs from 1 to 5 May this year": the days a holiday spans, what the calendar makes
  // of them.
  if (/\bholidays?,?\s+which\s+(?:runs?|lasts?)\s+(?:from\s+)?$/i.test(before)) return undefined;
  // "Landings of river fish fell by about 60% in week 27": a change over a numbered week, no event of it (a count in one,
  // "reported 151 cases in week 34", dates the cases).
  if (
    /^(?:in\s+)?(?:calendar\s+)?week\s+\d{1,2}$/i.test(text) &&
    (SHARE_CHANGE_BEFORE.test(sentence.slice(0, result.index)) ||
      CHANGE_IN_PERIOD.test(sentence.slice(0, result.index)))
  )
    return undefined;
  // "151 cases in week 34 (17–23 August)": the days a numbered week is glossed with, read with the week or not at all.
  if (/\bweek\s+\d{1,2}\s*\(\s*$/i.test(before)) return undefined;
  // "This report covers the reporting period 11–24 August 2026", "all records … for the period from January 2026 till
  // date", a header's "| Covering 23–28 June", "health data cover W/E 16 August": the span a report or a record
  // covers, no event of it.
  if (
    /\b(?:reporting\s+period|(?:covers?|covering|covered)\s+(?:the\s+period|(?:the\s+)?(?:W\/E|week\s+(?:ending|ended|to)))|(?<=\|\s{0,3})covering|(?:records?|registers?|sheets?|accounts?|data|documents?|returns?|reports?|results|statements?)\b[^.;]{0,60}\bfor\s+the\s+period)\s*(?:from|of|:)?\s*$/i.test(
      sentence.slice(0, result.index),
    ) ||
    // ("The appeal, covering February to April 2026, supports …": the months it covers.)
    (/,\s*(?:covers|covering|covered)\s+$/i.test(before) &&
      (/\b(?:to|until|through)\b|[–-]/.test(text) || monthAlone(text))) ||
    // ("Let Export Orders issued between 01.11.2026 and 08.11.2026 shall be extended": which ones, no event.)
    /\b(?:issued|received|filed|lodged|registered|booked|bought|submitted|granted)\s+between\s+$/i.test(
      withOwn(before, /^between\s/i),
    ) ||
    // ("The estimated cost of the response for the period February 14 to 22 is $2.1 million": a sum for the span.)
    (/\bfor\s+the\s+period\s*(?:from|of|:)?\s*$/i.test(sentence.slice(0, result.index)) &&
      /^\s*[^.;]{0,20}?\b(?:is|was|are|were|totall?ed|came\s+to|stood\s+at|stands\s+at)\s+(?:about\s+|around\s+|an\s+estimated\s+|some\s+)?(?:[A-Z]{0,3}\p{Sc}|[#\d])/u.test(
        after,
      ))
  )
    return undefined;
  // "On the last night of the Abissa": the last night of a thing, not yesterday's.
  if (/^last\s+night$/i.test(text) && /\bthe\s+$/i.test(before) && /^\s+of\b/i.test(after)) return undefined;
  // "before Obon, a Buddhist holiday in mid-August", ", the Buddhist festival of the dead in mid-August": when a feast
  // set beside its name falls every year (not "Glastonbury, the music festival in late June", this year's).
  if (
    monthAlone(text) &&
    /,\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:holiday|feast)|(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}festival|the\s+(?:Buddhist|Hindu|Muslim|Islamic|Christian|Jewish|Sikh|Shinto|Taoist|Catholic|Orthodox|religious|harvest|lunar)\s+festival)(?:\s+of\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+(?:in|around)\s+$/iu.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  if (
    /\b(?:updated|correct|accurate|current)\s+as\s+(?:of|at)\s+$/i.test(sentence.slice(0, result.index)) &&
    /^[\s.,)]*$/.test(after)
  )
    return undefined;
  // "Mandela Day (18 July) is known in the original as Mandeladag": what a day is called, no event.
  if (/^\s*\)\s*(?:is|are)\s+(?:also\s+)?(?:known|called|written|rendered|spelled|spelt)\b/i.test(after))
    return undefined;
  // "An earlier version of this story was posted at 4:45 p.m. AKDT on Oct. 30": the page's own history, no event.
  if (
    /\b(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:story|article|report|page)\s+(?:was\s+)?(?:posted|published|updated)\b[^,.;]*$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "there is no protest today", "did not respond to requests for comment this week", "did not answer calls on
  // Friday": nothing happened on the day.
  if (
    /\bthere\s+(?:is|was|are|were|will\s+be)\s+no\s+[^,.;]*$|\b(?:did not|didn['’]t|has not|hasn['’]t|had not|have not)\s+(?:immediately\s+)?(?:(?:respond|reply)\s+to\s+(?:a\s+|our\s+)?(?:requests?|calls|emails|messages|questions)|return\s+(?:calls|messages|emails))\b[^.;]*$|\b(?:did not|didn['’]t|has not|hasn['’]t|had not|have not)\s+answer\s+(?:calls|(?:his|her|their|its)\s+phones?)\b[^.;,]*$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "against 31 in the same period of 2025", "30 percent below their level at the start of 2022": a comparison's
  // baseline.
  if (
    /\bsame\s+(?:period|time|week|month|quarter|stage)\s+(?:(?:of|in|last)\s+)?$|\b(?:level|levels|peak)\s+(?:at|in)\s+(?:the\s+(?:start|beginning|end|middle)\s+)?(?:of\s+)?$/i.test(
      before,
    )
  )
    return undefined;
  // "You can rebuild a roof in a month": what anyone can do in a span, no day at its end.
  if (IN_SPAN.test(text) && /\b(?:you|one)\s+(?:can|could)\b[^,;.]*$/i.test(sentence.slice(0, result.index)))
    return undefined;
  // "the rules bite hardest in March", "Lines have been longest midweek": when a thing is most so, any year or week.
  // Not "the driest September in the authority's records", which is one.
  if (SUPERLATIVE_BEFORE.test(before) && (PART_OF_WEEK.test(text) || /\b(?:in|during|on|around)\s+$/i.test(before)))
    return undefined;
  // "3.9 inches of rain fell …, a record for the month of April": a record among every year's Aprils, no event of this one.
  if (monthAlone(text) && /\brecords?\s+for\s+(?:the\s+month\s+of\s+)?$/i.test(before)) return undefined;
  // "through the final Sunday of the Stampede": a weekday counted within a named event, whose days are not known here.
  if (
    /day$/i.test(text) &&
    /\b(?:first|second|third|fourth|last|final|opening|closing)\s+$/i.test(before) &&
    /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(after)
  )
    return undefined;
  // "Law 28 January 1994, no. 84", "Legislative Decree 4 March 2015, n. 22": an instrument cited by its date and number.
  if (
    /\b(?:Law|Decree|Decree-[Ll]aw|Order|Regulation|Ordinance)\s+$/.test(before) &&
    /^,?\s*(?:no|n|nr|núm|num)\.?\s*\d/i.test(after)
  )
    return undefined;
  // "roughly 9% of October ridership": a share of a month's figure, no event of the month.
  if (
    monthAlone(text) &&
    /(?:%|\bper\s*cent|\bpercent)\s+of\s+$/i.test(before) &&
    /^\s+(?:ridership|traffic|sales|revenues?|passengers|bookings|volumes?|turnover|output|production|exports|imports|arrivals|takings)\b/i.test(
      after,
    )
  )
    return undefined;
  // "He said this on Sunday at Camp 6.": the day a quotation told before was said, no event of its own.
  if (/\b(?:said|says|wrote|added)\s+(?:this|so)\s+$/i.test(before)) return undefined;
  // "shut a 1.6-km section for most of September": how long a thing lasted, a span, no day it began.
  if (monthAlone(text) && /\bfor\s+(?:most|much|all|part|the\s+(?:rest|whole|bulk|best\s+part))\s+of\s+$/i.test(before))
    return undefined;
  // "Today, a typical family pays about EUR 40 a month": how things stand now, in the present, told of no day.
  if (
    /^today$/i.test(text) &&
    !/\S/.test(sentence.slice(0, result.index).replace(/["“‘']/g, '')) &&
    /^\s*,/.test(after) &&
    directionAt(sentence, result.index, wordsEnd) === undefined
  )
    return undefined;
  // "Here is where things stand this Thursday: power is on for 96%": the day a state is taken stock of, no event.
  if (/\b(?:where|how|as)\s+(?:things|matters)\s+stand\s+$/i.test(before)) return undefined;
  // "has not said whether it will seek to roll next year": a question left open dates nothing.
  if (
    /\b(?:has not|hasn['’]t|have not|did not|didn['’]t|would not|wouldn['’]t|declined to|refused to)\s+(?:yet\s+)?(?:say|said|confirm|confirmed|disclose|disclosed)\s+(?:whether|if|when)\b[^.;]*$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "If the vote fails, you are looking at real gaps in three weeks' time": a span from a condition, no day.
  if (/^in\s/i.test(text) && /^["“‘']?\s*If\s/.test(sentence)) return undefined;
  // "whether that's tomorrow or in three weeks' time": one of the days a thing may come, none told. (Not "to decide
  // whether to extend or lift the ban by the end of August", where the choice is between deeds.)
  if (
    /\bwhether\b[^.;]*$/i.test(sentence.slice(0, result.index)) &&
    (/\bor\s+$/i.test(before) || /^\s*,?\s*or\b/i.test(after))
  )
    return undefined;
  // "This time last year, neither side would have accepted a mediator", "twice as much as it did this time last month": a
  // comparison with a year or a month ago, no event of it.
  if (/^last (?:year|month|week)$/i.test(text) && /\bthis time\s+$/i.test(before)) return undefined;
  // "run by a Hout Bay church": chrono's loose "a hour" is a place's name.
  if (/^an?\s+\p{Lu}\p{Ll}+$/u.test(text) && !result.start.isCertain('weekday')) return undefined;
  // "expect the trial to last about two weeks", "could last for months": the verb, a duration.
  if (
    /^last\b/i.test(text) &&
    (/\b(?:to|will|would|could|can|may|might|should|must|shall|'ll|’ll|not|expected|likely)\s+$/i.test(before) ||
      /^last\s+(?:about|around|some|up to|for|nearly|roughly|at least|more than|less than|until|into)\b/i.test(text))
  )
    return undefined;
  // "the usual November-to-April cyclone season", "a June–September window": months joined into a span's name.
  if (MONTH_ALONE.test(text) && (MONTH_JOINED[0].test(before) || MONTH_JOINED[1].test(after))) return undefined;
  // "bookings for the first week of August are down": what a measure counts, no event's date.
  if (
    /\b(?:bookings|reservations|enquiries|inquiries|orders|demand|sales|tickets)\s+for\s+(?:the\s+)?(?:(?:first|second|last|final|coming|next)\s+)?(?:(?:week|weekend|fortnight|half|month)\s+of\s+)?$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "Flash floods are a known hazard between October and April": a season of every year.
  if (
    MONTH_ALONE.test(text) &&
    MONTHS_BETWEEN.test(sentence) &&
    /\b(?:is|are|usually|typically|normally|often|generally)\b/i.test(sentence) &&
    !/\b\d{4}\b/.test(sentence)
  )
    return undefined;
  // "will report July-September results", "posted an operating loss for July-September": months joined into a quarter
  // or season reported on, no event's month.
  if (
    MONTH_RANGE.test(text) &&
    (/^\s+(?:results|quarter|period|figures|sales|earnings|data|season|window|months)\b/i.test(after) ||
      /\bfor\s+(?:the\s+)?$/i.test(before))
  )
    return undefined;
  // "its June 24-Month Study": a number joined to a word is a compound ("24-month"), not a day. ("The 1998-built Baltic
  // Swan" tells its year.)
  if (/\d$/.test(result.text) && /^[-–]\p{L}/u.test(after) && !/^-(?:built|founded)\b/.test(after)) return undefined;
  // "on a Saturday night in late August there are thousands of kids on those rides": any such night, told in the present.
  if (ANY_WEEKDAY_IN_BEFORE.test(before) && /^[^.;]*?\b(?:is|are)\b/i.test(after)) return undefined;
  // "as April, 9, drew a picture": a name and an age, which no date puts a comma inside.
  if (/^\p{L}+,\s*\d{1,2}$/u.test(text.trim()) && /^,/.test(after)) return undefined;
  // "On a normal day in June": any June, not one; "On a normal month-end Friday", any Friday.
  if (
    /\b(?:a|an|any)\s+(?:normal|typical|usual|average|ordinary)\s+(?:[\w-]+\s+)?(?:(?:day|week|weekend|night|month)\s+in\s+)?$/i.test(
      before,
    )
  )
    return undefined;
  // "Every year on 6.12. wards run on holiday staffing", "conducted every year in the first week of November".
  // "has risen every year since 2019" counts from a year; a year stated is no habit's ("marks every year the birth of
  // … Bonifacio on Nov. 30, 1863").
  // So is "The Ofala, held annually in October,".
  if (
    (EVERY_YEAR.test(sentence.slice(0, result.index)) ||
      /\b(?:annually|yearly)\s+(?:in|on|at|during)\s+(?:the\s+)?$/i.test(withOwn(before, /^(?:in|on|at|during)\s/i))) &&
    !/^(?:since|from|until|till|through)\b/i.test(text) &&
    !/\b\d{4}\b/.test(text)
  )
    return undefined;
  // "to move the 2026 harvest", "The 2026 tart cherry crop is sizing well": a year's produce, no time (not "during the
  // 2026 harvest").
  if (
    /^the\s+\d{4}$/i.test(text) &&
    /^\s+(?:[\p{L}-]+\s+){0,2}?(?:harvest|crop|catch|vintage)s?\b/iu.test(after) &&
    !/\b(?:in|during|since|before|after|until|till|by|through|throughout|over|from)\s+$/i.test(before)
  )
    return undefined;
  // "The Koh Samui total for November so far is 412 mm": a level to date.
  if (/^\s+(?:so\s+far|to\s+date)\s+(?:is|was|stands\s+at|stood\s+at)\s+(?:about\s+|around\s+)?[#\d]/i.test(after))
    return undefined;
  // "a 4 percent chance of aftershocks … within the next week": a window a forecast gives, no day of it.
  if (
    /^(?:the\s+)?(?:next|coming)\s+(?:week|fortnight|month)$/i.test(text) &&
    /\bwithin\s+(?:the\s+)?$/i.test(before) &&
    /\b(?:chance|likel(?:y|ihood)|probability|risk|forecast\w*)\b/i.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "2026-11-11 02:11:09 (UTC) [local 2026-11-10 18:11:09 PST]": the clock of Greenwich when the local day is given beside.
  if (
    /^\s*(?:[\d#]{1,2}:[\d#]{2}(?::[\d#]{2})?\s*)?\(?(?:UTC|GMT|Z)\)?\s*[[(]\s*local\b/i.test(
      `${/\(?(?:UTC|GMT)\)?$/i.exec(text)?.[0] ?? ''}${after}`,
    )
  )
    return undefined;
  // "About 8,700 customers were still without service Tuesday evening": a count as it stood, no event of the day.
  if (
    new RegExp(
      String.raw`^\s*${FIGURE}\s+(?:[\p{L}-]+\s+){0,3}?(?:were|was|are|is|remained|remain)\s+still\s+(?:without|in|on|at|off|out)\b(?:(?!\b(?:after|when|since|as|before|because|while)\b)[^,;.]){0,40}$`,
      'iu',
    ).test(sentence.slice(0, result.index))
  )
    return undefined;
  // "were not affected and ran as normal throughout September": how long a state held as usual, a span, no event of it
  // (not "Fires burned throughout July, destroying 300 homes").
  if (
    /\bthroughout\s+(?:the\s+)?$/i.test(before) &&
    /\b(?:as\s+(?:normal|usual)|normally|unaffected|not\s+affected)\b[^.;]{0,40}$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "Today's costs are not those of a year ago": the baseline of a comparison, no event.
  if (AGO.test(text) && /\b(?:those|that)\s+of\s+$/i.test(before)) return undefined;
  // '"June is our Christmas"', "'February is half my year'": what a month is to someone, every year.
  if (
    MONTH_ALONE.test(text) &&
    /^\s+(?:is|was)\s+(?:(?:half|all|most|part)\s+(?:of\s+)?)?(?:our|my|their|his|her|your)\s/i.test(after)
  )
    return undefined;
  // "had received 1,140 claims so far, up from 610 on Friday", "$231/t today, vs $228 on Aug 17", "up from a peak of 1.7
  // metres a year ago", "down from a peak of 212 in mid-March", "compared with turnout of 41 percent in 2022": the
  // baseline a tally or a price is compared with, no event of its day.
  if (
    (WEEKDAY_PHRASE.test(text) ||
      result.start.isCertain('day') ||
      AGO.test(text) ||
      MONTH_OF_A_YEAR.test(text) ||
      /^(?:yesterday|last\s+(?:week|month|year))$/i.test(text) ||
      /^(?:in\s+)?(?:19|20)\d{2}$/.test(text) ||
      /^(?:early|mid|late)[- ]/i.test(text)) &&
    TALLY_BASELINE_BEFORE.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "Benchmark iron ore … was little changed at $104 a tonne on Friday": a price that held, no event.
  if (PRICE_HELD.test(sentence.slice(0, result.index))) return undefined;
  // "Monsoon rains peak in July and August, and every August brings flooding": months of every year told in the present,
  // no one year's.
  if (
    monthAlone(text.replace(/[\s,.]+$/, '')) &&
    !result.start.isCertain('year') &&
    /\b(?:every|each)\s+(?:year|summer|winter|spring|autumn|monsoon|season|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b/i.test(
      sentence,
    ) &&
    directionAt(sentence.slice(0, clauseSpan(sentence, result.index, text.length)[1]), result.index, wordsEnd) ===
      undefined
  )
    return undefined;
  // '"Every time they say next week, it turns into next month"': a relative date in a habit counts from each time.
  if (
    /\b(?:every time|each time|whenever|every day|each day)\b/i.test(sentence.slice(0, result.index)) &&
    !/\d/.test(text)
  )
    return undefined;
  // "up 96% vs. a year ago", "down 1.1% from a year ago", "down from $41.20 a month ago", "half what they were a month
  // ago", "back where they were a month ago", "more than they did a month ago", "twice what it cost a month ago", "triple
  // what brokers were guiding a month ago", "that cost L$3,900 a month ago now sells for L$3,300", "A month ago I paid E17
  // for the trip": a comparison's baseline or a level, no event of its own.
  if (
    COUNT_AGO.test(text) &&
    (/^\s*,?\s*(?:and\s+|but\s+)?now\s+(?:sells?|costs?|stands?|trades?|fetch(?:es)?|goes|go|is|are|books|retails|rents|changes?\s+hands)\b/i.test(
      after,
    ) ||
      // "would have bought roughly twice as many dollars five years ago": what might have been then.
      /\bwould\s+have\s+\p{L}+/iu.test(sentence.slice(0, result.index)) ||
      // "A year ago, the same properties were running at 92 per cent": a level then, told after its time; so is a rate
      // ("A year ago, a one-year deposit at the bank paid 4.5 percent"), or what one could do then ("Three weeks ago I
      // could pay my rent by card"). (Not a warning that tells one: "A fortnight ago, the chairs warned authors that
      // registrations were running 30 per cent ahead".)
      (LEVEL_AFTER.test(after) && !WARNED_THAT_AFTER.test(after)) ||
      /^[^.;]{0,60}?\b(?:paid|yielded|offered|earned|returned|charged)\s+(?:about\s+|around\s+)?[#\d][#\d.,]*\s*(?:%|per\s*cent|percent)/i.test(
        after,
      ) ||
      /^\s*,?\s*(?:I|we|you|they|he|she|it|people)\s+could\s+(?!have\b)/i.test(after) ||
      /\b(?:I|we|you|they|he|she|it)\s+(?:\w+ly\s+)?(?:paid|spent)\b/.test(`${before} ${after}`) ||
      // "far above what the utility paid for imported fuel oil a year ago".
      WHAT_IT_WAS.test(sentence.slice(0, result.index)) ||
      // "at spot prices that topped $14 per million British thermal units a month ago", "the €4.20 at which they traded
      // a month ago", "valued at about £380,000 a month ago": a price's level then.
      /\b(?:topped|hit|reached|peaked\s+at|touched|stood\s+at|traded\s+at|valued\s+at|changed\s+hands\s+at)\s+(?:about\s+|around\s+|nearly\s+)?[A-Z]{0,3}\p{Sc}\s?[#\d][#\d,.]*[^,;.]{0,60}$/u.test(
        sentence.slice(0, result.index),
      ) ||
      // "fleet numbered 40 lorries five years ago", "stood at about 2.1 per cent of cargo value two years ago",
      // "premiums, which ran at about 0.8% of contract value a year ago": a level then, in any figures.
      LEVEL_BEFORE.test(sentence.slice(0, result.index)) ||
      // "a room now costs nearly double what it did five years ago": what it was then.
      WHAT_IT_WAS.test(before) ||
      // "the same fare it charged five years ago", "the same as a year ago": what it was then, matched now.
      /\bthe\s+same\s+(?:(?:[\p{L}-]+\s+){0,2}?(?:(?:as|that)\s+)?(?:it|they|he|she|we|I|you)\s+\p{L}+|as(?:\s+(?:it|they)\s+(?:was|were|did))?)\s+$/iu.test(
        before,
      ) ||
      // "the queue is shorter than a fortnight ago" (not "more than a year ago", which is a time).
      /\b(?!(?:more|less|fewer|no|other|rather|later|earlier)\b)\p{L}{2,}er\s+than\s+$/iu.test(before) ||
      /\bat\s+which\s+(?:\p{L}+\s+){1,2}(?:traded|stood|sold|closed|peaked|changed\s+hands)\s+$/u.test(before) ||
      // "glasses that sold a month ago at $18", "was trading at Rs 4.10 a unit a month ago", "the 1,480 yen it fetched a
      // month ago": what a thing sold at is its price then; what it "sold for" may be a sale ("sold its stake for $40m").
      UNIT_PRICE.test(clauseAround(sentence, result.index, text.length)) ||
      AT_PRICE.test(after) ||
      PRICE_THEN.test(before) ||
      FROM_PRICE.test(sentence.slice(0, result.index)))
  )
    return undefined;
  // "welcome to our coverage on this Good Friday", "Good morning and happy 17 May": a greeting, no event of the day.
  // "this is a sad Sunday for the Pearl of the South", "Today is the last day of Hanal Pixán": what the day is, no
  // event of it either.
  if (
    LIVE_GREETING.test(sentence.slice(0, result.index)) ||
    // (A weekday only as the greeting's last word, "and happy Friday from Key West": not "and happy Sunday shoppers
    // filled the malls".)
    (FEAST_GREETING.test(sentence.slice(0, result.index)) &&
      (!PROPER_WEEKDAY_ALONE.test(text) ||
        /^\s*(?:[,.!;]|$|from\b|(?:everyone|everybody|all|folks|friends)\b)/i.test(after))) ||
    (PROPER_WEEKDAY_ALONE.test(text) && /\b(?:this|it|today)\s+is\s+a\s+(?:[\p{L}-]+\s+){1,2}$/iu.test(before)) ||
    // "Good morning, it's Thursday, and this is Farm Talk": the day named, as a programme opens.
    (PROPER_WEEKDAY_ALONE.test(text.replace(/,$/, '')) &&
      /^\W*(?:[\p{L}\s().]{0,40}:\s*)?(?:[\p{L}\s]{0,30},\s*)?(?:it['’]s|it\s+is|today\s+is)\s+$/iu.test(
        sentence.slice(0, result.index),
      ) &&
      /^\s*(?:,\s*)?(?:and\s+)?(?:this\s+is|you['’]re|welcome|here\b)/i.test(
        sentence.slice(result.index + text.length),
      )) ||
    // "Tuesday is Victory Day, a public holiday", "Monday, October 12, is Costa Rica's Day of Cultures": what the
    // calendar makes of a day.
    ((PROPER_WEEKDAY_ALONE.test(text) ||
      (/\d/.test(text) && result.start.isCertain('day') && result.start.isCertain('month'))) &&
      /^\s*,?\s+is\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Day|Eve)\b/u.test(after)) ||
    (/^(?:today|tonight)$/i.test(text) &&
      /^\s+is\s+the\s+(?:first|second|third|fourth|fifth|last|final)\s+(?:day|night)\s+of\b/i.test(after))
  )
    return undefined;
  // "after the driest October on record": a month's record, a level; "Halloween is always October 31": the calendar's
  // rule; "arrears for July and August", "weaker-than-expected December excise receipts": the period money is for;
  // "after Wednesday's lake reading came in at 80.3 feet": a reading's day; "Dealers were quoting prices on Friday of
  // A$60": a price then; "Gatún Lake stood at 81.2 feet on Monday": a gauge's level; "Kenya's shilling was little
  // changed against the dollar on Thursday": a rate's. No event of them.
  if (
    (MONTH_OF_A_YEAR.test(text) &&
      /\bthe\s+(?:\p{L}{3,}est|most\s+\p{L}+|least\s+\p{L}+)\s+$/iu.test(before) &&
      /^\s+(?:on\s+record|in\s+(?:[#\d]+|\p{L}+)\s+(?:years|decades)|since\b|ever\b)/iu.test(after)) ||
    /\balways\s+(?:on\s+|falls\s+on\s+)?$/i.test(withOwn(before, /^on\s/i)) ||
    (MONTH_OF_A_YEAR.test(text) &&
      (PAID_FOR_MONTHS_BEFORE.test(withOwn(before, /^for\s/i)) ||
        /^\s+(?:(?!(?:said|says|told|reported|noted|added|was|were|had|has|saw)\b)[\p{L}-]+\s+)?(?:receipts|revenues?|collections|takings|sales|exports|imports|figures|data|numbers|payrolls?)\b/iu.test(
          after,
        ))) ||
    (WEEKDAY_ALONE.test(text) &&
      (/^['’]s\s+close\b(?!\s+(?:of|call)\b)/i.test(sentence.slice(result.index + text.length)) ||
        [READING_OF_DAY.exec(sentence.slice(result.index + text.length))].some(
          (reading) => reading && !tellsDeed(sentence.slice(result.index + text.length + reading[0].length)),
        ))) ||
    (/\b(?:quoting|quoted|asking|offering)\s+(?:prices?|rates?|bids?)\s+(?:on\s+)?$/i.test(
      sentence.slice(0, result.index),
    ) &&
      /^\s+of\s+\S{0,4}[#\d]/.test(after)) ||
    (WEEKDAY_PHRASE.test(text) &&
      /\b(?:lake|river|reservoir|dam|gauge|level|water)\s+(?:stood|was|were)\s+(?:at\s+)?(?:about\s+|around\s+)?[#\d][#\d,.]*\s*(?:feet|ft|m|metres?|meters?|cm|inches)\s+(?:on\s+)?$/i.test(
        sentence.slice(0, result.index),
      ) &&
      !/^\s*,?\s*(?:after|when|as)\b/i.test(after) &&
      !tellsDeed(after)) ||
    (CURRENCY_NAME.test(sentence.slice(0, result.index)) &&
      HELD_STEADY_AGAINST_BEFORE.test(sentence.slice(0, result.index)))
  )
    return undefined;
  // "at 11:42 p.m. AEST on Tuesday, 12:42 a.m. Wednesday in Sydney": the same moment on another place's clock.
  if (WEEKDAY_ALONE.test(text) && MOMENT_THEN_CLOCK.test(sentence.slice(0, result.index)) && IN_PLACE_AFTER.test(after))
    return undefined;
  // "so Week 1 was the week of 5 October and this is Week 7, the week of 16 November": a school week's number glossed;
  // "the user fee in force on the 3rd November, 2026": what stood then; "Paddy fetched between Rs 2,320 and Rs 2,389 a
  // quintal this week": a price's range; "had fallen to about 13,900 by Thursday morning": a count as it stood.
  if (
    !/^\s*,?\s*(?:when|after|as|before)\b/i.test(after) &&
    (/\bWeek\s+\d+\s*(?:,|was|is)\s*(?:the\s+)?(?:week\s+of\s+)?$/i.test(withOwn(before, /^(?:the\s+)?week\s+of\s/i)) ||
      /\bin\s+force\s+(?:on|as\s+(?:of|on|at))\s+(?:the\s+)?$/i.test(withOwn(before, /^(?:on|the)\s/i)) ||
      /\bbetween\s+(?:\S{0,4}\s?)[#\d][#\d,.]*\s+and\s+(?:\S{0,4}\s?)[#\d][#\d,.]*\s+(?:a|an|per|each)\s+\p{L}+(?:\s+(?:in|at)\s+[\p{L}'’ -]{1,30}?)?\s+$/iu.test(
        sentence.slice(0, result.index),
      ) ||
      /\b(?:had|has|have)\s+(?:fallen|risen|climbed|dropped|grown|reached|eased|swelled|shrunk)\s+(?:to\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?[#\d][#\d,.]*\s+(?:by\s+)?$/i.test(
        withOwn(sentence.slice(0, result.index), /^by\s/i),
      ))
  )
    return undefined;
  // "payable semi-annually on 15 May and 15 November": a yearly schedule; "Special thanks to Friday, who
  // spent two nights": a person. No event of them.
  if (
    YEARLY_SCHEDULE_BEFORE.test(withOwn(sentence.slice(0, result.index), /^on\s/i)) ||
    (WEEKDAY_ALONE.test(text.replace(/,$/, '')) &&
      /^,\s+who\b/i.test(sentence.slice(result.index + text.replace(/,$/, '').length)))
  )
    return undefined;
  // "forecast until mid-January": how far a forecast reaches; "GMT, which is the UK's clock in November": a zone's
  // season; "an entry that was accurate an hour ago may no longer be current": any hour, not one; "elevators are
  // running extended hours this week": a timetable. No event of them.
  if (
    /\b(?:forecasts?|outlook|projections?)\s+(?:until|till|to|through|into)\s+$/i.test(
      withOwn(before, /^(?:until|till|to|through|into)\s/i),
    ) ||
    (monthAlone(text) && /\bclock\s+in\s+$/i.test(withOwn(before, /^in\s/i))) ||
    (/^(?:an?|one|two|three|\d+)\s+(?:hour|minute)s?\s+ago$/i.test(text) &&
      /^\s+(?:may|might|can|could)\b/i.test(after)) ||
    (/^(?:this\s+(?:week|weekend)|today|tonight)$/i.test(text) &&
      /\b(?:running|operating|working|opening|keeping)\s+(?:extended|longer|shorter|reduced|late|limited|holiday|special)\s+hours\s+$/i.test(
        before,
      ))
  )
    return undefined;
  // "As of 5:00 AM today, the gauge reads 6.3 metres", "As at 5 pm today, 4,112 postal votes had been returned", "As of
  // 20 August, 212 staff movements of 19 partners had been postponed", "As of 6 August, an estimated 1,420 people,
  // including 310 seasonal sorters, had lost their main source of income", "By the end of last week, 261 households had
  // registered", "As of 17 May, an estimated 62,000 tonnes … were awaiting discharge", "As at Thursday, clean-up crews
  // had recovered 6.1 tonnes": a level or a count as it stood, no event of the day. (Not "As of 1 July, the fare is 3
  // euros", the day a change takes effect, nor a share of the whole, "as at Monday, 96 per cent of the transfers had
  // been reversed", the work's progress.)
  if (
    (/\b(?:as\s+(?:of|at)|by(?:\s+the)?)\s+(?:[\d#]{1,2}(?:[:.][\d#]{2})?\s*(?:[ap]\.?m\.?)?\s+(?:(?:[A-Z][a-z]+\s+)?time\s+)?(?:on\s+)?)?$/i.test(
      sentence.slice(Math.max(0, result.index - 50), result.index),
    ) ||
      (/\b(?:as|by)\s+$/i.test(before) && /^(?:of|at|the)\s/i.test(text))) &&
    ((/^(?:today|yesterday|this\s+(?:morning|afternoon|evening)|tonight|last\s+night)$/i.test(
      text.replace(CLOCK_BEFORE, ''),
    ) &&
      (/^,?\s+[^.;]{0,60}?\b(?:reads?|stands?|stood|is|are|was|were|records?|recorded|shows?|showed)\s+(?:at\s+)?(?:about\s+|around\s+)?[#\d]/i.test(
        after,
      ) ||
        /^,?\s+(?:about\s+|some\s+|at\s+least\s+)?(?:[#\d][#\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+\p{L}+\s+(?:is|are|was|were|remains?|remained|have|has)\b/iu.test(
          after,
        ))) ||
      /^,?\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|an\s+estimated\s+)?[#\d][#\d,.]*\s+(?!per\s*cent|percent)[^.;]{0,80}?\b(?:(?:had|have|has)\s+(?:been\s+)?(?:[a-z]+(?:ed|en)|lost|left|fled|gone|made|sold|built|paid|kept|found|spent|sent)|(?:were|are|was|is|remained|remains?)\s+(?:still\s+)?(?:awaiting|waiting|stranded|stuck|pending|displaced|homeless|missing|sheltering))\b/iu.test(
        after,
      ) ||
      // "As of 24 December, 18:00, the provincial authorities reported 41 bodies recovered": a count as reported then.
      /^(?:,\s*[\d#]{1,2}[:.][\d#]{2}\s*(?:hrs|h)?)?,?\s+(?:[\p{L}-]+\s+){1,5}?(?:reported|recorded|registered|counted|confirmed|listed)\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|over\s+)?[#\d]/iu.test(
        after,
      ) ||
      // "As at 31 May 2026, the Group held cash of US$412 million", "As of 10:00 Anadyr time on 16.08.2026, the search
      // group numbers 51 people": what one held or numbered.
      /^,?\s+(?:[\p{L}-]+\s+){1,5}?(?:held|owed|employed|numbers|numbered|totals|totalled|totaled)\s+(?:[\p{L}-]+\s+){0,3}?(?:about\s+|some\s+|around\s+)?[^\s\d#]{0,4}[#\d]/iu.test(
        after,
      ) ||
      // "As of 21 July, the following is recorded: 1.1 km of national road affected": a tally's list.
      /^,?\s+the\s+following\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:recorded|reported|registered|noted|established)\b/i.test(
        after,
      ) ||
      /^,?\s+(?:[\p{L}-]+\s+){1,5}?(?:had|have|has)\s+(?:now\s+|so\s+far\s+)?[a-z]+ed\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+|over\s+)?[#\d][#\d,.]*(?![#\d,.]|\s*(?:%|per\s*cent|percent))/iu.test(
        after,
      ))
  )
    return undefined;
  // '"A week ago I had 14 groups for Turkistan in May; today I have six"': what one had then, set against what one has
  // now, is a level, and no date in it is an event's.
  if (
    /\b(?:I|we|they|he|she|it)\s+had\s+(?:about\s+|around\s+|only\s+)?[#\d]/i.test(
      clauseAround(sentence, result.index, text.length),
    ) &&
    /^[^.;]*;\s*(?:but\s+)?(?:today|now)\b[^.;]*\b(?:have|has)\b/i.test(after)
  )
    return undefined;
  // "A kilo of carapau at the pavement stalls cost MZN 250 this morning": a price of the day, a level.
  if (
    /^(?:today|this\s+(?:morning|afternoon|evening))$/i.test(text) &&
    UNIT_PRICE.test(clauseAround(sentence, result.index, text.length))
  )
    return undefined;
  // "About 60,000 people watched the Biloxi parades last year", "Kajaani made about 310,000 tonnes last year", "Last
  // year, 12 sounding rockets flew from Andøya": a figure of last year is a level or a tally, no event of the year (the
  // golds list some 1,900 such phrases with a figure beside them as traps and under 60 as mentions). A deed done once
  // that year keeps it: "was fined 18,000 euros last year", "signed a five-year lease … last year", "cut 300 contractor
  // jobs last year". So is a share: "received barely a third of the money it sought last year".
  if (/^last\s+year$/i.test(text)) {
    // (Told before its clause, "Last year, …", it is of the clause after it.)
    const [start, end] = clauseSpan(sentence, result.index, text.length);
    const alone = !/\p{L}/u.test(sentence.slice(start, end).replace(text, ''));
    const clause = alone ? sentence.slice(start, end) + sentence.slice(end).split(/[.;:]/)[0] : sentence.slice(0, end);
    if (
      /[#\d]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|hundreds|thousands|millions)\s+(?:(?:in|of)\s+)?(?:[\p{L}-]+\s+)?\p{L}+s\b|\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?(?:a\s+|one\s+)?(?:quarter|third|half|fifth|tenth)\b|\b(?:a|one|two|half)\s+(?:(?:quarters?|thirds?|fifths?|tenths?)\s+)?of\s+(?:the|its|their)\s+(?:money|funds|funding|budget|target|amount|total|appeal|requirements?|capacity|revenues?|income)\b|\b(?:doubled|tripled|halved)\b/iu.test(
        clause.replace(text, ''),
      ) &&
      !/\b(?:fined|signed|ordered|renewed|awarded|won|acquired|opened|closed|launched|destroyed|killed|injured|built|created|renovated|refitted|underwent|cut|set\s+aside|took\s+over|merged|elected|appointed|hired|sacked|laid\s+off|banned|suspended|collapsed|sank|burned|derailed|left\s+the\s+rails|struck|died|drowned|declared|went\s+on\s+strike|signatures|shot|collided|evacuated|stole|stolen|damaged|arrested|buried|escaped|resigned|exploded|erupted|crashed|capsized|attacked|robbed|raided|seized|rescued|kidnapped|abducted|jailed|sentenced|convicted|charged|wrecked|looted|torched|demolished|fines?|penalt(?:y|ies))\b/i.test(
        clause,
      ) &&
      // (Nor happenings counted, "there were two fires", or one occasion: "crossed the border in one night".)
      !/\bthere\s+(?:were|was)\b|\b(?:in|on|for)\s+(?:one|a\s+single)\s+(?:day|night|week|morning|evening)\b|\bfor\s+a\s+week\b/i.test(
        clause,
      )
    )
      return undefined;
  }
  // "a kapoaka of ordinary rice that sold for 850 ariary last week was going for 1,200", "last month it was 35": a
  // price or a level then; "prices are the same as last year", "handled 1,240 flights …, almost exactly the same as last
  // year": what it was then, matched now.
  // So is a past year's opening its sentence: "In 2025, Ardcanny bottlings sold … for an average hammer price of £410".
  if (
    /^in\s+\d{4}$/i.test(text) &&
    Number(text.slice(-4)) < published.getFullYear() &&
    !/\S/.test(sentence.slice(0, result.index)) &&
    LEVEL_AFTER.test(after)
  )
    return undefined;
  if (
    /^last\s+(?:week|month|year)$/i.test(text) &&
    (UNIT_PRICE.test(clauseAround(sentence, result.index, text.length)) ||
      LEVEL_AFTER.test(after) ||
      /(?:\b(?:is|are|was|were|stays?|remains?)|,)\s+(?:much\s+|about\s+|roughly\s+|almost\s+|nearly\s+)?(?:exactly\s+)?the\s+same\s+as\s+$/i.test(
        before,
      ) ||
      // "ahead of the same point last year": a level set beside its own a year before.
      /\b(?:ahead\s+of|behind|above|below|against)\s+the\s+same\s+(?:point|time|period|stage|date)\s+$/i.test(before))
  )
    return undefined;
  if (
    /^(?:(?:a|one)\s+(?:year|month|week)\s+ago|last\s+(?:year|month|week))$/i.test(text) &&
    /\b(?:vs\.?|versus|from|than|compared\s+(?:with|to)|in\s+line\s+with|on\s+a\s+par\s+with|level\s+with|on|(?:what|than|where)\s+(?:\p{L}+\s+){1,2}(?:was|were|had\s+been|did|cost|sold|fetched)(?:\s+\p{L}+ing)?|(?:level|levels|rate|pace|figure|figures)\s+of)\s+(?:(?:an?\s+)?[A-Z]{0,3}\p{Sc}?\s?[#\d][#\d.,]*\s*(?:million|billion|bn|m|k|%|per\s*cent|percent|lari|euros?|dollars?|pounds?|yen|kina|rand|shillings?|naira|pesos?|rupees?|lei|tenge|dinars?|dirhams?|riyals?|francs?|cents?|pence|fils|baisa|halalas?|kobo|paise|centavos?)?\s+(?:(?:gain|rise|increase|growth|jump|fall|drop|decline|decrease|loss|slump|surplus|deficit|profit)\s+)?)?(?:(?:at|in|over)\s+(?:this|the same)\s+(?:point|time|stage|period)\s+)?$/iu.test(
      before,
    ) &&
    /\d\s*(?:%|per\s*cent|percent)|\b(?:up|down|back|higher|lower|more|less|fewer|half|twice|double|triple|fraction)\b|\b\p{L}+er\s+than\b/iu.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "a vote in late October or early November": one of two months, the writer does not know which.
  if (monthAlone(text) && (MONTH_OR[0].test(before) || MONTH_OR[1].test(after))) return undefined;
  // "would be filed this week or next": one of two periods, the writer does not know which.
  if (
    /^(?:this|next|last)\s+(?:week|month|year)$/i.test(text) &&
    (/\b(?:this|next|last)\s+(?:week|month|year)\s+or\s+$/i.test(before) ||
      /^["”’]?\s+or\s+(?:the\s+)?(?:next|last|following|this)(?:\s+(?:week|month|year))?\b/i.test(after))
  )
    return undefined;
  // "in accordance with the order of 7 February 2012 setting the general rules": an instrument cited by its date.
  if (
    /\b(?:under|pursuant to|in accordance with|according to|as required by|in line with)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:order|decree|law|act|regulation|directive|ordinance|decision|resolution|circular)\s+of\s+$/iu.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "back below where it traded in July", "Manufacturing Licence No. 28/12/2011", "Alert N°7/2026": a level's baseline,
  // a number.
  if (/\b(?:below|above|under|over|near|to|from)\s+(?:where|what)\b[^,;.]{0,40}$/i.test(before)) return undefined;
  if (/(?:\bNos?\.?|\bNumber|N[°º])\s*$/i.test(before)) return undefined;
  // "Notification No. SO(E)/14-7/2026": figures joined to a reference's letters by a slash are part of it.
  if (/[\p{L}\d)]\/$/u.test(sentence.slice(0, result.index)) && /^\d/.test(text)) return undefined;
  // "Emancipation Day, which falls on 1 August each year": a day of every year.
  if (!result.start.isCertain('year') && /^[\s,]+(?:each|every)\s+year\b/i.test(sentence.slice(wordsEnd)))
    return undefined;
  // "should assume Busan for the rest of 2026": what is left of a year, a span from now.
  if (/^(?:of\s+)?\d{4}$/.test(text) && /\b(?:rest|remainder|balance)\s+(?:of\s+)?$/i.test(before)) return undefined;
  // "In Mexico City, 19 September is a day of mourning": what a day of the calendar is, every year.
  if (
    result.start.isCertain('day') &&
    !result.start.isCertain('year') &&
    /^\s+is\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:day|holiday|anniversary)\b/iu.test(after)
  )
    return undefined;
  // '"The early May bank holiday is when the season starts for us"': what a feast or a season means, every year (not a
  // day named: "Monday is when the vote takes place").
  if (
    !/\d|day\b/i.test(text) &&
    /^\s*["“‘']?(?:the\s+)?$/i.test(sentence.slice(0, result.index)) &&
    /^(?:\s+[\p{L}'’-]+){0,3}?\s+is\s+(?:\p{L}+ly\s+)?when\b/iu.test(sentence.slice(result.index + result.text.length))
  )
    return undefined;
  // "the parades happen every August, so there's always next year": a saying, no date.
  if (/\bthere['’]?s\s+always\s+$/i.test(before)) return undefined;
  // "This week, 2,400 tonnes of algae have been collected": a tally for the period, no event of it.
  if (
    /^this\s+(?:week|month)$/i.test(text) &&
    !/\S/.test(sentence.slice(0, result.index)) &&
    /^,?\s+(?:(?:about|some|nearly|almost|more\s+than|over)\s+)?[#\d][#\d,.]*\s+(?:[\p{L}-]+\s+){0,4}(?:have|has|had|were|was)\s+(?:been\s+)?\p{L}+ed\b/iu.test(
      after,
    )
  )
    return undefined;
  // "ADR during the Aug. 2–7 festival period averaged ¥31,400", "occupancy for Aug. 13–16 hit 93%", "Occupancy for
  // August came in at 88.2%": a level over a period, told after it.
  if (
    /\b(?:for|during|over)\s+(?:the\s+)?$/i.test(before) &&
    LEVEL_OF_PERIOD_AFTER.test(sentence.slice(result.index + result.text.length))
  )
    return undefined;
  // A span's days in brackets after its name: "during the reporting period (27 May - 9 June)", the span a report covers;
  // "The Assumption Day long weekend (15–16 Aug) ran at 88%", a span's level. No events.
  const closed = /^\s*\)/.exec(sentence.slice(result.index + result.text.length));
  if (
    closed &&
    (/\b(?:reporting|review|survey|billing|accounting|assessment)\s+period\s*\(\s*$/i.test(before) ||
      (/\b(?:weekend|week|fortnight|period|holidays?|break|festival|fiestas?|season)\s*\(\s*$/i.test(before) &&
        LEVEL_AFTER.test(sentence.slice(result.index + result.text.length + closed[0].length))))
  )
    return undefined;
  // "Ridership on Fjordlinjen in August was 0.7 million", "Visitor arrivals last year were about 260,000", "said
  // passenger numbers in October were running at about half their level", "Average visibility in March last year was
  // 9.2 kilometres": a level of a period, its subject told before it and its figure after. (A day's is news: "The
  // sailings on 15 August were only 60 percent full".)
  const figureAfter = (monthAlone(text) ? after.replace(/^\s+last\s+year\b/i, '') : after).replace(/^\s+/, ' ');
  if (
    (MONTH_OF_A_YEAR.test(text) || /^(?:in\s+)?\d{4}$|^(?:last|this)\s+(?:year|month|week)$/i.test(text)) &&
    /(?:^\s*|\b(?:said|says|reported|reports)\s+(?:that\s+)?)(?:[\p{L}'’-]+\s+){1,5}$/u.test(
      sentence.slice(0, result.index),
    ) &&
    (LARGE_FIGURE_TOLD_AFTER.test(figureAfter) ||
      (/^\s+(?:was|were|stood|ran|averaged|hovered)\b/.test(figureAfter) && LEVEL_AFTER.test(figureAfter)))
  )
    return undefined;
  // "We lost the whole of September", "for the whole of last month", "claims in the whole of 2025": a span, no event.
  if (/\b(?:whole|entire)\s+of\s+$|\bin\s+all\s+(?:of\s+)?$/i.test(withOwn(before, /^of\s/i))) return undefined;
  // "Don't leave it for the last week", "squeezing in a last week before the schools open": a period's final week, not
  // the one before the report. ("A second ferry has sunk in the last week" is the week gone by; "I sold one last week".)
  if (/^last\s+(?:week|weekend|month|day)$/i.test(text) && /\b(?:(?:for|until|till)\s+the|a)\s+$/i.test(before))
    return undefined;
  // "runs every Thursday in October", "stays open every night this week": days of a series, no one event.
  if (
    (monthAlone(text.split(/[\s,]/)[0]) &&
      new RegExp(String.raw`\bevery\s+(?:${WEEKDAY}|day|night|morning|evening|weekend)\s+(?:in|of)\s+$`, 'i').test(
        before,
      )) ||
    (/^(?:day|night|morning|afternoon|evening)\s/i.test(text) && /\bevery\s+$/i.test(before))
  )
    return undefined;
  // "UAH 15 per trip, as in 2025", "25 lei per car, today as in 2019", "The price of a leek at the stalls is, as in 2025,
  // one euro": the same level then.
  if (
    /^in\s+\d{4}$/i.test(text) &&
    (/[#\d%][^.;]{0,40},\s*(?:(?:today|now|still)\s+)?as\s+$/.test(sentence.slice(0, result.index)) ||
      (/\b(?:is|are|costs?|stands?\s+at|remains?),\s*as\s+$/i.test(before) &&
        /^,\s*(?:still\s+)?(?:about\s+|around\s+)?(?:[#\d]|(?:a|one|two|three|four|five|ten)\s+\p{L}+)/iu.test(after)))
  )
    return undefined;
  // "about 2 metres below its level of a year ago": a level's baseline.
  if (AGO.test(text) && /\blevels?\s+of\s+$/i.test(before)) return undefined;
  // "she had spent NT$600 on taxis this week": money spent over the period, a level.
  if (/^this\s+(?:week|month)$/i.test(text) && SPENT_BEFORE.test(sentence.slice(0, result.index))) return undefined;
  // "St Nicholas Day is marked on 6 December": a holiday's custom, every year's (not "which this year is observed on
  // Monday 13 July").
  if (
    /\b(?:is|are)\s+(?:marked|celebrated|observed|commemorated)\s+(?:on\s+)?$/i.test(before) &&
    !/\bthis\s+year\b/i.test(clauseBefore(sentence, result.index))
  )
    return undefined;
  // "Truckies we've spoken to this morning are blunt", "spoke to this newspaper at the picket this morning", "spoke to
  // us at the quay at 10:00 this morning": the newsroom's own rounds, no event of the story. "the queue … is down to
  // six this morning": a level now.
  if (
    /^(?:today|tonight|this\s+(?:morning|afternoon|evening))$/i.test(text) &&
    (/\b(?:we|I)(?:['’]ve|\s+have)?\s+(?:spoken|spoke|talked)\s+(?:to|with)\s+$/i.test(before) ||
      /\b(?:spoke|talked)\s+(?:to|with)\s+(?:us|me|(?:this|our)\s+(?:newspaper|paper|reporter|station|radio|programme|program))\b(?:(?!\b(?:about|after|before|since|that|which|when|who)\b)[^,;.]){0,40}$/i.test(
        sentence.slice(0, result.index),
      ) ||
      /\b(?:is|are)\s+(?:now\s+)?(?:down|up)\s+to\s+(?:[#\d][#\d,.]*\s*(?:%|per\s*cent|percent)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$/i.test(
        before,
      ))
  )
    return undefined;
  // "We are pausing this live page for now. Coverage resumes tomorrow morning.", "we'll be back with more tomorrow
  // morning", "We're back next week with the platinum producers.": a live page's or a show's own hours.
  if (
    /\b(?:coverage|this\s+(?:live\s+)?(?:page|blog))\s+(?:resumes|will\s+resume|returns|will\s+return)\s+$|\bwe(?:['’]ll|\s+will)\s+be\s+back(?:\s+with\s+(?:more|updates|the\s+latest))?\s+$/i.test(
      before,
    ) ||
    (/^\s*we(?:['’]re|\s+are)\s+back\s+$/i.test(sentence.slice(0, result.index)) &&
      /^\s*(?:with\b|[.!]|$)/i.test(after))
  )
    return undefined;
  // "Next issue in a week.": a newsletter's own schedule.
  if (
    /^\s*(?:the\s+)?next\s+(?:issue|edition|newsletter|briefing|episode|bulletin)\s+(?:is\s+)?(?:out\s+)?$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "the hottest day since records began in 1950": when a record's keeping began, no event. "The electorate figure refers
  // to the roll as closed on 27.11.2026": the day a figure stands at.
  if (
    /\brecords?\s+(?:began|begin|started|start)\s+(?:in\s+)?$/i.test(withOwn(before, /^in\s/i)) ||
    /\b(?:refers?|relates?)\s+to\s+[^,;.]{1,40}\bas\s+(?:(?:closed|published|drawn\s+up|certified|recorded)\s+)?(?:on|at|of)\s+$/i.test(
      withOwn(sentence.slice(0, result.index), /^(?:on|at|of)\s/i),
    )
  )
    return undefined;
  // "Rolling figures show 99.2% availability in November": a rate over a month, no event.
  if (
    /[#\d](?:[.,][#\d]+)?\s*(?:%|per\s*cent|percent)\s+(?:[\p{L}-]+\s+)?(?:availability|uptime|occupancy|turnout|growth|inflation|unemployment|punctuality|utili[sz]ation|compliance|coverage)\s+(?:in|for|during)\s+$/iu.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "The sun does not rise in Tromsø from Friday 27 November 2026 until 15 January 2027", "The sun comes back to
  // Tromsø in the middle of January": the sky's calendar, no event. (The midnight sun's start is told as news: "from
  // April 20 the midnight sun will not set at all".)
  if (
    /\bsun\s+(?:does\s+not|doesn['’]t|will\s+not|won['’]t|(?:will\s+)?never)\s+rise\b|\bsun\s+(?:comes\s+back|returns)\b/i.test(
      sentence,
    )
  )
    return undefined;
  // "which fell to 71 per cent in the four weeks to 28 March", "averaged 3.1% in the year ending June": a level's
  // period, no event (not a deed's day: "the annual closure for the previous year ended on 10 January"; nor what befell
  // in it: "Cholera killed 41 people in the four weeks to 28 March").
  if (
    !/^on\s/i.test(text) &&
    /(?:\b(?:fell|rose|dropped|climbed|averaged|stood|ran|was|were)\b[^.;]{0,40}[#\d]|[#\d]\s*(?:%|per\s*cent|percent))[^.;]{0,40}\b(?:in|over|during|for)\s+the\s+(?:[\p{L}\d-]+\s+){0,2}(?:weeks?|months?|days?|quarters?|years?|period)\s+(?:to|ending|ended)\s+$/iu.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "Illness onset dates range from Aug. 14 to Aug. 20": the span a measure's dates cover, no event.
  if (/\bdates\s+(?:range|ranged|ranging|run|ran)\s+(?:from\s+)?$/i.test(sentence.slice(0, result.index)))
    return undefined;
  // "the level would stand near 78.5 feet by early May": a level foreseen, no event. "still above the 2023 low": a
  // level's mark, no event of its year.
  if (
    /\b(?:would|will|could|may|might|should)\s+(?:stand|be|sit|reach|fall\s+to|drop\s+to|rise\s+to)\s+(?:(?:near|at|around|about|below|above)\s+)?[#\d][#\d,.]*\s*(?:feet|ft|m|metres?|meters?|cm|mm|%|per\s*cent)\s+(?:by|in|at)\s+$/i.test(
      sentence.slice(0, result.index),
    ) ||
    (/^the\s+\d{4}$/i.test(text) && /^\s+(?:low|high|record|peak)s?\b/i.test(after))
  )
    return undefined;
  // "For passengers reading local clocks: that is 23:10 on 18 March, Xinjiang time": a moment told again in another
  // clock, no event of its own.
  if (
    /\b(?:that\s+is|that['’]s|i\.e\.|which\s+is)\s+(?:(?:[#\d]{1,2}[:.][#\d]{2}|[#\d]{1,2}\s*[ap]\.?m\.?)\s+(?:on\s+)?)?$/i.test(
      sentence.slice(0, result.index),
    ) &&
    /^\s*,?\s*(?:\p{Lu}[\p{L}-]*\s+)+time\b/u.test(after)
  )
    return undefined;
  // "That's all from us tonight", "That's it for this week": a live page or a podcast signing off. "today our regular
  // programmes are suspended for this special coverage", "Our main subject this morning: Beyla", "The only subject this
  // morning is Severnaya-Glubokaya", "Our topic today is simple": its schedule.
  if (
    // ("That's The Deep Level for this week": the show's name for its own.)
    /\b[Tt]hat(?:['’]s|\s+is)\s+(?:all|it|(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4})\s*(?:from\s+(?:us|me)\s+)?(?:for\s+)?$/u.test(
      before,
    ) ||
    // "Today we have Dr Vasant Jadhav … with us in the studio": the programme's guest.
    (/^(?:this\s+(?:week|morning|afternoon|evening)|today|tonight)$/i.test(text) &&
      /^\s*,?\s*(?:we|I)(?:['’]ve|\s+have)\s+(?:got\s+)?(?![a-z]+ed\b)[^.;]{1,80}\b(?:with\s+us|in\s+the\s+studio|on\s+the\s+(?:line|programme|program|show))\b/i.test(
        after,
      )) ||
    // "and this week it's all about one miner": what the programme is about.
    (/^(?:this\s+(?:week|morning|afternoon|evening)|today|tonight)$/i.test(text) &&
      /^\s*,?\s*(?:it['’]s|it\s+is|we['’]re|we\s+are)\s+(?:all\s+)?(?:about|talking\s+about)\b/i.test(after)) ||
    (/^(?:this\s+(?:morning|afternoon|evening)|today|tonight)$/i.test(text) &&
      /\b(?:our|the)\s+(?:(?:main|only|first|big|top|lead)\s+)?(?:subject|topic|guest)s?\s+$/i.test(before) &&
      /^\s*(?::|is\b|are\b)/.test(after)) ||
    // "Elders on the programme tonight remind us", "tonight we hear from the herders": the programme's own.
    (/^(?:tonight|today|this\s+(?:morning|evening))$/i.test(text) &&
      ((/\bon\s+(?:the|our|this)\s+(?:programme|program|show)\s+$/i.test(before) &&
        /^\s+(?:\p{Ll}+\s+)?(?:remind|tell|talk|say|explain|discuss|share|ask|look\s+back|hear|describe|recall)\b/u.test(
          after,
        )) ||
        (/(?:^\s*|[,;]\s*(?:and|but|so)\s+)$/i.test(sentence.slice(0, result.index)) &&
          /^\s*,?\s+we\s+(?:hear|talk|speak|meet|look|turn|bring|ask|visit)\b/i.test(after)))) ||
    // "Next week in Rails & Rates: freight volumes at Ashdod": the publication's next issue.
    (/^next\s+week$/i.test(text) &&
      /^\s*$/.test(sentence.slice(0, result.index)) &&
      /^\s+in\s+\p{Lu}[^:.;]{0,40}:/u.test(after)) ||
    // "Sponsored this week by Tallyvault.": the publication's sponsor.
    (/^(?:this\s+(?:week|month)|today)$/i.test(text) &&
      /^\W*(?:sponsored|supported|presented|brought\s+to\s+you)\s+$/i.test(sentence.slice(0, result.index)) &&
      /^\s+by\b/i.test(after)) ||
    // "Welcome to this week's Island Travel Trade Brief": the publication's own issue.
    (/^this\s+(?:week|month)$/i.test(text) && /\bwelcome\s+to\s+$/i.test(before) && /^['’]s\s/.test(after)) ||
    // "our full analysis appears in tomorrow's print edition", "The next issue appears on 22 May": the publication's own
    // next issue.
    (/^tomorrow$/i.test(text) &&
      /^['’]s\s+(?:print\s+|printed\s+|weekend\s+)?(?:edition|issue|paper)\b/i.test(after)) ||
    /\b(?:the|our)\s+next\s+(?:issue|edition|newsletter|bulletin)\s+(?:appears|is\s+out|will\s+appear|will\s+be\s+out|lands|arrives|is\s+due|comes\s+out)\s+(?:on\s+)?$/i.test(
      withOwn(before, /^on\s/i),
    ) ||
    (/^today$/i.test(text) &&
      /^,?\s+our\s+(?:regular\s+|usual\s+)?(?:programmes|programs|schedule|broadcasts)\s+(?:are|is)\s+(?:suspended|changed|interrupted)\b/i.test(
        after,
      ))
  )
    return undefined;
  // "Landings of coastal cod … were steady in February", "Kostanay wheat held firm this week", "Prices at the
  // Tongyeong fish market on Friday were firm", "The gold price on Friday stood at 9,850 roubles per gram", "relief from
  // the peso on Friday, which stood at 58.42 to the US dollar", "Resale prices on Thursday averaged $1,850", "Brent on
  // Friday settled at $81.40 a barrel": a level over the period or the day, told after it or before.
  if (
    ((MONTH_OF_A_YEAR.test(text) || /^(?:this|last)\s+(?:week|month)$/i.test(text)) &&
      HELD_STEADY_BEFORE.test(before) &&
      // (Not with what happened then: "held firm this week after a fire gutted the main market".)
      !/^\s*,?\s*(?:after|when|before|because|until)\b/i.test(after)) ||
    (((/\b(?:prices?|yields?|rates?)\b[^.;,]{0,50}$/i.test(sentence.slice(0, result.index)) &&
      // (Not prices a body set: "The price committee set prices on Friday at NOK 98 a kilo".)
      !/\b(?:set|fixed|raised|cut|lowered|hiked|increased|reduced|slashed)\s+(?:(?:its|their|the)\s+)?(?:[\p{L}-]+\s+)?(?:prices?|rates?|yields?)\s+$/iu.test(
        sentence.slice(0, result.index),
      )) ||
      (CURRENCY_NAME.test(before) && /\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}[\p{L}'’]+\s+$/u.test(before)) ||
      // "Brent on Friday settled at $81.40 a barrel", "Basrah crude on Friday traded at $68.40" (not with a deed of the
      // day after it: "The rupee on Friday was trading at 88.5 when the RBI stepped in").
      /^\s*(?:\p{Lu}\p{L}+\s+)?(?:crude|Brent|WTI|oil|gold|silver|copper|nickel|zinc|alumini?um|tin|lithium|platinum|palladium|ore|coal|steel|rubber|wheat|maize|corn|soybeans?|rice|coffee|cocoa|sugar|cotton|the\s+\p{L}+\s+index)\s+$/iu.test(
        sentence.slice(0, result.index),
      )) &&
      HELD_STEADY_AFTER.test(after) &&
      // (The deed within the level's own clause: after a comma, "…, as traders judged the outage manageable" and
      // "…, and with most cover priced in dollars" are the level's reasons.)
      !/^(?:[^,;]|,(?=\d|\s*when\b))*?\b(?:when|as|and|(?:the|a)\s+day\s+after)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+\p{Ll}+ed\b/iu.test(
        after,
      ))
  )
    return undefined;
  // "Flour prices in Sukkur are at their highest since March last year", "rose 4.1% on Friday to $16.40/lb, their
  // highest since February": a level, measured from a time.
  if (
    (MONTH_OF_A_YEAR.test(text) || /^(?:last\s+year|\d{4})$/i.test(text)) &&
    /(?:\b(?:prices?|rates?|fares?|costs?|tariffs?|rents?)\b[^,;.]{0,40}|,\s+(?:its|their)\s+)\b(?:highest|lowest|strongest|weakest|cheapest|dearest)\s+(?:level\s+)?since\s+$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "It was the third outage in the temple precincts this month", "our fourth service launch of 2026": a count over the
  // period, no event of its own.
  if (
    /^(?:this\s+(?:year|month|week)|of\s+\d{4})$/i.test(text) &&
    /\b(?:the|our|its|their|his|her|my)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+[^.;,]{0,40}$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "rose to 6.4 days, up from 1.8 days a year ago": a baseline counted in the units of its time.
  if (AGO.test(text) && /^[\d.,]+\s/.test(text) && /\b(?:up|down)\s+from\s+$/i.test(before)) return undefined;
  // "held at RUB 148 per kg, unchanged from a week ago", "up from $12 to $14 a month ago": the time a level is measured
  // against.
  if (
    (AGO.test(text) || /^an?\s+(?:day|week|fortnight|month|year)\s+(?:earlier|before)$/i.test(text)) &&
    (/\b(?:unchanged|little\s+changed|steady|flat)\s+(?:from|on|since)\s+$/i.test(before) ||
      new RegExp(String.raw`\b(?:up|down)\s+from\s+(?:${FIGURE})\s*(?:to|-|–)\s*(?:${FIGURE})\s+$`, 'iu').test(
        sentence.slice(0, result.index),
      ))
  )
    return undefined;
  // "87 per cent of departures have been on time so far today": a tally up to now, no event.
  if (/^today$/i.test(text) && /\bso\s+far\s+$/i.test(before)) return undefined;
  // "'Honestly, a week ago I'd have said we'd lose the whole month'": what one would have said then, no event.
  if (AGO.test(text) && /^\s*,?\s*(?:I|we|you|he|she|they|it)\s*(?:['’]d|would)\s+have\b/i.test(after))
    return undefined;
  // "shall submit hourly discharge data for the period 20.4.–3.5.2026": the days a record covers, no event.
  if (
    /\b(?:data|figures|records|statistics|readings|accounts|returns)\b[^.;]{0,30}\b(?:for|over|covering)\s+the\s+period\s+(?:from\s+)?(?:[\d.]+\s*[–-]\s*)?$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "Late fees on bills dated 10/01/2026 to 10/31/2026": the days a kind of paper bears, no event.
  if (/\b(?:bills|invoices|statements|cheques|checks|receipts|letters)\s+dated\s+(?:from\s+)?$/i.test(before))
    return undefined;
  // "fell to 41% for October departures", "booked four extra cargoes of diesel for September arrival": the month a kind
  // of trip is counted or booked for.
  if (
    MONTH_ALONE.test(text) &&
    /\bfor\s+$/i.test(before) &&
    /^\s+(?:departures?|arrivals?|bookings|sailings|flights|shipments?|deliveries|delivery|loading)\b/i.test(after)
  )
    return undefined;
  // "down 8% from January": a change's baseline.
  if (
    (monthAlone(text) || /^(?:(?:in|of)\s+)?\d{4}$/i.test(text)) &&
    /\b(?:up|down|higher|lower|more|less)\s+(?:about\s+)?[#\d][#\d,.]*\s*(?:%|per\s*cent|percent)\s+(?:from|on|against|compared\s+with|than\s+in)\s+$/i.test(
      before,
    )
  )
    return undefined;
  // "under Article 40a(1) of the Act of 21 December 2000": a law named by the day it was passed in a year gone by.
  if (
    /\b(?:Act|Law|Code|Statute|Decree|Ordinance|Regulation|Directive|Resolution)\s+of\s+$/.test(before) &&
    result.start.isCertain('year') &&
    (result.start.get('year') ?? 0) < published.getFullYear()
  )
    return undefined;
  // "carried 1,104,000 boardings in FY 2025 (July 1, 2024 – June 30, 2025)", "(FY2026, April 2026 to March 2027)": the
  // span of a fiscal year named.
  if (/\b(?:FY|fiscal(?:\s+year)?)\s*['’]?\d{2,4}\s*[(,]\s*$/i.test(before)) return undefined;
  // "a figure unchanged since 2019", "on track for its best year since 2022": a level's baseline or a record's bound.
  if (
    /^since\s/i.test(text) &&
    /\b(?:unchanged|unaltered|the\s+same|(?:best|worst|highest|lowest|biggest|largest|strongest|weakest|busiest|quietest|hottest|coldest|wettest|driest)\s+(?:[\p{L}-]+\s+){0,2})\s*$/iu.test(
      before,
    )
  )
    return undefined;
  // "The municipality could not say on Thursday evening what had been done", "declined to comment on Friday": what was
  // not said is no event.
  if (
    /\b(?:(?:could|would|did)\s+not|couldn['’]t|wouldn['’]t|didn['’]t|declined\s+to|refused\s+to)\s+(?:say|comment|confirm|explain)\s+$/i.test(
      before,
    )
  )
    return undefined;
  // "A BRITISH student told last night of the terrifying moment": a telling of what happened before, no event of its own.
  if (/\btold\s+$/i.test(before) && /^\s+of\s+(?:the|his|her|their|how|a|an)\b/i.test(after)) return undefined;
  // "Between Diwali and the first days of November the airport logged 94 diversions": the end of a span.
  if (
    /\bbetween\s+[^,;]{1,40}?\s+and\s+the\s+(?:first|last|early|final|opening|closing)\s+(?:few\s+)?(?:days?|weeks?)\s+of\s+$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "The tram at 6pm in December is never the fastest way": what a month is like every year.
  if (
    monthAlone(text) &&
    /^[^,;.]{0,40}?\b(?:is|are)\s+(?:never|always|usually|rarely|seldom|often|generally|typically)\b/i.test(after)
  )
    return undefined;
  // "Alsace and Moselle observe Dec. 26, St Stephen's Day, as a public holiday": a day the calendar keeps every year.
  if (
    /\b(?:observes?|keeps?|marks?|celebrates?)\s+$/i.test(before) &&
    /^(?:,[^,;]*,)?\s+as\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:holiday|day\s+off)\b/iu.test(sentence.slice(wordsEnd))
  )
    return undefined;
  // "a register of buildings put up since 2017", "all 1,140 residential buildings in the city commissioned before
  // 1990", "Park permits booked through the online system before 2020": which ones a list holds, no event.
  if (
    (/^(?:since|before)\b/i.test(text) || /\bbefore\s+$/i.test(before)) &&
    /\b(?!(?:was|is|has|this|his|its|as|us)\b)\p{L}+s(?:\s+(?:in|on|of|across|around)\s+(?:the\s+)?\p{L}+){0,2}\s+(?:\w+ly\s+)?(?:built|put up|constructed|erected|commissioned|registered|issued|made|sold|bought|booked|installed|licensed|approved|hired|recruited)(?:\s+(?:through|via|by|from|under|on|in)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)?\s+$/iu.test(
      sentence.slice(0, result.index).replace(/\bbefore\s+$/i, ''),
    )
  )
    return undefined;
  // "Copper was trading at about US$10,900 a tonne this week", "Ice charts this week still show eight-tenths cover", "As
  // of 12:00 today, 211 persons remain in shelters", "At the station this afternoon, commuters were sceptical": a level,
  // a tally or a scene at the time of writing, no event.
  if (
    /^(?:(?:(?:at\s+)?\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m\.?)\s+)?today|this\s+(?:week|month|year|morning|afternoon|evening))$/i.test(
      text,
    ) &&
    (/\bstill\s+(?:show|shows|is|are|stands?|remains?|sits?|holds?)\b/i.test(after) ||
      // "Today the families say they are still waiting for answers": a state now, in the clause of its own subject.
      /^[^,;.]{0,60}?\b(?:is|are)\s+still\s+\p{L}+ing\b/iu.test(after) ||
      // "This afternoon traffic is heavy but moving.": how things are now.
      /^\s*,?\s+(?:[\p{L}-]+\s+){0,3}?(?:is|are)\s+(?:heavy|light|quiet|calm|busy|slow|normal|moving|flowing|jammed|empty|full|crowded|packed|deserted)\b/iu.test(
        after,
      ) ||
      // '"today it costs 420,000"', "already costs 700 kyat on the chartered boats today", "today it is P14": what a
      // thing costs now.
      /^\s+(?:it|they|this|that)?\s*(?:costs?|sells?\s+for|fetch(?:es)?)\s+(?:about\s+|around\s+)?\S*\d/i.test(after) ||
      LEVEL_TOLD_NOW.test(after) ||
      COSTS_NOW.test(sentence.slice(0, result.index)) ||
      UNIT_PRICE_BEFORE.test(before) ||
      // "employs about 7,800 people today", "A single adult fare is 240 yen today", "against roughly double that today",
      // "readings … were 35 micrograms per cubic metre at 9am today", "expects 5.4 million vehicles on the roads
      // today": a level now, told before its time.
      (/today$/i.test(text) &&
        !/\b(?:from|as\s+of|starting|effective|until|till|by)\s+$/i.test(before) &&
        (LEVEL_NOW.test(sentence.slice(0, result.index)) ||
          (/\bexpects?\s+(?:[^.;,]|\d[.,]\d)*\b(?:vehicles|cars|passengers|travell?ers|trips|journeys)\s+(?:on\s+the\s+roads?\s+|in\s+traffic\s+)?$/i.test(
            sentence.slice(0, result.index),
          ) &&
            PERIOD_FIGURE.test(sentence.slice(0, result.index))) ||
          PRICE_IS_NOW.test(sentence.slice(0, result.index)) ||
          MULTIPLE_NOW.test(before))) ||
      // "The cedi is at 15.27 this morning", "The reading taken at 0600 local time today stood at 80.0 feet", "the reading
      // this morning was 78.9 feet": a rate or a gauge's level now.
      (/^(?:today|this\s+(?:morning|afternoon|evening))$/i.test(text) &&
        ((CURRENCY_NAME.test(before) && /\b(?:is|are|stands?)\s+at\s+[#\d][#\d,.]*\s+$/.test(before)) ||
          (/\b(?:reading|level|gauge|depth|temperature|rainfall|lake|river)\b[^,;.]{0,40}$/i.test(
            sentence.slice(0, result.index),
          ) &&
            /^\s+(?:was|were|stood|is|stands)\s+(?:at\s+)?(?:about\s+|around\s+|near\s+)?[#\d][#\d,.]*\s*(?:feet|ft|m|metres?|meters?|cm|mm|°|degrees)(?!\p{L})/u.test(
              after,
            )))) ||
      // "A price that would have bought a tonne three seasons ago no longer buys half a tonne today": now against then.
      (/^today$/i.test(text) &&
        /\bno\s+longer\s+\p{L}+s\b[^,;.]*$/iu.test(sentence.slice(0, result.index)) &&
        /\b(?:ago|used\s+to|once|would\s+have)\b/i.test(sentence)) ||
      QUOTED_AT.test(sentence.slice(0, result.index)) ||
      (/\bas\s+(?:of|at)\s+$/i.test(before) && /\d/.test(after)) ||
      (SCENE.test(`${sentence.slice(0, result.index)} ${after}`) &&
        !/\b(?:as|when|after|before|while|because|and|but|since|until)\b/i.test(sentence)) ||
      // "Lawrence Hargrave Drive remains closed … this morning", "shipments are in limbo this week", "Smoke is still
      // rising over the iron market this morning": a state that holds as the report is written, no event of the day,
      // whatever brought it about. ("Line 1 is closed this morning after a fire", "Schools are closed today as the
      // storm hits" tell a closure, and "will stay shut today" a decision.)
      (/^(?:today|this\s+(?:morning|week))$/i.test(text) &&
        /^[^.;:"“”]*\b(?:(?:remains?|(?:is|are)\s+still)\s+(?:closed|shut|suspended|cut\s+off)|(?:is|are|remains?)\s+(?:still\s+)?(?:in\s+limbo|on\s+hold)|(?:is|are)\s+still\s+(?:rising|burning|smouldering|smoldering|falling|flowing))\b(?:(?!\b(?:that|which|who|when|after|since)\b)[^.;:"“”,])*$/i.test(
          sentence.slice(0, result.index),
        )))
  )
    return undefined;
  // "St. Louis barge freight was quoted at 585% of tariff on Tuesday", "BTC traded around $118,400 on Aug. 1", "Wheat
  // flour prices were steady this week at Rs 2,950", "Traders quoted 3rd-class milling wheat prices on Thursday at
  // 92,000 tenge a tonne": a price of the day or the week, a level and no event.
  if (
    ((QUOTED_AT.test(sentence.slice(0, result.index)) &&
      // (Not a deed after the price: "were trading at $4 when the exchange halted them on Monday", "priced at $12 on
      // Friday" in an offering.)
      !/\b(?:priced|when|after|as|before|while|until|because|and|but|who|which|that|where|was|were|is|are|ha[sd]|have)\b/i.test(
        sentence
          .slice(0, result.index)
          .replace(/^.*\b(?=(?:trading|traded|trades|offered|quoted|quoting|assessed|selling|sold)\b)/is, '')
          .replace(/\bas\s+(?:much|little|high|low)\s+as\b/gi, ''),
      )) ||
      ((HELD_STEADY_BEFORE_PRICE.test(before) ||
        /\b(?:quoted|quote|quotes|offered|assessed)\s+(?:[\p{L}\d#-]+\s+){0,4}?(?:prices?|rates?|bids?|offers?)\s+$/iu.test(
          sentence.slice(0, result.index),
        )) &&
        AT_PRICE.test(after))) &&
    !/\b(?:from|as\s+of|starting|effective|until|till|by|since)\s+$/i.test(before) &&
    // (Nor one a deed after dates: "was selling at $1.80 a litre on Friday when the government lifted the cap".)
    !/^\s*,?\s*(?:when|after|before|as|until)\b/i.test(after)
  )
    return undefined;
  // "Today the tunnel carries around 120,000 vehicles", "whose fleet … five years ago today runs to 112", "Today the
  // firm is one of the largest employers", "Today Callao moves containers at its usual pace", "today reaches tables in
  // Hong Kong …, and the fruit has long been", "Today, León is a greyer city than it was": what is so nowadays, a
  // level, a standing or a norm, not the day's news. (Not a present in a relative clause after the day's own deed: "The
  // city today cancelled the Vappu eve gathering, which draws thousands".)
  const nowadays =
    /^today$/i.test(text) &&
    [NOWADAYS.exec(after)].find((found) => found && !/\b(?:which|who|that|where)\b[^,]*$/i.test(found[1]));
  if (
    nowadays &&
    (QUANTITY.test(nowadays[1]) ||
      QUANTITY.test(nowadays[2]) ||
      // "Today the block stands empty with its windows boarded up", "Today the ghat is a row of chained boats", "the
      // Aqueduct today is a monument": a state now.
      /^\s+(?:empty|idle|derelict|abandoned|vacant|deserted|unused|silent|disused)\b/i.test(nowadays[2]) ||
      /^\s*,?\s+(?:[\p{L}\d'’-]+\s+){0,8}?(?:is|are)\s+(?:an?|no\s+longer)\s/iu.test(after) ||
      /\b(?:ago|used\s+to|once|usual|long\s+been|formerly|every\s+(?:\p{L}+\s+)?(?:day|evening|morning|night|week|summer|winter)|than\s+(?:it|they|he|she|we)\s+(?:was|were|used\s+to\s+be))\b/iu.test(
        sentence,
      ))
  )
    return undefined;
  // "Today, around nine in ten of the goods consumed in Réunion arrive by container": a share now.
  if (
    /^today$/i.test(text) &&
    /^\s*,?\s+(?:(?:around|about|some|roughly|nearly|almost|more\s+than|fewer\s+than|less\s+than|over|under)\s+)?(?:[\p{L}\d]+\s+(?:in|out\s+of)\s+(?:\d+|ten|a\s+hundred)|\d+\s*(?:%|per\s*cent|percent)\s+of|half\s+of|a\s+(?:third|quarter|fifth)\s+of|two-thirds\s+of|three-quarters\s+of|most\s+of)\b/iu.test(
      after,
    )
  )
    return undefined;
  // "ØCT is today Denmark's largest container terminal", "The jumpers are today the city's best-known brand", "today you
  // cannot find one under S/ 480": a standing or a price now.
  if (
    /^today$/i.test(text) &&
    ((/\b(?:is|are)\s+$/i.test(before) &&
      /^\s+(?:\p{Lu}[\p{L}'’-]*['’]s\s+|the\s+(?:[\p{L}-]+['’]s\s+)?|one\s+of\s+)?(?:largest|biggest|busiest|oldest|main|only|sole|leading|second|third|best-known|best|most|\p{L}{3,}est)\b/iu.test(
        after,
      )) ||
      PRICE_TOLD_NOW.test(after))
  )
    return undefined;
  // "today, the firm reckons, it would have fetched twice that": what would be so now, no event.
  // "Today most public hospitals in the province still test with no load at all": how most things stand now.
  if (/^today$/i.test(text) && /^\s*,?\s+(?:most|many|few|all|some|no)\s+\p{L}+[^.;]*\bstill\b/iu.test(after))
    return undefined;
  // "hinge brackets on ramps of this type are today expected to last 15 years": a norm now.
  if (
    /^today$/i.test(text) &&
    /\b(?:is|are)\s+$/i.test(before) &&
    /^\s+(?:expected|designed|built|required|meant|supposed|rated|certified)\s+to\b/i.test(after)
  )
    return undefined;
  // "Contractors bidding today should build that into their margins": whoever does so now, no event of the day.
  if (
    /^today$/i.test(text) &&
    /\b\p{L}+s\s+\p{Ll}+ing\s+$/u.test(before) &&
    /^\s+(?:should|must|need|can|will)\b/.test(after)
  )
    return undefined;
  // "Here is what you need to know about the metro today": an explainer's heading, no event of the day.
  if (
    /^today$/i.test(text) &&
    /\bwhat\s+(?:you|we|readers)\s+(?:need|should|want)\s+to\s+know\b/i.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "a sum that today would come to roughly €7,670": what a sum would be worth now; "a value that today would still not
  // trigger any restriction", what would follow now.
  if (
    /^today$/i.test(text) &&
    (COUNTERFACTUAL.test(after.split(/[.;]/)[0] ?? '') ||
      /^\s*,?\s*(?:would|could)\s+(?:come\s+to|be\s+worth|buy|fetch|cost|equal|amount\s+to|still|also|no\s+longer|not|even)\b/i.test(
        after,
      ))
  )
    return undefined;
  // "By the end of March only €3.1 million had been paid out": how little had come by a time, a tally, no event.
  if ((/^by\s/i.test(text) || /\bby\s+(?:the\s+)?$/i.test(before)) && SHORT_TALLY.test(after)) return undefined;
  // "had budgeted KD 3 million for furnace work this year": the period a sum is set aside for.
  if (
    /^this\s+(?:year|month|quarter)$/i.test(text) &&
    /\b(?:budget(?:ed|s)?|earmark(?:ed|s)?|allocat(?:ed|es)|set\s+aside)\b[^.;]*\bfor\s+[^.;]*$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "had fallen back by only 40 centimetres by the end of September": how far a level had moved by a time, no event.
  if (
    /\b(?:risen|fallen|dropped|climbed|declined|grown|shrunk|rose|fell|grew|receded|gone\s+(?:up|down))\s+(?:back\s+)?by\s+(?:only\s+|just\s+|about\s+|some\s+|nearly\s+)?[#\d][#\d,.]*\s*(?:%|\p{L}+)\s+by\s+(?:the\s+)?$/iu.test(
      withOwn(sentence.slice(0, result.index), /^by\s/i),
    )
  )
    return undefined;
  // "an article from this week's Guth na Gàidhealtachd": a publication's issue.
  if (/^this\s+week$/i.test(text) && /^['’]s\s+\p{Lu}/u.test(after) && /\bfrom\s+$/i.test(before)) return undefined;
  // "three or four an hour this week": a rate's period.
  if (
    /^(?:this|last)\s+(?:week|month)$|^today$/i.test(text) &&
    /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?)\b[^,;.]{0,20}\b(?:an?|per)\s+(?:hour|day|week)\s+$/i.test(
      before,
    )
  )
    return undefined;
  // "registered as Camps Bay inquest 14/09/2026": a case's number, in figures that look like a day.
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(text) && /\b(?:inquest|case|file|docket|matter|claim)\s+$/i.test(before))
    return undefined;
  // "output plans for the fiscal year ending in March 2027", "earnings … for the year to June 30, 2027", "revenue for
  // the year to the end of February": a financial year named by its end.
  if (
    /\b(?:fiscal|financial|business|tax)\s+year\s+(?:ending|ended|ends|to|through)\s+(?:in\s+|on\s+)?$|\bthe\s+(?:year|half|quarter)\s+to\s+(?:the\s+)?$/i.test(
      before,
    )
  )
    return undefined;
  // "Highest Storm Level Predicted by Day: Nov 12: G3 (Strong) Nov 13: G4 (Severe)": a forecast's days, each with
  // what is foreseen for it.
  if (/\b(?:predicted|forecast|outlook)\b[^.;]*$/i.test(sentence.slice(0, result.index)) && /^\s*:\s*\S/.test(after))
    return undefined;
  // "buy 40 mobile substations before next year's pilgrimage": a bound set by a thing of the year, no day of it.
  if (
    /^(?:next|last|this)\s+year$/i.test(text) &&
    /^['’]s\s/.test(sentence.slice(result.index + text.length)) &&
    /\b(?:before|until|till|ahead\s+of|in\s+time\s+for)\s+$/i.test(before)
  )
    return undefined;
  // "In these notices, R8.10.26 means Reiwa 8, October 26": what a code stands for, no event.
  if (
    /[\d#][\d#./-]+\s+(?:means|stands\s+for)\s+(?:\p{L}+\s+[\d#]{1,2},\s+)?(?:[^.;()]{1,30}\(\s*)?$/u.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "At its peak, in 2018, it had close to 300 stores": when a level was highest, no event.
  // (Not a day it peaked on: "At its peak, on Tuesday, the fire covered 200 ha".)
  if (
    /^(?:in\s+)?\d{4}$/i.test(text) &&
    /\bat\s+(?:its|their|the)\s+peak,?\s+(?:in\s+)?$/i.test(withOwn(before, /^in\s/i))
  )
    return undefined;
  // "as tight as I have seen it in November": a likeness with every such month seen, no one month.
  if (/\b(?:have|has|['’]ve)\s+(?:ever\s+)?(?:seen|known)\s+(?:it\s+)?in\s+$/i.test(withOwn(before, /^in\s/i)))
    return undefined;
  // "This advisory is valid until 302359UTC NOV 26 unless superseded": a notice's own term.
  if (
    /\bthis\s+(?:advisory|warning|notice|bulletin|alert|order|message)\s+(?:is|remains)\s+(?:valid|in\s+force|effective)\s+(?:until|till|through|to)\s+$/i.test(
      withOwn(sentence.slice(0, result.index), /^(?:until|till|through)\s/i),
    )
  )
    return undefined;
  // "two to four cyclones were expected between November and April", "Wednesdays through December": a span of
  // months, or a weekday's sessions up to a month.
  if (
    (monthAlone(text) &&
      ((/\bbetween\s+$/i.test(before) && MONTH_AND_AFTER.test(after)) || BETWEEN_MONTH_AND_BEFORE.test(before))) ||
    WEEKDAYS_UP_TO_BEFORE.test(before)
  )
    return undefined;
  // "about €5.7 million at the dollar on Friday", "at Friday's exchange rate": a conversion's rate, no event.
  if (AT_RATE_BEFORE.test(before)) return undefined;
  // "double the figure at the same point a year ago": a comparison's baseline, no event.
  if (/\b(?:at|by)\s+the\s+same\s+(?:point|time|stage|date)\s+$/i.test(before)) return undefined;
  // "Rainfall for the week ending 18 November was more than ten times the normal": a measure of a week.
  if (MEASURE_FOR_WEEK_ENDING.test(withOwn(sentence.slice(0, result.index), /^on\s/i))) return undefined;
  // "Taluka offices shall send their sowing figures by 12.00 noon on the preceding Saturday": a rule's day, counted
  // from each time it applies.
  if (
    /\bthe\s+(?:preceding|previous|following)\s+$/i.test(before) &&
    /\b(?:shall|must|should|are\s+to|is\s+to|each|every)\b/i.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "a grey mare he calls April", "my parents really did call me Sunday", "Our producer, June, was asleep", 'whose nickname "Mardi" (Tuesday)': a name, or
  // what a name means.
  if (
    (MONTH_ALONE.test(text.replace(/[,()]/g, '')) || WEEKDAY_ALONE.test(text.replace(/[,()]/g, ''))) &&
    (/\b(?:he|she|they|we|I|everyone|people|locals)\s+(?:calls?|called|named|nicknamed|dubbed)\s+$|\b(?:calls?|called|call|named|name)\s+(?:me|him|her|them|us)\s+$/i.test(
      before,
    ) ||
      (/\b(?:producer|colleague|friend|wife|husband|daughter|son|sister|brother|mother|father|neighbou?r|host|presenter|reporter|editor|cousin|guest),\s+$/i.test(
        before,
      ) &&
        /^,/.test(sentence.slice(result.index + text.replace(/,$/, '').length))) ||
      /["”’]\s*\(\s*$/.test(sentence.slice(0, result.index + (text.startsWith('(') ? 1 : 0))))
  )
    return undefined;
  // "I'm June, and it has been two weeks since the exam": a name the speaker goes by; "May, your daughter did
  // something similar?": one spoken to; "JUNE CHO: What happens next?": a speaker's label.
  const bare = text.replace(/,$/, '');
  if (
    (MONTH_ALONE.test(bare) || WEEKDAY_ALONE.test(bare)) &&
    (/\b(?:I['’]m|I\s+am|[Mm]y\s+name\s+is)\s+$/.test(before) ||
      // (After a speaker's label too: "MADDIE: May, what will happen to him?")
      (/^\W*(?:\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)?\s*:\s*)?$/u.test(sentence.slice(0, result.index)) &&
        /^,\s*(?:your?|you['’](?:re|ve|d|ll)|what|how|did|do|does|can|could|would|tell)\b/i.test(
          sentence.slice(result.index + bare.length),
        )) ||
      (/^[A-Z]+$/.test(bare) &&
        (/^\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?\s*(?:\([^()]*\)\s*)?:/.test(after) ||
          (/^\W*$/.test(sentence.slice(0, result.index)) &&
            /^:\s+\p{Lu}\p{Ll}/u.test(sentence.slice(result.index + bare.length))))))
  )
    return undefined;
  // "a second request would almost certainly push Saint-Alban 2 into October", "If this runs into June", "the lockout could
  // drag on until the middle of November": how far a delay might reach, no date.
  if (
    /\b(?:would|could|might|may)\b[^.;]{0,40}\b(?:push|drag|slip|spill|tip|stretch|extend|delay)\w*\b[^.;]{0,40}\b(?:into|until|till|past|beyond)\s+(?:the\s+(?:start|beginning|middle|end)\s+of\s+)?$|\b(?:stay|remain|keep|hold|last|persist)\w*\s+(?:[a-z-]+\s+){0,2}into\s+$|\b(?:if|unless|should)\s+[^.;,]{0,40}\b(?:runs?|drags?|slips?|spills?|stretch(?:es)?|extends?|goes|go|carr(?:y|ies))\s+(?:on\s+)?into\s+$/i.test(
      withOwn(sentence.slice(0, result.index), /^into\s/i),
    )
  )
    return undefined;
  // "The French baseload contract for September", "the baseload for September": a traded product, no event's month.
  if (
    MONTH_ALONE.test(text) &&
    /\b(?:contracts?|futures?|baseload|peakload|options?|swaps?)\s+for\s+$|\bdelivery\s+(?:for|in)\s+$/i.test(before)
  )
    return undefined;
  // "At the turn of March and April": a span across two periods dates neither.
  if (/\bturn of (?:the\s+)?(?:\S+\s+(?:and|to)\s+)?$/i.test(before)) return undefined;
  // "he told Lyon Today", "USA Today": a capitalised day word after a capitalised word is part of a name.
  if (
    /^(?:Today|Tonight|Yesterday|Tomorrow|This Morning|This Week)\b/.test(text) &&
    /\p{Lu}[\p{L}.\d]*\s+$/u.test(before)
  )
    return undefined;
  // "today's flows", "today’s abundance": the present in general, not a day; "today's vote" is a day's event.
  if (/^today$/i.test(text) && /^['’]s\b/.test(after) && !EVENT_NOUN.test(after.slice(2))) return undefined;
  // "from SUNDAY BEST (Race 1)", "JUNE GLORY was declared a late scratching": a horse or a ship named in capitals, in
  // a sentence that is not; a date in capitals stands beside a figure or a preposition ("ON MONDAY 12 MAY").
  if (
    /^[A-Z]+$/.test(text) &&
    wordsOf(sentence).filter((word) => /^\p{Ll}/u.test(word)).length >= 3 &&
    (/^\s+(?!(?:AND|OR|TO|AT|ON|IN|OF|THE)\b)[A-Z]{2,}\b/.test(after) ||
      /(?:^|\s)(?!(?:AND|OR|TO|AT|ON|IN|OF|THE|BY|FROM|SINCE|UNTIL|LAST|NEXT|THIS|EARLY|LATE|MID|EVERY)\s)[A-Z]{2,}\s+$/.test(
        before,
      ))
  )
    return undefined;
  // "Gustul de Duminică (Sunday Taste)": a name in brackets, translated.
  if (
    (/^\(\p{Lu}/u.test(text) || (/^\p{Lu}/u.test(text) && /\(\s*$/.test(before))) &&
    /^\s+\p{Lu}[\p{L}'’-]*\s*\)/u.test(after)
  )
    return undefined;
  // "made the release a November ritual every year": a month after "a", in a habit, is a kind of thing, not a time ("a
  // September inspection" may be one).
  if (
    MONTH_ALONE.test(text) &&
    /\b(?:a|an)\s+$/i.test(before) &&
    (/^\s+(?:ritual|tradition|habit|custom|rite|fixture|staple)\b/i.test(after) ||
      /\b(?:every|each)\s+year\b|\bannual(?:ly)?\b/i.test(sentence))
  )
    return undefined;
  // "A double room that went for 180 lari in May last year is being offered at 120", "In August we paid EUR 3 a tonne
  // for trucked water; now it is EUR 7": a price then, beside one now; or what any one of a thing cost ("A 40ft box from
  // Shanghai cost around USD 2,150 at the start of September;", "Moving a 40-foot container through Aarhus cost about
  // 2,400 kr. in 2023;"); "charged about 10 dinars for a load at the start of the
  // month are now demanding".
  if (
    (monthAlone(text) ||
      /^(?:(?:in|of)\s+)?\d{4}$/.test(text) ||
      MONTH_PART.test(text) ||
      /^last\s+(?:year|month)$/i.test(text)) &&
    ((PRICE_THEN_IN.test(sentence.slice(0, result.index)) &&
      // (A statement a semicolon ends goes on to the price now.)
      (PRICE_NOW.test(after) ||
        /^[^.;]{0,30};\s*$/.test(after) ||
        /^\s*(?:\p{Lu}\p{Ll}+ing\s+)?(?:an?|one)\s/iu.test(sentence))) ||
      PAID_THEN.test(after))
  )
    return undefined;
  // "would no longer write policies for wooden ferries built before 2000", "no covered court whose roof trusses date
  // from before 2020": a class of things bounded by a year.
  if (
    /^(?:before|after|prior\s+to)?\s*\d{4}$/i.test(text) &&
    /\b(?:built|made|constructed|manufactured|registered|produced|born|dat(?:e|es|ing)\s+from|put\s+into\s+(?:operation|service))\s+(?:(?:before|after|prior\s+to)\s+)?$/i.test(
      before,
    ) &&
    /(?:before|after|prior\s+to)\s*\d{4}$/i.test(`${before}${text}`)
  )
    return undefined;
  // "Those seats cost 1,250 pesos this summer, up from 980 pesos in 2023": a level's baseline, no event of its year.
  // "had risen to 11 days, from about four days in February", "rates that averaged Rs 9,000 a night in March", "against
  // four hours in late October": so is a month's. "against 85 percent at the same point last year": and last year's;
  // "against JD 8 at the start of the month", a part of a month's.
  // "handled 18,000 containers a week in August": a rate in a month is a level too; "roughly twice what it did in
  // September", what a thing was then. "PMI handled 33.3 million passengers last year", "Last year, St. Kitts processed
  // roughly 3,900 main applications": a figure for a period is a level of it, no event. "up from US$150,000 before
  // 2023": a baseline of before a year. "fell to 11,400 TEU in February, down from 13,900 TEU": a level compared.
  if (
    (/^(?:(?:in|of|before)\s+)?\d{4}$/i.test(text) ||
      /^(?:this\s+(?:year|month|week)|(?:(?:over\s+)?the\s+)?weekend)$/i.test(text) ||
      WEEK_OF.test(before) ||
      monthAlone(text) ||
      MONTH_PART.test(text) ||
      /^(?:last|next)\s+(?:year|month|season|week|weekend)$/i.test(text) ||
      /^(?:the\s+)?(?:end|start|beginning|close)\s+of\s+(?:last|this)\s+(?:year|month|quarter|week)$/i.test(text) ||
      (AGO.test(text) &&
        (QUOTED_AT.test(sentence.slice(0, result.index)) || BASELINE_LISTED.test(sentence.slice(0, result.index)))) ||
      MONTH_LAST_YEAR.test(text) ||
      /^between\s/i.test(text) ||
      /^\d{1,2}\s+\p{L}+\s+(?:to|[–-])\s+\d{1,2}\s+\p{L}+$/u.test(text) ||
      /\bbetween\s+$/i.test(before)) &&
    (FROM_PRICE.test(sentence.slice(0, result.index)) ||
      BASELINE_LISTED.test(sentence.slice(0, result.index)) ||
      LEVEL_BEFORE.test(sentence.slice(0, result.index)) ||
      QUOTED_AT.test(sentence.slice(0, result.index)) ||
      RATE_BEFORE.test(sentence.slice(0, result.index)) ||
      PERIOD_FIGURE.test(sentence.slice(0, result.index)) ||
      LABELLED_FIGURE.test(sentence.slice(0, result.index)) ||
      // "In total, 46,800 ha were treated in Morocco in November", "her titles streamed 40 million times last year": a
      // period's sum or count.
      TOTAL_OR_TIMES_BEFORE.test(sentence.slice(0, result.index)) ||
      // "Physical sales last weekend reached 11,200 units": a trade's figure, told after its period.
      (TRADE_NOUN_BEFORE.test(sentence.slice(0, result.index)) && TOTAL_TOLD_THEN.test(after)) ||
      (LABELLED_PERIOD.test(sentence.slice(0, result.index)) && LABELLED_FIGURE_AFTER.test(after)) ||
      // ("In August the network carried 2.4 million tonnes": chrono leaves a month's "In" before it.)
      (/^\s*(?:\p{L}+(?:\s+\p{L}+){0,2}:\s*)?["“]?\s*(?:in\s+)?$/iu.test(sentence.slice(0, result.index)) &&
        PERIOD_FIGURE_AFTER.test(after)) ||
      // ("crossed the channel between 14/08/2026 and 16/08/2026, compared with 98,000": after the span's end.)
      (FIGURE_BEFORE.test(sentence.slice(0, result.index)) &&
        BASELINE_AFTER.test(after.replace(/^\s+(?:and|to|[–-])\s+[^\s,;.]+(?=,)/, ''))) ||
      AT_PRICE_PER_UNIT_BEFORE.test(clauseBefore(sentence, result.index)) ||
      (/^this\s/i.test(text) && LEVEL_NOW.test(sentence.slice(0, result.index))) ||
      LEVEL_TOLD_THEN.test(after) ||
      (SHARE_TOLD_THEN.test(after) && SHARE_NOUN_BEFORE.test(sentence.slice(0, result.index))) ||
      WHAT_IT_WAS.test(before) ||
      // "Dussehra crowds at the lakefront, estimated at 2 lakh this year": a level's estimate.
      ESTIMATED_AT.test(sentence.slice(0, result.index)) ||
      FIGURE_THEN_VERB.test(sentence.slice(0, result.index)) ||
      TAKINGS_BEFORE.test(sentence.slice(0, result.index)) ||
      CHANGE_IN_PERIOD.test(sentence.slice(0, result.index)) ||
      COMPARED_THAN.test(before))
  )
    return undefined;
  // "Vessels at anchorage on 20 May: 14 in total", "Lagebericht 17.11.2026: mittlere Wartezeit 7 Stunden": a count
  // under its label, the label's day no event's (chrono may take the count for an hour). Not a time under it: "Kick-off
  // on Saturday: 3pm".
  if (
    LABELLED_PERIOD.test(sentence.slice(0, result.index)) &&
    (/\p{L}:\s*[#\d][#\d,.]*$/u.test(text) ||
      ((LABELLED_FIGURE_AFTER.test(after) ||
        (LABELLED_NAMED_FIGURE_AFTER.test(after) && !tellsDeed(after) && !/\p{L}ed\s/u.test(after))) &&
        !/^\s*:\s*[#\d]{1,2}(?:[:.][#\d]{2})?\s*(?:[ap]\.?m\b|h\b|hrs?\b)/i.test(after)))
  )
    return undefined;
  if (
    /^(?:(?:in|of)\s+)?\d{4}$|^(?:this|last|next)\s+(?:year|month)$/i.test(text) &&
    YEAR_FIGURE.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "Launch accidents killed 64 people across the country last year": a nation's tally of a year, no event of it.
  // "About 12 lakh people visited the site during last year's celebrations", "said 21 million visitors had attended
  // this year": a headcount of a year's occasion, a level. "1,897 people died at work in Turkey in 2025": a year's
  // toll.
  if (
    /^(?:(?:in|of)\s+)?\d{4}$|^(?:this|last)\s+year$/i.test(text) &&
    ((/\b(?:(?:across|throughout|in)\s+the\s+(?:country|nation)|nationwide|countrywide)\s+$/i.test(before) &&
      FIGURE_BEFORE.test(sentence.slice(0, result.index))) ||
      (HEADCOUNT_THEN.test(sentence.slice(0, result.index)) && !LEVEL_DEED_AFTER.test(after)) ||
      TOLL_THEN.test(sentence.slice(0, result.index)))
  )
    return undefined;
  // "Last year about 85,000 people came to Pahala ghat", "in 2025 the line carried 1.1 million passengers": the same,
  // told after the year.
  // (Not a year that dates a deed before it: "Opened in 2023, the line carried 2.4 million passengers".)
  if (
    /^(?:in\s+)?\d{4}$|^last\s+year$/i.test(text) &&
    HEADCOUNT_AFTER.test(after) &&
    !/\p{L}{2,}(?:ed|en)\s+$/iu.test(before)
  )
    return undefined;
  // "the eve of the year's last Wednesday": the last such weekday of a span, no day counted back from the report.
  if (/^last\s/i.test(text) && /\b(?:year|month|season|term|series)['’]s\s+$/i.test(before)) return undefined;
  // "then it's back to Kyoto for my last week", "their last day on the job": one's own final stretch, not the one gone by.
  if (
    /^last\s+(?:week|weekend|month|year|day|night)$/i.test(text) &&
    /\b(?:my|our|his|her|their|your)\s+$/i.test(before)
  )
    return undefined;
  // "on peak Saturdays in August", "forty ships a day in August": a month of a weekly or daily habit.
  if (
    MONTH_ALONE.test(text) &&
    new RegExp(
      String.raw`\b(?:(?:on|every)\s+(?:[\p{L}-]+\s+)?(?:${WEEKDAY}s|weekends|weekdays)|(?<!\bfor\s)(?:a|per|each)\s+(?:day|night|week))\s+(?:in|during)\s+$`,
      'iu',
    ).test(withOwn(before, /^(?:in|during)\s/i))
  )
    return undefined;
  // "July traffic was running at 60% of normal": a month's level, told by its noun.
  if (
    MONTH_ALONE.test(text) &&
    new RegExp(
      String.raw`^\s+${MONTH_LEVEL}\s+(?:was|were|is|are|stood|fell|rose|dropped|ran|has\s+been)\b[^.;]{0,40}?\d\s*(?:%|per\s*cent|percent)`,
      'i',
    ).test(after)
  )
    return undefined;
  // "traffic in July was down by almost half": the same, its noun before.
  if (
    MONTH_ALONE.test(text) &&
    new RegExp(String.raw`\b${MONTH_LEVEL}\s+in\s+$`, 'i').test(before) &&
    /^\s+(?:was|were)\s+(?:down|up|lower|higher)\b/i.test(after)
  )
    return undefined;
  // "'We have lost 40% of June'": a share of a period, no event in it.
  if (/\d\s*(?:%|per\s*cent|percent)\s+of\s+$/i.test(before)) return undefined;
  // "In Guadeloupe, 27 May is not a date like others", "For Greeks, 19 May carries a very different meaning": a date
  // spoken of as the day it names, no event on it.
  if (
    /^\d{1,2}\s+\p{L}+$|^\p{L}+\s+\d{1,2}$/u.test(text) &&
    /^\s+(?:(?:is|remains|has\s+become)\s+(?:not|no|still|more\s+than|just|always)|carries|holds|means|stands\s+for)\s+(?:(?:a|an|the|just|more|than|very|different|special)\s+){0,4}(?:[\p{L}-]+\s+)?(?:date|day|meaning|symbol|anniversary)\b/iu.test(
      after,
    )
  )
    return undefined;
  // "a figure that has barely moved since 2019": nothing happened since then.
  if (
    /^since\s/i.test(text) &&
    /\b(?:has|have|had)\s+(?:barely|hardly|scarcely|not|never|little)\s+(?:moved|changed|budged|shifted)\s+$/i.test(
      before,
    )
  )
    return undefined;
  // "a budget of Rs 1.2 million for the whole festival this year", "averaged 58% for the w/e 17 May": a level of a
  // period, no event in it.
  if (LEVEL_FOR.test(sentence.slice(0, result.index)) || (monthAlone(text) && SHARE_FOR.test(before))) return undefined;
  // "fell by about a tenth in the first four months of 2026", "arrived in the first seven months of the year": the
  // months a running figure is counted over, no event in them.
  if (
    /^(?:(?:of|in)\s+)?\d{4}$/i.test(text) &&
    FIRST_MONTHS_OF.test(sentence.slice(0, result.index).replace(/\bof\s+$/i, ''))
  )
    return undefined;
  // "carried 1.2 million passengers last year, a figure the company hopes to reach again in 2027": a level aimed at.
  if (LEVEL_AIMED_AT.test(sentence.slice(0, result.index))) return undefined;
  // "with the film festival in October and Day of the Dead among its busiest periods", "the season, which peaks in
  // December and February": a season of every year.
  if (
    monthAlone(text) &&
    (BUSIEST_AFTER.test(after) ||
      /\bseason,?\s+which\s+(?:usually\s+|normally\s+)?(?:peaks|runs)\s+(?:in|from|between|through)\s+(?:\p{L}+\s+(?:and|to|or)\s+)?$/iu.test(
        sentence.slice(0, result.index),
      ))
  )
    return undefined;
  // "Groups booking for December should build in taxis", "cancellations from Brazilian and Argentine groups for March",
  // "cancelled a combined 40 coach groups for June and July", "Hotel bookings in Sanremo for March are down 14%": the
  // month bookings are for is no event in it.
  if (
    monthAlone(text) &&
    (/\b(?:bookings?|reservations|cancellations)(?:\s+(?:from|by|of|in)\s+[^,;.]{0,50})?\s+for\s+$/i.test(
      sentence.slice(0, result.index),
    ) ||
      /\b[#\d][#\d,.]*\s+(?:[\p{L}-]+\s+)?(?:groups|trips|tours|nights|rooms|cruises|calls|sailings|flights|cargoes)\s+for\s+(?:\p{L}+\s+and\s+)?$/iu.test(
        sentence.slice(0, result.index),
      ))
  )
    return undefined;
  // "Foreign arrivals by air rose 9 percent in April from April 2025": the baseline of a change.
  if (SHARE_CHANGE_FROM.test(sentence.slice(0, result.index))) return undefined;
  // "about 9 lakh people have visited Deekshabhoomi since this morning": a headcount so far, a level.
  if (HEADCOUNT_SINCE.test(sentence.slice(0, result.index))) return undefined;
  // "Up to 2.1 million tonnes a year went through Constanta a year ago": a rate then, a level.
  if (AGO.test(text) && RATE_THEN_BEFORE_AGO.test(sentence.slice(0, result.index))) return undefined;
  // "fell to ₱1,850 this month from ₱3,400 in March 2025": a level's baseline in a month of a year.
  if (MONTH_OF_A_YEAR.test(text) && FROM_PRICE.test(sentence.slice(0, result.index))) return undefined;
  // "the same room cost them €95 when they stayed in October 2024": a price then.
  if (MONTH_OF_A_YEAR.test(text) && PRICE_PAID_THEN.test(sentence.slice(0, result.index))) return undefined;
  // "a refund of heating charges for February", "have still not been paid for March": the period a sum is for, no event
  // of its own.
  if (
    monthAlone(text) &&
    /\b(?:charges?|bills?|wages|salar(?:y|ies)|rent|fees?|payments?|refunds?|invoices?|pay|paid|pensions?|allowances?|subsid(?:y|ies)|premiums?|tariffs?)\s+for\s+$/i.test(
      before,
    )
  )
    return undefined;
  // "Ticket sales fell 31% in June, compared with June last year", "has carried 8% more passengers this summer than in
  // August 2025": the period compared with is a baseline.
  if (
    MONTH_OF_A_YEAR.test(text) &&
    (/\b(?:compar(?:ed|es?)\s+(?:with|to)|versus|vs\.?)\s+$/i.test(before) ||
      /\d\s*(?:%|per\s*cent|percent)\s+(?:more|fewer|less|higher|lower)\s+[^,;.]{0,40}\bthan\s+(?:in\s+|during\s+)?$/i.test(
        sentence.slice(0, result.index),
      ))
  )
    return undefined;
  // "dropped 22 percent from the same holiday week of 2025", "against 3.6 million on the same day of last year's holiday",
  // "down 12 per cent on the same weekend last year", "fell by 18% compared with the same holiday a year ago": a
  // baseline.
  if (
    (/^(?:(?:in|of)\s+)?\d{4}$/i.test(text) ||
      /^(?:last\s+(?:year|month|season)|(?:a|one)\s+(?:year|month|week)\s+ago)$/i.test(text)) &&
    /(?:\b(?:from|than|against|compared\s+(?:with|to)|versus|vs\.?)|(?:%|\bper\s*cent|\bpercent)\s+on)\s+(?:[^,;]{0,30}\s)?the\s+same\s+(?:[\p{L}-]+\s+){1,3}$/iu.test(
      sentence.slice(0, result.index).replace(/\b(?:of|in)\s+$/i, ''),
    )
  )
    return undefined;
  // "net profit of Bt71 million in 2025, up 9% from 2024": the year a change is counted from is a baseline.
  if (/^(?:from|on|over)\s+\d{4}$/i.test(text) && SHARE_CHANGE_BEFORE.test(before)) return undefined;
  // "Tariffs … have been frozen at the level of 1 January": a level as of a day, no event of that day.
  if (/\b(?:at|to|from)\s+(?:the\s+)?levels?\s+of\s+$/i.test(before)) return undefined;
  // "a bonus of €38, the same amount as in 2019", "6% below the level of 2024": a level then as a baseline.
  if (
    /^(?:(?:in|of)\s+)?\d{4}$/i.test(text) &&
    /\b(?:the\s+same\s+(?:[\p{L}-]+\s+){0,2}as(?:\s+in)?|as\s+(?:many|much)\s+as(?:\s+in)?|(?:below|above|under|over|near|at|to|from)\s+(?:the\s+)?(?:levels?|figures?|volumes?|pace)(?:\s+of)?|(?:fewer|less|more|higher|lower)\s+than\s+(?:during|in|at|over)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s+$/iu.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "fourth-quarter volumes will be well below last year's.": a baseline named by its period, no event of it.
  if (/^last\s+(?:year|month|week|season)$/i.test(text) && /^['’]s\s*(?:[.,;:)]|$)/.test(after)) return undefined;
  // "Brynn Solberg's dog June, a 5-year-old female", "strokes the women's crew in the shell Thursday's Child", "the MV
  // October Rose", "Sunday Knitwear Ltd", "Chiocciola's reserve horse, Tuesday's Child, drew": an animal's, a vessel's
  // or a company's name.
  if (
    /^\p{Lu}\p{Ll}+$/u.test(text) &&
    (VESSEL_PREFIX.test(before) ||
      /^\s+(?:\p{Lu}[\p{L}&'’-]*\s+){1,3}(?:Ltd|Limited|Inc|Corp|Corporation|Co|LLC|PLC|plc|Group|Holdings|Industries|Advisors|Advisers|Partners|Capital|Consulting|Consultants|Associates|Securities|Investments|Analytics)\b/u.test(
        after,
      ) ||
      /\b(?:dog|bitch|puppy|husky|horse|mare|filly|colt|gelding|stallion|pony|cat|ship|vessel|boat|yacht|tug|trawler|feeder|tanker|freighter|ferry|barge|shell|scull|skiff|canoe|kayak|schooner|dinghy|dhow|sloop|ketch|catamaran|[\p{L}]+-(?:flagged|registered)),?\s+$/iu.test(
        before,
      ) ||
      // "who still lives aboard Friday's Child": a vessel's name, capitals going on after the day.
      (/\baboard\s+$/i.test(before) && /^(?:['’]s)?\s+\p{Lu}/u.test(after)) ||
      // "Residents in Sunday's Well": a place named for a day.
      (/day$/i.test(text) &&
        /\b(?:in|at|from|near|through|of|to)\s+$/.test(before) &&
        /^['’]s\s+(?:Well|Hill|Road|Street|Lane|Park|Square|Bridge|Cross|Gate|Wood|Field|Green|Creek|Bay|Point|Harbour|Harbor|Island|Cove|Quay|Market)\b/.test(
          after,
        )) ||
      // "of Sunday Peaks Adventure", "in Monday Manifest, our weekly capacity column": a day's name going on in capitals.
      (/day$/i.test(text) &&
        /\b(?:of|at|with|in)\s+$/.test(before) &&
        new RegExp(
          String.raw`^\s+(?!(?:Morning|Afternoon|Evening|Night|${MONTH_CAPITALISED})\b)\p{Lu}\p{Ll}+(?!\s*\d)`,
          'u',
        ).test(sentence.slice(wordsEnd))) ||
      // "the shell Thursday's Child": a day's thing takes no article before its day.
      (/^['’]s\s+\p{Lu}\p{Ll}+/u.test(after) && /\b(?:the|a|an|her|his|their|its|our)\s+\p{Ll}+\s+$/u.test(before)) ||
      // "Friday's Child, the 6/4 favourite": so does one an apposition names.
      /^['’]s\s+\p{Lu}\p{Ll}+,\s+(?:the|a|an)\s/u.test(after))
  )
    return undefined;
  // 'under the slogan "Sunday Morning, Monday mourning"', 'The biggest reads "March is for freedom, April for
  // justice"': words on a banner, no time.
  if (
    /\b(?:slogans?|mottos?|banners?|placards?|posters?|hashtags?|chants?|reads|reading|read|chanted|chanting|inscribed)\s*:?\s*[“"][^”"]*$/i.test(
      sentence.slice(0, result.index),
    ) &&
    /^[^“"]*[”"]/.test(sentence.slice(result.index))
  )
    return undefined;
  // "along Bulevardul 3 August 1919", "Piazza XX Settembre": a street named after a day (not "the Boulevard on Saturday").
  if (
    /^(?:\d|[IVXL]+\s)/.test(text) &&
    /\b(?:Bulevardul|Bulevard|Boulevard|Strada|Calea|Piața|Piazza|Via|Viale|Avenida|Avenue|Rua|Calle|Rue|Plaza|Prospekt|Ulitsa|Jalan)\s+$/.test(
      before,
    )
  )
    return undefined;
  if (isNickname(sentence.slice(0, result.index), after)) return undefined;
  // "still planned for tomorrow (Thursday)": the weekday of the day just named, which dates it.
  if (
    WEEKDAY_MAYBE_BRACKETED.test(text) &&
    /\b(?:today|tomorrow|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?\s*\(?$/i.test(before)
  )
    return undefined;
  // "Maintenance Programme PM-07/2024": a code's figures, no date.
  if (/^\d/.test(text) && /\b[A-Z]{1,5}-$/.test(before)) return undefined;
  // "Today is day 26 without regular water": a count of days, no event today.
  if (/^today$/i.test(text) && /^\s+is\s+day\s+\d+\b/i.test(after)) return undefined;
  // "according to the 2025 counts": the year of a source, no event in it.
  if (
    /^the\s+\d{4}$/i.test(text) &&
    /\baccording\s+to\s+$/i.test(before) &&
    /^\s+(?:counts?|figures|data|census|survey|statistics|estimates?)\b/i.test(after)
  )
    return undefined;
  // "June and I were hit on the head", "and with me as always is June.": a month's name that is someone's.
  if (
    MONTH_ALONE.test(text) &&
    (/^\s+and\s+(?:I|me)\b/.test(after) ||
      (/\b(?:with\s+me(?:\s+as\s+(?:always|ever|usual))?,?\s+(?:is|as\s+always\s+is)|joined\s+(?:again\s+|as\s+always\s+)?by|my\s+co-?host)\s+$/i.test(
        before,
      ) &&
        /^\s*(?:[.!?,]|$)/.test(after)))
  )
    return undefined;
  // "Our weekly supplement, Nedjelja u Rijeci (Sunday in Rijeka), will carry": a title put into English, no day.
  if (
    TITLE_GLOSSED.test(sentence.slice(0, result.index + (text.startsWith('(') ? 1 : 0))) &&
    (text.endsWith(')') || /^[^()]{0,30}\)/.test(after))
  )
    return undefined;
  // "The cordon was lifted a few minutes after 2pm": a time of day counted from a clock time, no day of its own.
  if (
    /\b(?:minutes?|hours?)\s+(?:after|before|past)(?:\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|h)|noon|midnight))?$/i.test(
      text,
    ) &&
    /^\s*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b|p\.?m\b|h\b)|noon\b|midnight\b|[\s.,;]|$)/i.test(after) &&
    /\d|noon|midnight/i.test(text + after.slice(0, 12))
  )
    return undefined;
  // "(This report appeared in our Gujarati edition of Friday, 23 October …)": the day of an edition, no event.
  if (/\bedition\s+(?:of|dated)\s+$/i.test(before)) return undefined;
  // "access from 6 September Boulevard", "the Fourteenth August Public School": a street or a place named after a day,
  // its name before the place's kind.
  if (
    /^(?:\d{1,2}(?:st|nd|rd|th)?|First|Second|Third|\p{Lu}\p{Ll}*th)\s+\p{Lu}\p{Ll}+$/u.test(text) &&
    /^\s+(?:(?:Public|High|Primary|Secondary|Model|Government)\s+)?(?:Boulevard|Avenue|Street|Road|Square|Bridge|Stadium|Park|Station|Plaza|School|College|University|Hospital|Market|Colony)\b/.test(
      after,
    )
  )
    return undefined;
  // "abroad it is the April Fair, even when it is held in May": whenever it is, no one year's.
  if (
    MONTH_ALONE.test(text) &&
    /\bwhen(?:ever)?\s+[^,;.]{0,30}\b(?:is|are)\s+(?:held|celebrated|observed|played|staged|run)\s+in\s+$/i.test(before)
  )
    return undefined;
  // "a slip into the new year would move that cash": how far a delay might run, no event.
  if (/^into\s/i.test(text) && /\b(?:a|any|the)\s+(?:slip|slippage|delay|overrun|extension)\s+$/i.test(before))
    return undefined;
  // "was down by about a third on a normal Monday in August": any such day, not one.
  if (
    MONTH_ALONE.test(text) &&
    /\b(?:a|an)\s+(?:normal|typical|ordinary|usual|average|regular|quiet|busy)\s+(?:[\p{L}-]+\s+)?in\s+$/iu.test(before)
  )
    return undefined;
  // "roughly twice what they cost in a quiet January week": any such week, not one.
  if (MONTH_ALONE.test(text) && /\b(?:a|an|any)\s+(?:[a-z]+\s+){0,2}$/i.test(before) && PART_OF_WEEK_AFTER.test(after))
    return undefined;
  // "A gallon of gasoline, which cost 570 gourdes at the pump a month ago, was selling for 1,250", "a year ago, a
  // comparable rail-replacement operation cost the company around €70,000 a day": a price then.
  if (AGO.test(text) && (PRICE_THEN_IN.test(sentence.slice(0, result.index)) || COST_AFTER.test(after)))
    return undefined;
  // "many are earning in a week what they used to earn in a day": a rate compared, no date.
  if (/^in\s+an?\s+(?:day|week|month|year)$/i.test(text) && /^\s+what\b/i.test(after)) return undefined;
  // "about 9,000 claims had arrived by Tuesday evening", "As at 18 June, the Ministry has received 87 claims": a running
  // tally by a time, no event of it ("Nine of the 17 fans had been released by Monday night" tells one).
  if (
    /\b(?:about|around|some|roughly|nearly|almost|over|more\s+than|fewer\s+than|less\s+than)\s+\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,4}(?:had|have|has)\s+(?:been\s+)?\p{L}+\s+by\s+$/iu.test(
      sentence.slice(0, result.index),
    ) ||
    (/\bas\s+(?:at|of)\s+$/i.test(before) &&
      /^[^.;]*\b(?:has|have)\s+(?:been\s+)?\p{L}+\s+(?:(?:about|some|around|more\s+than|over|only|just)\s+)?\d/iu.test(
        after,
      ))
  )
    return undefined;
  // "flew home from Klagenfurt on a Saturday in July", "a record for a month of June": any such day or month, not one.
  if (MONTH_ALONE.test(text) && (A_WEEKDAY_IN_BEFORE.test(before) || /\b(?:a|any)\s+month\s+of\s+$/i.test(before)))
    return undefined;
  // "On two occasions this year we did not": how often, no event.
  if (/^this\s+(?:year|month|week|season)$/i.test(text) && /\b(?:times|occasions)\s+$/i.test(before)) return undefined;
  // "a section of pipe laid more than 50 years ago": a bound, no date.
  if (AGO.test(text) && /\b(?:more\s+than|over|at\s+least|less\s+than|nearly|almost|up\s+to)\s+$/i.test(before))
    return undefined;
  // "The company's quarterly dividend, paid each March, June, September and December": every year's months.
  if (
    (MONTH_ALONE.test(text.replace(/[,.]$/, '')) ||
      (result.start.isCertain('day') && !result.start.isCertain('year') && /^\d|^\p{L}+\.?\s+\d/u.test(text))) &&
    EVERY_LISTED_MONTH.test(before)
  )
    return undefined;
  // "as it does every first weekend of September": a weekend of every year's month.
  if (MONTH_ALONE.test(text.replace(/[,.]$/, '')) && NTH_WEEKDAY_OF_BEFORE.test(before)) return undefined;
  // "disruption well into December", "more systems possible into early March": how far a state may run, no event.
  if (
    (MONTH_ALONE.test(text.replace(/[,.]$/, '')) || /^(?:early|mid|late)[- ](?:\p{L}+)$/iu.test(text)) &&
    /\binto\s+$/i.test(before)
  )
    return undefined;
  // "fell from 140 a week in the second half of August to 65 last week": a level at a time set against one at another,
  // no event (unlike "rose from 11 to 17 yesterday", the change's day). "her takings were down by half since July",
  // "orders for pibipollo are down by half this year": a change over a time, none either.
  if (
    new RegExp(
      String.raw`\b[Ff]rom\s+${FIGURE}[^.;]{0,40}?\b(?:in|during|over|at)\s+(?:the\s+)?(?:first|second|third|last|final|early|late|mid|\p{Lu})[^.;]{0,40}\bto\s+${FIGURE}\s+$`,
      'u',
    ).test(sentence.slice(0, result.index)) ||
    /\b(?:(?:(?:is|are|was|were|been|be|remains?|remained)\s+(?:down|up)|fallen|risen|dropped)\s+by\s+(?:a\s+)?(?:half|a\s+third|a\s+quarter|[\d#.]+\s*(?:%|per\s*cent|percent))|halved|doubled)\s+(?:since|this|last)\s+$/i.test(
      withOwn(before, /^since\s|^(?:this|last)\s+(?:year|month|season)$/i),
    )
  )
    return undefined;
  // "Every year we were told: next year": a year promised again and again, no event of it.
  if (
    /^next\s+year$/i.test(text) &&
    /\bevery\s+(?:year|time)\b[^.;]*\b(?:told|promised|said|heard)\s*[:,]?\s*["“‘']?$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "But it will rise again next year, as it does every year": a habit, no event of the year. ("will gather on Friday,
  // as they do every year" tells this year's day.)
  if (
    /\byear$/i.test(text) &&
    /^,?\s+as\s+(?:it|they|he|she|we)\s+(?:does|do|did)\s+every\s+(?:year|month|week|season)\b/i.test(after)
  )
    return undefined;
  // "was designed to the 2013 DPWH design guidelines", "under the 2004 Law on the Protection of … Monuments", "removed
  // 300,000 tonnes from August loadings", "described the
  // spill as 'unacceptable in 2026'": a standard's edition, a month's trade, the times judged: no event of them.
  if (
    (/^(?:the\s+)?\d{4}$/i.test(text) &&
      /^\s+(?:[\p{Lu}\p{L}-]+\s+){0,3}?(?:guidelines|standards?|codes?|manual|edition|version|specifications?|norms|regulations|rules|laws?|Law|Act|Decree|Code|Constitution|Convention|Treaty)\b/u.test(
        after,
      )) ||
    (monthAlone(text) &&
      !/,\s*$/.test(result.text) &&
      /^\s+(?:loadings|shipments|exports|imports|sales|output|volumes|arrivals|bookings|receipts|earnings|commitments|quotas?|allocations?|deliveries)\b/i.test(
        after,
      )) ||
    (/^in\s+\d{4}$/i.test(text) &&
      /\b(?:unacceptable|acceptable|unthinkable|inexcusable|unbelievable|absurd|shameful|normal|possible|impossible)\s+$/i.test(
        before,
      ))
  )
    return undefined;
  // "Article 314 of the Constitution of the Republic of Ecuador of 2008", "the Spatial Development Act amendments of
  // 2025", 'the Law of the Republic of Kazakhstan "On Civil Protection" of 2014': a law's year names the law, no event.
  if (
    (/^of\s+\d{4}$/i.test(text) &&
      /\b(?:Constitution|Act|Law|Code|Charter|Treaty|Convention|Decree|Ordinance|Statute|Regulations?)(?:\s+(?:of|the|and|for|on)|\s+\p{Lu}[\p{L}'’-]*)*(?:\s*["“][^"”]{1,80}["”])?\s+(?:amendments?\s+)?$/u.test(
        sentence.slice(0, result.index),
      )) ||
    // "Article 31 of the Staff Regulations of 21 November 2001", "the regulation of 25 June 1980 on fire and panic
    // safety": an instrument's date names it.
    (/\d{4}$/.test(text) &&
      (/\b(?:Act|Law|Code|Decree|Ordinance|Statute|Regulations|Rules|Constitution)(?:\s+of\s+the(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){1,4})?(?:\s*["“][^"”]{1,80}["”])?\s+of\s+$/u.test(
        sentence.slice(0, result.index),
      ) ||
        // (One of the story's own time is news: "the evacuation order of 23/07/2026 concerning 40 houses".)
        (/\b(?:regulation|decree|law|ordinance|order|circular|directive)\s+of\s+$/i.test(before) &&
          /^\s+(?:on|concerning|relating\s+to|regarding)\s/i.test(after) &&
          Number(/\d{4}$/.exec(text)?.[0]) < published.getFullYear())))
  )
    return undefined;
  // "up from 22% in a survey carried out in 2022", "up from 40% of pre-pandemic levels a year ago": when a level's
  // baseline was taken, no event. (Not "up from US$150,000 before the program's August 2023 overhaul", nor "up from 400
  // when deliveries began on Sunday": what the level came before or with is an event.)
  if (
    new RegExp(
      String.raw`(?:,\s*|\b(?:was|were|is|are)\s+)(?:up|down)\s+from\s+${FIGURE}(?:(?!\b(?:before|after|when|since|until|as|while|once|to)\b)[^.;,]){0,60}$`,
      'iu',
    ).test(sentence.slice(0, result.index))
  )
    return undefined;
  // "during the city's April festivities", "before the July–August school holidays", "at the height of the August
  // crossings": a season named by its months.
  if (
    /^(?:(?:early|mid|late)[- ])?\p{L}+(?:[–-]\p{L}+)?$/u.test(text) &&
    monthAlone(text.split(/[–-]/).at(-1) ?? '') &&
    /^\s+(?:school\s+)?(?:festivities|fiestas|holidays|vacations?|recess|crossings|rush|getaway|exodus|peak)\b/i.test(
      after,
    )
  )
    return undefined;
  // "Thailand celebrates Songkran, the traditional New Year, in mid-April": when a feast falls every year.
  if (
    monthAlone(text) &&
    /^\s*(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:celebrates|marks|observes|keeps|commemorates)\s+\p{Lu}/u.test(
      sentence.slice(0, result.index),
    ) &&
    !/\b(?:will|this\s+year|next|last)\b/i.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "recorded ground movement of up to 19 millimetres a month … in the first half of this year, up from 4 millimetres a
  // month in 2023": a level's period, set against its baseline after it.
  if (
    new RegExp(String.raw`^,?\s+(?:up|down)\s+from\s+${FIGURE}`, 'iu').test(after) &&
    new RegExp(String.raw`${FIGURE}[^.;]{0,100}$`, 'iu').test(sentence.slice(0, result.index)) &&
    // (Not "The death toll rose to 40 on Tuesday, up from 12": the change's day.)
    !/\b(?:rose|fell|climbed|jumped|dropped|increased|decreased|soared|plunged|grew|shrank)\b[^.;]*$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "against a June normal of 88 mm": a month's climate, no event. "Nobody designed a bridge pier for a freeze-up jam
  // in the middle of October": what a thing was made to withstand.
  if (
    (monthAlone(text) && /^\s+(?:normal|average|mean|norm)\b/i.test(after) && /\b(?:a|the)\s+$/i.test(before)) ||
    (monthAlone(text) &&
      /\b(?:designed|engineered|rated)\s+(?:[\p{L}-]+\s+){0,6}?for\s+(?:a|an)\s+[^.;,]{0,40}$/iu.test(
        sentence.slice(0, result.index),
      ))
  )
    return undefined;
  // "around Heroes' Day in January", "before Ghost Month begins in mid-August", "The figures below are as of 3 July
  // 2026": the month a feast falls in, a figure's cut-off: no event.
  if (
    (monthAlone(text) &&
      new RegExp(
        String.raw`(?:\baround\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Day|Eve|Festival|Feast)|\p{Lu}\p{L}+\s+Month\s+(?:begins|starts|ends|falls|comes))\s+in\s+$`,
        'u',
      ).test(sentence.slice(0, result.index))) ||
    /\b(?:is|are|was|were)\s+as\s+(?:of|at)\s+$/i.test(before)
  )
    return undefined;
  // "But it will rise again next year, as it does every year" (above), "as it always does in mid-September": a habit.
  if (
    /\bas\s+(?:it|they|he|she|we)\s+(?:always|usually|normally|traditionally)\s+(?:does|do)\s+(?:in\s+|on\s+)?$/i.test(
      before,
    )
  )
    return undefined;
  // "With Independence Day observed Friday, July 3": the day a holiday is kept, no event on it.
  if (
    new RegExp(String.raw`${HOLIDAY_WORD}\s+(?:is\s+|was\s+|being\s+)?observed\s+(?:on\s+)?$`, 'u').test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "rose 18% during the three-day holiday compared with Eid last year": a baseline.
  if (
    /^last\s+year$/i.test(text) &&
    /\bcompared\s+(?:with|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "has spent about $1.4 billion on regional levee work since 2007", "has recorded just 0.11 inch of precipitation
  // since Jan. 1", "losses had reached $45 million since Tuesday": a tally since a day, no event of it (the day's own
  // news is told elsewhere).
  if (
    (/^since\s/i.test(text) || /\bsince\s+$/i.test(sentence.slice(0, result.index))) &&
    TALLY_SINCE.test(clauseBefore(sentence, result.index)) &&
    // (Not "since Monday, when protests began": the day's own news.)
    !/^\s*,?\s*when\b/i.test(after)
  )
    return undefined;
  // "More than 1,000 people have died in river and lake accidents in the country since 2019", "Twelve earthquakes of
  // magnitude 6 or larger have occurred within 100 km of this event since 1980": a tally so far.
  if (
    /^since\s+\d{4}$/i.test(text) &&
    new RegExp(
      String.raw`\b(?:(?:more\s+than|over|about|nearly|almost|at\s+least|some)\s+)?(?:\d[\d,.]*\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozens|hundreds|thousands)\s+(?:[\p{L}-]+\s+){0,2}?(?:people|persons|lives|children|\p{L}+s)\s+(?:[\p{L}\d-]+\s+){0,5}?(?:has|have|had)\s+(?!been\s+(?:on|in|at|out|off|under)\b)(?:been\s+)?\p{L}+\b[^,;.]{0,80}$`,
      'iu',
    ).test(clauseBefore(sentence, result.index))
  )
    return undefined;
  // "an audit of all waterfront funds received since 2019": what a thing covers since a year, no event of it.
  if (
    /^since\s+\d{4}$/i.test(text) &&
    /\b(?:all|every|any|each|the)\s+(?:(?!(?:has|have|had|been|was|were|is|are|be)\b)[\p{L}-]+\s+){1,3}?(?:received|spent|paid|allocated|collected|released|disbursed|awarded|issued|signed|approved|granted|sold|bought|raised|transferred|filed|lodged|registered)\s+$/iu.test(
      before,
    )
  )
    return undefined;
  // "canola was worth about C$40 a tonne more in early August than it is today": a level then, against now.
  if ((MONTH_ALONE.test(text) || /^(?:early|mid|late)[- ]/i.test(text)) && /^\s+than\b/i.test(after)) return undefined;
  // "The group earned a net profit of R$ 41 million in the second quarter of last year", "back at around R$ 690, the
  // level of early June", "about 1,800 boats a day, roughly the level of last July", "the crowd was double that of last
  // year", "down from a record in 2025": a figure for a period, a level then.
  if (
    (/\b(?:first|second|third|fourth|final|last)\s+(?:quarter|half)\s+of\s+$/i.test(before) &&
      ANY_PRICE.test(clauseBefore(sentence, result.index))) ||
    /\bthe\s+levels?\s+(?:of|seen\s+in|last\s+seen\s+in)\s+(?:last\s+)?$/i.test(before) ||
    // (Not one a clause of "when" makes an event: "worse than that of last year, when 30 died".)
    (/\b(?:that|those)\s+of\s+(?:last\s+)?$/i.test(before) && !/^,?\s+when\b/i.test(after)) ||
    /\b(?:up|down)\s+from\s+(?:a|an|the|its|their)\s+(?:record|peak|high|low)\s+(?:in\s+)?$/i.test(before)
  )
    return undefined;
  // "the regulator's pump price review, which it publishes every month on the 14th": a habit's day.
  if (/\b(?:every|each)\s+(?:month|week)\s+(?:on\s+)?$/i.test(before)) return undefined;
  // "For the first time in a month my children will sleep": how long since, no date.
  if (
    /^in\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:days?|weeks?|fortnights?|months?|years?)$/i.test(
      text,
    ) &&
    /\bfor\s+the\s+first\s+time\s+$/i.test(before)
  )
    return undefined;
  // "The owner thought a jam was a spring thing, and it's February": the time of year as things stand, no event.
  if (MONTH_ALONE.test(text) && /\bit['’]s\s+$|\bit\s+is\s+$/i.test(before) && /^\s*(?:[.,;!?"”]|$)/.test(after))
    return undefined;
  // "A flood in late January used to be unheard of in Hue": what once was the rule, no event.
  if (/^[^,;.]{0,30}\bused\s+to\s+be\b/i.test(after)) return undefined;
  // "A month ago, barges were carrying half loads; today most leave with 1,200 tonnes", "a double room that went for 180
  // KM a year ago is now offered at 140 KM", "We are not where we were a month ago": how things stood then, against now.
  if (
    AGO.test(text) &&
    (/^[^.;]*?\b(?:was|were)\s+\p{L}+ing\b[^.]*?(?:;\s*|,\s*(?:but\s+|while\s+)?)(?:today|now|these\s+days)\b/iu.test(
      sentence,
    ) ||
      /^\s*,?\s+(?:is|are)\s+now\b/i.test(after) ||
      // "A fortnight ago this was the finest stretch of water in the Highlands": a standing then.
      /^\s*,?\s+(?:this|it|that|these|they)\s+(?:was|were)\s+(?:the\s+|an?\s+)?(?:\p{L}{3,}est|most|best|worst|only|one\s+of)\b/iu.test(
        after,
      ) ||
      /\bwhere\s+(?:we|they|it|he|she|I)\s+(?:was|were)\s+$/i.test(before) ||
      // "costs about half as much again as it did ten years ago": a level then.
      /\b(?:as|than|what)\s+(?:it|they|this|that|the\s+[\p{L}-]+)\s+(?:did|was|were|cost|paid)\s+$/iu.test(before))
  )
    return undefined;
  // "the highest daily figure so far this year": the span a record holds over, no event of it ("So far this month, both
  // sides have already exchanged 205 captured soldiers" tells what happened in it); nor is "So far this month, rail
  // ridership is down about 12%", a level over it.
  if (
    /^this\s+(?:year|month|week|season)$/i.test(text) &&
    (/\b(?:\p{L}{3,}est|most|record|best|worst)\s+(?:[\p{L}-]+\s+){0,3}so\s+far\s+$/iu.test(before) ||
      (/\bso\s+far\s+$/i.test(before) &&
        /^,?\s+(?:[\p{L}'’-]+\s+){1,4}(?:is|are)\s+(?:up|down|running|ahead|behind|flat)\b/iu.test(after)))
  )
    return undefined;
  // "the traditional competition at the end of July draws tens of thousands of spectators": what is so every year.
  if (
    (MONTH_ALONE.test(text) || MONTH_PART.test(text)) &&
    /\btraditional\b/i.test(clauseBefore(sentence, result.index)) &&
    /^\s+(?!(?:is|was|has)\b)\p{Ll}+s\b/u.test(after)
  )
    return undefined;
  // "have fallen from a peak of 27 on 15/10/2026 to single figures": the day of a level a change counts from, no event
  // (not "hit a record low of 95 per dollar on Tuesday", nor "a peak of 27 on 15 October, when the clinic was
  // overwhelmed").
  if (
    /\bfrom\s+(?:a|the|its|their)\s+(?:peak|high|low)\s+of\s+\S{0,4}[#\d][#\d,.]*(?:\s+\p{L}+){0,2}\s+(?:on\s+)?$/iu.test(
      withOwn(sentence.slice(0, result.index), /^on\s/i),
    ) &&
    !/^\s*,?\s*(?:when|as|after)\b/i.test(sentence.slice(wordsEnd))
  )
    return undefined;
  // "from a June high of $5,300", "well below the 2019 peak of 610,000": the level a period reached, no event of it.
  if (
    (/^(?:the|its|their)\s+\d{4}$/i.test(text) ||
      ((MONTH_ALONE.test(text) || /^\d{4}$/.test(text)) && /\b(?:a|an|the|its|their)\s+$/i.test(before))) &&
    /^\s+(?:peak|high|low|record|average|total|level)s?\s+(?:of|at)\b/i.test(after)
  )
    return undefined;
  // "Illex squid exports in October reached 21,400 t": a figure of a month's, told after it.
  if (
    (MONTH_ALONE.test(text.replace(/^in\s+/i, '')) || /^(?:in\s+)?\d{4}$/i.test(text)) &&
    /\b(?:exports|imports|sales|output|production|arrivals|landings|catch(?:es)?|revenues?|turnover|traffic|throughput|shipments|volumes|ridership|deliveries)\s+(?:in\s+)?$/i.test(
      before,
    ) &&
    new RegExp(
      String.raw`^\s+(?:reached|totall?ed|were|was|stood\s+at|came\s+to|amounted\s+to)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?${CURRENCY_SIGN}?[#\d]`,
      'u',
    ).test(after)
  )
    return undefined;
  // "The 2025 fishery was worth about $7.3 million at the dock", "The 2025 festival sold some 41,000 tickets": what a
  // year's harvest, trade or season came to.
  if (
    /^(?:the|its|their)\s+\d{4}$/i.test(text) &&
    new RegExp(
      String.raw`^\s+(?:[\p{L}-]+\s+)?(?:fishery|harvest|crop|catch|season|festival|fair|carnival|edition|tournament|campaign)\s+(?:(?:was|were)\s+worth\b|${FIGURE_VERB}\s+${FIGURE})`,
      'iu',
    ).test(after)
  )
    return undefined;
  // "a hole in next year's transport budget", "to discuss next year's spending plan", "Last year's harvest … was the
  // smallest": a figure a period is the period
  // of, told by its possessive.
  if (
    /^(?:next|last|this)\s+(?:year|season)$/i.test(text) &&
    /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:budget|spending|estimates|accounts|harvest|crop|output|production|sales|revenues?|turnover|profits?|results|earnings|exports|imports|catch|forecast|guidance|allocation|subsidy|percentage|rate|average|tally)\b/iu.test(
      after,
    )
  )
    return undefined;
  // "holders of the August monthly pass", "the June payslip", "September occupancy reached 78 percent", "their
  // February sales were down": a thing or a figure a month is the period of, no event of it.
  if (
    MONTH_ALONE.test(text) &&
    new RegExp(
      String.raw`^\s+(?:monthly\s+|season\s+)?(?:pass(?:es)?|tickets?|invoices?|bills?|statements?|payslips?|paychecks?|paycheques?|wages|salar(?:y|ies)|pensions?|rent|throughput|occupancy|ADR|RevPAR|ridership|output|turnover|volumes?|${PERIOD_SUM}|billing\s+cycles?)\b`,
      'i',
    ).test(after)
  )
    return undefined;
  // "the overdue July fuel subsidy", "the subsidy corresponding to the month of July 2026": the month a sum is paid
  // for, no event of it.
  if (
    (MONTH_ALONE.test(text) &&
      /\b(?:the|its|their|overdue|unpaid|late)\s+$/i.test(before) &&
      /^\s+(?:[\p{L}-]+\s+)?(?:subsid(?:y|ies)|instal(?:l)?ments?|allowances?|bonus(?:es)?|stipends?)\b/iu.test(
        after,
      )) ||
    (MONTH_OF_A_YEAR.test(text) &&
      /\b(?:subsid(?:y|ies)|payments?|wages|salar(?:y|ies)|bills?|rent|fees?|pensions?|allowances?|invoices?|charges?)\b[^.;]{0,40}\b(?:corresponding\s+to|covering|for)\s+the\s+month\s+of\s+$/i.test(
        sentence.slice(0, result.index),
      ))
  )
    return undefined;
  // "Kannazuki, named after the old word for October": a month as what a word means.
  if (MONTH_ALONE.test(text) && /\b(?:word|name|term|expression)\s+for\s+$/i.test(before)) return undefined;
  // "Our regular advice hours, every Tuesday from 9 to 12, continue throughout December": a weekly habit through a
  // month, no event of it.
  if (MONTH_ALONE.test(text) && /\b(?:throughout|through|all)\s+$/i.test(before) && EVERY_WEEKDAY.test(sentence))
    return undefined;
  // "the ferry Princess of May", "the riverboat Senhora de Agosto (Lady of August)": a month a title goes on to is a
  // name ("the Fourth of July", "the end of May" are not titles).
  if (
    MONTH_ALONE.test(text) &&
    /^\p{Lu}/u.test(text) &&
    /(?:\S\s+|\()(?!(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Ides|End|Start|Beginning|Middle|Month|Week|Day|Night|Eve|Weekend)\b)\p{Lu}\p{Ll}+\s+of\s+$/u.test(
      before,
    )
  )
    return undefined;
  // "where the Dutch-flagged tanker barge Sunday Morning was discharging": a day's name in capitals after a vessel.
  if (
    /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(text) &&
    (/\b(?:barge|tanker|ferry|carrier|freighter|feeder|steamer|liner|riverboat|ship|vessel|boat|yacht|trawler|tug|horse|mare|[\p{L}]+-(?:flagged|registered))\s+$/iu.test(
      before,
    ) ||
      VESSEL_PREFIX.test(before))
  )
    return undefined;
  // "busy with March Madness brackets", "The Bulletin's annual November Outlook supplement", "The owners of October
  // Gold": a month that a capitalised word goes on from, with no word of time before it, names something.
  if (
    MONTH_ALONE.test(text) &&
    /^\p{Lu}/u.test(text) &&
    /^\s+\p{Lu}\p{Ll}+/u.test(sentence.slice(wordsEnd)) &&
    /\b(?:with|and|of|the|annual|yearly)\s+$/i.test(before)
  )
    return undefined;
  // "the Rütli, the Seelisberg and the August carried": a month after "the" and before a verb is a ship's or a
  // horse's name.
  if (
    /^\p{Lu}/u.test(text) &&
    MONTH_ALONE.test(text) &&
    /\bthe\s+$/.test(before) &&
    /^\s+(?:[a-z]+ed|was|is|has|had|carried|left|sank|ran|took|went|rejoined)\b/.test(sentence.slice(wordsEnd))
  )
    return undefined;
  // "July and August usually bring in close to half": months of every year.
  if (
    MONTH_ALONE.test(text) &&
    /^(?:\s+(?:and|or)\s+\p{Lu}\p{Ll}+)?\s+(?:usually|normally|typically|generally|traditionally|often|always)\b/u.test(
      sentence.slice(wordsEnd),
    )
  )
    return undefined;
  // "ahead of the rest of the September session": a session named by its month, as parliaments name theirs.
  if (
    MONTH_ALONE.test(text) &&
    /\bthe\s+$/i.test(before) &&
    /^\s+(?:session|sitting|plenary)\b/i.test(sentence.slice(wordsEnd))
  )
    return undefined;
  // "Shy Of Sunday, who was one of the horses": a title's capital "Of" joins a name.
  if (/^\p{Lu}/u.test(text) && /\b\p{Lu}\p{Ll}*\s+Of\s+(?:The\s+)?$/u.test(before)) return undefined;
  // "a 2-year-old named Tuesday's Promise", "a dog named June died", "a mare called Sunday Best": what is named is a
  // name; what is called, when the name goes on or a relative clause tells of it ("a meeting called Monday by the mayor"
  // is the day).
  if (
    /^\p{Lu}/u.test(text) &&
    // ("Yes, my name really is April": a name owned.)
    (/\b(?:named|christened|nicknamed)\s+$|\bname\s+(?:\w+ly\s+)?(?:is|was)\s+$/i.test(before) ||
      (/\b(?:called|dubbed)\s+$/i.test(before) &&
        /^(?:['’]s)?\s+\p{Lu}|^,?\s+(?:who|whom|whose|from|of)\b/u.test(after)))
  )
    return undefined;
  // "on the 15th (Tuesday)": a weekday in brackets after a day is that day's, told by the day.
  if (/\d(?:st|nd|rd|th)?\s*\(\s*\p{Lu}\p{Ll}+day\)?$/u.test(`${before}${text}`)) return undefined;
  // "to keep Sunday services to an hour", "suspended Friday prayers", "The club's Friday night dinners": a weekly rite,
  // market or gathering, no one day. "Shiraz's Friday prayer leader", "the Friday imam": who leads one, always.
  if (
    /^\p{Lu}\p{Ll}+day(?:\s+(?:night|evening|morning|afternoon))?$/u.test(text) &&
    ((!/\b(?:on|the|this|last|next|that|its|their)\s+$/i.test(before) &&
      /^\s+(?:services|prayers|masses|worship|markets|trading|estimates?|dinners|lunches|suppers|dances|classes)\b/i.test(
        after,
      )) ||
      /^\s+(?:prayers?\s+leaders?|imams?|preachers?)\b/i.test(after))
  )
    return undefined;
  // "During Carnival Monday and Tuesday the parades were diverted": the second day of a feast named by its first, which
  // a weekday alone does not date.
  if (
    PROPER_WEEKDAY_ALONE.test(text) &&
    new RegExp(
      String.raw`(?:^|[^\p{L}])(?!(?:On|And|But|Or|From|Until|Since|By|Last|Next|This|Every|Each|The|Between)\b)\p{Lu}\p{Ll}+\s+${WEEKDAY_CAPITALISED}\s+(?:and|or|&)\s+$`,
      'u',
    ).test(before)
  )
    return undefined;
  // "Our paper is printed on Thursday each week": a habit of every week.
  if (/^(?:on\s+)?\p{Lu}\p{Ll}+day$/u.test(text) && /^\s+(?:each|every)\s+week\b/i.test(after)) return undefined;
  // "Friday is the workers' only day off": a weekday named as the kind of day it is every week.
  if (
    /^\p{Lu}\p{Ll}+day$/u.test(text) &&
    /^\s+(?:is|was|are|remains?)\s+(?:[\p{L}'’]+\s+){0,3}?(?:days?\s+off|rest\s+day|day\s+of\s+rest|weekly\s+holiday|market\s+day|pay\s?day)\b/iu.test(
      after,
    )
  )
    return undefined;
  // "December corn futures slipped", "November soybeans down a penny": a futures contract's month, no time of an event.
  if (
    monthAlone(text) &&
    !/\b(?:in|by|since|until|till|from|of|during|through|last|next|this|early|late|mid|and|or)\s+$/i.test(before) &&
    /^\s+(?:corn|wheat|soybeans?|soymeal|soybean\s+(?:oil|meal)|oats|canola|(?:live\s+|feeder\s+)?cattle|(?:lean\s+)?hogs|crude|Brent|WTI|cotton|cocoa|coffee|sugar|natural\s+gas|futures|contracts?)\b/i.test(
      after,
    )
  )
    return undefined;
  // "the Jan-26 contract": a futures month and its year; a day of the month is written "26-Jan".
  if (/^\p{Lu}\p{Ll}{2}-\d{2}$/u.test(text)) return undefined;
  // "board chair April Tanaka", "tourist June van Dijk": a month name before a capitalised word (perhaps after its
  // particle), with no preposition before it, is a name. So is one after "by", "from", "with" or "and" whose
  // capitalised word ends the phrase ("Editing by April Vea)", "Editor's note from April Moli:", "and August Nkounkou in
  // Brazzaville"; not "by May Day").
  // "March Bergmann of the forestry service said", "October Ramirez, a nurse": another month whose surname speaks,
  // holds a post or is set beside who its owner is, too.
  if (
    (MONTH_NAMED.test(text) ||
      // ("said Halvorsen spokeswoman November Ruiz": after a word for a post.)
      (MONTH_ALONE.test(text) &&
        /\b(?:spokes(?:wo)?man|spokesperson|director|manager|officer|minister|secretary|chair(?:man|woman)?|coordinator|analyst|nurse|teacher|farmer|trader|resident),?\s+$/i.test(
          before,
        )) ||
      (/^(?:January|February|March|September|October|November|December)$/.test(text) &&
        /^\s+\p{Lu}\p{Ll}+(?:\s+of\s+the\b|\s+(?:said|says|told|added|ran|was|had|has|is|did|got|took|gave|kept|made|led|went|came|won|lost|\p{Ll}+ed)\b|,\s+(?:a|an|the|who|\d)|\s+(?:in|from)\s+\p{Lu}\p{Ll})/u.test(
          after,
        ))) &&
    /^\s+(?:(?:van|von|de|da|del|della|di|du|dos|das|ten|ter)\s+(?:der\s+|den\s+)?)?\p{Lu}(?:\p{Ll}|['’]\p{Lu})/u.test(
      after,
    ) &&
    (!BEFORE_MONTH.test(before) ||
      (/\b(?:by|from|with|and)\s+$/i.test(before) &&
        /^\s+(?!(?:Day|Eve|Bank|Holiday|Week)\b)(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?:[),;.:]|\s*[—–]|\s+(?:and|of|in|at|who|said|says|told|added|expects?|expected|believes?|thinks?|warns?|warned|predicts?|estimates?)\b|\s*$)/u.test(
          after,
        )))
  )
    return undefined;
  // "It made June cry", "we thanked June.": a month as the person a deed is done to, with a verb or nothing after it.
  // "My little June is three": a child's name, and her age. "March with us", "March, protest, we have done it all", "to
  // March his workers back", '"March your inspectors out there"', '"March to any trader in Qingdao"', '"March on
  // the council if you have to"', "March, if you must, but march in peace", '"March the children across on the ferry"',
  // '"March down Harborside on any turnaround day"':
  // a march called for, done or meant. "April, June, every month we hear a promise": months given as any month.
  if (
    (MONTH_NAMED.test(text) &&
      /\b(?:my|our|his|her|their)\s+(?:little\s+)?$/i.test(before) &&
      /^\s+(?:is|was)\s+(?:only\s+|just\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(
        after,
      )) ||
    (MONTH_NAMED.test(text) &&
      /\b(?:made|makes|let|lets|helped|helps|watched|saw|heard|told|asked|thanked|hugged|phoned|rang|visited|invited)\s+$/i.test(
        before,
      ) &&
      /^(?:\s+(?!(?:the|a|an|one|our|its|their|his|her|this|that|these|those|of|in|for|to|and|or|as|so|very|more|less|last|next)\b)[a-z]+\b|[.,;!?]|$)/.test(
        after,
      )) ||
    (/^March,?$/.test(text) &&
      ((/\bto\s+$/.test(before) && /^\s+(?:his|her|their|our|its|the|them|us|him)\b/.test(after)) ||
        (/(?:^|[.!?:]\s)["“‘'(\s]*$/.test(sentence.slice(0, result.index)) &&
          (/^\s+(?:with|alongside|behind|beside)\s+(?:us|them|me|our|the)\b/.test(after) ||
            /^\s+(?:down|up|along|across|past)\s+(?!the\s+(?:end|start|middle)\b)/.test(after) ||
            /^\s+(?:peacefully|quietly|together|proudly|calmly)\b/.test(after) ||
            /^\s+(?:your|their|our|his|her|them|us|him|me)\s/.test(after) ||
            /^\s+to\s+(?:any|every|a|an|your|our|their|his|her)\s/.test(after) ||
            /^\s+on\s+(?:the\s+)?\p{Ll}+\b[^.;]*?\bif\s+(?:you|we)\b/u.test(after) ||
            /^\s+the\s+\p{Ll}+\s+(?:across|out|in|back|into|over|home|down|up|off)\b/u.test(after) ||
            /^,\s+if\s+you\b/.test(sentence.slice(result.index + text.replace(/,$/, '').length)) ||
            /^,\s+[a-z]+,\s/.test(sentence.slice(result.index + text.replace(/,$/, '').length)))))) ||
    (MONTH_ALONE.test(text.replace(/,$/, '')) &&
      /^[,\s]*(?:(?:and|or)\s+)?(?:\p{Lu}\p{Ll}+,?\s+)*every\s+month\b/u.test(after))
  )
    return undefined;
  // "April said traders were worried", "June is in Stoney Creek. Go ahead", "June died of aspiration pneumonia": a
  // month that speaks or dies, or that opens a sentence being somewhere, is a name.
  if (
    MONTH_NAMED.test(text) &&
    /^\p{Lu}/u.test(text) &&
    (/^\s+(?:said|says|told|tells|added|adds|asked|warned|explained|noted|died|dies|barked)\b/.test(after) ||
      // "the final necropsy report for June, a 5-year-old female": a month whose age is told is a name (not "In June, a
      // 12-year-old boy drowned").
      (/^,?\s+(?:a|an)\s+(?:\d+|[a-z]+)-(?:year|month|week)-old\b/.test(after) &&
        (/,\s*$/.test(result.text) || /^,/.test(after)) &&
        !/\b(?:in|on|since|until|till|by|during|through|throughout|from|of|early|late|mid|last|next|this)\s+$/i.test(
          before,
        )) ||
      (/(?:^|[.!?]["”’]?)\s*$/.test(sentence.slice(0, result.index)) &&
        /^\s+(?:is|was)\s+(?:in|from|at)\s+\p{Lu}/u.test(after)))
  )
    return undefined;
  // "Darcy's mum June, who has been in court", "My buddy August, who flew in", "My travelling companion April spent":
  // a month or a weekday after a word for kin, a friend or a companion is a name; so after a court list's "v" ("Police
  // v Sunday PETERSEN").
  if (
    (MONTH_NAMED.test(text) || PROPER_WEEKDAY_ALONE.test(text)) &&
    (/\b(?:mum|mom|mother|dad|father|wife|husband|partner|sister|brother|daughter|son|aunt|uncle|gran|granny|grandmother|grandfather|niece|nephew|cousin|widow|fiancée?|friend|buddy|pal|mate|colleague|companion|neighbou?r|flatmate|roommate|guide|driver),?\s+$/i.test(
      before,
    ) ||
      /\bv\.?\s+$/.test(before) ||
      // "June Harrow's solo hour", "Police v June HARLOW": a month before a surname that owns something, or one in
      // capitals.
      /^\s+\p{Lu}\p{Ll}+['’]s\b/u.test(after) ||
      /^\s+(?!(?:UTC|GMT|[A-Z]{1,3}[SD]?T)\b)[A-Z]{3,}\s*(?:[—–,(]|$)/.test(after))
  )
    return undefined;
  // "not that one, listeners, a different June —": a month set apart from another of its name is a person; so is one
  // greeted ("Morning, March.", "Thanks, Sunday.").
  if (
    (monthAlone(text) || PROPER_WEEKDAY_ALONE.test(text)) &&
    (/\b(?:a\s+different|the\s+other)\s+$/i.test(before) || GREETED.test(before)) &&
    /^\s*[—–,;.!?]/.test(after)
  )
    return undefined;
  // "One student, NKURUNZIZA Sunday, aged 21": a weekday after a surname in capitals is a given name.
  if (
    PROPER_WEEKDAY_ALONE.test(text) &&
    /(?:^|[\s,(])\p{Lu}{3,}\s+$/u.test(before) &&
    /^\s*(?:,|\(|aged\b)/.test(after)
  )
    return undefined;
  // "Cumulative rainfall since 21.06.2026 stands at 402 mm", "Health: 1,430 consultations since 24 June": a level or a
  // tally since a day, no event of it.
  if (
    (/\bsince\s+$/i.test(before) || /^since\s/i.test(text)) &&
    (/^\s+(?:stands|stood|is|was|totals|totalled)\s+(?:at\s+)?(?:about\s+|some\s+)?[#\d]/i.test(after) ||
      /(?:^|[:;]\s*)(?:about\s+|some\s+|over\s+|more\s+than\s+)?[#\d][#\d,.]*\s+(?:[\p{L}-]+\s+){1,3}since\s+$/iu.test(
        withOwn(sentence.slice(0, result.index), /^since\s/i),
      ))
  )
    return undefined;
  // What is so in a month of any year: "Dust events of this strength are unusual in August", "whose own King's Birthday
  // holiday is kept in June", "frosts are not typical for the second half of October", "Tamworth in January is hot",
  // "The average monthly air temperature in Pavlodar for October is plus 3–4°C", "Panama celebrates its independence …
  // in November", "one of the most popular destinations in Yunnan, drawing large crowds in July and August". And "on
  // Dominion Day, not on Canterbury's Show Day in November": a day set against the one meant; "steady on last month": a
  // level's baseline; "Midsummer Eve, which falls on the Friday between 19 and 25 June": the days a calendar's rule
  // allows; "Between 12:00 and 15:00 today, 18 centimetres of snow fell": a measure of a span of hours.
  const opening = sentence.slice(0, result.index);
  if (
    ((monthAlone(text) || MONTH_PART.test(text)) &&
      (/\b(?:is|are)\s+(?:not\s+)?(?:\w+ly\s+)?(?:unusual|rare|common|typical|normal|usual|frequent|uncommon|kept|held|observed|celebrated|marked)\s+(?:in|for)\s+(?:the\s+(?:first|second|last)\s+half\s+of\s+|(?:early|late|mid)[- ])?$/i.test(
        opening,
      ) ||
        (/\b\p{Lu}\p{L}+\s+in\s+$/u.test(before) && /^\s+(?:is|are)\b/i.test(after)) ||
        (/\b(?:average|mean|normal)\b[^.;]{0,60}\b(?:for|in)\s+$/i.test(opening) && /^\s+(?:is|are)\b/i.test(after)) ||
        /\b(?:celebrates|commemorates|observes|honou?rs)\b(?![^.;]{0,60}\b(?:anniversary|centenary|centennial|jubilee|\d+(?:st|nd|rd|th))\b)[^.;]{0,60}\bin\s+$/i.test(
          opening,
        ) ||
        /\b(?:is|are)\b[^.;]*,\s*(?:drawing|attracting|pulling|bringing\s+in)\s+(?:[\p{L}-]+\s+){0,4}?(?:in|during)\s+(?:(?:early|late|mid)[- ])?(?:\p{L}+\s+(?:and|or)\s+)?$/iu.test(
          opening,
        ) ||
        /,\s+not\s+(?:on|in|at)\s+[^,;.]{0,40}\s+in\s+$/i.test(opening))) ||
    (/^last\s+(?:week|month|year)$/i.test(text) && /\b(?:steady|unchanged|flat)\s+on\s+$/i.test(before)) ||
    new RegExp(
      String.raw`\bthe\s+${WEEKDAY}\s+(?:between|after|before|nearest|closest\s+to)\s+(?:\d{1,2}\s+and\s+)?$`,
      'i',
    ).test(withOwn(before, /^between\s/i)) ||
    (/^today$/i.test(text) &&
      /\bbetween\s+[\d#]{1,2}[:.h][\d#]{2}\s+and\s+[\d#]{1,2}[:.h][\d#]{2}\s+$/i.test(before) &&
      /^\s*,?\s+(?:about\s+|some\s+)?[\d#][\d#,.]*\s*(?:mm|cm|centimet(?:re|er)s|millimet(?:re|er)s|inch(?:es)?|%)(?![^.;]*\band\b)/i.test(
        after,
      ))
  )
    return undefined;
  // "The target of clearing the backlog by the end of the year was missed" in a January paper: the year just gone.
  if (
    /^(?:by|before)\s+(?:the\s+end\s+of\s+the\s+year|year['’]s\s+end|(?:the\s+)?year-end)$/i.test(text) &&
    published.getMonth() === 0 &&
    directionAt(sentence, result.index, wordsEnd) === 'past'
  )
    return [periodOf(new Date(published.getFullYear() - 1, 0, 1), 'year'), 'past'];
  // "sold more tea this week than in the whole of last month": a level set against another, no event.
  if (/^(?:this\s+(?:week|month|year)|today)$/i.test(text) && /^\s+than\b/i.test(after)) return undefined;
  // '"so this month is always my busiest"': what the time is like every year.
  if (/^this\s+(?:week|month|season|time\s+of\s+(?:the\s+)?year)$/i.test(text) && HABITUAL_AFTER.test(after))
    return undefined;
  // "We would rather find it now, with the bridge empty, than a year from now", "better today than next week": a time
  // set against now, no event of it.
  if (/\b(?:now|today)\b[^.;]*\bthan\s+(?:in\s+|on\s+)?$/i.test(sentence.slice(0, result.index))) return undefined;
  // "Youth Day has been celebrated on 11 February since 1966", "Burns Night, held on 25 January to mark the poet's
  // birthday, is": the day a feast is kept every year.
  if (
    /^(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+$|^(?:on\s+)?\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?$/u.test(text) &&
    ((/\b(?:has|have|had)\s+been\s+(?:celebrated|observed|marked|held|commemorated|kept)\s+(?:on\s+)?$/i.test(
      withOwn(before, /^on\s/i),
    ) &&
      /^\s*,?\s*(?:since\s+(?:the\s+)?\d{4}|every\s+year|each\s+year|annually)\b/i.test(after)) ||
      (/,\s*(?:celebrated|observed|held|kept)\s+(?:on\s+)?$/i.test(withOwn(before, /^on\s/i)) &&
        /^\s+(?:to\s+(?:mark|celebrate|commemorate|honour|honor)|every\s+year|each\s+year|annually)\b/i.test(after)))
  )
    return undefined;
  // "the holidays of 3, 12 and 21 October": days the calendar keeps, named; no event on them.
  if (/\bholidays\s+of\s+(?:\d{1,2},\s+)*(?:\d{1,2}\s+and\s+)?$/i.test(before)) return undefined;
  // "many families have already changed their December plans": a month naming someone's plans, no date of its own.
  if (
    monthAlone(text) &&
    /\b(?:their|our|his|her|its|my|your)\s+$/i.test(before) &&
    /^\s+(?:plans?|holidays?|trips?|bookings?|travel|break|getaway|visit)\b/i.test(after)
  )
    return undefined;
  // "Maximum temperatures recorded during the past 24 hours ending 0830 hrs IST today": readings over a span of hours.
  if (
    /^today$/i.test(text) &&
    /\b(?:recorded|measured|observed|registered|rainfall|temperatures?|readings?)\b[^;]*\b(?:during|in|over)\s+the\s+(?:past|last|previous|preceding)\s+[#\d]+\s+hours\s+ending\b[^;]*$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "The Papanasam dam held 18 per cent of capacity on Friday": a store's level on the day.
  if (
    /\b(?:held|was\s+at|stood\s+at|were\s+at)\s+(?:about\s+|around\s+|only\s+|just\s+)?[#\d][#\d,.]*\s*(?:%|per\s*cent|percent)\s+of\s+(?:its\s+|their\s+|the\s+)?(?:(?:live\s+|gross\s+|full\s+|storage\s+)?capacity|storage|full\s+supply(?:\s+level)?)\s+$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "The national day of 16 January marks the assassination of …": what a day of the calendar stands for, every year.
  if (
    /\bday\s+of\s+$/i.test(before) &&
    /^\s+(?:marks|commemorates|honours|honors|celebrates|recalls|remembers)\b/i.test(after)
  )
    return undefined;
  // "he is called Velli (Friday) Kannan": a name's gloss, no day.
  // ("on Shonibar (Saturday)" glosses a day's own name.)
  if (WEEKDAY_GLOSS.test(text) && /\p{Lu}\p{Ll}+\s+$/u.test(before) && /^\s+\p{Lu}\p{Ll}+/u.test(after))
    return undefined;
  // "operators expect January to show a sharp dip", "Copper output in March of 4,210 tonnes": a month's figure.
  if (
    monthAlone(text.replace(/^in\s+/i, '')) &&
    ((/\bexpect(?:s|ed|ing)?\s+$/i.test(before) && /^\s+to\s+(?:show|be|see|bring|record|post)\b/i.test(after)) ||
      (/\b(?:output|production|sales|exports|imports|revenues?|volumes?|shipments|deliveries|arrivals)\s+(?:in\s+)?$/i.test(
        before,
      ) &&
        /^\s+of\s+(?:about\s+|some\s+)?[#\d]/i.test(after)))
  )
    return undefined;
  // "214 cases of acute diarrhoea notified in week 48", "During week 17, 87 new suspected cases and 4 deaths were
  // notified, against 141 cases and 9 deaths in week 16": a tally of an epidemiological week, or the one it is
  // compared with.
  if (
    /^(?:in|during)\s+week\s+\d{1,2}$/i.test(text) &&
    (/[#\d][#\d,.]*\s+(?:[\p{L}-]+\s+){0,6}?(?:notified|reported|recorded|registered|confirmed|admitted)\s+$/iu.test(
      sentence.slice(0, result.index),
    ) ||
      /^\s*,\s+[#\d][#\d,.]*\s+(?:[\p{L}\d-]+\s+){0,6}?(?:(?:were|was)\s+)?(?:notified|reported|recorded|registered|confirmed|admitted)\b/iu.test(
        after,
      ) ||
      /\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+[#\d][#\d,.]*\s+[^,;.]{0,40}$/i.test(
        sentence.slice(0, result.index),
      ))
  )
    return undefined;
  // "about $5.1 million at the rate of the CFA franc on Friday", "sterling conversions at the euro on Friday": the day a
  // sum was converted at, no event.
  if (
    (/\bat\s+(?:the|that\s+day['’]s)\s+(?:exchange\s+)?rates?\s+(?:of|for)\s+[^,;.]{1,40}$/i.test(before + ' ') ||
      new RegExp(String.raw`\bconversions?\s+at\s+the\s+(?:${CURRENCY_WORD})\s+$`, 'i').test(before)) &&
    WEEKDAY_PHRASE.test(text)
  )
    return undefined;
  // A weekday opening its line before a colon: a rota's or a programme's.
  const weekdayLine =
    PROPER_WEEKDAY_ALONE.test(text) && !/\S/.test(sentence.slice(0, result.index)) && /^\s*:/.test(after);
  // "Sunday: hospital, health centres, schools and prison only": a weekday's line of a rota, every week.
  if (weekdayLine && !/\b(?:is|are|was|were|will|to|\p{L}+ed|\p{L}+s\s+(?:the|a|an|its|their)\b)\b/iu.test(after))
    return undefined;
  // "Sunday: mariachi mass and closing concert, 6 p.m. — MOVED to the fairgrounds grandstand" in a Saturday programme:
  // a programme's line with its status in capitals is for the clearly nearer of its weekdays, whatever the status says.
  if (weekdayLine && /\b(?:MOVED|CANCELL?ED|POSTPONED|RESCHEDULED|CHANGED|RELOCATED|UPDATED|AMENDED)\b/.test(after)) {
    const nearer = clearlyNearer(published, result.start.get('weekday') ?? 0);
    if (nearer) return nearer;
  }
  // "practising since 2019 or earlier": a bound of a condition, no day of anything.
  if (/^\s+or\s+(?:earlier|before|later|after|sooner)\b/i.test(after)) return undefined;
  // "all cases fixed for 21.08.2026 to 29.08.2026 stand adjourned", "cases fixed for August": the days of a court's
  // list, no hearing told.
  if (/\b(?:cases|matters|suits)\s+(?:fixed|listed|scheduled|set)\s+(?:for|on)\s+$/i.test(before)) return undefined;
  // "shall examine the discharge decisions … in the period from 01.11.2026 to 22.11.2026": the span a scope covers.
  if (
    /\b(?:examine|examines|examined|review|reviews|reviewed|cover|covers|covering|covered|audit|audits|investigate|investigates|assess|assesses)\b[^;]*\b(?:in|for|over|during)\s+the\s+period\s+(?:from\s+|between\s+)?$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "trains will not run from Friday afternoon until Saturday night, as on every Shabbat", "Shops close on Saturday, as
  // every week": what comes round each week, no one day's event.
  // (Not beside a deed of the day: "On Friday, as every week, protesters gathered outside parliament; police arrested
  // 40".)
  if (!result.start.isCertain('day') && AS_EVERY_WEEK.test(after) && !tellsDeed(after)) return undefined;
  // "lot 2611-04, best before 12.03.2027, production dates 01.11.2026–15.11.2026": a label's dates, no event.
  // (So is "Best before 2026 DE 05", which chrono reads from "before" on; a shop's "Ships: Nov 20 – Nov 24"; a tide
  // table's "High tide: Sat 14 Nov 17:42, 2.21 m"; a study's "data cut-off: June 30, 2026".)
  if (
    /\b(?:best[\s-]+before(?:\s+end)?|use[\s-]+by|sell[\s-]+by|display\s+until|expiry\s+date|exp\.|BBE|production\s+dates?|packing\s+dates?|packed\s+on|[Ss]hips\s*:|estimated\s+delivery|delivery\s+window|(?:high|low)\s+(?:tide|water)\s*:|data\s+cut-?off|cut-?off\s+date)\s*:?\s*$/i.test(
      `${before}${/^(?:before|by|until)\s/i.exec(text)?.[0] ?? ''}`,
    )
  )
    return undefined;
  // "Charts affected: IN 2061, IN 2062": a chart's number after its series' capitals, no year.
  if (/^IN\s+\d{4}$/.test(text) && /\p{Ll}/u.test(sentence)) return undefined;
  // "Karkidakam 23 of Kollam Era 1201 corresponds to Saturday, August 8, 2026": a day in another calendar told in ours,
  // no event of it.
  if (/\b(?:corresponds|correspond|equates)\s+to\s+$/i.test(before) || /\bKollam\s+Era\s+\d{4}\s+to\s+$/.test(before))
    return undefined;
  // '"it was normal for November"', "unusually warm for early March", "Turnout looks healthy for a February
  // by-election": what is usual in a month of any year. "because of … a weak January", "an April and May that …":
  // what a month was like.
  if (
    monthAlone(text.replace(/^(?:early|mid|late)[-\s]+/i, '')) &&
    (/\b(?:(?:ab)?normal|usual|unusual|typical|atypical|average|rare|common|uncommon|(?:un)?seasonal|mild|cold|warm|hot|wet|dry|cool|chilly|healthy|decent|respectable|good|poor|low|high|busy|quiet)\s+for\s+(?:an?\s+)?$/i.test(
      before,
    ) ||
      /(?<!\b(?:[Ii]n|[Dd]uring|[Oo]ver|[Tt]hrough(?:out)?)\s+)\ba\s+(?:very\s+)?(?:[a-z]+,?\s+(?:and\s+)?)?(?:weak|strong|slow|busy|quiet|poor|good|bad|record|dry|wet|cold|mild|warm|hot|difficult|tough|soft|sluggish|brisk|bumper|lean|flat|subdued|solid|robust|disappointing|lacklustre|lackluster|dismal|stellar)\s+$/i.test(
        before,
      ) ||
      // "after an April and May that the weather office now rates among the hottest": a month as a kind of time.
      (/\ban?\s+$/i.test(before) &&
        /^\s*(?:(?:and|or)\s+\p{Lu}\p{Ll}+\s*)?(?:that|which|like|as|[,.;]|$)/u.test(after)))
  )
    return undefined;
  // '"Here it is always June."': a month as what a place is like. "June in Grovetown, you are on The Back Nine.": a
  // caller named with where they call from. "June will come in at well under half that": a month's figure.
  if (
    MONTH_ALONE.test(text.replace(/[,.]$/, '')) &&
    (/\b(?:is|was|it['’]s)\s+(?:always|still|forever|never)\s+$/i.test(before) ||
      (/^\s*["“]?$/.test(sentence.slice(0, result.index)) &&
        (/^\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s+you(?:['’]re|\s+are)\b/u.test(after) ||
          /^\s+(?:will|should|could|may|might)\s+come\s+in\s+(?:at|below|above|under|over)\b/i.test(after))))
  )
    return undefined;
  // '"We lost January, we do not want to lose February"', "buyers will start asking about July": a month as a thing
  // lost or talked of, no event in it.
  if (
    MONTH_ALONE.test(text.replace(/[,.]$/, '')) &&
    /\b(?:lose|loses|lost|losing|save|saves|saved|saving|(?:write|wrote|written|writing)\s+off|(?:ask|asks|asked|asking|talk|talks|talked|talking|think|thinks|thinking|worry|worries|worried|worrying)\s+about)\s+$/i.test(
      before,
    )
  )
    return undefined;
  // "who leads the local 17 May committee", "a 25 April association": a body named for a date.
  if (
    /^\d{1,2}\s+\p{L}+$/u.test(text) &&
    monthAlone(text.replace(/^\d{1,2}\s+/, '')) &&
    /^\s+(?:committee|commission|movement|association|society|foundation|square|street|avenue|school|stadium)\b/i.test(
      after,
    )
  )
    return undefined;
  // 'Committee member Thato "August" Phakisi', 'Vicente "Friday" Aguon': a month or weekday in quotation marks between
  // names is a nickname.
  if (
    (MONTH_ALONE.test(text) || PROPER_WEEKDAY_ALONE.test(text)) &&
    /\p{Lu}\p{Ll}+\s+["“]$/u.test(before) &&
    /^["”]\s+\p{Lu}/u.test(after)
  )
    return undefined;
  // "Rep. March Lindqvist, favors", "Cllr April Doyle": a month after a title, before a surname, is a first name.
  if (
    MONTH_ALONE.test(text) &&
    /\b(?:Dr|Mr|Mrs|Ms|Prof|Rev|Fr|Sgt|Capt|Cllr|Hon|Rep|Sen|Gov|Engr|Judge|Justice|Pastor|Col|Maj|Lt|Supt|Insp)\.?\s+$/.test(
      before,
    ) &&
    /^\s+\p{Lu}\p{Ll}+/u.test(after)
  )
    return undefined;
  // "Cllr Tom March", "Rachel May apologised": a month after a capitalised first name is a surname.
  // Not one a qualifier follows: "sails from Kwinana Friday next".
  if (
    /^\p{Lu}\p{Ll}+(?:,|\s+of)?$/u.test(text) &&
    /\b\p{Lu}\p{Ll}+\s+$/u.test(before) &&
    !BEFORE_MONTH.test(before) &&
    !(/day$/.test(text) && /^\s+(?:next|last|week)\b/.test(after))
  )
    return undefined;
  // "The dialogue was to have resumed on Wednesday, but was put off": a plan that did not happen is no event.
  if (isCounterfactual(clauseBefore(sentence, result.index))) return undefined;
  // "Cocoa for December delivery", "the March contract": a futures contract's month, not a date.
  // "in the December quarter", "the March half": a reporting period named by its last month.
  // "their February salaries", "the March rent": what is owed for a month, not the day of an event; "their September
  // level": a month's measure; "fuel requests for September operations": what is planned for a month; "in December
  // rain": a month's weather.
  if (
    MONTHS_MEASURE.test(after) &&
    !/[,;]$/.test(result.text.trim()) &&
    !result.start.isCertain('day') &&
    result.start.isCertain('month')
  )
    return undefined;
  // "the schedule of this year's national exam": which year's edition, not when anything happened.
  if (/^this year$/i.test(text) && /^['’]s\b/.test(after)) return undefined;
  // "several smaller studios have closed or shrunk this year": what has been done this year so far is a tally of the
  // year to date, no one event in it.
  if (
    /^this year$/i.test(text) &&
    /\b(?:has|have|['’]ve)\s+(?:\w+ly\s+)?(?:been\s+)?\p{L}+(?:ed|en|wn|ut|ne)\b/iu.test(
      clauseAround(sentence, result.index, result.text.length),
    )
  )
    return undefined;
  // "This week's lead is Brazil", "This week's Brief is given over to potatoes", "This week's Runway Brief looks at": a
  // newsletter's issue. "and this year
  // will be no different": the year is like others.
  if (
    /^this week$/i.test(text) &&
    /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:lead|top story|main item|edition|issue|brief|briefing|bulletin|newsletter|digest|round-?up|column|pick)\b/iu.test(
      after,
    )
  )
    return undefined;
  if (/^this year$/i.test(text) && /^\s+(?:will be|is|was|won['’]t be)\s+no\s+different\b/i.test(after))
    return undefined;
  // "would not run again this year", "It is not the first incident this year", "Not this year": what the year will not
  // hold, or a count over it, no event.
  if (
    /^this year$/i.test(text) &&
    /\b(?:not|no|never|nobody|none)\b|n['’]t\b/i.test(clauseBefore(sentence, result.index))
  )
    return undefined;
  // '"This year I'm giving away burritos"', '"This year, nobody can."', '"Every year we go to the waterfall. This year,
  // who knows"', '"But this year safety comes before spectacle."': a speaker's year opening what they say is how this
  // year differs, no event in it.
  if (
    /^this year$/i.test(text) &&
    /(?:["“]|[.!?])\s*(?:(?:But|And|So)\s+)?$/.test(before) &&
    insideQuotation(sentence, result.index)
  )
    return undefined;
  // "trailed last year's pace": a comparison's baseline; "expect the 2026 figure to be a fifth lower": a year's sum.
  if (
    (/^last year$/i.test(text) &&
      /^['’]s\s+(?:pace|levels?|figures?|totals?|average|numbers|record|rate|highs?|lows?)\b/i.test(after)) ||
    (/^(?:the\s+)?(?:19|20)\d{2}$/i.test(text) &&
      /^(?:['’]s)?\s+(?:figures?|totals?|tally|average|numbers)\b/i.test(after))
  )
    return undefined;
  // "in the years after the 2010 crisis": a stretch counted from a year tells only the year it counts from.
  const stretch =
    /^the\s+(?:years|months|weeks|days)\s+(?:after|before|since|following)\b(?:.*\b((?:19|20)\d{2}))?/i.exec(text);
  if (stretch) return stretch[1] ? [periodOf(new Date(Number(stretch[1]), 0, 1), 'year'), 'past'] : undefined;
  // "inflation rose to 33.1 percent in September": the month a figure measures, not the day of an event.
  if (!result.start.isCertain('day') && /\d(?:[.,]\d+)?\s*(?:%|per\s?cent|percent)\s+in\s+$/i.test(before))
    return undefined;
  // "trips that cost N1,000 in August": a price's month.
  if (
    !result.start.isCertain('day') &&
    /\b(?:cost|costs|sold for|sells for|traded at|fetched|priced at)\s+\S*\d\S*(?:\s+(?:million|billion|a litre|per litre))?\s+in\s+$/i.test(
      before,
    )
  )
    return undefined;
  // "It is the second increase this year": the period a count runs over.
  if (
    /^this\s+(?:week|month|year)$/i.test(text) &&
    /\b(?:is|was|are|were|marks?|marked)\s+(?:the|its|their|his|her)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){1,2}$/iu.test(
      before,
    )
  )
    return undefined;
  // "They told us Sunday, then Monday, then Tuesday", "They told us Sunday, then they told us the end of the week": days a
  // promise kept moving to, none kept.
  if (
    WEEKDAY_PHRASE.test(text) &&
    (/^,?\s+then\s+(?:on\s+)?\w+day\b|^,?\s+then\s+(?:they|he|she|we|it)\s+(?:told|said)\b/i.test(after) ||
      /\b\w+day,?\s+then\s+$/i.test(before))
  )
    return undefined;
  // "the Monday-morning ritual of the weekend chart", "Its weekend night swings for river traffic": a weekday's part as
  // an adjective, every week's.
  if (/^\w+day-(?:morning|afternoon|evening|night)$/i.test(text) && /^\s+\p{Ll}/u.test(after)) return undefined;
  if (
    /^weekend\s+(?:morning|afternoon|evening|night)$/i.test(text) &&
    /\b(?:its|their|the|our|his|her)\s+$/i.test(before) &&
    /^\s+(?!(?:was|were|is|are|has|had|will|would)\b)\p{Ll}+\b/u.test(after)
  )
    return undefined;
  // "ahead of the 29 October holiday": the run-up to a holiday named by its day, no event of the story ("on the 23
  // October holiday" is the day something happened).
  if (
    /\b(?:ahead of|before|in the run-up to)\s+the\s+$/i.test(before) &&
    /^\s+(?:(?:public|bank|national)\s+)?holidays?\b/i.test(after)
  )
    return undefined;
  // "the bank's forecast of 27 percent inflation by year-end", "Analysts expect prices to soften by year-end", "We
  // estimate a 65% probability that Harricana will have to restate its reserves before year-end": a forecast's horizon,
  // not a deadline for a deed.
  if (
    (/^(?:by|before)\b/i.test(text) || /\b(?:by|before)\s+(?:the\s+)?$/i.test(before)) &&
    (/\b(?:forecasts?|projections?|predictions?|estimates?|outlook)\b[^.;]{0,60}$|\b(?:probability|likelihood|chance)\b[^.;]{0,80}$/i.test(
      sentence.slice(0, result.index),
    ) ||
      /\b(?:analysts?|economists?|traders|markets?|investors|forecasters|brokers)\b[^.;]{0,30}\b(?:expect|forecast|predict|see|estimate)s?\b[^.;]{0,80}$/i.test(
        sentence.slice(0, result.index),
      ))
  )
    return undefined;
  // "sent the peso to its strongest level since August": the baseline of a record, no event; "Remittances reached a
  // record $64.7 billion in 2024", "The annual inflation closed October at 4.1%": a figure for its period; "the
  // inflation reading for the first half of November": a period the figures cover.
  if (
    (/^since\s/i.test(text) || /\bsince\s+$/i.test(before)) &&
    RECORD_SINCE_BEFORE.test(sentence.slice(0, result.index) + (/^since\s/i.test(text) ? 'since ' : '')) &&
    !/^\s+\p{Ll}/u.test(after)
  )
    return undefined;
  if (
    (MONTH_OF_A_YEAR.test(text) || /^(?:in\s+)?\d{4}$/i.test(text)) &&
    (FIGURE_FOR_PERIOD_BEFORE.test(sentence.slice(0, result.index) + (/^in\s/i.test(text) ? 'in ' : '')) ||
      (/\b(?:closed|ended|finished)\s+$/i.test(before) && /^\s+at\s+[-+]?[\d#$€£]/.test(after)) ||
      (/\b(?:first|second)\s+half\s+of\s+$/i.test(before) &&
        /\b(?:inflation|prices?|readings?|data|figures?|index|CPI|sales|output|volumes?|traffic)\b/i.test(
          sentence.slice(0, result.index),
        )))
  )
    return undefined;
  // "had still not been paid their salaries for May and June": what is owed for a month, named after it.
  if (MONTH_ALONE.test(text.replace(/\s+\d{4}$/, '')) && OWED_FOR.test(sentence.slice(0, result.index)))
    return undefined;
  // "in the first quarter of 2026", "the second half of 2025": a reporting period the year holds, not an event's year.
  if (/^of\s/i.test(text) && /\b(?:quarter|half)\s+$/i.test(before)) return undefined;
  // "The main item this week is …", "In this week's edition": the publication's own issue, not an event's date.
  // So is "This week's letter is mostly about Da Lat".
  if (
    /^this (?:week|month)$/i.test(text) &&
    (PUBLICATION_ISSUE.test(before) ||
      (/^\s*$/.test(sentence.slice(0, result.index)) &&
        /^['’]s\s+(?:issue|edition|newsletter|letter|episode|column|briefing|podcast|round-?up|digest)\s+(?:is|covers|looks|features|brings|has)\b/i.test(
          after,
        )))
  )
    return undefined;
  // "Until next Saturday, and safe travels,": a letter's farewell, no event of the day it names.
  if (
    /^next\s/i.test(text) &&
    /^\s*until\s+$/i.test(sentence.slice(0, result.index)) &&
    /^\s*,?\s*(?:and\s+)?(?:safe\s+travels|happy\s+travels|good-?bye|bye|take\s+care|see\s+you|stay\s+safe|cheers)\b/i.test(
      after,
    )
  )
    return undefined;
  if (isDocumentStamp(sentence.slice(0, result.index), before, after, sentence.slice(result.index))) return undefined;
  // "more than twice its usual February load": a month in general, no one date (not "back to normal by month's end").
  if (
    /\b(?:usual|typical|normal|average)\s+$/i.test(before) &&
    !/^(?:by|before|until|till|on|in|from|since|at)\s/i.test(text)
  )
    return undefined;
  // "valid from 0600 Sat 14 Feb to 2359 Sun 15 Feb": the end of a span that starts on a date before it (not "moved from
  // Monday to Friday", where it is the new day).
  if (
    /\bfrom\b[^,;]{0,15}?(?:\d|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)[^,;]{0,30}?\s(?:to|until|till|through)\s+(?:\d{3,4}\s+|\d{1,2}[:.][\d#]{2}\s+)?(?:on\s+)?$/i.test(
      sentence.slice(Math.max(0, result.index - 60), result.index),
    ) &&
    !/\b(?:moved|postponed|pushed|delayed|brought|changed|switched|rescheduled|put)\b[^,;]*$/i.test(before)
  )
    return undefined;
  // "Weekly report, week ended July 15.": a report's heading and the period it covers ("in the week ending March 13"
  // inside a sentence dates that week's event).
  if (
    /^\s*\p{Lu}[\p{L}'’ ]{0,40},\s*(?:for\s+(?:the\s+)?)?week\s+(?:ended|ending)\s+$/u.test(
      sentence.slice(0, result.index),
    ) &&
    /^[\s.]*$/.test(after)
  )
    return undefined;
  // "For the quarter ended March 31, 2026": the end of a reporting period, not an event. A quarter, half or year ends
  // at a month's end (or on 5 April, Britain's tax year): "the annual closure for the previous year ended on
  // 10-01-2025" is the closure's end.
  const periodEnded = /\b(quarter|year|period|half|months|weeks)\s+(?:ended|ending)\s+(?:on\s+)?$/i.exec(before);
  const endDay = result.start.get('day') ?? 31;
  if (
    periodEnded &&
    (!/^(?:quarter|year|half)$/i.test(periodEnded[1]) ||
      endDay >= 28 ||
      (endDay === 5 && result.start.get('month') === 4))
  )
    return undefined;
  // "the fourth quarter, which for the fuel hauler ended Jan. 31": the same, told in a relative clause.
  if (
    /\b(?:quarter|year|period|half)\s*,?\s+which\b[^.;]{0,40}?\b(?:ended|ends|ending)\s+(?:on\s+)?$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "had $3.8 million of cash as of June 30", "had unrestricted cash of US$84 million at 31 May 2026": a balance on a
  // day, no event on it.
  if (
    (/\bas\s+(?:of|at)\s+$/i.test(before) &&
      /\b(?:had|has|have|held|holds|stood|stands|totall?ed|totals|owed|owes)\b/i.test(
        clauseBefore(sentence, result.index),
      )) ||
    (/\bat\s+$/i.test(before) &&
      /\b(?:had|has|have|held|holds)\s+(?:[\p{L}-]+\s+){0,3}(?:cash|debt|reserves|balances?|liquidity|deposits|borrowings)\s+of\s+\S{0,4}[\d#][^.;]{0,30}$/iu.test(
        sentence.slice(0, result.index),
      ))
  )
    return undefined;
  // "Nobody wants to strike in June": what no one, or everyone, does is no event of one month.
  if (
    result.start.isCertain('month') &&
    !result.start.isCertain('day') &&
    /^["“‘']?(?:Nobody|No one|Everyone|Everybody|Anyone|Anybody)\s+\p{Ll}+s\b/u.test(sentence) &&
    !/\b(?:will|would|is going to)\b/.test(sentence)
  )
    return undefined;
  // "will march to the office", "flights may resume", "We will march at 6 p.m.": a month name in lower case is a verb,
  // whatever time chrono joins to it.
  if (/^(?:march|may)\b(?!\s*\d)/.test(text)) return undefined;
  // "investigating Monday's fire", "reviewing the Monday incident": what no one plans has happened, whatever the verb
  // around it. ("a hearing on the fire on Monday" is the hearing's day.)
  const unplanned = UNPLANNED.test(sentence.slice(wordsEnd).replace(/^['’]s\b/, ''));
  // "The vote is on the 30th", "Heroes' Day falls on Wednesday": a thing that is on a day is still to come.
  const isOn =
    (/\b(?:is|are)\s+$/i.test(before) && /^on\s/i.test(text)) ||
    // "the August Palio is on for Sunday".
    /\b(?:is|are)\s+(?:still\s+|back\s+)?on\s+for\s+$/i.test(before) ||
    (/\bfalls?\s+$/i.test(before) && ON_NAMED_WEEKDAY.test(text));
  // "The report's account begins in late June, when the Housing Executive first wrote": the when-clause tells the date.
  // (Not a promise of what will be done then: "expect traffic to recover after 3 August, when the governor has promised
  // to look again at the ban".)
  const whenClause = (/^,\s+when\s+([^,;.]*)/i.exec(after)?.[1] ?? '').replace(
    /\b(?:promised|pledged|vowed|agreed|undertaken|committed|planned|hoped)\s+to\b.*/i,
    '',
  );
  const whenWords = whenClause.split(/\s+/).slice(0, 6);
  const whenDone =
    !/\b(?:will|shall|would|'ll|’ll|going to|due to|expected to|set to|plans? to)\b/i.test(
      sentence.slice(0, result.index),
    ) &&
    whenWords.some(
      (word, i) =>
        isPastAction(word.toLowerCase()) &&
        !/^(?:is|are|be|being|been|to|will|would|can|may)$/i.test(whenWords[i - 1] ?? ''),
    );
  // "A vessel that was due to load … on Saturday sailed without it", "The Nordic June, which was due at Fairview Cove on
  // Saturday, berthed in Saint John on Sunday instead", "The tug Friday Star, which was due on Saturday, reached the bay on
  // Sunday": the plan's own clause ends, and what happened instead is told
  // as done.
  const passedBy =
    RELATIVE_PLAN_BEFORE.test(sentence.slice(0, result.index)) &&
    (isPastAction((/^\s*,?\s*([a-z]+)/i.exec(after)?.[1] ?? '').toLowerCase()) ||
      // "The footway, which was due to reopen on Monday in time for the holiday, stayed behind the barriers".
      isPastAction((/^[^,;]*,\s*([a-z]+)/i.exec(after)?.[1] ?? '').toLowerCase()));
  // "schools, which had been due to reopen on Sunday after the holiday, would stay closed": a plan given up before its
  // day, which is the nearer of the two.
  const keptOff =
    RELATIVE_PLAN_BEFORE.test(sentence.slice(0, result.index)) &&
    /^[^,;]*,\s*(?:would|will)\s+(?:now\s+)?(?:stay|remain|not|be\s+(?:kept|closed|shut|delayed|postponed))\b/i.test(
      after,
    );
  // "The government declared Monday a national day of mourning": the day a declaration names, either side of it.
  const declared =
    WEEKDAY_ALONE.test(text) &&
    /\b(?:declared|proclaimed|designated|named)\s+$/i.test(before) &&
    /^\s+(?:as\s+)?(?:a|an|the)\s/i.test(after);
  // "had planned to restart the body shop on Sunday but called the crews off", "Engineers had promised to open one lane
  // on Monday, but new cracks appeared": a plan told as overtaken, gone by.
  // (A calendar day so planned is the nearest: "had planned to open its autumn series on National Heroes' Day, October
  // 12, but …" may be ahead.)
  // (A plan promised or hoped for is gone by only when what became of it is told as done: "had hoped to reopen … on
  // Monday, but that the decision now rested with the government" may be the Monday ahead.)
  const hadPlan = /\bhad\s+(planned|intended|promised|pledged|vowed|hoped|aimed|expected)\s+to\b[^.;]*$/i.exec(
    sentence.slice(0, result.index),
  );
  const gaveUp =
    !result.start.isCertain('month') &&
    hadPlan !== null &&
    /^[^.;]*\bbut\b/i.test(after) &&
    (/^(?:planned|intended)$/i.test(hadPlan[1]) || fateToldAsDone(after));
  // "Organizers said Friday's parade is expected to go ahead", "City Hall said the Victory Day concert on the Boulevard
  // on Saturday would move inland": a day's thing after a verb of saying is the subject of what was said, whose own
  // verb reads it.
  const saidOf =
    (/^['’]s\s/.test(after) &&
      /\b(?:said|says|told\s+\S+|announced|confirmed|warned|added)\s+(?:that\s+)?$/i.test(before)) ||
    (/^on\s/i.test(text) &&
      /^\s+(?:and\s+(?:the|its|their)\s+[^,.;]{0,60}?\s+)?(?:would|will|could|might|may|should|is|are|was|were|has|had)\b/i.test(
        after,
      ) &&
      // Not "says the firefighter injured on Sunday night is comfortable": a participle there is the day's deed.
      (/\b(?:said|says|announced|confirmed|warned|added)\s+(?:that\s+)?(?:the|its|their)\s+((?:[\p{L}'’-]+\s+){1,12})$/iu
        .exec(sentence.slice(0, result.index))?.[1]
        .split(/\s+/)
        // (Nor a mishap's day: "said the attack on Monday … would be investigated".)
        .every(
          (word) => !isPastAction(word.toLowerCase()) && !new RegExp(`^(?:${MISHAP}|ambush)e?s?$`, 'i').test(word),
        ) ??
        false));
  // "All screenings move to the small hall from Tuesday": a start told with no verb of the past is still to come
  // (quoted, it counts from when it was said, which the quotation may not tell).
  const read =
    (unplanned || whenDone || passedBy || gaveUp
      ? 'past'
      : isOn
        ? 'future'
        : declared || keptOff
          ? 'either'
          : saidOf
            ? directionAt(sentence.slice(result.index), 0, wordsEnd - result.index)
            : directionAt(sentence, result.index, wordsEnd)) ??
    (/\bfrom\s+$/i.test(before) && WEEKDAY_FIRST.test(text) && !insideQuotation(sentence, result.index)
      ? 'future'
      : undefined);
  // "gave both sides till Sunday to name their negotiators": a deadline set in the past lies after it was set.
  // So is a date set for something: "has scheduled a hearing for Oct. 1", "set a trial date of 2 November".
  // "wants the loading to resume at the latest on Friday": the latest day for what is still asked, ahead.
  // "… to testify later this month": the rest of the period, ahead whatever the verb.
  const latest =
    /\bat the latest\s+(?:on\s+)?$/i.test(before) || (/\blater\s+$/i.test(before) && /^this\b/i.test(text));
  // "A reopening had been set for Monday, but …": a plan told as overtaken is read by its verbs, not as a date set.
  // So is one the sentence calls off, or tells as not kept: "after a reopening planned for Monday was called off", "An
  // inspection scheduled for July was not carried out".
  const calledOff =
    /^[^.;]{0,40}\b(?:(?:was|were|had been|has been)\s+(?:called off|cancell?ed|scrapped|postponed|abandoned|put off|pushed back)|(?:was|were|had)\s+(?:not|never)\s+(?:been\s+)?(?:carried out|done|held|completed|performed|conducted)|(?:did not|didn['’]t|never)\s+(?:take place|happen|go ahead))\b/i.exec(
      after,
    );
  const overtaken =
    /\bhad(?: been)?\s+(?:\S+\s+){0,2}?(?:scheduled|set|planned|fixed|slated|arranged)\b[^.;]*$/i.test(
      sentence.slice(0, result.index),
    ) || calledOff !== null;
  // "The strike set for Friday has been called off", "The strike, set to start on Friday, was called off on Monday": a
  // plan called off may have been for a day before the report or after it, and the report does not say which. The day
  // a calendar date was moved to ("was postponed to 6 January") is no day of the calling off: the date is the nearest.
  const toldFate = after.slice(0, after.search(/[.;]|$/));
  const fate =
    calledOff &&
    (result.start.isCertain('month')
      ? toldFate.replace(/\b(?:to|until|till)\s+(?:(?:the|next|a)\s+)?\S+(?:\s+\S+)?/gi, '')
      : toldFate);
  // ("The bull run that was due to take place this afternoon has been cancelled": today's is today, and "The parade,
  // which was due to be held tomorrow, has been cancelled" tomorrow's.)
  if (
    fate &&
    !TODAY.test(text) &&
    !/^tomorrow$/i.test(text) &&
    // (A day with its year is no other: "the parade, fixed for 01/10/2026, has been cancelled".)
    !result.start.isCertain('year') &&
    (/\bhas been\b/i.test(calledOff[0]) ||
      // (Not a day in the reason told after: "were postponed after geologists found a crack … on 29 May".)
      DAY_NAMED.test(
        fate.slice(calledOff[0].length).split(/\b(?:after|because|when|as|since|following|due\s+to|amid)\b/i)[0],
      ))
  )
    return undefined;
  const deadline =
    // (Not how long a thing went on, to what end: "the branches stayed open until 7pm on Monday to deal with queries".)
    (/\b(?:till|until|by|before)\s+$/i.test(before) &&
      !/\b(?:stayed|remained|kept|worked|ran|waited|sat)\s+(?:\w+\s+){0,2}(?:till|until)\s+$/i.test(before) &&
      /^\s+to\s+[a-z]+/.test(after)) ||
    (!overtaken &&
      /\b(?:scheduled|set|planned|booked|called|fixed|slated|arranged|targeted|targetted|earmarked|pencilled in|penciled in)\s+(?:\S+\s+){0,3}?(?:for|of)\s+$/i.test(
        sentence.slice(0, result.index),
      )) ||
    // "which has the film dated for Sept. 16", "had pencilled in a release on 16 September": a day given to a thing to
    // come.
    /\bdated\s+for\s+$|\bpencill?ed\s+in\s+(?:a|an|the|its|their)\s+[\p{L}-]+\s+(?:(?:on|for)\s+)?$/iu.test(
      sentence.slice(0, result.index),
    ) ||
    // "set 30 November as the last day for loss claims": a deadline set, after the setting.
    (/\bset\s+$/i.test(before) &&
      /^\s+as\s+(?:the\s+)?(?:last|final|closing)\s+(?:day|date)|^\s+as\s+(?:the\s+)?(?:deadline|cut-?off)/i.test(
        after,
      )) ||
    // "has set a hearing on 14 December", "confirmed its annual general meeting on 28 April": the day of an appointment
    // set.
    (/\b(?:scheduled|set|fixed|booked|arranged|confirmed)\s+(?:a|an|the|its|their)\s+(?:\S+\s+){0,2}?(?:hearing|trial|date|vote|meeting|session|ballot|referendum|election|inquest|sentencing)\s+(?:(?:on|for)\s+)?$/i.test(
      sentence.slice(0, result.index),
    ) &&
      // (Not the day a date was set on: "The Federal Council set the date on 1 July".)
      !(/\bdate\s+$/i.test(before) && /^on\s/i.test(text))) ||
    // "The bench fixed 17 August for the next hearing", "fixed July 16 for mention": a day set for a sitting, named
    // before it.
    (/\b(?:fixed|set|scheduled|listed)\s+$/i.test(before) &&
      /^\s+(?:as\s+the\s+(?:date|day)\s+)?for\s+(?:the\s+|its\s+|a\s+)?(?:next\s+|further\s+|final\s+)?(?:hearing|trial|verdict|judgment|judgement|ruling|sentencing|vote|meeting|session|mention|case\s+management|decision|submissions)\b/i.test(
        after,
      )) ||
    // "has announced a day of mourning on Sunday": a day set for something, after a perfect, which takes no day gone
    // by.
    /\b(?:has|have)\s+(?:announced|declared|proclaimed|called)\s+(?:a|an)\s+(?:\S+\s+){0,3}?(?:mourning|strike|holiday|march|rally|protest|vigil|shutdown|ceremony|funeral|memorial|prayers?|service)\s+(?:on\s+)?$/i.test(
      sentence.slice(0, result.index),
    ) ||
    // The day a thing was moved to (not a place of a day: "moved the families to Tuesday's relief camp").
    (rescheduledTo(sentence.slice(0, result.index), result.start.isCertain('month')) &&
      !/^['’]s\b/.test(sentence.slice(result.index + result.text.length))) ||
    // "has set an end-of-March deadline": a deadline set, named before its noun.
    (/\b(?:set|sets|setting|gave|given|imposed|fixed)\s+(?:an?|the|its|their)\s+(?:(?:end|start|middle|mid)-(?:of-)?)?$/i.test(
      before,
    ) &&
      /^[\s-]+(?:deadline|target|cut-?off)\b/i.test(after));
  // "pay each customer a credit by July 31": a deadline, read to its nearest date whatever the tense around it.
  // So is the end of a state that runs "till June 30", "until 30 June", "through Sept. 3" or "until the full hearing on
  // November 19".
  // So is a date named as one: "fixing the bar date of August 31", "a deadline of June 30", "the deadline for surveys, 31
  // December,".
  const byDeadline =
    (/\b(?:by|till|until|through|thru|(?:deadline|bar date|due date|cut-?off(?: date)?|expiry date)\s+of)(?:\s+the(?:\s+[a-z]+){1,2}\s+on)?(?:\s+the)?\s+$/i.test(
      before,
    ) ||
      // "the deadline for surveys, 31 December, would not move": a deadline named, then its date.
      /\b(?:deadline|due date|cut-?off(?: date)?)(?:\s+(?:for|of)\s+[a-z\s-]{1,30}?)?,\s*$/i.test(before)) &&
    result.start.isCertain('month') &&
    !result.start.isCertain('year');
  // A calendar day set for something lies ahead of the setting; a weekday, ahead of when it was told.
  // "closed lower, ahead of Thursday's results": a day after what the sentence tells, ahead of when it happened.
  const ahead = /\bahead\s+of\s+$/i.test(before) && result.start.isCertain('weekday') && !result.start.isCertain('day');
  // "a warning valid from 06:00 Friday": when a notice holds, told of before or after, whatever the verb of its issuing.
  // "…, following the loss of two units on Saturday": what a plan follows has its own day, before the plan's and not
  // after the report's: the clearly nearer such day.
  const validity =
    /\bvalid\s+(?:from|until|till|to|through|on)\s+(?:\d{1,2}[:.]?[\d#]{2}\s*(?:hrs?\s+)?(?:on\s+)?)?$/i.test(before) ||
    // ("put the metro under a winter storm watch from Monday evening through Wednesday evening": a warning's own span,
    // told of its issuing; one told in the present looks ahead already.)
    (read !== 'future' &&
      /\b(?:watch|warning|advisory|alert|curfew)\s+(?:from|until|till|through)\s+$/i.test(before)) ||
    ORDER_FROM.test(`${sentence.slice(0, result.index)}${text.replace(/\S+$/, '')}`) ||
    (read === 'future' &&
      result.start.isCertain('weekday') &&
      /\b(?:following|after)\s+(?:the|a|an|its|their|his|her)\s+[a-z]+\s+of\s+[^,;.]{0,80}$/i.test(
        sentence.slice(0, result.index),
      ));
  // "idle since a February 10 slide": what a state dates from has happened, whatever the verbs around it.
  // So does what it dates from by its day: "closed since the roof collapse on July 30 will reopen".
  const since =
    baseline ||
    /\bsince\s+(?:the|a|an|its|their)\s+$/i.test(before) ||
    /\bsince\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){1,3}(?:on|of)\s+$/iu.test(sentence.slice(0, result.index));
  // "laid out a restocking plan: cleaning first, and the first pullets placed in February": what a plan holds is read
  // from when it was told, not by the verb that told it.
  const outlined = /\b(?:plan|schedule|timetable|roadmap|timeline|programme|program|proposal)s?\s*:[^.;]*$/i.test(
    sentence.slice(0, result.index),
  );
  // "LS3 from Monday 3 August instead of the end of November": what a new plan replaces was a plan too, either side.
  const replaced = /\binstead\s+of\s+(?:the\s+)?$/i.test(before);
  // "because Monday is Reconciliation Day": a weekday that is something now is the coming one.
  const isNow =
    PROPER_WEEKDAY_ALONE.test(text) &&
    /(?:^|\b(?:because|that|and|but|while|when))\s*$/i.test(before) &&
    /^\s+is\b/.test(after) &&
    !/,\s*$/.test(result.text);
  // "among the favourites for the Great Rift Marathon in Eldoret in July": a named event's own date, whatever the
  // verb of the one who awaits it.
  const fixture =
    /\bfor\s+the\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Marathon|Games|Cup|Championships?|Olympics|Festival|Summit|Open|Grand Prix|Rally|Classic|Congress|Expo|Awards)(?:\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*)?\s+(?:(?:in|on)\s+)?$/u.test(
      sentence.slice(0, result.index),
    );
  // "The families' lawyers had until Friday to respond": a deadline they had, told in the past (one they have is told so).
  // "said families in the red zone had until Sunday to move": told in reported speech, it is ahead of the telling.
  const hadUntil = /\bhad\s+(?:\w+\s+)?(?:till|until)\s+$/i.test(before);
  const toldHadUntil =
    hadUntil &&
    /\b(?:said|told\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?|announced|warned)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,8}?had\s+(?:\w+\s+)?(?:till|until)\s+$/iu.test(
      sentence.slice(0, result.index),
    ) &&
    // ("…, but hundreds stayed and were rescued by boat": the deadline gone by.)
    !/\b(?:but|and)\s+(?:[\p{L}'’-]+\s+){0,3}(?:\p{L}+ed|were|was|left|fled|stayed)\b/iu.test(after);
  // "The skippers' fire-safety workshop on Thursday has already sold out": what is sold out is still to come.
  const soldOut =
    /^\s*,?\s+(?:(?:which|that)\s+)?(?:has|have|is|are)\s+(?:already\s+)?(?:sold\s+out|fully\s+booked|booked\s+out|oversubscribed)\b/i.test(
      after,
    );
  // "the September payroll, due on the 25th": a day of the month a thing falls due, ahead (not "was due on").
  const dueOn =
    /^(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)$/i.test(text) &&
    /(?<!\b(?:was|were|been|had|not)\s)\bdue\s+(?:on\s+)?$/i.test(before);
  // "Naadam, which this year runs from 11 to 15 July", "has moved this year's Botswana Day celebrations, on 30
  // September and 1 October": a day of this year, before or after the report's month.
  const thisYear =
    /\bthis\s+year(?:\s+|['’]s\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+,\s+)(?:\p{L}+\s+){0,2}(?:\d{1,2}\s+\p{L}+\s+(?:and|to)\s+)?$/iu.test(
      sentence.slice(0, result.index),
    ) &&
    result.start.isCertain('month') &&
    !result.start.isCertain('year') &&
    (result.start.get('month') ?? 0) !== published.getMonth() + 1;
  // "The repoll was first set for the 22nd": a plan told in the past, its day either side of the report (the phrase
  // holds the plan's verb), unless what became of it is told as done ("but never happened").
  const plannedFor =
    /^(?:set|scheduled|planned)\s+for\s/i.test(text) && /\b(?:was|were)\s+(?:\w+ly\s+|first\s+)?$/i.test(before);
  // "she'll try to prove Saturday wasn't a fluke": a day told as what it was is gone by.
  const wasOne =
    PROPER_WEEKDAY_ALONE.test(text) &&
    /^\s+(?:was|wasn['’]t)\s+(?:not\s+)?(?:a|an|the|just|no|one|our|his|her|their|quite|very|so|such)\b/i.test(after);
  const direction = thisYear
    ? (result.start.get('month') ?? 0) > published.getMonth() + 1
      ? 'future'
      : 'past'
    : latest || isNow || dueOn || soldOut
      ? 'future'
      : since || wasOne || (hadUntil && !toldHadUntil) || (plannedFor && fateToldAsDone(after))
        ? 'past'
        : ahead || validity || outlined || replaced || fixture || toldHadUntil || plannedFor
          ? 'either'
          : deadline && read !== 'future'
            ? result.start.isCertain('month')
              ? 'future'
              : 'either'
            : byDeadline && read === 'past'
              ? // "which it has promised by the end of May": a deadline's period, not its last day, ahead while it runs;
                // "met the demand … by the end of April" said in May: the April gone by; "told me the appeal's new goal
                // is $400,000 by the end of January", a goal that stands now, ahead.
                PART_OF_MONTH.test(text)
                ? (result.start.get('month') ?? 0) < published.getMonth() + 1 &&
                  !/\b(?:is|are|remains)\b(?:[^,;.]|[,.][\d#])*$/i.test(sentence.slice(0, result.index))
                  ? 'past'
                  : 'future'
                : undefined
              : read;
  if (PART_OF_WEEK.test(text)) {
    // "Borough's midweek crowds have dipped": a part of every week, naming a thing.
    if (/^\s+(?!(?:as|was|is|this|his|its|has|does|plus|thus)\b)[a-z]+s\b/.test(after)) return undefined;
    // "midweek demand has returned to normal", "Midweek shift changes used to mean": a thing of every week.
    if (
      /^\s+(?!(?:the|a|an|that|this|these|those|it|they|he|she|we|i|you|and|but|or|when|as|its|their|his|her|our)\b)(?:[a-z]+\s+)?[a-z]+\s+(?:has|have|is|are|was|were|used|remains?|stays?)\b/.test(
        after,
      )
    )
      return undefined;
    // "Midweek sailings are usually quieter", "the charter planes that serve the settlement midweek", "casinos now keep
    // only a handful of rooms open midweek": a habit of every week.
    if (
      /\b(?:usually|typically|normally|always|often|generally)\b/i.test(`${before} ${after.slice(0, 40)}`) ||
      (/^mid-?week$/i.test(text) &&
        /\b(?:keep|serve|run|open|operate|fly|sail|call)s?\b[^,;.]*$/i.test(sentence.slice(0, result.index)))
    )
      return undefined;
    // "walked out earlier in the week", "met midweek": the report's own week, once that part of it is over; "will
    // resume at the start of the week" in a weekend paper, the next. Not when the sentence before told of a day of an
    // earlier week, whose week it may be.
    // "The midweek arrival ends a stand-off": a part of the week naming what it holds is the one gone by, whatever
    // the verb of the sentence.
    const naming = /\b(?:the|this|its|their)\s+$/i.test(before) && /^\s+\p{Ll}+\b/u.test(after);
    return partOfWeek(text, published, naming ? 'past' : direction, told && told < anchor ? told : anchor);
  }
  if (IN_SPAN.test(text) && direction !== 'future') return undefined;
  // "a hole in 36 years of data": an amount of time, not a time ahead; "their lowest level in six years": the span to
  // now; "three winters' worth of turnarounds in a week", "rain of more than 64.5 mm in a day": the span an amount is
  // done or measured in.
  if (
    IN_SPAN.test(text) &&
    (/^\s+of\b/i.test(after) ||
      /\bworth\s+of\s+(?:[\p{L}'’-]+\s+){1,3}$/iu.test(before) ||
      /\d\s*(?:[\p{L}%]+\s+){1,2}$/u.test(before) ||
      /\b(?:lowest|highest|worst|best|biggest|largest|smallest|strongest|weakest)\b[^,;.]{0,30}$/i.test(before))
  )
    return undefined;
  // "You cannot take 300 buildings off the market in four weeks": what cannot be done in a span is no day at its end.
  if (
    IN_SPAN.test(text) &&
    /\b(?:cannot|can['’]t|could\s+not|couldn['’]t)\b[^,;.]*$/i.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "reach Seattle in about seven hours": hours and minutes on are a duration, not another day.
  if (/^in\s+(?:about|around|some|under|over|just|roughly)?\s*\S+\s+(?:seconds?|minutes?|hours?)$/i.test(text))
    return undefined;
  // "the last day of the holiday", "the last day for loss claims", "the last day to trade cum entitlement", "a proper
  // contest on the last day": chrono's "last day" is yesterday, not the last day of something.
  if (/^(?:the\s+)?last\s+day$/i.test(text)) return undefined;
  // "the May 24 weekend" (Victoria Day's), "the July 4 weekend": a holiday weekend named by a date in figures, which
  // need not hold that day ("the Fourth of July weekend" is read as that day's week).
  if (/^\s+(?:long\s+)?weekend\b/i.test(after) && /\d/.test(text) && !/\d{4}/.test(text)) return undefined;
  // "Release No. 26-114 | May 20, 2026 | U.S. Coast Guard …": a release's header, between its bars. A table's row
  // ("| 28 Mar | Overhead line renewal at Newry |") opens with its bar, and its date is the row's. The date may carry
  // another calendar's in brackets ("| Monday 15 June 2026 (29 Dhul-Hijjah 1447) |"), or its place ("| Plzeň, 18. 9.
  // 2026 |").
  if (
    /\|\s*(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?,\s*)?$/u.test(before) &&
    /^\s*(?:\([^()|]{1,40}\)\s*)?\|/.test(after) &&
    !/^\s*\|/.test(sentence)
  )
    return undefined;
  // "Today is Independence Day (25 June), a national holiday in Mozambique.": what the calendar makes of the day. So is
  // "The long weekend, which ends with the Labour Day public holiday on Monday, October 26", and what a day is every
  // year ("Workers' Day, 1 May, is every year one of the busiest days"). "This is the final alert for today.": a
  // page signing off.
  if (
    TODAY_IS_HOLIDAY.test(sentence) ||
    /\b(?:ends|begins|starts|closes|opens)\s+with\s+(?:the\s+)?[^,.;]{0,40}\bholiday\s+(?:on\s+)?$/i.test(
      sentence.slice(0, result.index),
    ) ||
    /^,?\s+(?:is|falls)\s+(?:every|each)\s+year\b/i.test(after) ||
    /(?:^|:\s*)This\s+is\s+(?:the|our)\s+(?:final|last)\s+(?:alert|update|message|bulletin|post)\s+for\s+$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "Cumulative since 1 January 2026, the district has recorded 19 confirmed cases": where a running count starts.
  // "allowances owed for April": the month a payment is for. "34 riders in 1880s costume": a decade as a style.
  if (
    /\bcumulative(?:ly)?\s+(?:since|from)\s+$/i.test(before) ||
    (/^since\s/i.test(text) && /\bcumulative(?:ly)?\s+$/i.test(before)) ||
    (MONTH_ALONE.test(text.replace(/^for\s+/i, '')) &&
      /\b(?:owed|due|payable|paid)\s+(?:for\s+)?$/i.test(withOwn(before, /^for\s/i))) ||
    (/^(?:in\s+)?\d{3}0s$/.test(text) && /^\s+\p{Ll}/u.test(after) && !/\bthe\s+$/i.test(before))
  )
    return undefined;
  // "Week 3, 12–16 January 2026.": a bulletin's week, a heading of its own.
  if (/^\s*Week\s+\d{1,2},\s*$/i.test(sentence.slice(0, result.index)) && /^[.\s]*$/.test(after)) return undefined;
  // "| Category (Tshikapa, USD/ct) | 25 June | 2 July | Change |": a price table's heading, its dates the columns'.
  if (/^\s*\|/.test(sentence) && PRICE_TABLE_HEADING.test(sentence)) return undefined;
  // "Information voyageurs — 21/07/2026 — Marseille–Ajaccio line", "PRESS RELEASE — FOR IMMEDIATE RELEASE —
  // 28/10/2026", "Informe de situación N° 4 — 19/08/2026 18h00": a notice's title line, its date after the title's dashes and ending the line or followed by another.
  if (
    TITLE_LINE.test(sentence.slice(0, result.index)) &&
    /^\s*(?:[—–]\s|[.:\s]*$|,?\s*(?:\d{1,2}[:.h][\d#]{2}(?:\s*hrs?)?)?\s*(?:\([^)]*\))?[.\s]*$)/.test(after) &&
    !newsAfterStamp(text, after)
  )
    return undefined;
  // "Information on a material event, dated 07.09.2026": a heading that dates its document; "Ref: NCS/PR/2026/071 dated
  // 04/06/2026, Customs Headquarters": a reference line.
  if (
    (/^\s*\p{Lu}[^.;]{0,60},\s*dated\s+$/u.test(sentence.slice(0, result.index)) && /^[.\s]*$/.test(after)) ||
    /^\s*(?:Ref|Reference|Our\s+ref|Your\s+ref)\.?\s*:?\s*\S+\s+dated\s+$/i.test(sentence.slice(0, result.index))
  )
    return undefined;
  // "Customs Law No. 20 of 1998", "Law 7,783 of 1989", "Association Decision 7/2026", "the Public Employe Relations Act
  // of 1970", "the Road Traffic Regulations of 2013", "Act I of 2012", "LN 231 of 2019", "Sub-decree No. 123 ANKr.BK of
  // 2019": an instrument's number or title; "the Class of 2026", a cohort's name, not when anything happened in the
  // story.
  if (
    /^of\s/i.test(text) &&
    (INSTRUMENT.test(sentence.slice(0, result.index)) ||
      INSTRUMENT_TITLE.test(sentence.slice(0, result.index)) ||
      // "Regulation no 34 of the Minister of the Interior of 2018": a numbered instrument, its issuer and its year.
      /\b(?:Regulation|Decree|Order|Directive|Resolution|Decision|Ordinance)\s+(?:no\.?|number)\s*\d[\w./-]*\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,6}$/iu.test(
        sentence.slice(0, result.index),
      ) ||
      /\b(?:Act|Law|Code|Ordinance|Statute|By-?law|Bylaw|Regulations)(?:\s+(?:No\.\s*)?(?:[IVXLC]+|\d[\d,.]*))?\s+$|\b[A-Z]{1,5}\s+\d+\s+$|\b[Cc]lass\s+$|\b[Nn]o\.\s*\d[\d,./-]*(?:\s+[A-Z][A-Za-z\d.]*)?\s+$|\b(?:Instrument|Regulations?|Decree|Notice|Directive|Resolution|Decision|Order|Proclamation|Circular|Rules?)\s+(?:No\.\s*)?\d[\d,.]*\s+$/.test(
        before,
      ))
  )
    return undefined;
  // "Memorandum Order No. 14, series of 2026": an instrument's number in its year's series.
  if (/^of\s+\d{4}$/i.test(text) && /\bNo\.?\s*\d[\w./-]*,?\s+series\s+$/i.test(before)) return undefined;
  // "Exempt Resolution No. 2.415, of 10.09.2026": its number and the day it is known by.
  if (/\bof\s+$/i.test(before) && INSTRUMENT.test(before.replace(/of\s+$/i, ''))) return undefined;
  // "Dahir No. 1-15-83 of 20 Ramadan 1436 (7 July 2015) promulgating …": so is its date in another calendar, and ours
  // in brackets after it.
  const dayInOtherCalendar = /\bof\s+\d{1,2}\s+\p{L}+(?:[\s-]\p{L}+)?\s+\d{3,4}\s*\(\s*$/u.exec(
    sentence.slice(0, result.index),
  );
  if (dayInOtherCalendar && INSTRUMENT.test(sentence.slice(0, dayInOtherCalendar.index))) return undefined;
  // "Published in the State Gazette, issue 79 of 2026": a publication's issue and its year.
  if (
    /^of\s/i.test(text) &&
    /\b(?:issue|vol(?:ume)?\.?|number|edition|cycle|round|sight|phase|batch|series|tranche)\s+\d+\s+$/i.test(before)
  )
    return undefined;
  if (/^\d{1,2}\/\d{4}$/.test(text) && /(?:\p{Lu}[\p{L}-]*|\bNo\.?|\b[nN]\.?\s?[°º])\s+$/u.test(before))
    return undefined;
  // "no earlier than Friday", "on or after May 20", "not before June": a bound the event lies beyond, not its day.
  if (
    /\b(?:no|not)\s+(?:earlier|sooner)\s+than\s+$|\bon\s+or\s+after\s+$|\bnot\s+(?:until\s+|before\s+)$/i.test(before)
  )
    return undefined;
  // "will meet in two weeks": about then, so no finer than its unit (the week two weeks on, not that very day).
  const spanUnit = /^in\s+(?!the\s)\S+\s+(week|month|year)s?$/i.exec(text)?.[1]?.toLowerCase();
  if (spanUnit) return [periodOf(result.start.date(), spanUnit as Precision), direction];
  // "is due to open a fortnight from now", "will return in a fortnight": the week two weeks on.
  if (/^(?:in\s+\S+\s+fortnights?|\S+\s+fortnights?\s+from\s+(?:now|today))$/i.test(text))
    return [periodOf(result.start.date(), 'week'), direction];
  if (SPAN_TO_NOW.test(text)) return undefined;
  // "with the rest following in phases over the next year": a span from now, no date in it.
  if (
    /^(?:the\s+)?(?:next|coming)\s+(?:year|month|week)$/i.test(text) &&
    /\b(?:over|during|throughout)\s+(?:the\s+)?$/i.test(before)
  )
    return undefined;
  // "will face trial later in the year", "will meet later in the week": this year, this week; a bare "in the week"
  // ("in the week of 8 June") is no date, and never a week from now (chrono reads it as "in a week").
  const inThe = /^in the (week|month|year)$/i.exec(text)?.[1]?.toLowerCase() as 'week' | 'month' | 'year' | undefined;
  if (inThe)
    return /\b(?:later|earlier)\s+$/i.test(before) && !/^\s+of\b/i.test(after)
      ? [periodOf(published, inThe), direction]
      : undefined;
  if (RESTATED_ELSEWHERE.test(before) && PLACE_TIME.test(after)) return undefined;
  // "yesterday week", "tomorrow week": British and Irish for a week before yesterday, a week after tomorrow.
  // So are "a week tomorrow", "a week today": a week after the day.
  const weekOn = /^\s+week\b/i.test(after) || /\ba week\s+$/i.test(before) ? 7 : 0;
  // "day before yesterday", "day after tomorrow" without "the" (Indian and older English), "next tomorrow" (Nigerian
  // English): one day further.
  const dayOn = (words: string) => (new RegExp(`\\b(?:${words})\\s+$`, 'i').test(before) ? 1 : 0);
  // "a week ago today", "a fortnight ago yesterday", "a year ago this week", "three years ago this month", "a week ago
  // tonight", "five weeks ago tomorrow night", "It is four weeks yesterday since the Grand National": the day, week or
  // month that many weeks, months or years back from the day named; "a year ago" before it is part of the phrase.
  const ago = AGO_BEFORE.exec(before) ?? (/^\s+since\b/i.test(after) ? SINCE_COUNT_BEFORE.exec(before) : null);
  const thisOne =
    /^(?:today|tonight|yesterday|tomorrow|(?:yesterday|tomorrow)\s+(?:night|morning|afternoon|evening)|this (week|month|year))$/i.exec(
      text,
    );
  if (/^yesterday$/i.test(text) && !ago)
    return [periodOf(addDays(published, -1 - weekOn - dayOn('day\\s+before')), 'day'), 'past'];
  if (/^tomorrow/i.test(text) && !(ago && thisOne))
    return [periodOf(addDays(published, 1 + weekOn + dayOn('day\\s+after|next')), 'day'), 'future'];
  if (ago && thisOne) {
    const count = countOf(ago[1]);
    const unit = ago[2].toLowerCase();
    const from = addDays(published, /^yesterday/i.test(text) ? -1 : /^tomorrow/i.test(text) ? 1 : 0);
    const back =
      unit === 'year'
        ? addYears(from, -count)
        : unit === 'month'
          ? addMonths(from, -count)
          : addDays(from, -7 * count * (unit === 'fortnight' ? 2 : 1));
    return [periodOf(back, (thisOne[1]?.toLowerCase() as Precision | undefined) ?? 'day'), 'past'];
  }
  if (AGO.test(text) && /^\s+(?:today|tonight|yesterday|tomorrow|this\s+(?:week|month|year))\b/i.test(after))
    return undefined;
  if (/^today$/i.test(text) && weekOn) return [periodOf(addDays(published, weekOn), 'day'), 'future'];
  // "this morning at 10am", "tonight at 20.00": the day, whatever the hour; called off, gone by.
  if (TODAY.test(text.replace(CLOCK_AFTER, ''))) return [periodOf(published, 'day'), calledOff ? 'past' : direction];
  // "at the weekend", "over the weekend": the one just gone in the past tense, the coming one in the future. Any other
  // bare "weekend" ("through the weekend", "Labor Day weekend") is a span or a holiday this reader does not place.
  if (/^weekend$/i.test(text)) {
    if (/^\s+of\b/i.test(after)) return undefined;
    // "the weekend before last": the one before the weekend just gone.
    if (/\bthe\s+$/i.test(before) && /^\s+before\s+last\b/i.test(after))
      return [periodOf(addDays(lastWeekend(published), -7), 'week'), 'past'];
    if (!/\b(?:at|over|during)\s+the\s+$/i.test(before)) return undefined;
    // "was due to come down at the weekend but the work was held up": a plan overtaken, told as done, was for the
    // weekend gone by.
    if (PAST_PLAN_BUT[0].test(planBefore(sentence, result.index)) && PAST_PLAN_BUT[1].test(after))
      return fateToldAsDone(after) ? [periodOf(lastWeekend(published), 'week'), 'past'] : undefined;
    const saturday = weekdayDate(published, 6, direction ?? 'either');
    return saturday && [periodOf(saturday, 'week'), direction];
  }
  // "in the last week of May", "on the last weekend of May": the week that holds the month's last days (or its last
  // Saturday), in the year that keeps the month nearest; not the week before this one.
  const lastOf = /^of\s+(\p{L}+)/u.exec(after.trim());
  if (/^last\s+week(?:end)?$/i.test(text) && /\bthe\s+$/i.test(before) && lastOf) {
    const month = MONTHS.findIndex((name) => lastOf[1].toLowerCase().startsWith(name));
    if (month < 0) return undefined;
    const lastDay = new Date(yearFor(published, month + 1, undefined, 'either'), month + 1, 0);
    const saturday = addDays(lastDay, -((lastDay.getDay() + 1) % 7));
    return [periodOf(/weekend$/i.test(text) ? saturday : addDays(lastDay, -3), 'week'), direction];
  }
  // "the monsoon season, which runs from October to March": a season of months, no one date. With its year ("from
  // March to May 2025"), the month it starts.
  const months = new RegExp(
    `^(?:from\\s+)?(${MONTH})[a-z]*\\.?\\s+(?:to|until|till|through|[–-])\\s*(${MONTH})[a-z]*\\.?(?:,?\\s+(\\d{4}))?,?$`,
    'i',
  ).exec(text);
  if (months) {
    const [from, to] = [months[1], months[2]].map((name) => MONTHS.indexOf(name.toLowerCase()));
    const year = months[3] && Number(months[3]) - (from > to ? 1 : 0);
    return year ? [periodOf(new Date(year, from, 1), 'month'), direction] : undefined;
  }
  // "from Monday to Friday next week": days of a week, no one date (as "from Monday to Friday" alone).
  if (WEEKDAY_TO_WEEKDAY.test(text)) return undefined;
  // "on Friday last week": that weekday of that week. "on Tuesday (14)", "the 14th of this month": worked out by the
  // parsers above.
  const ofWeek = WEEKDAY_OF_WEEK.exec(text);
  if (ofWeek) {
    const weekday = WEEKDAYS.indexOf(`${ofWeek[1].toLowerCase()}day`);
    const week = { last: -7, this: 0, next: 7 }[ofWeek[2].toLowerCase() as 'last'];
    return [periodOf(addDays(startOfISOWeek(published), week + ((weekday + 6) % 7)), 'day'), direction];
  }
  if (/day\s*\(\d{1,2}\)$|\d(?:st|nd|rd|th)\s+of\s+(?:this|next|last)\s+month$/i.test(text))
    return [periodOf(result.start.date(), 'day'), direction];
  if (/^this\s+day\s+(?:last\s+)?(?:week|fortnight)$/i.test(text))
    return [periodOf(result.start.date(), 'day'), direction];
  const relative = relativePeriod(text, result, published, direction);
  if (relative || RELATIVE_PERIOD.test(text) || AGO.test(text)) return relative && [relative, direction];
  const known = (key: chrono.Component) => result.start.isCertain(key);
  if (known('day') && /^\d/.test(text)) {
    // "between 14 and 17 March", "Services of 10 and 11 June": chrono reads the last day alone; the span starts on the
    // first, as "14–17 March" does.
    const first =
      /\b(?:between|from|of|on|for|to)\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:and|&|to|until|till|through)\s+$/i.exec(before);
    const day = result.start.date();
    // "on 7 and 8 August next year": the year told after the span.
    const offset = MONTH_YEAR_OFFSET.exec(after)?.[1]?.toLowerCase() as 'last' | 'this' | 'next' | undefined;
    const year = result.start.isCertain('year')
      ? day.getFullYear()
      : day.getFullYear() + (offset ? { last: -1, this: 0, next: 1 }[offset] : 0);
    if (first && Number(first[1]) < day.getDate())
      return [periodOf(new Date(year, day.getMonth(), Number(first[1])), 'day'), direction];
  }
  // "between 27.05.2026 and 30.05.2026", "between 27 May and 30 May": the span's end; its start is read on its own.
  if (/\bbetween\s+[^,;]{0,20}?\d[^,;]{0,20}?\s+and\s+$/i.test(before)) return undefined;
  // "over the weekend of October 31": a day of that weekend, which one unsaid.
  if (known('day') && /\bweekend\s+of\s+$/i.test(before)) return [periodOf(result.start.date(), 'week'), direction];
  // "8/13 (Thu)" (Japanese and Korean styles): the weekday in brackets after the figures is the date's own.
  const bracketed = /^\s*\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\)/i.exec(after)?.[0] ?? '';
  // ("on the morning of 6/16": so does the part of a day named before them.)
  const introduced =
    /\b(?:on|since|from|until|till|by)\s+$/i.test(before) ||
    /^(?:on|since|from|until|till|by)\s/i.test(text) ||
    PART_OF_DAY_OF.test(text);
  // "remain on 24/7 supply", "a 24/7 service": round the clock, no day.
  if (
    /^(?:on\s+)?24\/7$/.test(text.trim()) &&
    (/^\s+(?!(?:the|a|an|and|or|to|at|in|when|as)\b)\p{Ll}/u.test(after) ||
      /\b(?:a|an|the|its|their)\s+$/i.test(before))
  )
    return undefined;
  // "lower the accrual rate from 2 to 1.5 percent": figures before a unit are a quantity.
  if (/\d$/.test(text) && AMOUNT_AFTER.test(after)) return undefined;
  // "costs 2.2 dinars a litre, up from 2.05 a month ago": a figure a level changed from.
  if (
    /^(?:from\s+)?\d{1,2}[.,]\d{1,2}\b/i.test(text) &&
    /\b(?:(?:up|down)\s+from|(?:rose|risen|fell|fallen|climbed|dropped|jumped|increased|decreased|slipped)(?:\s+from)?)\s+$/i.test(
      withOwn(before, /^from\s/i),
    )
  )
    return undefined;
  const numeric = numericDay(
    result.text.trim() + bracketed,
    published,
    order,
    introduced,
    !/\S/.test(sentence.slice(0, result.index)),
  );
  // "moved to Wednesday 7 to Friday 9 October": so is one whose first day is told with its weekday alone.
  const weekdaySpanStart = new RegExp(
    String.raw`\b${WEEKDAY}\s+(\d{1,2})(?:st|nd|rd|th)?\s+(?:to|until|till|[–-])\s+$`,
    'i',
  ).exec(before);
  if (
    weekdaySpanStart &&
    // (Not a night's two dates: "the night of Sunday 9 to Monday 10 August".)
    !/\bnights?\s+(?:of\s+|from\s+|between\s+)?(?:the\s+)?$/i.test(before.slice(0, weekdaySpanStart.index)) &&
    known('day') &&
    known('month') &&
    new RegExp(String.raw`^(?:on\s+)?${WEEKDAY}\b`, 'i').test(text) &&
    Number(weekdaySpanStart[1]) < (result.start.get('day') ?? 0)
  ) {
    const last = result.start.date();
    return [periodOf(new Date(last.getFullYear(), last.getMonth(), Number(weekdaySpanStart[1])), 'day'), direction];
  }
  // "from the 13th to the 16th of April", "between the 3rd and 5th of May": so is one whose first day is told alone.
  const ordinalSpanStart =
    /\b(?:from|between)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:to|until|till|and|[–-])\s+(?:the\s+)?$/i.exec(
      before,
    );
  if (
    ordinalSpanStart &&
    known('day') &&
    known('month') &&
    /^\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{Lu}/u.test(text) &&
    Number(ordinalSpanStart[1]) < (result.start.get('day') ?? 0)
  ) {
    const last = result.start.date();
    return [periodOf(new Date(last.getFullYear(), last.getMonth(), Number(ordinalSpanStart[1])), 'day'), direction];
  }
  // "for 11–12.06.2026": a span of days whose month follows its last is told by its first.
  const spanStart = /(?<![\d.])(\d{1,2})\.?\s*[–-]\s*$/.exec(before);
  if (numeric && spanStart && /^\d/.test(result.text) && Number(spanStart[1]) < numeric.getDate())
    return [periodOf(new Date(numeric.getFullYear(), numeric.getMonth(), Number(spanStart[1])), 'day'), direction];
  if (numeric !== undefined) return numeric ? [periodOf(numeric, 'day'), direction] : undefined;
  if (known('year')) {
    if (NUMBERED_WEEK.test(text)) return [periodOf(result.start.date(), 'week'), direction];
    // A clock time is no figure of the date: "yesterday at 22:15".
    const figures = text.replace(CLOCK_TIME, '');
    if (
      !/\d{4}/.test(figures) &&
      /\d/.test(figures) &&
      !MILITARY_DATE.test(figures) &&
      !/^[RH]\d{1,2}\.\d{1,2}\.\d{1,2}$/.test(figures)
    )
      return undefined;
    // "by the end of the month", like "by the end of April", names the month, not its last day.
    // "in the week commencing 18 May 2026": the week.
    const precision: Precision =
      known('day') && WEEK_OF.test(before)
        ? 'week'
        : known('day') && !PART_OF_MONTH.test(text)
          ? 'day'
          : known('month')
            ? 'month'
            : 'year';
    // "by year's end", "by the end of the month": a deadline, ahead while its period runs.
    const bound =
      /^(?:by|before|until|till)\s/i.test(text) ||
      (PART_OF_MONTH.test(text) && /\b(?:by|before|until|till)\s+(?:the\s+)?$/i.test(before));
    return [periodOf(result.start.date(), precision), bound ? 'future' : direction];
  }
  // "begins Saturday evening and continues through Sunday night": a span told by its start, its end no event of its
  // own ("the injunction runs through Sept. 3" has none but its end, which is one).
  if (
    /\b(?:begins?|began|starts?|started)\b[^.;]*\band\s+(?:continu|last|run|remain|stay|persist)\w*\s+(?:\w+\s+){0,2}?(?:through|thru|until|till)\s+$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "Viña del Mar.", "Mar del Plata": a month's short name inside a place's.
  if (
    /^\p{Lu}\p{Ll}{2}\.?$/u.test(text) &&
    (/\b(?:del|de|da|do|la|el)\s+$/i.test(before) || /^\s+(?:del|de)\b/i.test(after))
  )
    return undefined;
  // "on the intervening night of January 12 and 13": a night across two dates, the phrase does not say which one.
  if ((/\bnight\s+of\s+$/i.test(before) || /^night of\b/i.test(text)) && /^\s*(?:and|&|-|–)\s*\d/.test(after))
    return undefined;
  // "by the August long weekend": a holiday weekend named by its month, which days unsaid; "the August getaway", "the
  // March break": a season named by it; "the October Railway", "the July Revolution": a month in a name.
  if (
    MONTH_ALONE.test(text) &&
    (/^\s+(?:long\s+)?weekend\b/i.test(after) ||
      (/\bthe\s+$/i.test(before) &&
        (/^\s+\p{Lu}\p{Ll}/u.test(after) ||
          /^\s+(?:getaway|exodus|rush|peak|break|holidays|recess|lull)\b/i.test(after))))
  )
    return undefined;
  // "sandstorms are frequent in central Saudi Arabia in January": what a month is like, no one date.
  if (
    MONTH_ALONE.test(text) &&
    /\b(?:is|are)\s+(?:\w+\s+)?(?:frequent|common|rare|usual|typical|normal|routine)\b[^.;]{0,50}\bin\s+$/i.test(
      sentence.slice(0, result.index),
    )
  )
    return undefined;
  // "I wouldn't fancy it in August", "would not recommend a visit in July": a liking, for any such month.
  if (
    MONTH_ALONE.test(text) &&
    /\b(?:would|wouldn['’]t|['’]d)\s+(?:not\s+|never\s+)?(?:fancy|like|love|want|mind|prefer|recommend|advise|suggest|hate)\b/i.test(
      clauseBefore(sentence, result.index),
    )
  )
    return undefined;
  // "draws worshippers every October", "Ferry traffic usually peaks in August", "usually doubles in late May", "June
  // is normally our strongest month": a habit, no one date. "had all of June and July to make an offer": a span.
  // (Not "payments of ZiG 25,000 each on Monday": a share apiece.)
  if (/\b(?:every|(?<![\d#]\s)each|all\s+of)\s+(?:\p{L}+\s+(?:and|or)\s+)?$/iu.test(before)) return undefined;
  // "June, as locals say, is the month when the rivers run highest": what a month is like each year.
  if (
    monthAlone(text.replace(/,$/, '')) &&
    /^,?\s+(?:[^,.;]{1,30},\s+)?is\s+(?:the|a)\s+(?:month|season|time)\b/i.test(after)
  )
    return undefined;
  // "the Fourth of July weekend is usually among its busiest": what a day is like each year.
  if (!/\d/.test(text) && USUALLY_AFTER.test(after)) return undefined;
  // "in the Iranian year that ended in March", "the fiscal year that begins in July": the bound of a year, no event.
  if (
    monthAlone(text.split(/[\s,]/).at(-1) ?? '') &&
    /\byear\s+(?:that|which)\s+(?:ended|ends|began|begins|started|starts|runs)\s+(?:in\s+)?$/i.test(
      withOwn(before, /^in\s/i),
    )
  )
    return undefined;
  // "against a normal finish in late November": when a thing usually happens, no one date.
  if (
    (monthAlone(text.split(/[\s,]/).at(-1) ?? '') || MONTH_PART.test(text)) &&
    /\b(?:a|an|the|its|their)\s+(?:normal|usual|typical|customary|average)\s+(?:[\p{L}-]+\s+){0,2}(?:in|by|at)\s+$/iu.test(
      before,
    )
  )
    return undefined;
  if (MONTH_ALONE.test(text.replace(/^(?:early|late|mid)[- ]/i, '')) && HABITUAL_AFTER.test(after)) return undefined;
  if (known('month')) {
    if (SHORT_NUMERIC.test(text) || ORDINAL_WEEKDAY_OF.test(before)) return undefined;
    // "the week of May 25", "in the week commencing 18 May": the week, not its Monday.
    // "over the Fourth of July weekend": a day of the holiday's weekend, which one unsaid.
    const weekOf = (WEEK_OF.test(before) || /^\s+(?:long\s+)?weekend\b/i.test(after)) && known('day');
    const month = result.start.get('month') ?? 1;
    // "by the end of April" names the month, not its last day.
    const day = known('day') && !PART_OF_MONTH.test(text) ? (result.start.get('day') ?? 1) : undefined;
    // The year the sentence named before the phrase, which two readings count from; none named, no date.
    const named = [...sentence.slice(0, result.index).matchAll(/\b((?:19|20)\d{2})\b/g)].at(-1)?.[1];
    // "sought a loan in August 2016, and the facility was agreed the following December": the next such month.
    const following = /\bthe\s+(?:following|next)\s+$/i.test(before) && !day;
    // "in December that year", "in May the following year": that year, or one counted from it.
    const that = /^[\s,]+(?:of\s+)?(that|the same|the following|the next|the previous|the preceding) year\b/i.exec(
      after,
    );
    if ((following || that) && !named) return undefined;
    const shift = that
      ? (({ that: 0, 'the same': 0, 'the following': 1, 'the next': 1 } as Record<string, number>)[
          that[1].toLowerCase()
        ] ?? -1)
      : 0;
    const stated = that ? Number(named) + shift : Number(YEAR_AFTER.exec(after)?.[1]);
    // "recalled the Great Flood of 1967, when the Chena topped its banks in August", "In 1967 the river rose in
    // August": a month in a clause of a year gone by, the year told nearest before it, is that year's.
    const yearClause =
      /(?:^\s*In\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2}),?\s+when\b)(?:(?!,\s+(?:and|but|which|who)\b|\b(?:will|would|say|says|expected)\b)[^.;])*$/.exec(
        sentence.slice(0, result.index),
      );
    const ofYear =
      yearClause &&
      (yearClause[1] ?? yearClause[2]) === named &&
      Number(named) < published.getFullYear() &&
      !MONTH_YEAR_OFFSET.test(after)
        ? Number(named)
        : 0;
    // "Last year the result was declared on March 25": the year that opens the sentence is the day's.
    const offset = (MONTH_YEAR_OFFSET.exec(after) ??
      (day ? YEAR_OPENING.exec(sentence.slice(0, result.index)) : null))?.[1]?.toLowerCase();
    const lastOrNext = /\b(last|next|come)\s+$/i.exec(before)?.[1]?.toLowerCase();
    // "Come September, the rules take effect": the September ahead.
    const toward: Direction | undefined =
      lastOrNext === 'last' ? 'past' : lastOrNext === 'next' || lastOrNext === 'come' ? 'future' : direction;
    // "last February" said in March is the February of last year: the one just gone would be "last month".
    // ("last April 7", with its day, is the April 7 just gone.)
    const lastYears = lastOrNext === 'last' && !day && (published.getMonth() - (month - 1) + 12) % 12 <= 1;
    const weekday = known('weekday') && day ? (result.start.get('weekday') ?? undefined) : undefined;
    // "after the 9 July detection fault", "ahead of the 2 November trial", "the prelude to the September cut", "a judge's
    // Feb. 27 injunction": a day or month naming an event before its noun is the nearest such, whatever the verb of the
    // sentence around it; so is a day after a noun and "of" ("the geologists' note of 23 June"), or after a deed's noun
    // that is someone's ("within 120 days of its dissolution on Aug 6"). So is the deadline of a purpose ("announced a
    // review …, to report by the end of March"; "met the demand to have the channel back … by the end of April"), which
    // lies after what set it, not after the report. So is the day of a plan whose fate is told as done ("was due to open
    // on 22 December, but was postponed"), which may have been called off before its day or after, and of a plan told in
    // the pluperfect ("Carrousel Distribution had scheduled a domestic release for Sept. 16").
    // ("was supposed to be finished last November, but": "last" tells the year.)
    const nearest =
      (!lastOrNext && PAST_PLAN_BUT[0].test(planBefore(sentence, result.index)) && fateToldAsDone(after)) ||
      /\bhad\s+(?:\w+ly\s+)?(?:scheduled|planned|set|slated|fixed|booked)\s+(?:[\p{L}\d'’-]+\s+){0,6}?for\s+$/iu.test(
        clauseBefore(sentence, result.index),
      ) ||
      // "The plan …, which management had wanted in place by the end of August, is shelved": what was wanted by then.
      /\bhad\s+(?:\w+ly\s+)?(?:wanted|hoped\s+for|expected)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:by|for|in)\s+(?:the\s+)?$/iu.test(
        clauseBefore(sentence, result.index),
      ) ||
      // (Not "by the end of March, so that …", whose comma chrono took with the phrase.)
      // (Not before "and" or a verb: "expired at the end of February and has not been renewed".)
      (!lastOrNext &&
        /(?:\b(?:the|a|an|its|their|this|that)|\p{L}['’]s)\s+(?:[\d.,]+\s*%\s+)?$/iu.test(before) &&
        /^\s+(?!(?:and|or|is|was|are|were|has|had|have|will|would)\b)\p{Ll}/u.test(sentence.slice(wordsEnd))) ||
      (day !== undefined && /\b\p{Ll}{3,}['’]?\s+of\s+$/u.test(before)) ||
      (day !== undefined && /\b(?:its|their|his|her)\s+\p{Ll}{3,}(?:ion|ment|al|ure)\s+on\s+$/u.test(before)) ||
      // (Not a plan told in the present: "Works are scheduled to start in April and to finish by December".)
      (/\bto\s+(?!be\b)[a-z]+\s+(?:[\p{L}'’-]+\s+){0,8}?by\s+(?:the\s+)?$/iu.test(
        clauseBefore(sentence, result.index),
      ) &&
        !/\b(?:is|are|am)\s+(?:\w+ly\s+)?(?:scheduled|expected|due|set|planned|slated|targeted)\s+to\b|\b(?:aims?|plans?|intends?|hopes?)\s+to\b|\b(?:asks|urges|wants|requires|tells|orders)\b/i.test(
          clauseBefore(sentence, result.index),
        ));
    const year =
      (lastYears ? published.getFullYear() - 1 : 0) ||
      stated ||
      ofYear ||
      (following ? Number(named) : 0) ||
      (offset ? published.getFullYear() + { last: -1, this: 0, next: 1 }[offset as 'last'] : undefined) ||
      // "on Friday, May 15": the year whose May 15 is a Friday, whatever the verb says; none near, no date.
      (weekday !== undefined && day
        ? sameWeekdayYear(published, month, day, weekday, toward ?? 'either')
        : // "doubt the December target": a target named by its month is ahead.
          day === undefined &&
            /^\s+(?:target|deadline|goal)\b/i.test(sentence.slice(wordsEnd)) &&
            !/\b(?:met|meet|meets|meeting|missed|miss|misses|missing|beat|beating|after|since)\b/i.test(
              clauseBefore(sentence, result.index),
            ) &&
            // "around 40 boats failed the inspection before the end-of-October deadline": one gone by.
            directionAt(sentence, result.index, wordsEnd) !== 'past'
          ? yearFor(published, month, day, 'future')
          : nearest
            ? yearFor(published, month, day, 'either')
            : toward === 'either'
              ? yearFor(anchor, month, day, 'future')
              : lastOrNext || baseline
                ? yearFor(published, month, day, toward ?? 'either')
                : plausibleYear(published, month, day, toward ?? 'either'));
    if (!year) return undefined;
    const period = periodOf(new Date(year, month - 1, day ?? 1), weekOf ? 'week' : day ? 'day' : 'month');
    const open = !stated && !offset && toward !== 'past' && toward !== 'future';
    if (open && Math.abs(differenceInCalendarDays(parseISO(period.start), published)) > NEAREST_LIMIT_DAYS)
      return undefined;
    return [period, direction];
  }
  if (known('weekday') && !known('day')) {
    // "after the Holi festival (04.03.2026, Wednesday)": the weekday of the day just given, read there.
    if (/\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4},\s*$|\b\d{1,2}\s+\p{L}+\s+\d{4},\s*$/u.test(before)) return undefined;
    // "on a normal weekday": any working day, not one (chrono reads the word as a Thursday).
    if (/^weekdays?$/i.test(text)) return undefined;
    // "Its Tuesday evening series, Les Mardis du Centre, will move", "limits Sunday call-ins to two a month": a weekday's
    // run of things or kind of work, every week's.
    if (
      !/\b(?:on|last|next|this|by|from|until|till|since|before|after)\s+$/i.test(before) &&
      // "its Sunday and holiday timetable": so is a weekday paired with the holidays that run like it.
      /^\s+(?:(?:and|or|&|\/)\s+(?:public\s+|bank\s+)?holidays?\s+)?(?:series|sessions|classes|markets|programme|program|slot|club|meetings|concerts|services|screenings|matinees|lectures|rehearsals|practices|call-ins|shifts|overtime|work|working|rest|pay|premiums?|rates|opening|trading|timetables?|schedules?|hours|fares?|service)\b/i.test(
        sentence.slice(wordsEnd),
      )
    )
      return undefined;
    // "on Monday, the third round since May": an ordinal before a noun is a rank, not the day of the month.
    const rank =
      /^\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+(?:th|st))\s+(?!of\b)[a-z]/.test(
        after,
      );
    // "walked out at 6 a.m. Monday", "opens at 21:14 UTC on Tuesday", "was held on Thursday at 10am": a clock time before
    // or after a weekday named is no part of the date (chrono's weekend with a clock, "this past weekend, at 11:40 p.m.",
    // is no day).
    const clockless = text.replace(CLOCK_BEFORE, '').replace(WEEKDAY_WORD.test(text) ? CLOCK_AFTER : /(?!)/, '');
    // "On Monday (17/8)" (Indonesian and Malaysian styles), "on Saturday (10th)" (Indian): the figures in brackets are
    // the weekday's date.
    // ("Last Tuesday (26.5.)": Finnish writes a stop after the month.)
    const noted = /^\s*\((\d{1,2}[/.]\d{1,2}|(\d{1,2})(?:st|nd|rd|th)?)\.?\)/.exec(after);
    // "On the 26th (Sat)" (Japanese styles): the day of the month that falls on the weekday in brackets.
    const ordinal = /\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s*\(?\s*$/i.exec(before);
    if (ordinal && /^\(?\p{L}+\.?\)$/u.test(text)) {
      const day = weekdayOfMonthDay(published, result.start.get('weekday') ?? 0, Number(ordinal[1]));
      return day && [periodOf(day, 'day'), direction];
    }
    // "after what happened on the Friday night of the festival": the weekday of an event not named by its day.
    if (
      /\bthe\s+$/i.test(before) &&
      /^(?:\s+(?:morning|afternoon|evening|night))?\s+of\s+(?:the|this|that|its|their)\s+(?!(?:week|weekend|month|year)\b)\p{L}/iu.test(
        after,
      )
    )
      return undefined;
    // "next Wednesday, the 25th", "on Friday the 4th": so is a day of the month chrono left after it.
    // (Not a kind of day, "a Friday the 13th", nor one made so: "making Thursday the 9th [of Muharram]".)
    const dayOfMonth =
      noted || WEEKDAY_AS_KIND.test(`${before}${text.replace(WEEKDAY_WORD, '')}`)
        ? undefined
        : DAY_OF_MONTH_AFTER.exec(after)?.[1];
    const inBrackets =
      (noted || dayOfMonth) &&
      !/\d/.test(clockless) &&
      (noted?.[2] || dayOfMonth
        ? weekdayOfMonthDay(published, result.start.get('weekday') ?? 0, Number(noted?.[2] ?? dayOfMonth))
        : numericDay(`${text} ${noted?.[1]}`, published, order, true));
    if (inBrackets) return [periodOf(inBrackets, 'day'), direction];
    if (WEEKDAY_MODIFIED_BEFORE.test(before) || (WEEKDAY_MODIFIED_AFTER.test(after) && !rank) || /\d/.test(clockless))
      return undefined;
    // "two UAE residents: Friday Mensah, a 41-year-old engineer", "Dr. Sunday Okeke", "Engr. Friday Akpomudje, said",
    // "chief engineer Sunday Oa as acting head", "tea vendor P. Sunday Raju", "he is only U Sunday Aung", "Presenter:
    // Sunday Okot.", "Engineers led by Tuesday Nakamura", "April Lindqvist and Sunday Adeyemi", "Next caller is Tuesday
    // McAllister": a weekday before a surname,
    // after a title (Burmese, Thai,
    // Indonesian, Filipino and Ghanaian ones too), an initial, a programme's label, one who leads, or before an
    // apposition, is a name.
    const surname = SURNAME_AFTER.exec(after);
    if (
      PROPER_WEEKDAY_ALONE.test(clockless) &&
      surname &&
      (/(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Rev|Fr|Sgt|Capt|Cllr|Hon|Rep|Sen|Gov|Engr|Barr|Arc|Pharm|Alhaji|Alhaja|Hajia|Mallam|Chief|Pastor|Gen|Col|Maj|Lt|Supt|Insp)\.?|\b(?:U|Daw|Ko|Maung|Saw|Khun|Pak|Ibu|Bapak|Mang|Aling|Nana|Mama|Baba)|\b[a-z]+(?:er|or|ist|ian|ant|ent|ee|man|woman)|(?:^|\s)[A-Z]\.|\b(?:Presenter|Host|Guest|Producer|Reporter|Caller|Listener|Moderator|Anchor|Interviewer)\s*:|\b(?:led|headed|chaired|run|directed|managed|coordinated|organi[sz]ed)\s+by|\b(?:caller|guest|listener)\s+(?:is|was)|\b\p{Lu}\p{Ll}+\s+(?:and|&))\s+$/u.test(
        before,
      ) ||
        // "and Sunday Ekka (27), a security guard": an age in brackets may come between. "Friday Ng'ambi (Mr)": so may
        // an honorific, which names a person by itself.
        /^\s*\((?:Mr|Mrs|Ms|Miss|Dr)\.?\)|^(?:\s*\([\d#]{1,3}\))?(?:,\s+(?:a|an|the|who|whose|aged|said|says|told|\d{1,3}(?=,))\b|,\s+\p{Lu}\p{L}+['’]s\s|\s+(?:as|said|says|told|who)\b)/u.test(
          after.slice(surname[0].length),
        ) ||
        // "said Sunday Cycles owner Breda Keane": a shop's name; "I've got Friday Holmes on the line": a guest.
        /^\s+(?:owner|co-owner|manager|founder|proprietor|staff|on\s+the\s+(?:line|phone)|joins\s+us|is\s+with\s+us)\b/.test(
          after.slice(surname[0].length),
        ))
    )
      return undefined;
    // "Another caller, Friday from Akim, asked", "a message from a listener, Sunday, in Nyungwe.": a name set off with
    // where its owner is from. "another, who signs
    // himself Sunday,", "whom the whole bazaar calls Sunday", "who gave his name only as Friday": a name someone goes
    // by.
    if (
      PROPER_WEEKDAY_ALONE.test(clockless) &&
      ((/,\s*$/.test(before) && /^\s*,?\s+(?:from|in)\s+\p{Lu}\p{L}+[,.]/u.test(after)) ||
        /\b(?:signs|signed|calls|called|styles|styled)\s+(?:himself|herself|themselves)\s+$/.test(before) ||
        /\bwhom\s+[^,;.]{0,40}\b(?:calls?|called|nicknamed|dubbed)\s+$/.test(sentence.slice(0, result.index)) ||
        /\b(?:gave|gives|giving|give)\s+(?:his|her|their)\s+name\s+(?:only\s+)?as\s+$/.test(before) ||
        // "a listener question from Sunday in Polokwane, who asks": one who asks is a person.
        /^(?:\s+(?:in|from|of)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?,?\s+who\s+(?:asks|asked|writes|wrote|says|said|wants|wanted|wonders|wondered|called|calls|texted|emailed)\b/u.test(
          after,
        ))
    )
      return undefined;
    // "its Monday-to-Friday lunch cruises and its Saturday dance cruises": a weekday naming what runs every week.
    if (
      PROPER_WEEKDAY_ALONE.test(clockless) &&
      /\b(?:its|their|our|his|her)\s+$/.test(before) &&
      /^\s+(?:[\p{Ll}-]+\s+)?\p{Ll}{2,}s\b/u.test(after)
    )
      return undefined;
    // "in our programme Tuesday with the City": a weekday naming a show.
    if (/^\p{Lu}/u.test(text) && /\b(?:programme|program|show|podcast|column|series)\s+$/u.test(before))
      return undefined;
    // "runs every Monday, Wednesday and Thursday", "Friday nights were always his shift", "delays on Friday and Sunday
    // evenings", "The network's Saturday buyers' meeting, held every Saturday": a weekly habit.
    if (
      EVERY_WEEKDAYS_BEFORE.test(sentence.slice(0, result.index)) ||
      (!/^on\s/i.test(text) &&
        /(?:['’]s|\b(?:the|its|their|our|his|her|a))\s+$/i.test(before) &&
        /^\s+\p{Ll}/u.test(after) &&
        new RegExp(String.raw`^[^.;]{0,40}?\bevery\s+${WEEKDAY}\b`, 'i').test(after)) ||
      new RegExp(
        String.raw`^(?:\s*,?\s+(?:and|or)\s+${WEEKDAY})?\s+(?:nights|mornings|evenings|afternoons)\b`,
        'i',
      ).test(after)
    )
      return undefined;
    // "Friday said the design uses steel-mesh baskets": a weekday that opens a sentence and says something is a name.
    if (
      !/\S/.test(sentence.slice(0, result.index).replace(/["“‘'(]/g, '')) &&
      PROPER_WEEKDAY_ALONE.test(clockless) &&
      SAYING.test(/^\s+([a-z]+)/.exec(after)?.[1] ?? '')
    )
      return undefined;
    // "released on bail on the Friday and re-arrested on the Monday", "at the Sunday service": a weekday of a week the
    // narrative set, or of every week; not "the Sunday just passed". So is the second of two ("the Saturday & Sunday
    // Family Pass").
    if (
      (/\bthe\s+$/i.test(before) || THE_WEEKDAY_AND_BEFORE.test(before)) &&
      // "… on Saturday 19 September, returning on the Sunday evening": with its part of the day, once the sentence has
      // named a day before it.
      (WEEKDAY_ALONE.test(clockless) ||
        (WEEKDAY_PART_OF_DAY.test(clockless) && WEEKDAY_WORD.test(sentence.slice(0, result.index)))) &&
      !/^\s+(?:just\s+)?(?:gone|passed|past|before|after)\b/i.test(after) &&
      // "after the Friday prayers yesterday": the day told beside it says which.
      !/^\s+\p{Ll}+\s+(?:yesterday|today|this\s+(?:morning|afternoon|evening))\b/u.test(after)
    )
      return undefined;
    if (WEEKDAY_COUNTED[0].test(before) && WEEKDAY_COUNTED[1].test(after)) return undefined;
    // "on the last Friday of the month", "the first Monday in June": a weekday counted in a month, not the one near.
    if (new RegExp(`^\\s+(?:of|in)\\s+(?:(?:the|every|each)\\s+(?:month|year)|${MONTH})`, 'i').test(after))
      return undefined;
    // "who roasted at the fairgrounds on festival Saturday", "on race Sunday": a weekday of an occasion, which this reader
    // does not place.
    if (/\bon\s+(?:festival|fair|feria|show|carnival|race|match|game|derby|regatta|parade)\s+$/.test(before))
      return undefined;
    // "on the Monday of Tourism Week", "the Monday of Thanksgiving week", "on Friday of feria week": a weekday of a named
    // season, which this reader does not place.
    if (
      /^\s+of\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+)*(?:Week|Holidays?|Festival|Carnival)|(?:\p{Lu}[\p{L}'’-]*\s+)+week|(?!(?:next|last|this|that|the|each|every|following|same)\b)\p{Ll}[\p{L}'’-]*\s+week)\b/u.test(
        after,
      )
    )
      return undefined;
    // "late Sunday or early Monday": one of two days, the writer does not know which. (Months: see MONTH_OR.)
    if (
      /\b\w+day\s+or\s+(?:(?:late|early)\s+)?$/i.test(before) ||
      /^,?\s+or\s+(?:(?:late|early|on)\s+)?\w+day\b/i.test(after)
    )
      return undefined;
    // "Szegedi Vasárnap (The Szeged Sunday)": a paper's name glossed in brackets.
    if (/\(\s*[Tt]he\s+(?:\p{Lu}\p{L}+\s+){1,2}$/u.test(before) && (/\)$/.test(text) || /^\s*\)/.test(after)))
      return undefined;
    // "the Sunday Chronicle", "the Beaumont Sunday Star", "its head of operations, Sunday Okafor,": a weekday between
    // "the", a name, a comma or the sentence's start and a capitalised word is a name ("said Sunday Kyiv had…" is a date).
    // So is one after "the", "our" … and a word or two ("the weekly Sunday Himal", "our Friday Freight Index"), and one
    // after a word that is no preposition and no deed, before a capitalised word ("said finance director Friday Zulu.",
    // "said port health officer Friday Barasa at Malaba", "said Monday Eze, a 41-year-old engineer"; "voted Tuesday"
    // is a date).
    // "the Tambacounda weekly Monday Morning": a capitalised part of the day makes a name of the pair too.
    const bare = /^\p{Lu}\p{Ll}+day(?:\s+(?:Morning|Afternoon|Evening|Night))?$/u.test(text);
    const lead = /\b(\p{Ll}+)\s+$/u.exec(before)?.[1];
    const beforeName =
      /(?:\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}|\p{Lu}[\p{L}]+\s+|,\s*|^\s*(?:[—–-]\s*)?)$/u.test(
        before,
      ) ||
      // "AUGUSTA, Ga. — Tuesday Okonjo went home": opening the story after its dateline, a surname and its deed after it
      // (not "WASHINGTON — Tuesday President Harris signed", "— Tuesday Colorado lawmakers passed").
      (/^\s*\p{Lu}[\p{L}.,' ]{1,40}\s[—–-]\s*$/u.test(sentence.slice(0, result.index)) &&
        isPastAction(/^\s+\p{Lu}\p{Ll}+\s+(\p{Ll}+)/u.exec(after)?.[1] ?? '')) ||
      (lead !== undefined &&
        !BEFORE_MONTH.test(before) &&
        // After a verb of saying, the name must end the clause or speak, or be a paper's before its writer's title
        // ("joked Sunday Adeyemi, who …", "said Sunday Ledger columnist Wim de Haas"): "said Sunday Kyiv had …" is a date.
        (SAYING.test(lead)
          ? /^\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[,.;]|\s+(?:said|says|told|added|asked)\b|$|\s+(?:columnist|editor|reporter|correspondent|writer|critic|commentator|contributor)\b)/u.test(
              after,
            )
          : !isPastAction(lead) && /^\s+\p{Lu}\p{Ll}+\b/u.test(after))) ||
      // "the Calama weekly Sunday Pampa".
      /\b[Tt]he\s+(?:\p{Lu}\p{L}+\s+)?(?:weekly|daily|monthly|fortnightly)\s+$/u.test(before) ||
      // "led by Sunday Adeyemi of Lautan Marine", "a statement from Sunday Nwosu, the union leader": after "by",
      // "from" or "with", a weekday and a capitalised word that ends its phrase is a person.
      // "loaned drivers from Friday Lake Haulage, its contractor": so is a firm, by words of a name that are no month.
      (/\b(?:by|from|with|and)\s+$/i.test(before) && NAME_AFTER.test(sentence.slice(wordsEnd)));
    // '…,” Friday said': a weekday that speaks after a quotation is a name; so is one that speaks what follows ("though
    // Friday said that …"), unless a word for a day stands before it. '…," wrote Friday, a listener from Cable Beach':
    // so is one a saying after a quotation has for its subject, set beside what it is.
    const speaks =
      (/[,.!?]["”’']?\s*$/u.test(before) && /^\s+(?:said|says|told|added|asked)\b/.test(after)) ||
      (/[,.!?]["”’']\s*(?:said|says|wrote|writes|added|asked)\s+$/u.test(before) &&
        /^,?\s+(?:a|an)\s+(?!(?:day|week|month|year|fortnight|few|couple|time|hour)\b)\p{Ll}/u.test(after)) ||
      (/^\s+(?:said|says)\s+(?:that\b|["“])/.test(after) && !BEFORE_MONTH.test(before));
    if (bare && (((/^\s+\p{Lu}\p{Ll}/u.test(after) || /\s\p{Lu}/u.test(text)) && beforeName) || speaks))
      return undefined;
    // "Crane operator Sunday anak Ngelai", "Friday bin Ahmad": a weekday before a word for "child of" and a name.
    if (bare && /^\s+(?:anak|bin|binti|bte|ibn|bint)\s+\p{Lu}/u.test(after)) return undefined;
    // "demanded a full account on the bank holiday Monday", "On the autumn holiday Monday", "had not forgotten the
    // holiday Saturday": the holiday tells which Monday (not yesterday's, in a Tuesday paper), and the weekday alone
    // does not. (One named does: "closed for the Memorial Day holiday Monday".)
    if (bare && /\bholiday\s+$/i.test(before) && !/\p{Lu}[\p{L}'’-]*\s+holiday\s+$/u.test(before)) return undefined;
    // "welcome to a quiet Friday in the Berlaymont": a Friday, not one of them.
    if (
      bare &&
      /\b(?:a|an)\s+(?:(?:quiet|busy|rainy|wet|sunny|cold|hot|warm|typical|normal|ordinary|usual|slow|long|bleak|grey|gray|good|bad|fine|lazy|hectic|dark|bright|snowy|stormy|windy|calm|sleepy|tense|frantic|single|certain|given|particular)\s+)?$/i.test(
        before,
      )
    )
      return undefined;
    // "had dropped Tuesday and Wednesday trips": a pair of weekdays naming what runs on them each week.
    const weekly =
      /^\s+(?:trips|departures|sailings|flights|tours|shifts|classes|services|excursions|crowds|nights|trade)\b/i;
    if (
      weekly.test(after.replace(AND_WEEKDAY_AFTER, '')) &&
      (/^\s+(?:and|or)\s/i.test(after) || WEEKDAY_AND_BEFORE.test(before))
    )
      return undefined;
    // "the Munich consultancy Friday & Vogt": a firm's name.
    if (/^\s*&\s*\p{Lu}/u.test(after)) return undefined;
    // "(Reporting by …; Editing by Mark Friday)": a surname after a first name, closing a credit.
    if (/\bby\s+\p{Lu}\p{Ll}+\s+$/u.test(before) && (/^\s*[);,]/.test(after) || /\)$/.test(result.text.trim())))
      return undefined;
    // "Gulf Gaming Report | Monday Briefing | Vol. 14": a publication named by its day, in capitals.
    if (bare && /^\s+(?:Briefing|Brief|Edition|Digest|Bulletin|Update|Review|Roundup|Wrap)\b/.test(after))
      return undefined;
    // "Issue No. 87 of your Monday read", "our Friday briefing": a publication named by its day.
    if (
      /\b(?:your|our)\s+$/i.test(before) &&
      /^\s+(?:read|newsletter|briefing|digest|edition|column|round-?up|wrap|email|issue|podcast|show|bulletin)\b/i.test(
        after,
      )
    )
      return undefined;
    // "MARK FRIDAY: The Jeju Sunday Times had …", "M. TUESDAY: Thank you, Mr. Speaker.": a speaker's name in a
    // "Good morning, Fouta, and welcome to Sunday at the Market": a programme named by its day.
    if (WEEKDAY_ALONE.test(text) && /\bwelcome\s+(?:back\s+)?to\s+$/i.test(before)) return undefined;
    // "the groundsman is Juma, which is Friday": a weekday that glosses a name.
    if (WEEKDAY_ALONE.test(text) && /\b\p{Lu}[\p{L}'’-]+,\s+which\s+(?:is|means)\s+$/u.test(before)) return undefined;
    // "COPPER ON FRIDAY: LME three-month copper closed at $10,420/t on Friday": a rubric in capitals whose sentence tells
    // its day itself.
    if (
      /^(?:ON\s+)?[A-Z]+DAY$/.test(text) &&
      /^\s*(?:[A-Z][A-Z'’&-]*\s+){0,4}$/.test(sentence.slice(0, result.index)) &&
      /^\s*:/.test(after) &&
      new RegExp(String.raw`\b${text.replace(/^ON\s+/, '')}\b`, 'i').test(after)
    )
      return undefined;
    // transcript, in capitals; so is "U SUNDAY AUNG: There have been no night sailings", opening its line.
    if (
      /^[A-Z]+DAY$/.test(text) &&
      ((/(?:\b[A-Z]{2,}|\b[A-Z]\.)\s+$/.test(before) && /^\s*:/.test(after)) ||
        (/^\s*(?:[A-Z][A-Z'’.-]*\s+){0,3}$/.test(sentence.slice(0, result.index)) &&
          /^(?:\s+[A-Z][A-Z'’-]*){0,3}\s*:/.test(after) &&
          (/[A-Z]\s+$/.test(before) || /^\s+[A-Z]/.test(after))))
    )
      return undefined;
    // "Suva-based Tasi … said late Monday Hawaii time": the edge of a day on another place's clock; where the speaker
    // is, it may be the next day already, or still the last.
    const clock = /^\s+(?:(?:night|morning|evening)\s+)?(\p{Lu}[\p{L}]+) time\b/u.exec(after)?.[1];
    const based = /\b(\p{Lu}[\p{L}]+)-based\b/u.exec(sentence)?.[1];
    const edge = /\b(?:late|early)\s+(?:on\s+)?$/i.test(before) || /^\s+(?:night|morning|evening)\b/i.test(after);
    if (clock && based && clock !== based && edge) return undefined;
    // "overnight Sunday into Monday", "on Sunday night into Monday": a night spans two dates, and the phrase does not
    // say which one the event had.
    const night = /\bovernight\s+$/i.test(before) || /\bnight$/i.test(text);
    if (night && /^\s+(?:night\s+)?(?:into|to)\s+\w+day\b/i.test(after)) return undefined;
    if (/\b(?:overnight\s+\w+day(?:\s+night)?|\w+day\s+night)\s+(?:into|to)\s+$/i.test(before)) return undefined;
    // "in the night between Sunday and Monday", "between Monday and Wednesday": a night or a span, not one day.
    if (/\bbetween\s+$/i.test(before) && /^\s+and\s+\w+day\b/i.test(after)) return undefined;
    if (/\bbetween\s+\w+day\s+and\s+$/i.test(before)) return undefined;
    // "from Monday to Friday", "a Monday-to-Saturday timetable", "Mon–Fri": days of a week's schedule, not a date.
    if (result.end && /\bto\b|[–-]/.test(text)) return undefined;
    if (/\p{L}[-–](?:to[-–])?$/u.test(before) || /^[-–](?:to[-–])?\p{L}/u.test(after)) return undefined;
    // "open Monday to Saturday, from 08:30": opening days, not a date.
    if (WEEKDAY_RANGE_AFTER.test(after) || WEEKDAY_RANGE_BEFORE.test(before)) return undefined;
    // "it was already Tuesday evening in Apia when the alarm was raised", "on Thursday evening in Pago Pago, Friday
    // evening in Apia": the same moment told in another place's day, across a date line or a time zone.
    if (
      /^\s+in\s+\p{Lu}/u.test(after) &&
      (/\b(?:already|still)\s+$/i.test(before) ||
        new RegExp(
          String.raw`\b${WEEKDAY}\s+(?:evening|morning|afternoon|night)\s+in\s+\p{Lu}[\p{L}' -]*,\s+$`,
          'iu',
        ).test(sentence.slice(0, result.index)))
    )
      return undefined;
    // "I always said Monday is my lucky day", "Friday is our busiest day": what a weekday is like, every week.
    if (
      /^\s+(?:is|was|has\s+always\s+been)\s+(?:my|our|his|her|their|your|the|a)\s+(?:lucky|unlucky|favou?rite|busiest|quietest|slowest|best|worst|usual|normal|regular)\s+(?:day|night)\b/i.test(
        after,
      )
    )
      return undefined;
    // "Gates opened to ticket holders with Sunday tickets", "Saturday passes will be honoured": what is sold for a day
    // is no event of it.
    if (
      WEEKDAY_ALONE.test(text) &&
      !/\b(?:on|by|until|till|since|from|before|after|this|last|next|every)\s+$/i.test(before) &&
      /^\s+(?:day\s+)?(?:tickets?|passes|pass(?:\s+holders)?|wristbands?|ticket[\s-]holders)\b/i.test(after)
    )
      return undefined;
    // "was due to resume on Wednesday but was held back": a frustrated plan was for the day gone by, when its fate is
    // told as done; otherwise it may lie either side of the report.
    // "It had been due to be back in service on Sunday, but a steel clamp … failed": so is one told in the past perfect,
    // on another weekday than the report's (on its own, "had been due to reopen on Monday but" in a Monday paper is
    // today's, read below).
    const planned = PAST_PLAN_BUT[0].exec(planBefore(sentence, result.index));
    if (
      planned &&
      (!planned[1] || result.start.get('weekday') !== published.getDay()) &&
      PAST_PLAN_BUT[1].test(after)
    ) {
      // On the plan's own weekday ("was due to appear on Monday but" in a Monday paper) it may be today's or the next.
      const weekday = result.start.get('weekday') ?? 0;
      // "was due to kick off at 1 p.m. on Sunday but was moved up to 4:30 p.m. on Saturday, 5 December": the day it was
      // moved to, dated, tells which week's Sunday was meant.
      const original = originalWeekday(after, published, weekday);
      if (original) return [periodOf(original, 'day'), original > published ? 'future' : 'past'];
      // "The release was due on Thursday but record inflows forced the operator to open the spillway early": what was
      // done early, the clause's last word, was done before its day, which lies ahead of the telling (not "early on
      // Friday", "in the early hours").
      if (
        weekday !== published.getDay() &&
        /\b(?:early|ahead\s+of\s+(?:schedule|time))\s*(?:[.;]|$)/i.test(after.slice(0, after.search(/[.;]|$/) + 1))
      )
        return [periodOf(weekdayDate(published, weekday, 'future') ?? published, 'day'), 'past'];
      // "was due to reopen on Thursday but remains closed": a plan whose thing stays as it is now was for the day gone
      // by too (the golds agree, 30 to 1: a day ahead would be "is due to reopen"); one that will stay so ("but will
      // stay shut"), for the clearly nearer of the two days it may be. Not one still waiting on a word ("but the
      // regulator has yet to sign off", "is now on hold"), which may yet keep the day ahead.
      const stillOpen = /\b(?:yet|on\s+hold|pending|awaiting|subject\s+to)\b/i.test(
        after.slice(0, after.search(/[.;]|$/)),
      );
      const remains =
        !stillOpen &&
        /^\s*,?\s*but\s+(?:(?:it|they|the\s+\p{L}+)\s+)?(?:remains?|stays?|(?:is|are)\s+still|(?:has|have)\s+(?:remained|stayed))\s+(?:closed|shut|sealed|offline|suspended|taped\s+off|out\s+of\s+service|idle|cordoned|in\s+place|at\s|dark|empty|shuttered|boarded\s+up|alongside|docked|moored|grounded|stranded|stuck|in\s+port|at\s+anchor|under\s+repair)/iu.test(
          after,
        );
      const gone =
        ((fateToldAsDone(after) && !fateStillOpen(after) && !movedWithinComingWeek(after, published, weekday)) ||
          remains) &&
        weekday !== published.getDay() &&
        weekdayDate(published, weekday, 'past');
      if (gone) return [periodOf(gone, 'day'), 'past'];
      // (A clock before the day is the plan's hour: "had been set for 7:30 p.m. on Sunday".)
      return WEEKDAY_PHRASE.test(text.replace(CLOCK_BEFORE, '')) && !stillOpen && weekday !== published.getDay()
        ? clearlyNearer(published, weekday)
        : undefined;
    }
    // "The eight neighbouring stalls were actually due to reopen on Monday. But the police kept the cordon": what was
    // "actually" due is told against what happened instead, and was for the day gone by. So was a thing called off
    // before its plan is told: "the postponement of a three-year bond sale that was due on Tuesday".
    if (
      (/\b(?:was|were)\s+actually\s+(?:due|supposed|scheduled|set|meant|planned|expected)\b[^,;]*$/i.test(
        planBefore(sentence, result.index),
      ) ||
        /\b(?:postponement|cancell?ation|suspension|scrapping|deferral|deferment|calling\s+off)\s+of\s+[^,;.]{1,60}?\b(?:that|which)\s+(?:was|were|had\s+been)\s+(?:due|scheduled|set|planned|slated)\b[^,;]*$/i.test(
          sentence.slice(0, result.index),
        )) &&
      result.start.get('weekday') !== published.getDay()
    ) {
      const gone = weekdayDate(published, result.start.get('weekday') ?? 0, 'past');
      return gone && [periodOf(gone, 'day'), 'past'];
    }
    if (!abbreviatedWeekdayStands(text, before, after)) return undefined;
    // "2026/8/12 (Wed)", "16 Feb (Mon)": the weekday of the date before it, no date of its own.
    if (DATE_ENDS.test(before) && /^\(/.test(result.text.trim())) return undefined;
    // "this coming Monday", "the coming Friday": the next one after the report's day, whatever the verbs.
    if (/\bcoming\s+$/i.test(before) && !WEEKDAY_QUALIFIER.test(text)) {
      const ahead = ((result.start.get('weekday') ?? 0) - published.getDay() + 7) % 7 || 7;
      return [periodOf(addDays(published, ahead), 'day'), 'future'];
    }
    // "on Thursday last": British for last Thursday; "until Friday next", for next Friday ("Friday next week" is that
    // week's).
    // "gathered … this Saturday gone" (Caribbean and Irish English), "this past Friday": the one just past, a week back
    // when said on that weekday (that day itself is "today").
    if (
      (/^this\s/i.test(text) && /^\s+(?:just\s+)?(?:gone|past)\b/i.test(after)) ||
      (/^past\s/i.test(text) && /\bthis\s+$/i.test(before))
    ) {
      const back = (published.getDay() - (result.start.get('weekday') ?? 0) + 7) % 7 || 7;
      return [periodOf(addDays(published, -back), 'day'), 'past'];
    }
    const qualifier =
      WEEKDAY_QUALIFIER.exec(text)?.[1]?.toLowerCase() ??
      /^\s+(last|next)\b(?!\s+(?:week|weekend|month|year)\b)/i.exec(after)?.[1]?.toLowerCase();
    // "is a week from Friday", "Tuesday week": counted ahead from the coming one, whatever the verb.
    const weekOn = /\ba (?:week|fortnight)(?: on| from)?\s+$/i.test(before) || /^\s+(?:week|fortnight)\b/i.test(after);
    if (!direction && !qualifier && !weekOn && published.getDay() !== result.start.get('weekday')) return undefined;
    const weekday = result.start.get('weekday') ?? 0;
    // "ordered residents to leave their homes on Saturday": the day of the order gone by, or of the leaving to come;
    // "called a crisis meeting at the town hall on Tuesday evening", of the calling or of the meeting.
    // So is the day of a plan given up ("abandon its plan to reopen the road on Wednesday"), and the day a declaration
    // names ("declared Wednesday a day of national mourning").
    // The clearly nearer of the two is meant (the golds agree); none when they are about as near. An order dated
    // before ("yesterday ordered dockworkers … to resume work from Monday") leaves the weekday to what it ordered, and
    // so does one that tells from when ("to resume work from Monday").
    // So is the day a notice holds from ("a warning valid from 06:00 Friday"), told of before it or after.
    const opening = sentence.slice(0, result.index);
    if (
      direction === 'either' &&
      !qualifier &&
      !weekOn &&
      weekday !== published.getDay() &&
      (validity ||
        (!/\b(?:from|starting|until|till|by)\s+$/i.test(opening) &&
          !/^(?:from|starting|until|till|by)\s/i.test(text) &&
          (instructedBefore(opening) ||
            gatheringCalledBefore(opening) ||
            planGivenUpBefore(opening) ||
            planSetThenGivenUp(opening, after, true) ||
            /\b(?:declared|proclaimed|designated)\s+$/i.test(opening)) &&
          chrono.parse(opening, published).length === 0))
    ) {
      return clearlyNearer(published, weekday);
    }
    // "Malawi celebrates Independence Day on Monday" the day after, "Jordan marks Independence Day on Monday" the day
    // before: a feast kept this year, told in the present, is the clearly nearer of the two.
    if (!qualifier && weekday !== published.getDay() && feastKeptBefore(opening))
      return clearlyNearer(published, weekday);
    // "shut since a fire on Thursday night", "unveiled a revised tariff late on Monday", "on the Tuesday evening", told
    // as done in a paper of that weekday: the night of the day the paper comes out is still to come, so the one a week
    // before is meant (the golds agree; "broke out on Friday evening" in a Friday paper may be a late edition's, and
    // stays the day; so is what was said that night, the news of the day: '"…," Calloway said Saturday night' on a
    // Saturday's live page).
    if (
      direction === 'past' &&
      !qualifier &&
      weekday === published.getDay() &&
      !/\b(?:by|into|to|until|till)\s+$/i.test(opening) &&
      !/\b(?:said|told(?:\s+[\p{L}\d.’'-]+){1,4}|announced|confirmed|added|wrote|posted)\s+(?:on\s+|late\s+(?:on\s+)?)?$/iu.test(
        opening,
      ) &&
      (/\bnight$/i.test(text) ||
        // (Not "late on Thursday afternoon", which an evening's paper of that day may tell.)
        (/\blate\s+$/i.test(opening) && /^on\s/i.test(text) && !/\b(?:morning|afternoon)$/i.test(text)) ||
        // "had lodged a protest on the Tuesday evening": "the" points back to a Tuesday already told of.
        /\bon\s+the\s+$/i.test(opening) ||
        // "has been asking the same question since Saturday morning": today's would be "since this morning".
        /\bsince\s+$/i.test(opening))
    )
      return [periodOf(addDays(published, -7), 'day'), direction];
    // A plan told in the past with no day of its telling, its day not moved since: one that was "supposed to" be kept, or
    // that "had" been planned, was overtaken, and is for the clearly nearer of the two days ("Half of us were supposed to
    // be in costume for the parade Saturday night"); one "due" or "scheduled" is for the day before the report if that
    // is the day named ("the Hanbit Star, which was scheduled to leave Dalian at 4 p.m. on Tuesday"), and otherwise, as
    // a plan told in the past ("said talks would resume on Thursday"), looks forward from when it was told.
    if (
      direction === 'either' &&
      !qualifier &&
      isSameDay(anchor, published) &&
      !/^\s+(?:week|fortnight)\b/i.test(after)
    ) {
      // (When neither is clearly nearer, no day: "The board had planned to certify on Friday before the problem
      // surfaced" in a Monday paper may be either Friday.)
      if (PLAN_OVERTAKEN_BEFORE.test(opening) && weekday !== published.getDay())
        return clearlyNearer(published, weekday);
      const yesterday = addDays(published, -1);
      if (PLAN_TOLD_BEFORE.test(opening) && yesterday.getDay() === weekday) return [periodOf(yesterday, 'day'), 'past'];
    }
    // "we have moved the first passenger journeys to Sunday" told on a Sunday: put back to the next day of that name.
    if (
      direction === 'either' &&
      !qualifier &&
      isSameDay(anchor, published) &&
      weekday === published.getDay() &&
      rescheduledTo(opening, false) &&
      // (A move told as standing, not one kept this morning: "Organisers moved the final to Sunday, and 40,000 fans
      // turned out".)
      /\b(?:has|have|['’]ve|is|are|will\s+be)\s+(?:now\s+|just\s+)?(?:been\s+)?(?:moved|postponed|pushed|put|rescheduled|delayed|deferred|adjourned)\b/i.test(
        opening,
      ) &&
      !tellsDeed(after) &&
      !/\b(?:today|this\s+(?:morning|afternoon|evening))\b/i.test(sentence)
    )
      return [periodOf(addDays(published, 7), 'day'), 'future'];
    const date =
      direction === 'either' && !qualifier
        ? weekdayDate(anchor, weekday, 'future')
        : weekdayDate(published, weekday, direction ?? 'either', qualifier);
    // "next Sunday" said on a Monday may mean this week's or next week's: no date rather than a guess. "Last
    // Saturday" is the one just gone, even the day before (the golds and Recognizers-Text agree).
    if (date && qualifier === 'next' && isSameISOWeek(date, published)) {
      // "Friday next", the qualifier after the day, is British for the coming one; said the day before, for the one a
      // week after (the golds agree).
      if (!/^\s+next\b/i.test(after)) return undefined;
      if (differenceInCalendarDays(date, published) === 1) return [periodOf(addDays(date, 7), 'day'), direction];
    }
    // "Tuesday week", "a week on Tuesday", "a fortnight on Tuesday": a week or two after the coming Tuesday; told of
    // the past, no reader is sure which.
    const later =
      /^\s+fortnight\b/i.test(after) || /\ba fortnight(?: on| from)?\s+$/i.test(before)
        ? 14
        : /^\s+week\b/i.test(after) || /\ba week(?: on| from)?\s+$/i.test(before)
          ? 7
          : 0;
    if (later) {
      const coming = weekdayDate(published, weekday, 'future');
      return coming && direction !== 'past' ? [periodOf(addDays(coming, later), 'day'), 'future'] : undefined;
    }
    return date && [periodOf(date, 'day'), direction];
  }
  // "on the 14th": of this month, the last or the next, as the verbs point; the nearest when they leave it open.
  if (known('day') && !known('month')) {
    const dayOfMonth = result.start.get('day') ?? 1;
    // "from the 13th to the 16th of April": the month told at the span's end is its first day's too, in the year
    // nearest the report.
    const spanMonth = new RegExp(
      String.raw`^\s+(?:to|until|till|and|[–-])\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH})`,
      'i',
    ).exec(after);
    if (spanMonth) {
      const month = MONTHS.indexOf(spanMonth[1].toLowerCase());
      const [nearest] = [-1, 0, 1]
        .map((shift) => new Date(published.getFullYear() + shift, month, dayOfMonth))
        .sort(
          (one, other) =>
            Math.abs(differenceInCalendarDays(one, published)) - Math.abs(differenceInCalendarDays(other, published)),
        );
      return [periodOf(nearest, 'day'), direction];
    }
    const days = [-1, 0, 1]
      .map((offset) => new Date(published.getFullYear(), published.getMonth() + offset, dayOfMonth))
      .filter((date) => date.getDate() === dayOfMonth);
    const past = days.filter((date) => date <= published).at(-1);
    const future = days.find((date) => date >= published);
    const distance = (date: Date | undefined) =>
      date ? Math.abs(differenceInCalendarDays(date, published)) : Infinity;
    // A deadline ("until the 15th") is the nearest such day, whatever the tense, unless it is told as still open
    // ("Candidacies can be registered until the 30th").
    const toward = /^(?:by|until|till)\s/i.test(text) ? (direction === 'future' ? direction : undefined) : direction;
    const chosen =
      toward === 'past' ? past : toward === 'future' ? future : distance(past) <= distance(future) ? past : future;
    // "on Tuesday the 14th": the weekday must agree, or the writer meant another month.
    const weekday = known('weekday') ? result.start.get('weekday') : undefined;
    if (!chosen || (weekday !== undefined && weekday !== null && chosen.getDay() !== weekday)) return undefined;
    return [periodOf(chosen, 'day'), direction];
  }
  // A day chrono fixed from casual words ("today" variants were caught above).
  if (known('day')) return [periodOf(result.start.date(), 'day'), direction];
  return undefined;
}

/**
 * The day a part of the day qualifies, read on its own, standing for the whole phrase; undefined when none. A night
 * across two dates ("on the night of 31 October to 1 November") is the second when the sentence's clock says after
 * midnight ("at about 03:40"), the first when it says before, and no date (null) when it does not say.
 */
function dayOfPartOfDay(
  result: chrono.ParsedResult,
  instant: Date,
  sentence: string,
): chrono.ParsedResult | null | undefined {
  const prefix = PART_OF_DAY_OF.exec(result.text)?.[0];
  if (!prefix) return undefined;
  const [day] = parser.parse(result.text.slice(prefix.length), { instant }, { forwardDate: false });
  if (day?.index !== 0) return undefined;
  // Which of a night's two dates: after midnight the second, before it the first.
  const night = Boolean(day.end) && /^night/i.test(prefix);
  let start = day.start;
  if (night) {
    const hours = [...sentence.matchAll(/\b(\d{1,2})[:.](\d{2})\b(?!\s*[aApP]\.?[mM])/g)].map((clock) =>
      Number(clock[1]),
    );
    const late = hours.length > 0 && hours.every((hour) => hour >= 18 && hour < 24);
    const small = hours.length > 0 && hours.every((hour) => hour < 7);
    if (!late && !small) return null;
    if (small && day.end) start = day.end;
  }
  // The phrase ends where its day does: a "last year" after it is the day's year, read from what follows.
  return Object.assign(day, {
    ...(night && { start, end: undefined }),
    index: result.index,
    text: result.text.slice(0, prefix.length + day.index + day.text.length),
  });
}

/** Capitals after a comma and before a name: "The next day, PT Penyeberangan". */
const CAPITALS_BEFORE_NAME = new RegExp(
  String.raw`(?<=,\s*[A-Z])[A-Z]{1,3}(?=\s+(?!${WEEKDAY_CAPITALISED})\p{Lu}\p{Ll})`,
  'gu',
);
/** Between two dates: ") and Sunday (", ", and ". */
const AND_WEEKDAY_BETWEEN = new RegExp(String.raw`^\)?,?\s*(?:and|&)\s*(?:${WEEKDAY_CAPITALISED}\s*\(\s*)?$`);
/**
 * Every date phrase of a sentence, resolved against the publication date at
 * its honest precision and in the direction the sentence's verbs give:
 * past tense looks back, "will"/"is due to" forward, and "would" or "was
 * due to" to the nearest reading. Times of day alone, durations and dates
 * anchored on another event ("two days after the vote") give nothing.
 * `order` is the report's style of dates in figures (figureOrderOf); `saidOn`, the day the sentence before said a
 * quotation was spoken, which one opening this sentence goes on with.
 */
export function resolveDates(
  written: string,
  published: string,
  calendar?: HolidayCalendar,
  anchor?: string,
  order?: FigureOrder,
  saidOn?: string,
): ResolvedDate[] {
  // "raised its fare to $3 Jan. 4": an amount is never a day; masked letter for letter, places stay the same. Nor is
  // a number before a day ("docked at Pier 15 on Monday", "tunnel No. 14 on 29 May": chrono reads 3 p.m., 2 p.m.).
  const sentence = written
    .replace(AMOUNT, (amount) => amount.replace(/\d/g, '#'))
    .replace(NUMBER_BEFORE_DAY, (number) => number.replace(/\d/g, '#'))
    .replace(DATE_IN_CODE, (code) => code.replace(/\d/g, '#'))
    .replace(COUNT_CHANGE, (change) => change.replace(/\d/g, '#'))
    .replace(AT_MEASURE, (figure) => figure.replace(/\d/g, '#'))
    .replace(MODEL_YEAR, (year) => year.replace(/\d/g, '#'))
    .replace(CLOCK_AFTER_DAY_MONTH, (clock) => clock.replace(/\d/g, '#'))
    .replace(GLOSSED_MONTH_BEFORE_YEAR, (month) => `${month.slice(0, -1)} `)
    .replace(BS_YEAR, (year) => year.replace(/\d/g, '#'))
    .replace(FIGURES_DATE, (date, first?: string, _s?: string, _t?: string, last?: string) =>
      Number(first ?? last) > Number(published.slice(0, 4)) + 40 ? date.replace(/\d/g, '#') : date,
    )
    // "so that 1 o'clock in the day is 7 a.m.": the daytime, no day (chrono counts a day ahead).
    .replace(/(?<=o['’]clock\s)in\s+the\s+day\b/gi, (words) => ' '.repeat(words.length))
    // "cost about 14,000 kroner a month two years ago": a rate's period before a time ago is no part of it.
    .replace(RATE_BEFORE_AGO, (period) => period.replace(/\p{L}/gu, '#'))
    // "The next day, PT Penyeberangan closed the berth": capitals before a name are part of it, not a time zone.
    .replace(CAPITALS_BEFORE_NAME, (letters) => letters.toLowerCase())
    .replace(DATELINE, (dateline) => ' '.repeat(dateline.length))
    .replace(DATELINE_ALONE, (dateline) => ' '.repeat(dateline.length))
    .replace(DATELINE_BRACKETED, (dateline) => ' '.repeat(dateline.length))
    // "The taps will run all night tonight": chrono reads "night tonight"; the night is tonight's.
    .replace(/\b(?:all\s+)?night(?=\s+tonight\b)/gi, (night) => ' '.repeat(night.length))
    // "« Tonight we think of the crew », said Lehartel on Wednesday": guillemets quote as curly marks do.
    .replace(/«/g, '“')
    .replace(/»/g, '”')
    // "If the outage lasts until June": chrono reads "last s" (the second gone by) to June; "holds" is a verb to it.
    .replace(/\b([Ll])asts\b/g, (_, l: string) => `${l === 'L' ? 'H' : 'h'}olds`)
    .replace(BUDDHIST_YEAR, (year) => ourYear(year, parseISO(published)))
    // ("ROC 115/10/07": the year stands where the era's number did, before the month and day.)
    .replace(MINGUO_YEAR, (era, year: string, at: number, whole: string) =>
      String(Number(year) + MINGUO_OFFSET)[whole[at + era.length] === '/' ? 'padStart' : 'padEnd'](era.length),
    )
    .replace(JAPANESE_ERA_YEAR, (era, name: string, year: string) =>
      String(Number(year) + JAPANESE_ERA_OFFSET[name.toLowerCase()]).padEnd(era.length),
    );
  const day = parseISO(published);
  const instant = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 12);
  const resolved: ResolvedDate[] = [];
  const holidays = calendar ? holidaysIn(sentence, day.getFullYear(), calendar) : [];
  const push = (text: string, index: number, [period, direction]: [Period, Direction?]) => {
    // A period over before the report was written is not still to come, whatever the verb ("agreed to fund it
    // last month", "was due to resume on Wednesday but").
    const expected =
      (direction === 'future' || direction === 'either' || period.start > published) &&
      periodEnd(period.start, period.precision) >= published;
    // The phrase as written, whatever was masked or read in our era: "since 29 March 2569".
    // A year read in our era ends where the year as written does: "in B.E. 2568", not "in B.E.".
    const at = sentence.indexOf(text, index);
    const era = [
      ...written.matchAll(BUDDHIST_YEAR),
      ...written.matchAll(MINGUO_YEAR),
      ...written.matchAll(JAPANESE_ERA_YEAR),
    ].find((year) => year.index < at + text.length && at < year.index + year[0].length);
    // ("ROC 115/10/07" is read where "115" was: the phrase starts with the era's name.)
    const from = era && era.index < at ? era.index : at;
    const cited = at >= 0 ? written.slice(from, Math.max(at + text.length, era ? era.index + era[0].length : 0)) : text;
    // "on Monday, 25 May, at 10:00", "16:10 Yesterday", "tonight at 20:00 EAT": a clock time beside the day is no part
    // of the date the phrase cites.
    const leading = CLOCK_BEFORE.exec(cited)?.[0] ?? '';
    // chrono's "March of" in "March of last year" ends on a word of the year's phrase.
    const shown = cited
      .slice(leading.length)
      .replace(CLOCK_AFTER, '')
      .replace(/\s+of$/i, '');
    // "training at 5:30 a.m. for six weeks": chrono reads the clock time six weeks on; what is left is a span.
    if (FOR_SPAN.test(shown)) return;
    resolved.push({
      text: shown,
      index: index - (at - from) + leading.length,
      ...period,
      expected,
    });
  };
  let monthEnd = -1;
  const spoken: { text: string; index: number; clocked: boolean }[] = [];
  // chrono knows no era letters: "R8.11.21" is read as the date in our era it stands for, where it stands.
  const eraDates = [...sentence.matchAll(new RegExp(JAPANESE_ERA_DATE, 'gu'))].flatMap((era) => {
    const [, letter, year, month, date] = era;
    const ours = `${Number(year) + JAPANESE_ERA_LETTER[letter]}-${month.padStart(2, '0')}-${date.padStart(2, '0')}`;
    const [read] = parser.parse(ours, { instant }, { forwardDate: false });
    if (!read || read.text !== ours || differenceInCalendarDays(read.start.date(), day) > 2 * 366) return [];
    return [Object.assign(read, { index: era.index, text: era[0] })];
  });
  const readable = sentence.replace(new RegExp(JAPANESE_ERA_DATE, 'gu'), (era) => ' '.repeat(era.length));
  const readings = [...parser.parse(readable, { instant }, { forwardDate: false }), ...eraDates].sort(
    (one, other) => one.index - other.index,
  );
  for (const read of readings) {
    // "said the coordinator, Vuković, on Wednesday": after a letter outside ASCII, chrono takes the comma too (after
    // one inside, it cannot), and the reading starts where the ASCII one would.
    const comma = /^,\s*/.exec(read.text);
    if (comma) Object.assign(read, { index: read.index + comma[0].length, text: read.text.slice(comma[0].length) });
    // "set up by the city on Saturday, now house 180 traders": chrono joins the "now" of the next clause to the day; so
    // it does a day counted in an apposition ("this morning, a day before National Day", "this morning, the day after
    // the draw").
    const now = /,\s*(?:now|(?:a|an|the|one|two|three|\d+)\s+(?:days?|weeks?)\s+(?:before|after|earlier|later))$/i.exec(
      read.text,
    );
    if (now) {
      const blanked = `${sentence.slice(0, read.index + now.index)}${' '.repeat(now[0].length)}${sentence.slice(read.index + read.text.length)}`;
      const day = parser
        .parse(blanked, { instant }, { forwardDate: false })
        .find((again) => again.index === read.index);
      if (!day) continue;
      Object.assign(read, { text: day.text, start: day.start, end: day.end });
    }
    // "closed from 21.07.2026 to 24.07.2026": chrono reads "from 21.07" as a clock time, though the figures go on to a
    // year; read without the preposition, they are the date they write.
    const clockOfDate = /^(?:from|at|until|till|to|on|since|by)\s+(?=\d{1,2}\.\d{2}$)/i.exec(read.text);
    if (clockOfDate && /^[./-]\d{2,4}\b/.test(readable.slice(read.index + read.text.length))) {
      const at = read.index + clockOfDate[0].length;
      const blanked = `${readable.slice(0, read.index)}${' '.repeat(clockOfDate[0].length)}${readable.slice(at)}`;
      const day = parser.parse(blanked, { instant }, { forwardDate: false }).find((again) => again.index === at);
      if (!day) continue;
      Object.assign(read, { index: day.index, text: day.text, start: day.start, end: day.end });
    }
    // "the Mago de Oz–Plaza de España section": chrono reads a name ending in "ago" as a time ago ("the M ago").
    if (/\p{L}ago$/iu.test(read.text)) continue;
    // "at 10:00 this morning", a live page's "09:45 - This morning": the hour before a day is no part of its phrase (a
    // bound's is: "from 10:00 today", "As of 12:00 today").
    // (A 24-hour clock with a stop, "at 02.15 this morning", is one too.)
    const clock = CLOCK_BEFORE.exec(read.text) ?? /^(?:at\s+)?(?:[01]?\d|2[0-3])\.[0-5]\d\s+/i.exec(read.text);
    const hour =
      clock !== null &&
      !/^from\b/i.test(clock[0]) &&
      !/\b(?:as\s+of|until|till|since|starting|effective)\s+$/i.test(sentence.slice(0, read.index)) &&
      /^(?:today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|tomorrow|last\s+night)\b/i.test(
        read.text.slice(clock[0].length),
      );
    if (clock && hour)
      Object.assign(read, { index: read.index + clock[0].length, text: read.text.slice(clock[0].length) });
    const part = dayOfPartOfDay(read, instant, sentence);
    if (part === null) continue;
    const result = part ?? read;
    // Inside a quotation, "tonight" or "tomorrow" ("tomorrow at 9 o'clock") is the speaker's: it counts from the day
    // they spoke, if told.
    const phrase = result.text.trim().replace(/[,.]$/, '');
    // ("tomorrow at noon": the hour may be a word.)
    const deictic = phrase.replace(CLOCK_AFTER, '').replace(/\s+at\s+(?:noon|midday|midnight)$/i, '');
    if (DEICTIC.test(deictic) && insideQuotation(sentence, result.index)) {
      spoken.push({ text: deictic, index: result.index, clocked: hour || deictic !== phrase });
      continue;
    }
    // A holiday's name is read whole ("New Year's Day"), not for the words chrono knows in it; a date written after it
    // ("Twelfth Night, Jan. 6, 2027", which chrono reads from "Night") is read from where the holiday ends.
    const inHoliday = holidays.find(
      (h) => result.index < h.index + h.text.length && h.index < result.index + result.text.length,
    );
    if (inHoliday) {
      const end = inHoliday.index + inHoliday.text.length;
      if (
        result.index + result.text.length > end &&
        /\d/.test(sentence.slice(end, result.index + result.text.length))
      ) {
        const blanked = sentence.slice(0, inHoliday.index) + ' '.repeat(inHoliday.text.length) + sentence.slice(end);
        const date = parser
          .parse(blanked, { instant }, { forwardDate: false })
          .find((again) => again.index >= end && again.index < result.index + result.text.length);
        const found = date && periodFor(sentence, date, day, day, order);
        // ("on Bonfire Night, Thursday 5 November": chrono takes the comma after the blank.)
        const comma = /^,?\s*/.exec(date?.text ?? '')?.[0].length ?? 0;
        if (date && found) push(date.text.slice(comma).trim(), date.index + comma, found);
      }
      continue;
    }
    // "in the Dáil": chrono's words end at a letter it does not know; a match inside a word is none. Nor is a month
    // that opens a compound ("may March-proof their hedges", "the Matte-Leist's 1.-August-Komitee").
    if (
      /\p{L}/u.test(sentence.charAt(result.index + result.text.length)) ||
      (monthAlone(result.text.trim().replace(/^\d{1,2}\.-?/, '')) &&
        /^-(?!(?:end|start|beginning|middle|long|old)\b)\p{L}/u.test(
          sentence.slice(result.index + result.text.length),
        )) ||
      /\p{L}/u.test(sentence.charAt(result.index - 1)) ||
      // "more than 2,000 years ago": chrono's "000 years ago" is inside a number.
      /\d[,.]$/.test(sentence.slice(0, result.index))
    )
      continue;
    // "while the emergency lasts": chrono reads "last s" as the second gone by; a clock's unit is no date ("at ten past
    // the hour").
    if (
      /^(?:last|next|past|this)\s*(?:the\s+)?(?:s|secs?|seconds?|mins?|minutes?|hrs?|hours?)$/i.test(result.text.trim())
    )
      continue;
    // "With the crab season less than ten weeks out": how far off a thing is, no day.
    if (/\b(?:days|weeks|months)\s+out$/i.test(result.text.trim())) continue;
    // "shall be notified by 1900 hrs the same day": a time on the 24-hour clock, no year.
    if (
      /\b\d{4}$/.test(result.text) &&
      /^\s*(?:hrs?|hours(?!\s+of))\b/i.test(sentence.slice(result.index + result.text.length))
    )
      continue;
    // "in March last year", "from 19 March of this year": the year was read with the month; "on May 27 last month" says
    // the month twice.
    const gap = monthEnd >= 0 ? sentence.slice(monthEnd, result.index) : undefined;
    if (
      gap !== undefined &&
      /^[\s,]*(?:of\s*)?$/i.test(gap) &&
      /^(?:last|this|next) (?:year|month)$/i.test(result.text.trim())
    )
      continue;
    if (
      gap !== undefined &&
      /^\s*(?:,|in|of)?\s*$/i.test(gap) &&
      /^\d{4}$/.test(result.text.trim().replace(/^\D+/, ''))
    )
      continue;
    // A duration fixes no month: "closed for nine days in 2019" tells the year.
    monthEnd =
      result.start.isCertain('month') && !ANAPHORIC.test(result.text.trim()) ? result.index + result.text.length : -1;
    // The day a plan was told ("said on Monday that talks would resume on Thursday"), not the start of a state
    // ("has slowed the ports since Feb. 2, and that its members would return to work on Thursday").
    const earlier = resolved.findLast(
      (date) =>
        date.precision === 'day' &&
        date.start <= published &&
        !/\b(?:since|from)\s*$/i.test(sentence.slice(0, date.index)) &&
        !/^(?:since|from)\b/i.test(date.text) &&
        // "the rules, gazetted on July 10, would …": a participle's day set off by commas is no day a plan was told; nor
        // is a relative clause's ("A deep clean, which began Aug. 4, is expected to be completed Wednesday", "the
        // office, whose inspectors began work Sept. 8, said its report would be released by Friday").
        !/,\s*(?:\w+ly\s+)?[a-z]+(?:ed|en)\s+(?:on\s+)?$|,\s*(?:which|who|whose|that|where)\s+[^,;]*$/i.test(
          sentence.slice(0, date.index),
        ),
    );
    const found = periodFor(
      sentence,
      result,
      day,
      earlier ? parseISO(earlier.start) : day,
      order,
      anchor ? parseISO(anchor) : undefined,
    );
    if (!found) continue;
    // "family events for Founding Day on Sunday", "the Great Union Day procession on Monday": a weekday told beside a
    // holiday that falls on it within the week either side is the holiday's, whatever the verbs.
    const onHoliday = calendar && holidayOnWeekday(sentence, result, holidays, calendar, day);
    if (onHoliday) {
      push(result.text.trim(), result.index, [periodOf(onHoliday, 'day'), onHoliday > day ? 'future' : 'past']);
      continue;
    }
    // "the day after Green March Day (6 November)": the day in brackets is the named day's, and where the calendar does
    // not know the name, the phrase counts from it; where it does, the holiday's own reading counts, and the brackets
    // date the holiday ("the day after National Day (December 17)").
    // (chrono may take the bracket with the day: "(Sunday 25 October".)
    const counted = BRACKETED_NAMED_DAY.exec(sentence.slice(0, result.index + (/^\(/.test(result.text) ? 1 : 0)));
    const known = counted && holidays.some((holiday) => holiday.index > counted.index && holiday.index < result.index);
    const step = !counted || known ? 0 : counted[1] ? 1 : -1;
    // "made 18, 19 and 20 February public holidays": days listed in one month start at the first.
    const listed =
      found[0].precision === 'day' && LISTED_LAST.test(result.text)
        ? LISTED_DAYS.exec(sentence.slice(0, result.index))
        : null;
    const first = listed ? Number(listed[1]) : 0;
    const start = parseISO(found[0].start);
    // "reopened to pedestrians on the eve of 22 September": the day before the date named.
    const eve = /\bthe\s+eve\s+of\s+$/i.test(sentence.slice(0, result.index));
    const shift = eve ? -1 : step !== 0 && /^\s*\)/.test(sentence.slice(result.index + result.text.length)) ? step : 0;
    push(
      result.text.trim(),
      result.index,
      shift !== 0 && found[0].precision === 'day'
        ? [periodOf(addDays(start, shift), 'day'), found[1]]
        : first > 0 && first < start.getDate()
          ? [periodOf(setDate(start, first), 'day'), found[1]]
          : found,
    );
  }
  // '"Tomorrow the buses stay in the depots," Marzo told reporters on Tuesday': the day a quotation was said, when it
  // dates what is quoted, is the attribution's, no event of its own (as "…, police said on Friday." after a dated fact).
  const sayings = new Set<ResolvedDate>();
  for (const quoted of spoken) {
    const said = spokenOn(sentence, quoted.index, resolved);
    // '"…," Dasgupta said on Friday. "Tomorrow our engineers will start …"': a quotation opening the sentence goes on
    // from the one before, spoken on the day told there.
    const opening = quotationOpening(sentence, quoted.index);
    // A quotation's "the day after tomorrow", or its "tomorrow morning at 8 am", with no day of saying told counts from
    // the report (the golds agree).
    const spokenStart =
      said?.start ??
      (opening === sentence.search(/\S/) ? saidOn : undefined) ??
      (quoted.clocked || /^(?:the\s+)?day\s/i.test(quoted.text) ? published : undefined);
    if (!spokenStart) continue;
    if (
      said &&
      (PLAIN_SAYING.test(sentence.slice(Math.max(0, said.index - 60), said.index)) ||
        SAID_AFTER_QUOTE.test(sentence.slice(0, said.index)) ||
        SAYING_AFTER_DAY.test(sentence.slice(said.index + said.text.length, quoted.index)))
    )
      sayings.add(said);
    const offset = /after tomorrow$/i.test(quoted.text)
      ? 2
      : /before yesterday$/i.test(quoted.text)
        ? -2
        : /^(?:tomorrow)/i.test(quoted.text)
          ? 1
          : /^(?:yesterday|last night)/i.test(quoted.text)
            ? -1
            : 0;
    const direction = offset > 0 ? 'future' : offset < 0 ? 'past' : undefined;
    push(quoted.text, quoted.index, [periodOf(addDays(parseISO(spokenStart), offset), 'day'), direction]);
  }
  const namedDays = new Set(resolved.filter((date) => date.precision === 'day').map((date) => date.start));
  for (const holiday of holidays) {
    const found = calendar && holidayPeriod(sentence, holiday, day, calendar, namedDays);
    // "on National Foundation Day, the 11th", "on Easter Monday, 6.4.": the day of the month the writer gives must be
    // the holiday's in the calendar read, or the writer keeps another country's (Japan's 11 February, not Korea's 3
    // October) or church's (the Western Easter Monday in a city that keeps both).
    const told = /^,?\s*(?:the\s+)?(\d{1,2})(?:st|nd|rd|th\b|\.\d{1,2}\.)/.exec(
      sentence.slice(holiday.index + holiday.text.length),
    );
    // "which runs every Saturday and Sunday with extra departures at Carnival and Easter": a feast of every year.
    // "welcome to our coverage on this Good Friday": a live page's greeting. "The Governor wishes all Muslims a blessed
    // Tabaski feast", "congratulates the people of Afghanistan on Eid al-Fitr": a feast's greeting.
    const yearly =
      (EXTRA_AT_FEASTS.test(sentence.slice(0, holiday.index)) &&
        !/\b(?:will|would|plans?\s+to|is\s+to)\b/i.test(sentence.slice(0, holiday.index))) ||
      LIVE_GREETING.test(sentence.slice(0, holiday.index)) ||
      FEAST_GREETING.test(sentence.slice(0, holiday.index));
    // '"Tomorrow, on Easter Sunday, I will be at the hospital"': a feast a "tomorrow" or "today" names falls by the
    // day it was said, never weeks from the report (the Western Easter in a city that keeps the Orthodox one).
    const besideDeictic =
      found &&
      /\b(?:today|tomorrow|yesterday|tonight)\s*,?\s+(?:on\s+)?$/i.test(sentence.slice(0, holiday.index)) &&
      Math.abs(differenceInCalendarDays(parseISO(found[0].start), day)) > DEICTIC_REACH_DAYS;
    if (found && !yearly && !besideDeictic && (!told || parseISO(found[0].start).getDate() === Number(told[1])))
      push(holiday.text, holiday.index, found);
  }
  // "The following day, traders ended the sit-in": a day counted from the one the text just told of, when the
  // sentence has no date of its own before it ("Just 48 hours later, Samoa lifted the rationing it had imposed on 4
  // June" opens on it; "The ship sank on Tuesday and was found two days later" counts from its own Tuesday).
  const found = anchor ? RELATIVE_DAY.exec(sentence) : null;
  const opening =
    found !== null && /^(?:(?:just|only|some|about|barely|exactly)\s+)?$/i.test(sentence.slice(0, found.index));
  // "He had not slept well the night before": what did not happen is no event. Nor is a level's baseline: "up from about
  // 60 cubic feet per second a day earlier", nor the same moment on another place's clock: "at 6 a.m. in Nouméa on
  // Wednesday, 8 p.m. the previous evening in Paris".
  const relative =
    found &&
    (resolved.length === 0 || opening) &&
    !/\b(?:not|never)\b|n['’]t\b/i.test(clauseBefore(sentence, found.index)) &&
    !FROM_PRICE.test(sentence.slice(0, found.index)) &&
    !(
      MOMENT_THEN_CLOCK.test(sentence.slice(0, found.index)) &&
      IN_PLACE_AFTER.test(sentence.slice(found.index + found[0].length))
    )
      ? found
      : null;
  if (relative && anchor && !insideQuotation(sentence, relative.index)) {
    const counted = addDays(parseISO(anchor), offsetOf(relative[0]));
    // "The following day, investigators detained …" landing after the report: it counts from another day than the
    // sentence before told of.
    const told = directionAt(sentence, relative.index, relative.index + relative[0].length);
    // "Just 48 hours later, on Autumnal Equinox Day, …": a day named beside the count, set off by commas, is the day
    // meant when the two part (a weekday alone is read by the count, below).
    const named = resolved.some(
      (date) =>
        date.precision === 'day' &&
        date.start !== format(counted, 'yyyy-MM-dd') &&
        (/\d/.test(date.text) || !new RegExp(String.raw`^(?:on\s+)?${WEEKDAY}\b`, 'i').test(date.text)) &&
        /^\s*,\s*(?:on\s+)?$/i.test(sentence.slice(relative.index + relative[0].length, date.index)) &&
        /^\s*,/.test(sentence.slice(date.index + date.text.replace(/,\s*$/, '').length)),
    );
    if (!(told === 'past' && counted > day) && !named) {
      push(relative[0], relative.index, [periodOf(counted, 'day')]);
      // "Two days later, on the holiday Monday, the khokimiyat formed a commission": the weekday set beside the day
      // counted is that day, when it names it.
      const end = relative.index + relative[0].length;
      const beside = WEEKDAY_BESIDE.exec(sentence.slice(end));
      if (beside && WEEKDAYS.indexOf(beside[1].toLowerCase()) === counted.getDay()) {
        const index = end + beside[0].length - beside[1].length;
        const read = resolved.findIndex((date) => date.index <= index && date.index + date.text.length > index);
        if (read >= 0) resolved.splice(read, 1);
        push(beside[1], index, [periodOf(counted, 'day')]);
      }
    }
  }
  // "The following Monday, the board met", "The Friday before, police had raided the site": a weekday counted from the
  // day the text just told of, on the same terms; inside a sentence with no date of its own, only when told as done
  // ("had been published the previous Tuesday", not "could be lifted the following Monday").
  const weekdayFound = anchor ? RELATIVE_WEEKDAY.exec(sentence) : null;
  // "The previous Tuesday, 4 August, …": a weekday with its date is told by the date.
  const dated = (found: RegExpExecArray) =>
    resolved.some((date) => date.index < found.index + found[0].length && date.index + date.text.length > found.index);
  if (
    weekdayFound &&
    anchor &&
    !dated(weekdayFound) &&
    (/^(?:on)?$/i.test(sentence.slice(0, weekdayFound.index).trim()) ||
      (resolved.length === 0 &&
        directionAt(sentence, weekdayFound.index, weekdayFound.index + weekdayFound[0].length) === 'past')) &&
    !insideQuotation(sentence, weekdayFound.index)
  ) {
    const [, ahead, behind, before, after] = weekdayFound;
    const weekday = WEEKDAYS.indexOf((ahead ?? behind ?? before ?? after).toLowerCase());
    const step = ahead || after ? 1 : -1;
    let counted = addDays(parseISO(anchor), step);
    while (counted.getDay() !== weekday) counted = addDays(counted, step);
    const told = directionAt(sentence, weekdayFound.index, weekdayFound.index + weekdayFound[0].length);
    if (!(told === 'past' && counted > day)) push(weekdayFound[0], weekdayFound.index, [periodOf(counted, 'day')]);
  }
  // "on Friday (May 23)", "on All Saints' Day (November 1)" name one day twice: keep the first. A holiday with its date
  // elsewhere in the sentence ("Eid al-Adha was celebrated … on May 27") is told by the date. A holiday beside a date of
  // another day ("on Sham el-Nessim, the April 14 holiday") is the writer's calendar, not the one the reader keeps:
  // the date stands.
  // "On 2026-07-11 and 2026-07-12, trains are replaced by buses": two days running are one span, told by its first.
  const nextDayOf = (date: ResolvedDate, other: ResolvedDate) =>
    date.precision === 'day' &&
    other.precision === 'day' &&
    format(addDays(parseISO(other.start), 1), 'yyyy-MM-dd') === date.start &&
    // "on Saturday (March 21) and Sunday (March 22)", "Saturday, March 21, and Sunday, March 22" too.
    AND_WEEKDAY_BETWEEN.test(sentence.slice(other.index + other.text.length, date.index)) &&
    // "last Thursday, and on Friday the chief executive ordered …" tells a day of its own.
    !/^(?:on|at|in|by|from|since)\s/i.test(date.text);
  const named = new Set(holidays.map((holiday) => holiday.index));
  // "for the national Remembrance of the Dead, and on Tuesday": a conjunction between them tells two days.
  const beside = (a: ResolvedDate, b: ResolvedDate) => {
    const [first, second] = a.index < b.index ? [a, b] : [b, a];
    const gap = sentence.slice(first.index + first.text.length, second.index);
    // "On Sunday, the third day of Eid al-Fitr" sets them apart by the day's rank.
    return (gap.length < 12 && !/\b(?:and|or|but|then)\b/i.test(gap)) || NTH_DAY_APPOSED.test(gap);
  };
  // "On 21/03/2026, the Saturday on which Togo observed Eid al-Fitr": a holiday in an apposition to a day tells which
  // holiday the day was, by the writer's calendar.
  const apposed = (day: ResolvedDate, holiday: ResolvedDate) =>
    day.precision === 'day' &&
    day.index < holiday.index &&
    /^,\s+(?:the\s+)?[^,;.]{0,40}?\b(?:on\s+which|when)\b[^,;.]*$/i.test(
      sentence.slice(day.index + day.text.length, holiday.index),
    );
  // "on Tuesday evening last, 28th July": the date after a weekday that falls on it tells which.
  const datedAfter = (date: ResolvedDate, all: readonly ResolvedDate[]) => {
    const weekday = WEEKDAY_AND_PART_OF_DAY.exec(date.text.trim());
    return (
      weekday !== null &&
      all.some(
        (other) =>
          other.index > date.index &&
          other.precision === 'day' &&
          /^\s*(?:last|next)?\s*,\s*$/i.test(sentence.slice(date.index + date.text.length, other.index)) &&
          parseISO(other.start).getDay() === WEEKDAYS.indexOf(weekday[1].toLowerCase()),
      )
    );
  };
  // "booked the cast for the red carpet on the 14th, …, at the evening gala on Thursday 14 May": a day of the month that
  // the sentence gives in full elsewhere is that day.
  const ordinalAlone = (date: ResolvedDate) => /^(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)$/i.test(date.text);
  const inFull = (date: ResolvedDate) =>
    resolved.find(
      (other) =>
        other.precision === 'day' &&
        !ordinalAlone(other) &&
        other.start !== date.start &&
        other.start.slice(8) === date.start.slice(8),
    );
  // "was due to reopen on Monday 21st, but … because Monday has been declared a public holiday": a weekday named again
  // after its date in the same sentence is that day (not "again on Monday", "the following Monday").
  const namedAgain = (date: ResolvedDate) => {
    const weekday = WEEKDAY_PHRASE.exec(date.text.trim());
    if (
      !weekday ||
      /\b(?:again|next|following|another|every|each|previous|last)\s+(?:on\s+)?$/i.test(sentence.slice(0, date.index))
    )
      return undefined;
    return resolved.find(
      (other) =>
        other.index < date.index &&
        // "from Sunday the 21st, ended this past weekend: the last cuts took place on Sunday": a time told without a
        // date between them moves the telling to another week ("until Tuesday 22nd" does not).
        !resolved.some(
          (between) => between.index > other.index && between.index < date.index && !/\d/.test(between.text),
        ) &&
        other.precision === 'day' &&
        /\d/.test(other.text) &&
        other.text.toLowerCase().includes(weekday[1].toLowerCase()) &&
        parseISO(other.start).getDay() === WEEKDAYS.indexOf(weekday[1].toLowerCase()),
    );
  };
  // "Following an inspection … on Thursday, the runway is expected to reopen … on Monday 5 October": what a sentence
  // opens by following came first, so a weekday there read ahead past a day still to come that the sentence tells later
  // is the one gone by.
  const followed = (date: ResolvedDate) => {
    const lead = /^\s*(?:following|after)\s[^,;]*,/i.exec(sentence);
    if (!lead || date.index > lead[0].length || !date.expected || weekdayOnly(date) === undefined) return undefined;
    const before = addDays(parseISO(date.start), -7);
    return before <= day &&
      resolved.some(
        (other) =>
          other.index >= lead[0].length && other.precision === 'day' && other.expected && other.start < date.start,
      )
      ? { ...date, start: format(before, 'yyyy-MM-dd'), expected: false }
      : undefined;
  };
  // "delivered its findings on Monday, 30 November, meeting its own promise to do so by the end of the month": "the
  // month" is the one of the day the sentence told before it, when that is a month gone by.
  const monthTold = (date: ResolvedDate) => {
    if (!/^(?:by\s+)?(?:the\s+)?(?:end|close)\s+of\s+the\s+month$/i.test(date.text) || date.precision !== 'month')
      return undefined;
    const told = resolved.find(
      (other) =>
        other.index < date.index &&
        other.precision === 'day' &&
        !other.expected &&
        other.start.slice(0, 7) < published.slice(0, 7),
    );
    // (Not a plan told after it: "grounded on 22 December, is set to be towed … at the end of the month".)
    return told &&
      !/\b(?:will|would|shall|(?:set|due|going|plans?|expects?|aims?|hopes?)\s+to|(?:is|are)\s+to)\b/i.test(
        sentence.slice(told.index, date.index),
      )
      ? { ...date, start: `${told.start.slice(0, 7)}-01`, expected: false }
      : undefined;
  };
  // "Eleven days ago, on the Monday night, somebody set fire to the cables": a weekday set beside a day told before it
  // is that day, when it names it.
  const besideTold = (date: ResolvedDate) => {
    const weekday = WEEKDAY_AND_PART_OF_DAY.exec(date.text.replace(/[\s,]+$/, ''))?.[1];
    if (!weekday) return undefined;
    const told = resolved.find((other) => {
      if (other.precision !== 'day' || other.index >= date.index || other.start === date.start) return false;
      const beside = WEEKDAY_BESIDE.exec(sentence.slice(other.index + other.text.replace(/[\s,]+$/, '').length));
      return (
        beside !== null &&
        other.index + other.text.replace(/[\s,]+$/, '').length + beside[0].length - beside[1].length ===
          date.index + date.text.length - date.text.replace(/^(?:on\s+)?/i, '').length &&
        WEEKDAYS.indexOf(weekday.toLowerCase()) === new Date(`${other.start}T00:00:00`).getDay()
      );
    });
    return told ? { ...date, start: told.start, expected: told.expected } : undefined;
  };
  return resolved
    .map((date) => besideTold(date) ?? followed(date) ?? monthTold(date) ?? date)
    .map((date) => {
      const twin = ordinalAlone(date) ? inFull(date) : namedAgain(date);
      return twin ? { ...date, start: twin.start, expected: date.expected || twin.start > published } : date;
    })
    .filter((date) => !sayings.has(date))
    .sort((a, b) => a.index - b.index)
    .filter((date, i, all) => i === 0 || !nextDayOf(date, all[i - 1]))
    .filter((date, _, all) => !datedAfter(date, all))
    .filter(
      (date, i, all) =>
        !all.slice(0, i).some(
          (other) =>
            other.start === date.start &&
            other.precision === date.precision &&
            date.index - (other.index + other.text.length) < 4 &&
            // "On the day of Tabaski, Wednesday 27 May": the date tells it, not the holiday before it.
            (!named.has(other.index) || named.has(date.index)),
        ),
    )
    .filter((date, _, all) => {
      // "on St Patrick's Day, Tuesday", "On Sunday, the Qingming Festival": a weekday beside a holiday names the
      // holiday's day, not one of its own. When the holiday falls on it, the holiday tells which ("on Monday, Martin
      // Luther King Jr. Day" a week later), and the first written is cited when both read the same day; when it does
      // not fall on it, neither is sure.
      const agree = (holiday: ResolvedDate, weekday: number) => parseISO(holiday.start).getDay() === weekday;
      const first = (weekday: ResolvedDate, holiday: ResolvedDate) =>
        weekday.start === holiday.start && weekday.index < holiday.index;
      const weekday = weekdayOnly(date);
      if (weekday !== undefined)
        return !all.some(
          (other) => named.has(other.index) && beside(date, other) && !(agree(other, weekday) && first(date, other)),
        );
      // "on Easter Sunday last year": the year beside the holiday tells which year's; it is no date of its own.
      const holds = (period: ResolvedDate, holiday: ResolvedDate) =>
        period.precision === 'year' &&
        holiday.start >= period.start &&
        holiday.start <= periodEnd(period.start, period.precision) &&
        beside(period, holiday);
      if (!named.has(date.index)) return !all.some((other) => named.has(other.index) && holds(date, other));
      return !all.some((other) => {
        if (named.has(other.index) || holds(other, date)) return false;
        const told = weekdayOnly(other);
        if (told !== undefined && beside(date, other)) return !agree(date, told) || first(other, date);
        return other.start === date.start
          ? other.precision === date.precision
          : beside(date, other) || apposed(other, date);
      });
    });
}

/** A gathering words are said at, before its day: "at a briefing ", "at the council's press conference ". */
const GATHERING_BEFORE_DAY =
  /\bat\s+(?:an?|the|his|her|its|their|\p{Lu}[\p{L}'’]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:briefing|press\s+conference|news\s+conference|meeting|hearing|session|rally|ceremony)\s+$/u;
/**
 * The day a quotation was spoken, when its attribution in the same sentence states it: '"The swearing-in will be
 * tomorrow morning," Sinsua told The Straits Courier on Monday.' Only a day the reader already resolved counts.
 */
function spokenOn(sentence: string, index: number, resolved: readonly ResolvedDate[]): ResolvedDate | undefined {
  const closing = sentence.slice(index).search(/[”"]|(?<=[,.?!])['’](?=\s|$)/);
  if (closing < 0) return undefined;
  const end = index + closing + 1;
  const opening = quotationOpening(sentence, index);
  const days = resolved.filter((date) => date.precision === 'day');
  const after = days.find((date) => {
    // A speaker's title may have its stop: '"…," Eng. Tekle told the Gazette on Monday'.
    const between = sentence.slice(end, date.index).replace(/\b\p{Lu}\p{Ll}{0,3}\.(?=\s\p{Lu})/gu, '');
    return date.index >= end && /^,?\s/.test(between) && !/[.;“”"]/.test(between) && SPEECH_VERB.test(between);
  });
  // 'Speaking to Indus News on Monday night, general secretary Ghulam Rasool Baloch said: "…tomorrow …"': the
  // subject and its verb of saying may stand between the day and the quotation.
  const before = days.find((date) => {
    const lead = sentence.slice(0, date.index);
    const between = sentence.slice(date.index + date.text.length, opening);
    return (
      date.index < opening &&
      // 'said on Friday by phone from Frankfurt: "…"': how and where the words were said may stand between.
      ((SPEECH_VERB.test(lead.slice(-60)) &&
        /^(?:,?\s+(?:by|from|in|via|over|to|at|on|after)\s+[^.;:"“”,]{1,40}?){0,3}\s*[:,]?\s*$/.test(between)) ||
        // "On Monday the company's spokeswoman, Mayra Soto, had told this station: "…"".
        (/^\s*$/.test(lead) && SAYING_AFTER_DAY.test(`${between}"`)) ||
        // "Director general Mykola Subota at a briefing this morning: "…"": the gathering it was said at.
        (GATHERING_BEFORE_DAY.test(lead) && /^\s*:\s*$/.test(between)) ||
        (/\bspeaking\b/i.test(lead.slice(-60)) &&
          /^,?\s*[^.;:"“”]{0,140}\b(?:said|says|added)\s*[:,]?\s*$/.test(between)))
    );
  });
  return after ?? before;
}

/** The weekday a phrase names with nothing else ("Tuesday", "on Tuesday,"), as date-fns counts it; else undefined. */
function weekdayOnly(date: ResolvedDate): number | undefined {
  const found = WEEKDAY_PHRASE.exec(date.text.trim());
  return found ? WEEKDAYS.indexOf(found[1].toLowerCase()) : undefined;
}

/**
 * A day told by its distance from the one before it: "the following morning", "the previous evening", "a day
 * earlier", "two days later", "48 hours later", "earlier in the day", "later that day". Not "two days before the
 * opening" or "a day later than planned": those count from something else.
 */
const RELATIVE_DAY =
  /\b(?:(?:the )?(?:following|next|previous|preceding) (?:day|morning|afternoon|evening|night)|(?:(?:a|one|two|three|four|five|six|\d) days?|(?:some |about )?(?:24|48|72) hours|a week) (?:later|earlier|afterwards?)|(?:earlier|later) (?:in|on) the day|(?:earlier|later) that (?:day|morning|afternoon|evening|night)|(?:that|the) same day|the (?:day|night|evening|morning) (?:before|after)(?=\s*[,;.]))\b(?![ ]*,?[ ]+(?:after|before|than)\b)/i;
/** Whether a phrase tells its day by the distance from another ("The following day", "Two days later"). */
export const isCountedDay = (text: string) => RELATIVE_DAY.test(text);
/** A span of hours counted on, opening its sentence: "Just 48 hours later, a second transformer failed". */
export const HOURS_LATER = /^\W*(?:(?:just|some|about|barely|only)\s+)?(?:24|48|72)\s+hours\s+(?:later|afterwards?)\b/i;
/** "the following Monday", "the previous Tuesday", "the Friday before": a weekday counted from another day. */
const RELATIVE_WEEKDAY = new RegExp(
  String.raw`\bthe\s+(?:(?:following|next)\s+(${WEEKDAY})|previous\s+(${WEEKDAY}))\b|\bthe\s+(${WEEKDAY})\s+before(?=\s*[,;.])|\bthe\s+(${WEEKDAY})\s+after(?=\s*[,;.])`,
  'i',
);
/**
 * Whether a sentence counts a day of its own on or back from a day it tells of: "The builder moved the High Court on
 * October 12 and won an interim stay two days later." Golds part on what the next sentence's "The following day" or
 * "Two days later" counts from then (the 12th or the 14th), so it counts from neither. "… the same day" keeps the
 * day.
 */
export function countsOnFrom(sentence: string, told: ResolvedDate): boolean {
  const after = told.index + told.text.length;
  const found = RELATIVE_DAY.exec(sentence.slice(after));
  return found !== null && offsetOf(found[0]) !== 0 && !insideQuotation(sentence, after + found.index);
}

/** How many days a relative phrase counts from the day before it. */
function offsetOf(phrase: string): number {
  const lower = phrase.toLowerCase();
  const sign =
    /\b(?:earlier|previous|preceding|before)\b/.test(lower) && !/ (?:in|on) the day|that /.test(lower) ? -1 : 1;
  if (/(?:in|on) the day|that (?:day|morning|afternoon|evening|night)|same day/.test(lower)) return 0;
  if (/\bweek\b/.test(lower)) return 7 * sign;
  const hours = /(24|48|72) hours/.exec(lower);
  if (hours) return (Number(hours[1]) / 24) * sign;
  const days = /^(a|one|two|three|four|five|six|\d) days?/.exec(lower);
  return (days ? countOf(days[1]) : 1) * sign;
}

/**
 * "on Friday, May 15": of the years the tense allows, and the nearest either side of publication, the one in which
 * the day falls on the weekday named with it; none within half a year (a slip of the writer's), no year at all.
 */
function sameWeekdayYear(
  published: Date,
  month: number,
  day: number,
  weekday: number,
  toward: Direction,
): number | undefined {
  return [toward, 'past' as const, 'future' as const]
    .map((direction) => yearFor(published, month, day, direction))
    .find((year) => {
      const date = new Date(year, month - 1, day);
      return date.getDay() === weekday && Math.abs(differenceInCalendarDays(date, published)) <= HALF_YEAR_DAYS;
    });
}

/**
 * Before a holiday, a word that makes it a bound, a span, a reason or a habit, not the day: "before Christmas", "since
 * Easter", "during Durga Puja", "home for Easter", "every Saint Sava's Day", "all future Deepavali fireworks".
 */
const HOLIDAY_BOUND =
  /\b(?:before|until|till|ahead of|after|since|following|from|through|throughout|over|during|for|every|each|future|(?:run|lead)-up to|leading up to|around)\s+(?:the\s+)?$/i;
/** After it, a word that makes it a span or a season: "the Christmas holidays", "Easter weekend". */
const WEEKDAY_BEFORE_HOLIDAY = new RegExp(String.raw`\b${WEEKDAY},\s+(?:the\s+)?$`, 'i');
/** A plan's day: "Performances scheduled for", "had planned a festive opening for". */
const PLANNED_FOR_HOLIDAY =
  /\b(?:(?:scheduled|planned|slated|booked)\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?(?:[\p{L}'’-]+\s+){0,2}?|set\s+|fixed\s+)for\s+(?:the\s+)?$/iu;
const HOLIDAY_SPAN =
  /^\s+(?:weekend|holidays?|break|bridge|period|week|season|rush|recess|sales?|deals?|shopping|trade|trading|getaway|races?|regatta|markets?|fair|menu|lights|candles?|menorah|timetable|schedule|programme|program)\b/i;
/** Before it, a day counted from it: "the day after", "the eve of", "the Friday after". */
const COUNTED_FROM_HOLIDAY = new RegExp(
  `\\bthe\\s+(?:${COUNTED_FROM}|eve\\s+of|first\\s+night\\s+of)\\s+(?:the\\s+)?$`,
  'i',
);
/** Feasts of calendars whose days begin at sunset: their first night is the eve of their first day. */
const FEASTS_FROM_SUNSET =
  /^(?:Hanukk?ah|Chanukk?ah|Passover|Pesach|Rosh\s+Hashanah|Yom\s+Kippur|Sukkot|Shavuot|Purim|Ramadan)$/i;

/** Before it, a day of a feast of several days: "the third day of". */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const NTH_DAY_OF = new RegExp(String.raw`\bthe\s+(${ORDINALS.join('|')})\s+day\s+of\s+(?:the\s+)?$`, 'i');
const NTH_DAY_APPOSED = new RegExp(String.raw`^,?\s+${NTH_DAY_OF.source}`, 'i');

/** The holiday a bare weekday is told beside ("Founding Day on Sunday"), when it falls on that weekday near the report. */
function holidayOnWeekday(
  sentence: string,
  result: chrono.ParsedResult,
  holidays: readonly HolidayMention[],
  calendar: HolidayCalendar,
  published: Date,
): Date | undefined {
  const weekday = WEEKDAY_PHRASE.exec(result.text.trim());
  if (!weekday) return undefined;
  // Before it, or after it as the day's own: "Monday's King's Birthday family day".
  const beside = holidays.find(
    (holiday) =>
      /^\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}$/u.test(sentence.slice(holiday.index + holiday.text.length, result.index)) ||
      /^['’]s\s+$/.test(sentence.slice(result.index + result.text.length, holiday.index)),
  );
  if (!beside || COUNTED_FROM_HOLIDAY.test(sentence.slice(0, beside.index))) return undefined;
  const year = published.getFullYear();
  return [year - 1, year, year + 1]
    .flatMap((y) => calendar.dayOf(beside.name, y) ?? [])
    .map((iso) => parseISO(iso))
    .find(
      (date) =>
        WEEKDAYS[date.getDay()].startsWith(weekday[1].toLowerCase()) &&
        Math.abs(differenceInCalendarDays(date, published)) <= 7,
    );
}

/**
 * After a holiday's name, and any more listed with it, what kind of day it is: " are public holidays", '" is the public
 * holiday', " as holidays", " as days off".
 */
const KEPT_AS_HOLIDAY =
  /^["”]?(?:(?:,|\s+and|\s+or)\s+\p{Lu}[\p{L}'’ -]*?)*\s+(?:(?:is|are)\s+(?:all\s+|also\s+|both\s+)?(?:an?\s+|the\s+)?|(as)\s+(?:an?\s+)?)(?:(?:public|bank|national|official|statutory|federal|school|religious|paid)\s+)?(?:holidays?|days?\s+off)\b/u;
/** After a holiday's name, perhaps a part of its day, the year it fell in: " 2019", ", in 2019", " last year", " night 1978". */
const YEAR_AFTER_HOLIDAY =
  /^(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:in\s+)?(?:(?<figures>(?:1[89]|20)\d{2})\b(?![-–/.,]\d)|(?<relative>last|this|next)\s+year\b)/iu;
/** Before it, the year it fell in: "last year's ", "the 2019 ". */
const YEAR_BEFORE_HOLIDAY = /\b(?:(?<relative>last|this|next)\s+year['’]s|the\s+(?<figures>\d{4}))\s+$/i;
const YEAR_STEP: Record<string, number> = { last: -1, this: 0, next: 1 };
/**
 * The year a holiday is told in, when the sentence says it beside the name, within the years a report can mean
 * ("Eid al-Fitr 1447 AH", "Amazigh New Year 2976" are another era's years, read as no year).
 */
function yearOfHoliday(before: string, after: string, year: number): number | undefined {
  const told = (YEAR_AFTER_HOLIDAY.exec(after) ?? YEAR_BEFORE_HOLIDAY.exec(before))?.groups;
  if (!told) return undefined;
  const found = told.figures ? Number(told.figures) : year + YEAR_STEP[told.relative.toLowerCase()];
  return found >= EARLIEST_YEAR && found <= year + 1 ? found : undefined;
}

/** After a holiday: " on Monday". */
const ON_PROPER_WEEKDAY_AFTER = new RegExp(String.raw`^\s+on\s+${WEEKDAY_CAPITALISED}\b`);
/** The day of a named holiday: the one the tense points to, or the nearest when the sentence leaves it open. */
function holidayPeriod(
  sentence: string,
  holiday: HolidayMention,
  published: Date,
  calendar: HolidayCalendar,
  named: ReadonlySet<string>,
): [Period, Direction?] | undefined {
  const end = holiday.index + holiday.text.length;
  // "Meskel Square", "Independence Avenue": a place named after the day.
  if (
    /^\s+(?:Square|Street|St|Road|Avenue|Ave|Park|Hall|Bridge|Station|Stadium|Plaza|Boulevard|Gardens?)\b/.test(
      sentence.slice(end),
    )
  )
    return undefined;
  if (isNickname(sentence.slice(0, holiday.index), sentence.slice(end))) return undefined;
  // "CALLER (Tabaski Diallo, Daka quarter)", "First caller is Matariki Walker from Belmont": a feast's one-word name
  // before a surname is a person's. So is one greeted: "Kia ora, Matariki."
  if (
    !/\s/.test(holiday.text) &&
    (new RegExp(
      String.raw`^\s+(?!(?:${WEEKDAY_CAPITALISED}|${MONTH_CAPITALISED}|Day|Eve|Week|Weekend|Holiday|Holidays|Festival|Prayers?|Mubarak)\b)\p{Lu}\p{Ll}+(?:\s*[,)—–]|\s+(?:said|says|told|who|has|had|is|was)\b|\s+from\s+(?!(?:${WEEKDAY_CAPITALISED}|${MONTH_CAPITALISED})\b)\p{Lu})`,
      'u',
    ).test(sentence.slice(end)) ||
      (GREETED.test(sentence.slice(0, holiday.index)) && /^\s*[.!?,]/.test(sentence.slice(end))))
  )
    return undefined;
  // "On Black Friday last year it handled a record 2.1 million card transactions": a figure for the day a year ago.
  if (
    /^\s+last\s+year\b/i.test(sentence.slice(end)) &&
    PERIOD_FIGURE_AFTER.test(sentence.slice(end).replace(/^\s+last\s+year\b/i, ''))
  )
    return undefined;
  // "Black Friday has become as big for Irish shops as Christmas Eve": days compared as kinds, no date.
  if (
    /^\s+(?:has|have)\s+become\b/i.test(sentence.slice(end)) ||
    /\bas\s+(?:big|busy|important|large|popular|bad|good|quiet)\s+(?:[^,;.]{0,30}\s+)?as\s+$/i.test(
      sentence.slice(0, holiday.index),
    )
  )
    return undefined;
  // "marking the end of the three-month Buddhist Lent": a season's end, which is not the day its name is kept on.
  if (/\b(?:end|close)\s+of\s+(?:the\s+)?(?:[\p{L}\d-]+\s+)?$/iu.test(sentence.slice(0, holiday.index)))
    return undefined;
  // "Today, Easter Monday, is a public holiday": what the calendar makes of a day, no event on it. Nor is what the day
  // is like each year.
  if (
    TODAY_IS_HOLIDAY.test(sentence) ||
    // ("Workers' Day, 1 May, is every year one of the busiest days".)
    /^(?:,\s*[^,.;]{1,20},)?\s+(?:is|falls)\s+(?:every|each)\s+year\b/i.test(sentence.slice(end)) ||
    /^,?\s+(?:is|was)\s+(?:also\s+)?a\s+(?:public|bank|national|state|school)?\s*holiday\b/i.test(
      sentence.slice(end),
    ) ||
    USUALLY_AFTER.test(sentence.slice(end))
  )
    return undefined;
  // "dashing hopes of a Malaysia Day swim": a holiday's thing hoped for, none yet. "had sung in our Easter choirs",
  // "The Finnish association's Midsummer party": a holiday's thing someone keeps, no day. (A service is held on the
  // feast: "would move its Easter sunrise service".)
  if (
    /\b(?:hopes?|dreams?|chances?|prospects?)\s+(?:of|for)\s+(?:a|an)\s+$/i.test(sentence.slice(0, holiday.index)) ||
    (/(?:\b(?:our|their|his|her|its|my|your)|\p{L}['’]s)\s+$/iu.test(sentence.slice(0, holiday.index)) &&
      /^\s+(?:choirs?|part(?:y|ies)|trees?|menus?|traditions?|decorations?|lights|lunch|dinner|meals?|shopping|songs?|cards?|gifts?|presents?|hampers?|specials?|bonus(?:es)?)\b/u.test(
        sentence.slice(end),
      ))
  )
    return undefined;
  // "reported Easter occupancy of 91%", "It was a good Easter gift": a holiday's level or a thing called after it, no
  // day. Nor is a long weekend named after holidays ("the Workers' Day and Cassinga Day long
  // weekend").
  if (/^(?:\s+and\s+\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3})?\s+long\s+weekends?\b/u.test(sentence.slice(end)))
    return undefined;
  if (
    /^\s+(?:occupancy|sales|bookings|turnover|takings|gifts?|presents?|bonus(?:es)?)\b/i.test(sentence.slice(end)) &&
    !/\bon\s+$/i.test(sentence.slice(0, holiday.index))
  )
    return undefined;
  // "residents will spend Midsummer without hot water", "the end of the three months of Buddhist Lent": the holiday as
  // a span someone lives through, no event.
  if (/\b(?:spend|spends|spending|spent|(?:weeks|months)\s+of)\s+(?:the\s+)?$/i.test(sentence.slice(0, holiday.index)))
    return undefined;
  // 'Our breakfast show "Mardi Gras Matin"': a holiday's name opening a quoted title that goes on is the title's.
  if (/["“‘]\s*$/.test(sentence.slice(0, holiday.index)) && /^\s+\p{Lu}\p{Ll}+[^"”’]*["”’]/u.test(sentence.slice(end)))
    return undefined;
  // "on the eve of Rosh Hashanah", "the day after Labor Day", "the day following the Mid-Autumn Festival", "the Monday
  // before Thanksgiving": the day, or the first such weekday, before or after the holiday's.
  // "the first night of Hanukkah": the eve of its first day, as the feast begins at sunset.
  const countedFrom = COUNTED_FROM_HOLIDAY.exec(sentence.slice(0, holiday.index));
  const counted =
    countedFrom && (!/\bnight\s+of\s/i.test(countedFrom[0]) || FEASTS_FROM_SUNSET.test(holiday.text))
      ? countedFrom
      : null;
  const step = /^(?:after|following)$/i.test(counted?.[2] ?? '') ? 1 : -1;
  // "the week after Thanksgiving": the week from the Monday after it. "The week before Easter" may be the seven days
  // before it or the week before its own: no date.
  const week = /^week$/i.test(counted?.[1] ?? '');
  if (week && step < 0) return undefined;
  const weekday = week ? 1 : WEEKDAYS.indexOf(counted?.[1]?.toLowerCase() ?? '');
  // "On 22 March, the third day of Eid al-Fitr": a day of a feast of several, counted from its first.
  const nth = NTH_DAY_OF.exec(sentence.slice(0, holiday.index));
  const counting = (date: Date) => {
    if (nth) return addDays(date, ORDINALS.indexOf(nth[1].toLowerCase()));
    if (!counted) return date;
    let day = addDays(date, step);
    while (weekday >= 0 && day.getDay() !== weekday) day = addDays(day, step);
    return day;
  };
  // "on Friday, the Mid-Autumn Festival holiday": a weekday's holiday is that day, not a span of days.
  const weekdays =
    /^\s+holiday\b/i.test(sentence.slice(end)) && WEEKDAY_BEFORE_HOLIDAY.test(sentence.slice(0, holiday.index));
  if (
    // (So is the next in a list after it: "after stopping for Maundy Thursday and Good Friday".)
    // (Not a span the writer gives the weekday of: "through Otago Anniversary Day on Monday" names the day; nor a
    // plan's day: "Performances scheduled for Bastille Day".)
    (!counted &&
      !PLANNED_FOR_HOLIDAY.test(sentence.slice(0, holiday.index)) &&
      !(
        /\b(?:through|throughout|over|during)\s+(?:the\s+)?$/i.test(sentence.slice(0, holiday.index)) &&
        ON_PROPER_WEEKDAY_AFTER.test(sentence.slice(end))
      ) &&
      HOLIDAY_BOUND.test(
        sentence.slice(0, holiday.index).replace(/(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:and|or|&)\s+$|,\s*$/u, ''),
      )) ||
    (HOLIDAY_SPAN.test(sentence.slice(end)) && !weekdays)
  )
    return undefined;
  // "the talks that collapsed at Easter", "home at Christmas": a feast's season, not its day.
  if (
    /\bat\s+$/i.test(sentence.slice(0, holiday.index)) &&
    /^(?:Easter|Christmas|Whitsun|Passover)$/i.test(holiday.text)
  )
    return undefined;
  // "every year on All Saints' Day many flats are left unattended": a habit. "like the Fourth of July": a likeness.
  if (EVERY_YEAR.test(sentence.slice(0, holiday.index)) || SIMILE.test(sentence.slice(0, holiday.index)))
    return undefined;
  // "Respect for the Aged Day fell on Monday this year and the Autumnal Equinox Day on Wednesday": which weekday the
  // holiday is this year, no event on it. ("when Christmas Day falls on a Friday" may be a day something happens on.)
  if (
    /\bthis\s+year\b/i.test(sentence.slice(0, end + 30)) &&
    (FALLS_ON_WEEKDAY.test(sentence.slice(end)) ||
      (FALLS_ON_WEEKDAY_AND.test(sentence.slice(0, holiday.index)) && ON_WEEKDAY.test(sentence.slice(end))))
  )
    return undefined;
  // "Grand Kadooment is held on the Kadooment Day public holiday": where a custom falls, every year (not "The race is
  // held on Easter Monday this year").
  if (
    /\b(?:is|are)\s+(?:usually\s+|always\s+|traditionally\s+)?(?:held|staged)\s+on\s+(?:the\s+)?$/i.test(
      sentence.slice(0, holiday.index),
    ) &&
    !/\bthis\s+year\b/i.test(sentence)
  )
    return undefined;
  // "Picnic Day is when families come together": what the day is, every year.
  if (/^\s+(?:is|are)\s+(?:when|about|for|a\s+time|the\s+(?:time|day))\b/i.test(sentence.slice(end))) return undefined;
  // "The long weekend of St Andrew's Day and National Day is one of the busiest of the year": what it is like, every year.
  if (
    /^(?:(?:,|\s+and|\s+or)\s+\p{Lu}[\p{L}'’ -]*?)*\s+(?:is|are)\s+(?:usually\s+|always\s+|often\s+)?(?:one\s+of\s+)?the\s+(?:\p{L}+est|most\s+\p{L}+)\b/u.test(
      sentence.slice(end),
    )
  )
    return undefined;
  // "Maundy Thursday, Good Friday and Easter Monday are public holidays in Norway", '"Russia Day" is the public holiday
  // on 12 June': what the day is, every year. So is "Brazil marks only Good Friday and Easter Sunday as holidays" (not
  // "Staff will get Christmas Eve and New Year's Eve as days off this year").
  const kept = KEPT_AS_HOLIDAY.exec(sentence.slice(end));
  if (kept && (kept[1] !== 'as' || !/\b(?:will|would|shall)\b|['’]ll\b/i.test(sentence.slice(0, holiday.index))))
    return undefined;
  // "during Holy Week", "over Golden Week": a week of holidays, not the day a calendar lists first.
  if (/\bWeek$/i.test(holiday.text)) return undefined;
  // "Lunar New Year's Eve", "Chinese New Year's Day": another calendar's feast, not the one the name alone is.
  const told = sentence.slice(0, holiday.index);
  if (
    /\b(?:Lunar|Chinese|Jewish|Islamic|Hijri|Persian|Iranian|Ethiopian|Coptic|Thai|Khmer|Lao|Sinhala|Sinhalese|Tamil|Vietnamese|Korean|Tibetan|Nepali|Bengali|Saka|Hindu|Balinese|Julian)\s+$/.test(
      told,
    )
  )
    return undefined;
  // "on 115/03/03 (Lantern Festival)": a note on the date in figures before it, which tells the day or none.
  if (/\d\s*\(\s*$/.test(told)) return undefined;
  // "over the Fourth of July weekend": a day of the holiday's weekend, which one unsaid.
  const weekend = /^\s+(?:long\s+)?weekend\b/i.test(sentence.slice(end));
  if (isCounterfactual(clauseBefore(sentence, holiday.index))) return undefined;
  // "as the yard traditionally closes between Christmas and Epiphany": a habit, no one year's day.
  if (HABITUAL.test(clauseBefore(sentence, holiday.index))) return undefined;
  // "full reopening had slipped to Easter": the day a thing was moved to is the nearest, whatever the verb.
  // "The following day, the National Day of Community Service, IELCO has asked …": a holiday set beside a day counted
  // from another is that day's, nearest the report whatever the verb.
  const besideCountedDay = /^\s*(?:the\s+)?(?:following|next|previous)\s+day,\s+(?:the\s+)?$/i.test(
    sentence.slice(0, holiday.index),
  );
  // "had been due to keep working the Coral March through Otago Anniversary Day on Monday, but … that plan had been
  // abandoned": the holiday of a plan told as overtaken is the nearest, whichever side of the report.
  // So is the holiday of a thing cancelled ("has cancelled all departures on Autonomy Day, Tuesday 9.6.", "has
  // canceled its Juneteenth and Father's Day cruises").
  const overtaken =
    (/\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:due|set|scheduled|slated|supposed|meant|planned)\b/i.test(
      sentence.slice(0, holiday.index),
    ) &&
      PAST_PLAN_BUT[1].test(sentence.slice(end))) ||
    /\b(?:cancell?ed|called\s+off|scrapped)\s+(?:(?:[\p{L}-]+\s+){0,4}on|(?:its|their|his|her|our|the|all)(?:\s+(?:of\s+)?(?:its|their|the))?)\s+$/iu.test(
      sentence.slice(0, holiday.index),
    ) ||
    // ("Performances scheduled for Tuesday, Bastille Day, have been cancelled".)
    planSetThenGivenUp(sentence.slice(0, holiday.index), sentence.slice(end)) ||
    // "had planned a festive opening for the first night of Hanukkah", "planned a festive opening for Christmas Day":
    // a plan's day, told from before it came.
    /\bhad\s+(?:\w+ly\s+)?(?:planned|intended|hoped|expected|wanted|aimed|promised)\b[^.;]*$/i.test(
      sentence.slice(0, holiday.index),
    ) ||
    PLANNED_FOR_HOLIDAY.test(sentence.slice(0, holiday.index)) ||
    // "promised … by Teachers and Mentors Day", "the bridge fully reopened by Easter": a deadline's day, whatever the
    // verb. (Not one told from after it: "By Christmas the ship had sunk".)
    (/\bby\s+(?:the\s+)?$/i.test(sentence.slice(0, holiday.index)) && !/\bhad\b/i.test(sentence));
  // "asking a judge to rule that it owes nothing for a Lundi Gras parade crash": a mishap named by its day has
  // happened, whatever the verbs around it.
  // (Not one warned against: "not to let a Christmas Day cooking fire ruin the festivities".)
  const mishap =
    /\b(?:a|an|the|last\s+year['’]s)\s+$/i.test(sentence.slice(0, holiday.index)) &&
    !/\b(?:not\s+to|prevent\w*|avoid\w*|stop|warn\w*|fear\w*|risks?|ensure)\b/i.test(
      sentence.slice(0, holiday.index),
    ) &&
    UNPLANNED.test(sentence.slice(end));
  // "Six weeks since the eve of Nowruz, and I am selling carpets from a living room": a day counted from has gone by.
  const since = counted !== null && /\bsince\s+$/i.test(sentence.slice(0, counted.index));
  // "forcing 42 passengers to abandon the vessel two days before the Hindu Day of Silence, Nyepi": a feast a deed is
  // counted back from is the nearest, whatever the deed's tense.
  const countedBack =
    /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)\s+(?:days?|weeks?|hours?)\s+before\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:[\p{L}'’-]+,\s+)?$/iu.test(
      sentence.slice(0, holiday.index),
    );
  const direction =
    mishap || since
      ? 'past'
      : rescheduledTo(sentence.slice(0, holiday.index), true) || besideCountedDay || overtaken || countedBack
        ? undefined
        : weekdays
          ? // The weekday it is told beside governs both.
            directionAt(
              sentence,
              WEEKDAY_BEFORE_HOLIDAY.exec(sentence.slice(0, holiday.index))?.index ?? holiday.index,
              end,
            )
          : directionAt(sentence, holiday.index, end);
  // "Nyepi, which marks the Saka New Year, closes Bali's airport": the holiday as the subject of the simple present
  // is every year's.
  if (
    !/\S/.test(sentence.slice(0, holiday.index).replace(/["“‘']/g, '')) &&
    direction !== 'past' &&
    !/\b(?:will|shall|is|are|was|were)\b|['’]ll\b/i.test(sentence)
  )
    return undefined;
  // "Vienna's own New Year's Eve fireworks … are run by a different contractor, a spokesman said": a holiday naming a
  // thing in a sentence that tells no time, or tells it in the present, is every year's.
  if (
    !overtaken &&
    (direction === undefined ||
      (direction === 'past' &&
        /^\s+\p{Ll}+[^.;,]*?\b(?:is|are)\s+(?!due|expected|set|scheduled|planned|going|to\b)/u.test(
          sentence.slice(end),
        ))) &&
    /^\s+\p{Ll}+/u.test(sentence.slice(end)) &&
    /^(?:[\p{L}'’]+\s+){0,3}$/u.test(sentence.slice(0, holiday.index).replace(/["“‘']/g, ''))
  )
    return undefined;
  const year = published.getFullYear();
  // "on Easter Sunday last year", "on Christmas Day 2019", "last year's Easter Monday storm": the year told is the
  // holiday's.
  // "the Easter 1916 Rising": a year and a name after the holiday's make a name of their own (not "On Christmas Day
  // 2025 Storm Bram brought down lines").
  if (/\bthe\s+$/i.test(sentence.slice(0, holiday.index)) && /^\s+\d{4}\s+\p{Lu}/u.test(sentence.slice(end)))
    return undefined;
  const toldYear = yearOfHoliday(sentence.slice(0, holiday.index), sentence.slice(end), year);
  const days = (toldYear !== undefined ? [toldYear] : [year - 1, year, year + 1])
    .flatMap((y) => [
      calendar.dayOf(holiday.name, y),
      toldYear === undefined ? calendar.otherDayOf?.(holiday.name, y) : undefined,
    ])
    .flatMap((iso) => (iso ? [parseISO(iso)] : []))
    .sort((one, other) => one.getTime() - other.getTime());
  if (toldYear !== undefined)
    return days[0] && [periodOf(counting(days[0]), weekend || week ? 'week' : 'day'), direction];
  // "on the eve of National Foundation Day", told as done on the eve: the day counted is the one gone by or to come.
  const past = days.filter((d) => counting(d) <= published).at(-1);
  const future = days.find((d) => counting(d) >= published);
  const distance = (d: Date | undefined) => (d ? Math.abs(differenceInCalendarDays(counting(d), published)) : Infinity);
  const nearest = distance(past) <= distance(future) ? past : future;
  // "said Eid al-Adha prayers … next Wednesday would be dedicated": a day the sentence names tells which year's.
  const agreed = [past, future].find((d) => d && named.has(format(counting(d), 'yyyy-MM-dd')));
  // '"We have had Summer Day, Nevruz and now Easter"' two days before Easter: the feast "now" at hand is not last
  // year's.
  if (
    !agreed &&
    direction === 'past' &&
    /\bnow\s+(?:the\s+)?$/i.test(sentence.slice(0, holiday.index)) &&
    distance(past) > HALF_YEAR_DAYS &&
    distance(future) <= FEAST_AT_HAND_DAYS
  )
    return undefined;
  // "Updated 6:40am Fri 10 Jul: No aircraft will land or depart on Matariki", on a live page two days after the
  // feast: a feast ahead by most of a year, when it was just now, may be told from an earlier hour of the page; no date
  // rather than next year's.
  if (!agreed && direction === 'future' && distance(future) > HALF_YEAR_DAYS && distance(past) <= FEAST_AT_HAND_DAYS)
    return undefined;
  const chosen = agreed
    ? agreed
    : direction === 'past'
      ? past
      : direction === 'future'
        ? future
        : nearest && distance(nearest) <= NEAREST_LIMIT_DAYS
          ? nearest
          : undefined;
  return chosen && [periodOf(counting(chosen), weekend || week ? 'week' : 'day'), direction];
}
