const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Ends that look like a sentence end but are an abbreviation: "U.S.", "Mr.", "Gen.", "Eng." (an engineer's title),
 * "Fr." (a priest's).
 */
const ABBREVIATION_END =
  /(?:\b(?:\p{L}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Fr|Msgr|Mgr|Bro|Eng|Engr|Atty|Gen|Lt|Col|Capt|Cpl|Sgt|Insp|Supt|Det|Cmdr|Adm|Prof|Rev|Hon|Gov|Sen|Rep|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s*$/u;

/** A clock's "a.m." or "p.m.", which ends a sentence when a new one opens after it: "at 7:42 a.m. The following day, …". */
const CLOCK_END = /\d\s*[ap]\.m\.\s*$/i;

/**
 * A day in figures with its stop, before its month: "Update 3. 10." (Czech and other styles) is one date. So is a
 * weekday cut short before its day or month: "on Fri. 11 Sept", "BELIZE CITY, Fri. Sept. 11, 2026--".
 */
const DAY_STOP_END = /(?:^|\s)(?:\d{1,2}|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.\s*$/;
/** What follows such a stop in the same date: its day ("Fri. 11 Sept") or its month ("Fri. Sept. 11"). */
const DAY_FOLLOWS = /^(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/;

/** Whether a stretch of text leaves a quotation open: "“A major swap. It will" does. */
export function opensQuote(text: string): boolean {
  const curly = (text.match(/“/g)?.length ?? 0) > (text.match(/”/g)?.length ?? 0);
  return curly || (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * Abbreviations that take a number after their stop: "approx. 48", "pp. 12", a currency's "Afl. 255", "Fr. 81", a
 * document's "comunicato stampa n. 118/2026" or "Nr. 12", a Norwegian clock's "kl. 14.05".
 */
const BEFORE_FIGURE = String.raw`approx|ca|pp?|vol|fig|figs|art|sec|ch|para|no|nos|n|nr|kl|op|ed|est|afl|rs|bs|kr|sh|shs|ksh|tsh|ush|tk|dhs?|frs?|rp`;

/**
 * A sentence that opens with a figure, which the segmenter runs into the one before: "… on 14 April for 30 days. 48 hours
 * later, …". Not after an abbreviation that takes a number, nor a month's or a weekday's.
 */
const FIGURE_OPENS = new RegExp(
  String.raw`(?<=\s(?!(?:${BEFORE_FIGURE}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|wed|thu|thurs?|fri|sat|sun)\.)\p{L}\p{Ll}+[.!?][”"’]?)\s+(?=\d)`,
  'giu',
);
/** Such an abbreviation ending a segment the segmenter cut before its figure: "in 2016 it was Fr." + "81.". */
const FIGURE_ABBREVIATION_END = new RegExp(String.raw`(?:^|\s)(?:${BEFORE_FIGURE})\.\s*$`, 'i');

/**
 * A single capital and its stop, which the segmenter takes for a sentence's end: "said federation president S." +
 * "Rajamanickam.", "the Daniel K." + "Inouye Highway". Not "I" or "X" ("so am I.", "Corridor X.").
 */
const INITIAL_END = /(?:^|[\s("“])(?![IX]\.)\p{Lu}\.\s*$/u;
/** A letter that names a part, a grade or a unit, not a person: "in hall B.", "grade D.", "blocks B and C.", "33.8 C.". */
const LETTER_OF_LABEL =
  /(?:\b(?:blocks?|halls?|terminals?|gates?|lines?|metro|corridor|plan|phase|stage|zones?|groups?|serie|pools?|routes?|units?|flats?|rooms?|witness|concourses?|divisions?|bays?|exits?|rows?|piers?|platforms?|wings?|towers?|sections?|stands?|levels?|category|class|grade|type|annex|schedule|part|appendix|buildings?|wards?|sectors?|lots?|areas?|taxiways?|runways?|vitamin|hepatitis|and|or)\s+\p{L}|\d\s*[CF])\.\s*$/iu;
/** What opens a new sentence after a letter that ends one: "in Block C." + "The Corporation has not …". */
const OPENS_SENTENCE =
  /^["“]?(?:The|A|An|This|That|These|Those|It|Its|He|She|His|Her|They|Their|We|Our|I|You|There|Here|In|On|At|By|For|From|With|After|Before|But|And|Or|So|If|When|While|As|Since|Until|Article|Section)\b/;
/** A person's initial that the segmenter cut from the name after it. */
const cutAtInitial = (before: string, after: string) =>
  INITIAL_END.test(before) && !LETTER_OF_LABEL.test(before) && !OPENS_SENTENCE.test(after);

/** Splits text into sentences, keeping "U.S. President …" and multi-sentence quotations whole. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  const segments = [...segmenter.segment(text)].flatMap(({ segment }) => segment.split(FIGURE_OPENS));
  for (const segment of segments) {
    const last = sentences.at(-1);
    if (
      last !== undefined &&
      ((ABBREVIATION_END.test(last) && !(CLOCK_END.test(last) && OPENS_SENTENCE.test(segment))) ||
        opensQuote(last) ||
        (DAY_STOP_END.test(last) && DAY_FOLLOWS.test(segment)) ||
        cutAtInitial(last, segment) ||
        (FIGURE_ABBREVIATION_END.test(last) && /^\d/.test(segment)))
    ) {
      sentences[sentences.length - 1] = last + segment;
    } else sentences.push(segment);
  }
  return sentences.map((sentence) => sentence.trim()).filter(Boolean);
}

/** The first sentence of a text, cut at a word boundary to at most `max` characters. */
export function openingSentence(text: string, max = Infinity): string {
  const first = sentencesOf(text)[0] ?? '';
  if (first.length <= max) return first;
  const cut = first.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * A wire dateline at the start of a paragraph: "LYON, France (EAP) — ", "SAVANNAH, Ga. (UNW) — ",
 * "KYIV, May 23 (Reuters) - ", "BENGALURU, Jan 23 (PTI): ". The place is in capitals; a region or date, and the agency,
 * may follow.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’/ -]*\p{Lu}\.?(?:,[^—–\n]{1,40}?)?\s*(?:\([^)\n]{1,40}\)\s*(?:[—–-]{1,2}|:)|[—–-]{1,2})\s+/u;

/** A paragraph without its wire dateline, which belongs to the copy, not to what it says. */
export function withoutDateline(text: string): string {
  return text.replace(DATELINE, '');
}
