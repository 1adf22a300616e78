// The stamp a log's entry opens on ("Service notice — 2026-11-22 20:00 CST — "), and the day it gives the entry.
import { MONTHS, resolveDates, type FigureOrder } from './resolve-dates.ts';

/** A month's name, written out or cut short, capitalised or not (the stamp's other words keep their case). */
const MONTH_NAME = `(?:${MONTHS.map((month) => `[${month[0].toUpperCase()}${month[0]}]${month.slice(1)}`).join('|')})[a-z]*\\.?`;
/** A clock time, perhaps with its zone: "06:30 CST", "9.15 a.m.", "klo 09.15". */
const STAMP_CLOCK = String.raw`(?:at\s+|klo\s+|kl\.\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}\b)?`;
/**
 * A log's entry opening on its stamp: perhaps a label ("Service notice — ", "Bulletin 4 — ", "Update 07:30 "), a
 * clock time and a weekday, the date in figures or with its month's name, perhaps a weekday and a clock time after it,
 * then a dash, a bar, a colon or a full stop before the entry: "2026-11-21 06:30 CST — ", "Fri 20 Nov, 16:50 — ".
 */
const LOG_STAMP = new RegExp(
  String.raw`^\**(?:\p{Lu}[\p{L}\d .'’&/()#-]{0,40}?\s[—–-]\s*|\p{Lu}\p{L}{1,20}\s+(?=\d{1,2}[:.]\d{2}))?(?:(?:[Ii]ssued\s+|[Uu]pdated\s+|[Pp]osted\s+|[Aa]s\s+of\s+)?${STAMP_CLOCK},?\s+)?(?:\p{Lu}\p{Ll}{2,8}\.?,?\s+)?(\d{4}-\d{2}-\d{2}|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}[./]\s?\d{1,2}[./]\s?\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}(?:\s+\d{4})?|${MONTH_NAME}\s+\d{1,2}(?:,\s+\d{4})?)\**,?\s*(?:\(?\p{L}{2,9}\.?\)?,?\s*)?(?:${STAMP_CLOCK})?\**\s*(?:[—–|]|-\s|:\s|\.(?:\s|$)|$)`,
  'u',
);

/** The day a passage's own stamp gives it ("2026-11-21 06:30 CST — ", "Bulletin 4 — 23.11.2026 — "), up to the report's. */
export function stampedOn(passage: string, published: string, order: FigureOrder | undefined): string | undefined {
  const stamp = LOG_STAMP.exec(passage)?.[1];
  const [day] = stamp ? resolveDates(`on ${stamp}`, published, undefined, undefined, order) : [];
  return day && day.precision === 'day' && day.start <= published ? day.start : undefined;
}
