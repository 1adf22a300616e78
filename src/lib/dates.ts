import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

/** "23 May 2025" for an ISO calendar date; calendar dates carry no zone, so none is applied. */
export function formatDay(isoDate: string): string {
  return format(parseISO(isoDate), 'd MMMM yyyy');
}

/** "Friday, 23 May 2025": the heading of a day on the timeline. */
export function formatWeekday(isoDate: string): string {
  return format(parseISO(isoDate), 'EEEE, d MMMM yyyy');
}

/** "23 May 2025", "16–23 May 2025", "28 May – 3 June 2025", "30 December 2024 – 2 January 2025". */
export function formatSpan(first: string, last: string): string {
  if (first === last) return formatDay(first);
  const [from, to] = [parseISO(first), parseISO(last)];
  if (first.slice(0, 7) === last.slice(0, 7)) return `${format(from, 'd')}–${formatDay(last)}`;
  if (first.slice(0, 4) === last.slice(0, 4)) return `${format(from, 'd MMMM')} – ${format(to, 'd MMMM yyyy')}`;
  return `${formatDay(first)} – ${formatDay(last)}`;
}
