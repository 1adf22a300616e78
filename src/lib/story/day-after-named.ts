import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { stemWord } from '../text/stem.ts';
import { foldWord, isMeaningful, wordsIn, wordsOf } from '../text/words.ts';
import type { Period } from './periods.ts';
import type { ResolvedDate } from './resolve-dates.ts';

/** A statement a report told before, with its day. */
export interface ToldBefore extends Period {
  expected: boolean;
  summary: string;
  /** The phrase that dated it, as written: "of 13 July". */
  dateText: string;
}

/**
 * "The day after the fire, …", "On the day after the capsize, …", "Two days after the blast, …", "The day after the
 * port reopened, …": a day counted from a thing the report named before, opening the sentence.
 */
const COUNTED_FROM_NAMED =
  /^\s*(?:On\s+)?(?:(?:the|a)\s+day|(two|three|four|five)\s+days)\s+after\s+the\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*,/iu;
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5 };
/** Things a calendar names, which a report's words do not date: "the day after the holiday". */
const CALENDAR_THING = /^(?:holiday|holidays|feast|festival|celebrations?|weekend|break|vacation)$/i;
/**
 * Words before a thing that tell of it as past or as another's: "three weeks after a blaze", "the death toll from the
 * Nane Nane collapse", "sheltering as the storm"; or as what might be: "she thought the run would be cancelled".
 */
const TOLD_AS_PAST =
  /\b(?:after|since|before|following|from|of|by|over|as|than|until|like|amid|despite|in|at|during|with|about|into|for|to)\s+(?:(?:the|a|an|this|that|last|its|their|\p{Lu}[\p{L}-]*)\s+){0,3}$|\b(?:would|could|might|may|should|will)\s+(?:not\s+)?(?:be|have\s+been)\s+(?:\p{Ll}+ly\s+)?$/u;

/** A plan told as put off, whose day is no thing's: "The start, set for Sunday 1 November, was postponed". */
const GIVEN_UP =
  /\b(?:set|due|scheduled|planned|slated)\b[^.;]*\b(?:postponed|delayed|called\s+off|cancell?ed|put\s+off|pushed\s+back|moved)\b/i;

/** Where and what a thing was, between it and its day: " of train 2417 at km 412 near Beyla". */
const PLACED =
  /^(?:\s+(?:of|at|near|in|outside|off)\s+(?:[\p{L}\d-]+\s+){0,2}?[\p{L}\d-]+(?=\s+(?:of|at|near|in|outside|off|on)\s)){1,3}/u;

/** After a thing's word, those who work at it, which name no such thing done: "Election workers", "fire crews". */
const PEOPLE_OF_IT =
  /^\s+(?:workers|officials|officers|crews|staff|teams|volunteers|observers|authorities|inspectors|investigators)\b/i;

/** How long before the report the thing counted from may lie: a story's days, not a like thing years before. */
const NAMED_WITHIN_DAYS = 60;

/** The stems of a text's words that say something. */
const stemsOf = (text: string) => wordsOf(text).map(foldWord).filter(isMeaningful).map(stemWord);

/**
 * The day a sentence counts from a thing named before it in the same report: the earliest day the report told as
 * done whose words hold the thing's ("caught fire on Sunday, 7 June" for "the fire", "a snowstorm on Monday" for
 * "the storm"), counted on. Undefined when the sentence opens with no such count, or nothing told before names the
 * thing, or the day counted to lies after the report.
 */
export function dayAfterNamed(
  sentence: string,
  told: readonly ToldBefore[],
  published: string,
): ResolvedDate | undefined {
  const match = COUNTED_FROM_NAMED.exec(sentence);
  if (!match) return undefined;
  const wanted = stemsOf(match[2]);
  if (wanted.length === 0 || wordsOf(match[2]).some((word) => CALENDAR_THING.test(word))) return undefined;
  // The thing is what the statement tells of, not one it dates from: "caught fire", "a snowstorm cut the pass"; or it
  // has the day beside it: "the victims of the accident of 13 July", "caused by the derailment of train 2417 at km 412
  // near Beyla on 14 September".
  const names = ({ summary, dateText }: ToldBefore) => {
    // ("after the record date on Friday passed": the thing's own words, then its day.)
    const itsDay = dateText.replace(/^(?:on|of)\s+/i, '').toLowerCase();
    const thing = match[2].toLowerCase();
    if (['', 'on ', 'of '].some((joint) => summary.toLowerCase().includes(`${thing} ${joint}${itsDay}`))) return true;
    const words = wordsIn(summary).filter(
      (word) =>
        !PEOPLE_OF_IT.test(summary.slice(word.end)) &&
        (!TOLD_AS_PAST.test(summary.slice(0, word.start)) ||
          [summary.slice(word.end), summary.slice(word.end).replace(PLACED, '')].some((rest) =>
            rest.replace(/^\s+(?:on\s+|of\s+)?/, '').startsWith(dateText.replace(/^(?:on|of)\s+/i, '')),
          )),
    );
    const stems = words.map((word) => stemWord(foldWord(word.text)));
    // ("snowstorm" names the storm.)
    return wanted.every((stem) => stems.some((word) => word === stem || word.endsWith(stem)));
  };
  const day = parseISO(published);
  const within = (start: string) => {
    const age = differenceInCalendarDays(day, parseISO(start));
    return age >= 0 && age <= NAMED_WITHIN_DAYS;
  };
  const from = told
    .filter(
      (statement) =>
        statement.precision === 'day' &&
        !statement.expected &&
        !GIVEN_UP.test(statement.summary) &&
        within(statement.start) &&
        names(statement),
    )
    .map((statement) => statement.start)
    .sort()[0];
  if (!from) return undefined;
  const counted = addDays(parseISO(from), match[1] ? COUNTS[match[1].toLowerCase()] : 1);
  if (differenceInCalendarDays(counted, day) > 0) return undefined;
  const text = match[0].replace(/\s*,$/, '').trim();
  return {
    text,
    index: sentence.indexOf(text),
    start: format(counted, 'yyyy-MM-dd'),
    precision: 'day',
    expected: false,
  };
}
