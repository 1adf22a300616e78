import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { parseISO } from 'date-fns/parseISO';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';

/** How much of a date a phrase really tells. */
export type Precision = 'day' | 'week' | 'month' | 'year';

/** A calendar period: its first day (ISO) and how long it is. */
export interface Period {
  start: string;
  precision: Precision;
}

/** The period of a precision that contains a date: its ISO week, month or year. */
export function periodOf(date: Date, precision: Precision): Period {
  const start = {
    day: date,
    week: startOfISOWeek(date),
    month: new Date(date.getFullYear(), date.getMonth(), 1),
    year: new Date(date.getFullYear(), 0, 1),
  }[precision];
  return { start: format(start, 'yyyy-MM-dd'), precision };
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
