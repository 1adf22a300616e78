// Microsoft Recognizers-Text's English single-date cases (MIT), run through our date reader.
// The suite is not ours to commit, so it is read at run time: from $RECOGNIZERS_TEXT_SPECS,
// else from a git mirror of microsoft/Recognizers-Text.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { periodEnd, type Precision } from '../../src/lib/story/resolve-dates.ts';

export type Direction = 'past' | 'future';
export type Verdict = 'right' | 'vague' | 'wrong' | 'nothing';

export interface RecognizerCase {
  file: 'DateTimeModel' | 'DateParser';
  input: string;
  /** The reference date, yyyy-MM-dd. */
  reference: string;
  /** The expected phrase as written in the input, and where it starts. */
  text: string;
  index: number;
  /** The expected date read backwards and forwards; equal when the phrase is unambiguous. */
  past: string;
  future: string;
  direction: Direction;
}

/** What the scorer reads of a ResolvedDate; `expected` is optional as older readers lack it (missing = false). */
export interface Answer {
  text: string;
  index: number;
  start: string;
  precision: Precision;
  expected?: boolean;
}
export type Resolve = (sentence: string, published: string) => readonly Answer[];

export interface WrongCase {
  direction: Direction;
  input: string;
  reference: string;
  expected: string;
  got: string;
}

export interface Table {
  tally: Record<Direction, Record<Verdict, number>>;
  wrong: WrongCase[];
}

/** A test case as the suite's JSON spells it; DateTimeModel and DateParser each fill their own fields. */
interface Spec {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  NotSupportedByDesign?: string;
  Results?: SpecResult[];
}

interface SpecResult {
  Text: string;
  Start: number;
  TypeName?: string;
  Resolution?: { values?: { type?: string; value?: string }[] };
  Type?: string;
  Value?: { PastResolution?: { date?: string }; FutureResolution?: { date?: string } };
}

