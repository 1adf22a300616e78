import { format, parseISO } from 'date-fns';

/** "23 May 2025" for an ISO calendar date; calendar dates carry no zone, so none is applied. */
export function formatDay(isoDate: string): string {
  return format(parseISO(isoDate), 'd MMMM yyyy');
}

/** "Friday, 23 May 2025": the heading of a day on the timeline. */
export function formatWeekday(isoDate: string): string {
  return format(parseISO(isoDate), 'EEEE, d MMMM yyyy');
}
