import * as chrono from 'chrono-node';
import { addDays, format, getISOWeek, getISOWeekYear, parseISO, startOfISOWeek } from 'date-fns';

/** How much of a date a phrase really tells. */
export type Precision = 'day' | 'week' | 'month' | 'year';

/** A date phrase in a text, resolved against the publication date. */
export interface ResolvedDate {
  /** The phrase as written ("on Monday", "last week"). */
  text: string;
  /** Where the phrase starts in the text. */
  index: number;
  /** The first day of the period, ISO. */
  start: string;
  precision: Precision;
}

/** Phrases chrono reads as dates that are not dates of events. */
const NOT_A_DATE = /^(now|right now|currently|today's)$/i;

/** chrono with a parser for a bare year ("in 2022") and "earlier this week/month". */
const parser = chrono.en.casual.clone();
parser.parsers.push({
  pattern: () => /\b(?:in|since|of|by) ((?:19|20)\d{2})\b(?![-–])/i,
  extract: (context, match) => ({ year: Number(match[1]), month: 1, day: 1, __precision: 'year', ...context.option }),
});
parser.refiners.push({
  // News writes in the past tense: a bare weekday means the last one, not the next.
  refine: (context, results) => {
    for (const result of results) {
      const onlyWeekday = result.start.isCertain('weekday') && !result.start.isCertain('day');
      if (onlyWeekday && result.start.date() > context.reference.instant) {
        const earlier = addDays(result.start.date(), -7);
        result.start.assign('year', earlier.getFullYear());
        result.start.assign('month', earlier.getMonth() + 1);
        result.start.assign('day', earlier.getDate());
      }
    }
    return results;
  },
});

function precisionOf(result: chrono.ParsedResult): Precision {
  if (/\bweek\b/i.test(result.text)) return 'week';
  if (/^(?:in|since|of|by) \d{4}$/i.test(result.text)) return 'year';
  if (result.start.isCertain('day') || result.start.isCertain('weekday')) return 'day';
  if (/\bmonth\b/i.test(result.text) || result.start.isCertain('month')) return 'month';
  return 'year';
}

/** The first day of a period containing `date` at a precision. */
function periodStart(date: Date, precision: Precision): string {
  const start = {
    day: date,
    week: startOfISOWeek(date),
    month: new Date(date.getFullYear(), date.getMonth(), 1),
    year: new Date(date.getFullYear(), 0, 1),
  }[precision];
  return format(start, 'yyyy-MM-dd');
}

/**
 * Every date phrase of a text that names a time at or before publication,
 * with its honest precision. "This week" is the publication's week; phrases
 * that land after publication are dropped, since they are not events.
 */
export function resolveDates(text: string, published: string): ResolvedDate[] {
  const reference = parseISO(published);
  const instant = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate(), 12);
  return parser
    .parse(text, { instant }, { forwardDate: false })
    .filter((result) => !NOT_A_DATE.test(result.text.trim()))
    .map((result) => {
      const precision = precisionOf(result);
      const date = /\bthis week\b/i.test(result.text) ? instant : result.start.date();
      return { text: result.text, index: result.index, start: periodStart(date, precision), precision };
    })
    .filter((resolved) => resolved.start <= published);
}

/** The ISO string of a period at its precision, for `<time datetime>`: 2025-05-16, 2025-W20, 2025-05, 2025. */
export function isoAtPrecision(start: string, precision: Precision): string {
  const date = parseISO(start);
  if (precision === 'week') return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
  return start.slice(0, { day: 10, month: 7, year: 4 }[precision]);
}

/** The period as readers see it: "16 May 2025", "week of 12 May 2025", "February 2022", "2022". */
export function formatAtPrecision(start: string, precision: Precision): string {
  const date = parseISO(start);
  const formats = { day: 'd MMMM yyyy', week: "'week of' d MMMM yyyy", month: 'MMMM yyyy', year: 'yyyy' };
  return format(date, formats[precision]);
}

/** The last day of a period, ISO. */
export function periodEnd(start: string, precision: Precision): string {
  const date = parseISO(start);
  const end = {
    day: date,
    week: addDays(date, 6),
    month: new Date(date.getFullYear(), date.getMonth() + 1, 0),
    year: new Date(date.getFullYear(), 11, 31),
  }[precision];
  return format(end, 'yyyy-MM-dd');
}