const MIRROR = '/work/.mirror/microsoft+Recognizers-Text/repo';
const SPECS = 'Specs/DateTime/English';
const FILES = ['DateTimeModel', 'DateParser'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * Future if the sentence says so: a future auxiliary, a forward word, or a request or proposal
 * ("please", "let's", "schedule", "can you", "are you free"), since those are for later.
 */
const FUTURE =
  /'ll\b|\b(?:will|shall|should|going to|I'm going|(?:is|are) (?:due|set|scheduled|expected) to|next|tomorrow|from now|later|please|let's|schedule|set up|can you|could you|are you (?:free|available)|plans?)\b/i;

// One spec file's text: from the folder if it holds the file, else from the mirror, else null.
function readSpec(name: string): string | null {
  const dir = process.env.RECOGNIZERS_TEXT_SPECS;
  try {
    if (dir) return readFileSync(join(dir, `${name}.json`), 'utf8');
  } catch {
    // Not in the folder: try the mirror.
  }
  try {
    return execFileSync('git', ['--git-dir', MIRROR, 'show', `HEAD:${SPECS}/${name}.json`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 << 20,
    });
  } catch {
    return null;
  }
}

// The suite marks cases a platform fails with "NotSupported": "javascript, python" and the like.
function unsupportedInJavaScript(spec: Spec): boolean {
  return [spec.NotSupported, spec.NotSupportedByDesign].some((platforms) =>
    (platforms ?? '')
      .toLowerCase()
      .split(',')
      .some((platform) => platform.trim() === 'javascript'),
  );
}

// A calendar date; the suite writes "not resolved" or 0001-01-01 for dates that do not exist (Feb 30).
const resolvable = (value: string | undefined): value is string =>
  value !== undefined && ISO_DATE.test(value) && value !== '0001-01-01';

/** The past and future dates of the spec's only result, if it is one resolvable date. */
function expectedDates(file: RecognizerCase['file'], result: SpecResult): [string, string] | null {
  if (file === 'DateParser') {
    const [past, future] = [result.Value?.PastResolution?.date, result.Value?.FutureResolution?.date];
    return result.Type === 'date' && resolvable(past) && resolvable(future) ? [past, future] : null;
  }
  // DateTimeModel gives one value, or a past and a future one for a phrase like "Friday".
  const values = result.Resolution?.values ?? [];
  const dates = values.flatMap((value) => (value.type === 'date' && resolvable(value.value) ? [value.value] : []));
  const single = result.TypeName === 'datetimeV2.date' && dates.length === values.length && dates.length <= 2;
  dates.sort();
  return single && dates.length > 0 ? [dates[0], dates[dates.length - 1]] : null;
}

/** Which date the sentence means: its tense when the phrase is ambiguous, else which side of the reference it falls. */
function directionOf(input: string, reference: string, past: string, future: string): Direction {
  if (past === future) return past > reference ? 'future' : 'past';
  return FUTURE.test(input) ? 'future' : 'past';
}

function toCase(file: RecognizerCase['file'], spec: Spec): RecognizerCase | null {
  const reference = (spec.Context?.ReferenceDateTime ?? '').slice(0, 10);
  const [result, ...others] = spec.Results ?? [];
  if (unsupportedInJavaScript(spec) || !result || others.length || !ISO_DATE.test(reference)) return null;
  const dates = expectedDates(file, result);
  if (!dates) return null;
  const [past, future] = dates;
  // DateTimeModel lower-cases Text; the input keeps the phrase as written.
  const text = spec.Input.slice(result.Start, result.Start + result.Text.length);
  const direction = directionOf(spec.Input, reference, past, future);
  return { file, input: spec.Input, reference, text, index: result.Start, past, future, direction };
}

/**
 * English cases of DateTimeModel.json and DateParser.json that JavaScript is meant to pass, with exactly one
 * result, that result a single date that exists (not Feb 30). Cases both files share are kept twice, as the suite
 * has them. At the mirror's HEAD (Dec 2024) that is 178 cases: 89 past-directed, 89 future-directed.
 * Null when the suite is not found.
 */
export function loadRecognizersCases(): RecognizerCase[] | null {
  const texts = FILES.map(readSpec);
  if (!texts.every((text): text is string => text !== null)) return null;
  return FILES.flatMap((file, n) => {
    // DateTimeModel.json starts with a byte-order mark, which JSON.parse rejects.
    const specs: Spec[] = JSON.parse(texts[n].replace(/^\uFEFF/, ''));
    return specs.map((spec) => toCase(file, spec)).filter((c): c is RecognizerCase => c !== null);
  });
}

const expectedOf = (c: RecognizerCase) => (c.direction === 'past' ? c.past : c.future);

// The answer for the expected phrase: the one whose text overlaps it, else the reader's first.
function answerFor(c: RecognizerCase, answers: readonly Answer[]): Answer | undefined {
  const overlaps = (a: Answer) => a.index < c.index + c.text.length && c.index < a.index + a.text.length;
  return answers.find(overlaps) ?? answers[0];
}

function verdictOf(answer: Answer | undefined, date: string): Verdict {
  if (!answer) return 'nothing';
  if (answer.precision === 'day') return answer.start === date ? 'right' : 'wrong';
  return answer.start <= date && date <= periodEnd(answer.start, answer.precision) ? 'vague' : 'wrong';
}

/** Each case through `resolve`, tallied by direction, with the wrong answers listed. */
export function scoreRecognizers(cases: readonly RecognizerCase[], resolve: Resolve): Table {
  const empty = (): Record<Verdict, number> => ({ right: 0, vague: 0, wrong: 0, nothing: 0 });
  const table: Table = { tally: { past: empty(), future: empty() }, wrong: [] };
  for (const c of cases) {
    const answer = answerFor(c, resolve(c.input, c.reference));
    const expected = expectedOf(c);
    const verdict = verdictOf(answer, expected);
    table.tally[c.direction][verdict]++;
    if (answer && verdict === 'wrong') {
      const got = `${answer.start} ${answer.precision}${answer.expected ? ' expected' : ''} ("${answer.text}")`;
      table.wrong.push({ direction: c.direction, input: c.input, reference: c.reference, expected, got });
    }
  }
  return table;
}

export function printRecognizers(table: Table): void {
  console.log('| direction | cases | right | vague | wrong | nothing | wrong % |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [direction, tally] of Object.entries(table.tally)) {
    const cases = tally.right + tally.vague + tally.wrong + tally.nothing;
    const wrongPercent = cases ? ((100 * tally.wrong) / cases).toFixed(0) : '–';
    const row = [direction, cases, tally.right, tally.vague, tally.wrong, tally.nothing, wrongPercent];
    console.log(`| ${row.join(' | ')} |`);
  }
  for (const w of table.wrong)
    console.log(`wrong (${w.direction}): "${w.input}" @ ${w.reference}: expected ${w.expected}, got ${w.got}`);
}
