import { isCaptionLine } from '../clean/page-furniture.ts';
import { stemWord } from '../text/stem.ts';
import { foldWord, isCalendarWord, isMeaningful, wordsIn, wordsOf } from '../text/words.ts';
import { opensQuote, sentencesOf, withoutDateline } from '../text/sentences.ts';
import { clausesOf, isAttribution, regionsOf, SPEECH_VERB } from './clauses.ts';
import { calendarDatedBy } from './dated-holidays.ts';
import { dayAfterNamed, type ToldBefore } from './day-after-named.ts';
import {
  calendarOf,
  LUNAR_NEW_YEAR_COUNTRIES,
  LUNAR_NEW_YEAR_NAMED,
  orthodoxCalendar,
  withLunarNewYear,
  withoutEasterFeasts,
  type OrthodoxChristmas,
} from './holidays.ts';
import type { Lexicon } from './lexicon.ts';
import type { NameMatch } from './people.ts';
import { periodEnd } from './periods.ts';
import { peopleIn } from './people.ts';
import {
  figureOrderIn,
  figureOrderOf,
  countsOnFrom,
  DEICTIC_WORDS,
  HOURS_LATER,
  isCountedDay,
  LISTED_DAYS,
  PLAIN_SAYING,
  resolveDates,
  type Precision,
  type ResolvedDate,
} from './resolve-dates.ts';
import { stampedOn } from './log-stamp.ts';
import { directionAt, isPastAction, tellsDeed } from './tense.ts';

/** A passage of a report, as the story reads it. */
export interface StoryPassage {
  id: string;
  text: string;
}

/** A report, as the story reads it. */
export interface StoryReport {
  slug: string;
  outlet: string;
  published: string;
  passages: readonly StoryPassage[];
}

/** Where a fact was read: the report, the paragraph and the words. */
export interface Citation {
  slug: string;
  outlet: string;
  passageId: string;
  /** The clauses of the source sentence that carry the date, word for word. */
  summary: string;
  /** Who the clauses tell of when they start with their verb, leaving it at the sentence's start (openingSubject). */
  subject?: string;
  /** The date phrase as the report wrote it. */
  dateText: string;
  /** Where the date phrase starts in the passage: a paragraph may write the same phrase twice ("On Navy Day, … every Navy Day"). */
  dateAt?: number;
  /** The day the report was published: a mention told as done tells of nothing later. */
  published: string;
  start: string;
  precision: Precision;
  /** Stated as planned or due, not as done. */
  expected: boolean;
  /** The clauses also date another event ("said on May 22 that … the meeting on May 16"). */
  crowded?: boolean;
}

/** One event of the story, told by one or more reports. */
export interface StoryEvent {
  id: string;
  start: string;
  precision: Precision;
  /** The clearest citation's clauses. */
  summary: string;
  /** Its subject, when the clauses leave it out (Citation.subject). */
  subject?: string;
  /** Every report states it as planned or due: nothing says it happened yet. */
  expected: boolean;
  /** People who take part: named in the summary, or the subject of a cited clause. */
  people: string[];
  /** People who are the subject of a cited clause: two statements by different people are two events. */
  agents: string[];
  citations: Citation[];
  /** What the event is about, for merging: each term (a word's stem, a person) with the keys it matches by. */
  features: Map<string, readonly string[]>;
}

/** Words that say who reported an event, not what happened: two events told to the same paper share them. */
const REPORTING = new Set(
  'told tell tells telling added adding according statement spokesman spokeswoman spokesperson quoted'.split(' '),
);

/** How many words may stand between a clause's start and its date: "Russian Foreign Minister Sergei Lavrov said". */
const SUBJECT_WORDS = 8;

/**
 * What a stretch of text is about, term by term: each word's stem with its
 * WordNet senses, each place with its country, each person. A term is one
 * unit of meaning however many senses it has.
 */
function featuresOf(text: string, people: readonly string[], lexicon: Lexicon): Map<string, string[]> {
  const features = new Map(people.map((id) => [`person:${id}`, [`person:${id}`]]));
  const words = wordsIn(text);
  words.forEach((word, index) => {
    const folded = foldWord(word.text);
    // A figure ("1,200 residents", "US$4m") names the event as surely as a rare word.
    // Not a time or a year ("10am", "7th", "2024"): those say when, and the dates say that already.
    if (
      /\p{N}/u.test(folded) &&
      folded.length > 1 &&
      !/^(?:\d{1,2}(?:[ap]m|st|nd|rd|th)|(?:1[89]|20)\d\d)$/.test(folded)
    ) {
      features.set(`figure:${folded}`, [`figure:${folded}`]);
      return;
    }
    if (!isMeaningful(folded) || isCalendarWord(folded) || REPORTING.has(folded)) return;
    const stem = `stem:${stemWord(folded)}`;
    const capitalised = /^\p{Lu}/u.test(word.text);
    const country = capitalised ? countryAt(words, index, lexicon) : undefined;
    // A word of what happened is also the very word of its derived forms: "suspended" and "the suspension" tell one deed.
    const related = country
      ? [`place:${country}`]
      : capitalised
        ? []
        : [
            ...lexicon.concepts(folded).map((id) => `sense:${id}`),
            ...lexicon.derivedForms(folded).map((form) => `stem:${stemWord(form)}`),
          ];
    features.set(stem, [stem, ...related]);
  });
  return features;
}

/** The word at an index and the one after it, a place's name of two words: "Hong Kong". */
const pairAt = (words: readonly { text: string }[], index: number) =>
  index + 1 < words.length ? `${words[index].text} ${words[index + 1].text}` : '';

/** The country (ISO code) of a place named at a word, by two words or one: "Hong Kong", "Piraeus". */
function countryAt(words: readonly { text: string }[], index: number, lexicon: Lexicon): string | undefined {
  return lexicon.countryOf(pairAt(words, index)) ?? lexicon.countryOf(words[index].text);
}

/** Capitals that open a phrase, not a name: "The Volos pier", "In Volos". */
const OPENING_CAPITAL = /^(?:The|A|An|In|At|On|From|To|Of|For|By|And|But|Near|Outside|Inside)$/;

/**
 * The countries of the places a text names; with `towns`, of the towns too small to be told apart from other words
 * (read only where a report names no city). A place's name that is a word of English, before a day's or a street's,
 * begins a longer name: "Independence Day" names no Independence, Missouri ("Athens Stock Exchange" names Athens). A
 * town's name beside another capital is a word of a longer name: "Lorenzo Gori" is a man, not Gori in Georgia.
 */
function countriesNamed(text: string, lexicon: Lexicon, towns = false): string[] {
  const words = wordsIn(text);
  const begins = (index: number) =>
    /^ (?:Day|Eve|Avenue|Street|Square|Road|Hall|Park|Bridge)\b/.test(text.slice(words[index].end)) &&
    lexicon.concepts(words[index].text.toLowerCase()).length > 0 &&
    !lexicon.countryOf(pairAt(words, index));
  // A capital next to the word, a space alone between (no stop or comma).
  const capitalBeside = (a: number, b: number, capital: number) =>
    a >= 0 &&
    b < words.length &&
    text.slice(words[a].end, words[b].start) === ' ' &&
    /^\p{Lu}/u.test(words[capital].text);
  const townAt = (index: number) => {
    const inName =
      (capitalBeside(index - 1, index, index - 1) && !OPENING_CAPITAL.test(words[index - 1].text)) ||
      capitalBeside(index, index + 1, index + 1);
    return (
      lexicon.townCountryOf(pairAt(words, index)) ?? (inName ? undefined : lexicon.townCountryOf(words[index].text))
    );
  };
  return words.flatMap((word, index) =>
    /^\p{Lu}/u.test(word.text) && !begins(index)
      ? ((towns ? townAt(index) : countryAt(words, index, lexicon)) ?? [])
      : [],
  );
}

/**
 * The Christmas of a report that speaks of the Orthodox church, by the countries it names that keep the Orthodox
 * Easter or a January Christmas: January in a Belgrade report, December in a Bucharest one, unknown when they part.
 */
function orthodoxChristmasOf(countries: readonly string[], lexicon: Lexicon): OrthodoxChristmas {
  const months = new Set(
    countries
      .filter(
        (country) =>
          lexicon.holidays.keepsOrthodoxEaster(country) || lexicon.holidays.christmasIn(country) === 'january',
      )
      .map((country) => lexicon.holidays.christmasIn(country)),
  );
  const [month] = months;
  return months.size === 1 && (month === 'january' || month === 'december') ? month : 'unknown';
}

/**
 * The words that tell what happened at a date: its region of the sentence,
 * cut at the neighbouring date phrases where two dates share a clause
 * ("said on May 22 that … a meeting on May 16"), and before a relative clause
 * that tells of an earlier event.
 */
function wordsAbout(sentence: string, region: string, dates: readonly ResolvedDate[], i: number): string {
  const from = Math.max(sentence.indexOf(region), i > 0 ? dates[i - 1].index + dates[i - 1].text.length : 0);
  const to = Math.min(sentence.indexOf(region) + region.length, dates[i + 1]?.index ?? sentence.length);
  const words = sentence.slice(from, to);
  // "began a prisoner swap on Friday that was agreed on at their first direct talks": after the date, a relative
  // clause in the passive tells of an earlier event, undated here; its words are not this event's.
  const after = words.indexOf(dates[i].text) + dates[i].text.length;
  const earlier = EARLIER_EVENT.exec(words.slice(after));
  const own = (earlier ? words.slice(0, after + earlier.index) : words).replace(dates[i].text, ' ');
  return `${subjectOf(sentence, from, words)} ${own}`;
}

/** How many words before a relative clause name what it tells of: "the outdoor limits, which have been in force …". */
const ANTECEDENT_WORDS = 6;

/**
 * What a region with no subject of its own tells of: the words just before a relative or infinitive clause ("the
 * outdoor limits, which have been in force since July 27", "a review …, to be completed by the end of April"), or
 * the sentence's opening words before an auxiliary ("Ellery, who was released …, will be arraigned Friday").
 */
function subjectOf(sentence: string, from: number, region: string): string {
  if (/^(?:which|who|that|to)\b/i.test(region.trimStart()))
    return wordsIn(sentence.slice(0, from))
      .slice(-ANTECEDENT_WORDS)
      .map((word) => word.text)
      .join(' ');
  if (/^(?:will|would|shall|has|have|had|is|are|was|were)\b/i.test(region.trimStart()) && from > 0)
    return sentence.slice(0, from).split(/[,;:—–]/)[0];
  return '';
}

/** A verb first: an auxiliary, a verb of saying or a verb in the past, after an adverb or not ("formally ended"). */
const VERB_FIRST = /^(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;
/** The longest subject worth carrying: "Dubai-based freight forwarder Al Noor Gulf Logistics". */
const OPENING_SUBJECT_WORDS = 10;
/** "It's", "there's": a verb in a pronoun's contraction, not a possessive ("the firm's"). */
const CONTRACTED = /^(?:it|he|she|that|there|what|who|here)['’]s$/i;
const AUXILIARY = /^(?:will|would|shall|can|could|may|might|must|has|have|had|is|are|was|were|says|said)$/;

/**
 * The subject a region that starts with its verb leaves behind at the sentence's start: "The 21-meter vessel, built in
 * 1998, left Peterhead on Friday", "Ellery, who was released …, will be arraigned Friday". Only a subject with no
 * verb of its own, and only past an aside, is one ("Glenbay hopes …, and its director, X, said" is not).
 */
export function openingSubject(sentence: string, from: number, region: string): string | undefined {
  const verb = VERB_FIRST.exec(region.trimStart())?.[1];
  if (from === 0 || !verb || !(AUXILIARY.test(verb) || isPastAction(verb))) return undefined;
  // The subject opens its own clause: after a colon or semicolon ("…, and the timing is awkward: Mwanga Pay, founded
  // in 2014, has pencilled in").
  const head = sentence.slice(0, from).split(/[;:]\s/);
  const opening = (head.length > 1 ? head[head.length - 1] : head[0]).split(/[,—–]/)[0].trim();
  const words = wordsIn(opening).map((word) => word.text);
  // "An inquiry led by Judith Carrow": a participle before "by" describes the subject.
  const hasVerb = words.some(
    (word, i) =>
      AUXILIARY.test(word) || CONTRACTED.test(word) || (isPastAction(word.toLowerCase()) && words[i + 1] !== 'by'),
  );
  // What stands between is an aside about the subject, not a second clause ("…, and its director, X, said").
  const aside = !/^[,;:—–(]\s*(?:and|but|or|so|yet|while|as|because|although|though)\b/i.test(
    sentence.slice(opening.length, from).trim(),
  );
  return opening && aside && /^\p{Lu}/u.test(opening) && words.length <= OPENING_SUBJECT_WORDS && !hasVerb
    ? opening
    : undefined;
}

/**
 * A relative clause in the passive past ("that was agreed", "which had been postponed", "who were detained"),
 * or a clause in the pluperfect led by a conjunction ("only after his bank had frozen two accounts").
 */
const EARLIER_EVENT =
  /\s(?:(?:that|which|who)\s(?:was|were|had been|has been|have been)\s\p{L}+ed|(?:after|before|when|once|because|since)\s(?:[\p{L}'’-]+\s){1,5}had\s(?!to\b)(?:been\s|already\s|not\s)?\p{Ll}+)\b/u;

const OBJECT_BEFORE = /\b(?:to|with|from|by|for|about|against|on|at|of|and)\s+(?:\p{Lu}[\p{L}.-]*\s+)*$/u;

/** People named just before a date phrase in its clause: the subject of "Lavrov said on Friday". */
function agentsOf(sentence: string, position: number, find: (text: string) => NameMatch[]): string[] {
  const [start] = clausesOf(sentence).find(([, end]) => position < end) ?? [0];
  const lead = sentence.slice(start, position);
  if (wordsIn(lead).length > SUBJECT_WORDS) return [];
  // "after speaking to Putin on Monday": a name after a preposition is not who acted.
  const object = (match: NameMatch) => OBJECT_BEFORE.test(lead.slice(0, match.start));
  return [
    ...new Set(
      find(lead)
        .filter((match) => !object(match))
        .map((match) => match.personId),
    ),
  ];
}

/**
 * "was due to resume freight services on Monday but called off the restart", "had first been set for the previous
 * Tuesday but".
 */
const FELL_THROUGH =
  /\b(?:(?:was|were|had\s+(?:first\s+|\w+ly\s+)?been)\s+(?:\w+ly\s+|first\s+)?(?:(?:due|scheduled|supposed|expected|set|meant|planned)\s+to|(?:set|scheduled|planned|fixed)\s+for)|had\s+(?:planned|hoped|intended|aimed)\s+to)\b[^.;]*\bbut\b/i;

/**
 * "ALMATY. August 12.", "YEREVAN, SEPTEMBER 22, ARMNEWSLINE.": a dateline's date split off as a sentence of its own,
 * with nothing but itself and capitalised words, tells of nothing.
 */
const dateAlone = (sentence: string, date: ResolvedDate) => {
  const rest = sentence.replace(date.text, '');
  // "Baku, March 25 (Shirvan News).", "Tehran, 15 Farvardin 1405 (04.04.2026).", "Buenos Aires, 17/04/2026 — Office
  // of the Administrator", "MTC/GM/112/2026 — Dili, 12 August 2026": a place (after a document's reference), its date
  // and what is in brackets or names the issuer, no word in lower case but the small words of a name. So is a date
  // alone with its era: "Reiwa 8 (2026) October 20".
  return (
    !/\p{Ll}{2}/u.test(rest) ||
    /^\s*(?:Reiwa|Heisei|Sh[oō]wa)\s+\d{1,2}\s*(?:\(\d{4}\))?\s*$/.test(rest) ||
    (/^(?:[\p{Lu}\d]+(?:\/[\p{Lu}\d]+)+\s+[—–-]\s+)?\p{Lu}[\p{L}.'’ /-]*,/u.test(sentence) &&
      !/(?:^|[\s,])\p{Ll}{2,}/u.test(
        rest.replace(/\([^)]*\)/g, '').replace(/\b(?:of|the|and|for|de|del|la|el)\b/g, ''),
      ))
  );
};

/**
 * A passage's statements: its sentences, and the independent clauses a semicolon joins within one, outside a quotation
 * ('"We will not march; we will go to city hall tomorrow," Bong said on Monday.' is one, its attribution with it).
 */
const statementsOf = (text: string) =>
  sentencesOf(text).flatMap((sentence) => {
    const statements: string[] = [];
    let start = 0;
    for (const semicolon of sentence.matchAll(/;\s+/g)) {
      if (opensQuote(sentence.slice(0, semicolon.index))) continue;
      statements.push(sentence.slice(start, semicolon.index + 1));
      start = semicolon.index + semicolon[0].length;
    }
    return [...statements, sentence.slice(start)];
  });

/** Where a quotation ends, in double or single marks: '…," ', "…,' ". */
const QUOTE_END = /[,.!?]["”'’]\s/;
/** Who said a quotation, after it: 'Botswana Diamond Workers' Union branch chairman Friday Seabo told the crowd on Saturday.' */
const QUOTE_ATTRIBUTION = new RegExp(`^\\s*[^,;"“”]{0,120}${SPEECH_VERB.source}[^,;"“”]{0,60}$`, 'i');
/** A quotation opening a statement with a day of its speaker's in it: '"Tomorrow our engineers will start …"'. */
const QUOTED_DEICTIC = new RegExp(`^\\s*["“][^"”]*\\b(?:${DEICTIC_WORDS})\\b`, 'i');

/** What a day is, set beside it at the end of a sentence: ", Iran's weekly day of rest.", ", a public holiday.". */
const DAY_APPOSITION =
  /^,\s+(?:the|a|an|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:day|holiday|weekend|eve|anniversary)(?:\s+of\s+(?:rest|mourning|prayer|the\s+[\p{L}-]+))?\s*[.!]?\s*$/u;
/** The day a statement ending in an attribution says its quotation was spoken: '"…," Dasgupta said on Friday.'. */
function saidAtEnd(sentence: string, dates: readonly ResolvedDate[]): ResolvedDate | undefined {
  const quoteEnd = sentence.search(QUOTE_END);
  const last = dates.at(-1);
  if (quoteEnd < 0 || !last || last.precision !== 'day' || last.index < quoteEnd) return undefined;
  return QUOTE_ATTRIBUTION.test(sentence.slice(quoteEnd + 2)) &&
    /^[\s.]*$/.test(sentence.slice(last.index + last.text.length))
    ? last
    : undefined;
}

/** A thing named by its day, before the day: "the uprising of " (not "the night of "). */
const NAMED_BY_DAY =
  /\b(?:the|an?)\s+(?!(?:morning|afternoon|evening|night|day|week|weekend|end|start|beginning|middle|eve|events)\b)\p{Ll}{3,}\s+of\s+$/u;
/** A day counted back from the one told before: "The day before", "the previous evening", "the night before". */
const LOOK_BACK =
  /^(?:the\s+)?(?:(?:day|night|evening|morning)\s+before|(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night))[,.]?$/i;
/**
 * After an opening participle of saying and its date: ", Ntshona said …", ", Mr. Hideo Tsuji (72), whose souvenir shop is
 * on the road, said …", ", the provincial mayor, Ms. Rosa Tuesta, said: …".
 */
const SPOKEN_BY = new RegExp(
  `^[^,;.]*,\\s*(?:[\\p{L}'’.-]+\\s+){0,7}?[\\p{L}'’.-]+(?:\\s+\\(\\d{1,3}\\))?(?:,\\s*(?:(?:who|whose|which)\\s[^,;]{1,80}|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}),)?\\s+${SPEECH_VERB.source}`,
  'u',
);

/** A live page's time before its post: "22:05 EEST — ", "**08:10 GST** — ", "Update 3. 10. — ", "7.15pm: ". */
const LIVE_STAMP =
  /^\**(?:Update\s+)?(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,5})?|\d{1,2}\.\s?\d{1,2}\.)\**\s*[—–:-]\s*/i;

/**
 * "We'll be back from first light tomorrow", "we will keep adding to this post over the weekend", "We'll leave our live
 * coverage there for today", "We're closing the live page for today", "That's all from us tonight": outside quotation
 * marks, a "we" that tells of coverage is the newsroom's ("We marched on Juneteenth" in a union's newsletter is the
 * union's); "This report by Dominion Press was first published May 28, 2026.": the report telling of itself;
 * "Correction, 19 March: an earlier version of this article said the line reopened on Monday": what it once said
 * wrongly.
 */
const NEWSROOM =
  /^[Ww]e(?:['’]ll| will|['’]re| are)?\s+(?:be back|bring you|keep (?:you|this|adding|updating)|update|follow|continue|have more|return|leave (?:our|this|the|it|things)|(?:closing|pausing|ending) (?:the|this|our) (?:live )?(?:page|blog|coverage|updates))\b|^That['’]s (?:all|it) (?:from|for)\b|^That(?:['’]s| is) where we(?:['’]ll| will)? (?:leave|end|stop|pause)\b|^No further (?:statements?|updates?|information|comments?) will be (?:issued|given|published|provided|made)\b|^This (?:report|story|article)\b[^.]{0,80}\bwas (?:first )?(?:published|updated|amended|corrected)\b|^(?:Correction|Clarification)\b[^:.]{0,30}:|^An earlier version of this (?:report|story|article)\b/;

/** A day that says when something was told, before what was told: "Montreal police said Wednesday that …". */
const TOLD_ON = /\b(?:said|says|announced|confirmed|reported|told\s+\p{L}+)\s+(?:on\s+)?$/u;

/**
 * "Montreal police said Wednesday that two picketers were arrested …. The arrests were made on Tuesday night": a
 * statement's day only says when a fact was told when its paragraph dates the fact's deed earlier; the fact is the
 * event, on its own day, and the statement is its attribution.
 */
function toldOfDatedFact(candidate: StoryEvent, passage: readonly StoryEvent[], text: string): boolean {
  const [citation] = candidate.citations;
  if (candidate.precision !== 'day' || citation.dateAt === undefined) return false;
  if (!TOLD_ON.test(text.slice(Math.max(0, citation.dateAt - 40), citation.dateAt))) return false;
  // What was told, up to its first aside: "said on Tuesday it would keep the line closed … after floodwater washed
  // away a bridge early on Monday" tells a plan, the news of its day.
  const told = text
    .slice(citation.dateAt + citation.dateText.length, text.indexOf(citation.summary) + citation.summary.length)
    .split(/[,;:—–]|\b(?:after|before|when|while|because|since|as|until)\b/)[0];
  if (/\b(?:would|will|could|should|may|might|must|can|to)\b/i.test(told)) return false;
  const deeds = new Set(
    wordsOf(told)
      .map(foldWord)
      .filter(isPastAction)
      .map((word) => stemWord(word)),
  );
  return passage.some(
    (other) =>
      other.precision === 'day' &&
      other.start < candidate.start &&
      wordsOf(other.summary).some((word) => deeds.has(stemWord(foldWord(word)))),
  );
}

/**
 * One sentence's candidates with those for one day folded into the first: "after the Friday prayers yesterday" is one
 * event, cited by both phrases. Not those for one week ("Load tests in the week of 30 March …, and freight trains
 * returned … in KW 14" are two events).
 */
function oneEventPerDay(candidates: StoryEvent[]): StoryEvent[] {
  return candidates.filter((event) => {
    const first = candidates.find(
      (other) =>
        other.precision === 'day' &&
        other.precision === event.precision &&
        other.start === event.start &&
        other.expected === event.expected,
    );
    if (!first || first === event) return true;
    first.citations.push(...event.citations);
    for (const [term, keys] of event.features) first.features.set(term, keys);
    return false;
  });
}

/**
 * Every dated statement of a report, one candidate event per date phrase.
 * Captions are skipped (they date a picture), and a date that only says
 * when a source spoke ("…, a source said on Friday") yields to the
 * sentence's other dates.
 */
export function eventCandidates(
  report: StoryReport,
  find: (text: string) => NameMatch[],
  lexicon: Lexicon,
): StoryEvent[] {
  // The first day the sentence just before told of as done: what "the following day" counts from ("… will resume on
  // Monday, after the PCAA on Thursday issued clearance. The engineers had completed the checks a day earlier.").
  // A sentence with no such day between them leaves it unknown ("took effect at 12:01 a.m. Saturday. Some 48 hours later").
  let anchor: string | undefined;
  // Whether that day was itself counted from another ("The following day, …", "The day after the judgment, …"): golds
  // part on what a span of hours after it counts from ("… broke out on 20 January. The following day, … Just 48 hours
  // later, a second transformer failed" is the 22nd in one, "reached Shikarpur on 24 June. The following day, … Just 48
  // hours later" the 27th in another), so it counts from neither.
  let counted = false;
  // The day the statement just before said the quotation it ends with was spoken, which one opening the next goes on.
  let saidOn: string | undefined;
  // A report that speaks of the Orthodox church keeps its feasts: "on Christmas Eve" in a Belgrade paper is 6 January.
  // A state named ("Queensland" is AU-QLD) tells the day of a holiday its country keeps on several: the King's Birthday
  // in a Townsville report is Queensland's, in October.
  // A report that names no city or country may name its town ("the Volos port fund"): the country only it has a town
  // of that name.
  const cities = [...new Set(report.passages.flatMap((passage) => countriesNamed(passage.text, lexicon)))];
  const named =
    cities.length > 0
      ? cities
      : [...new Set(report.passages.flatMap((passage) => countriesNamed(passage.text, lexicon, true)))];
  const countries = [...new Set(named.map((code) => code.split('-')[0]))];
  const placed = calendarOf(
    lexicon.holidays,
    countries,
    named.filter((code) => code.includes('-')),
  );
  // "on New Year's Eve" in a Lanzhou report, or in one that speaks of Tet, may be the lunar year's.
  const local =
    (countries.length > 0 && countries.every((country) => LUNAR_NEW_YEAR_COUNTRIES.has(country))) ||
    report.passages.some((passage) => LUNAR_NEW_YEAR_NAMED.test(passage.text))
      ? withLunarNewYear(placed)
      : placed;
  // "on Holy Thursday" in a report that names only Greek places is the Orthodox one; beside a country of the Western
  // Easter, either church's.
  const orthodox = countries.filter((country) => lexicon.holidays.keepsOrthodoxEaster(country));
  // Captions are skipped (they date a picture); each passage is split into its statements once, for the calendar and
  // for the events.
  const body = report.passages
    .filter((passage) => !isCaptionLine(passage.text))
    .map((passage) => ({ passage, passageStatements: statementsOf(passage.text) }));
  // "Ashura, which falls on Friday, June 26 in Bangladesh": a holiday the report dates itself is that day throughout it.
  const calendar = calendarDatedBy(
    body.flatMap(({ passageStatements }) => passageStatements),
    report.published,
    report.passages.some((passage) => /\bOrthodox\b/.test(passage.text)) ||
      (orthodox.length > 0 && orthodox.length === countries.length)
      ? orthodoxCalendar(local, orthodoxChristmasOf(countries, lexicon))
      : orthodox.length > 0
        ? withoutEasterFeasts(local)
        : local,
  );
  // "on 2/11/2026" in a paper that also wrote "on 26/10/2026" is 2 November: the report's own style tells, else the
  // style of the countries it names.
  const order = figureOrderOf(report.passages.map((passage) => passage.text)) ?? figureOrderIn(named);
  // What the report has told so far, in order, for a day counted from a thing it named ("The day after the fire").
  const toldBefore: ToldBefore[] = [];
  return body.flatMap(({ passage, passageStatements }) => {
    // "Service notice — 2026-11-22 20:00 CST — … once RCMP reopen Highway 1, which is expected Monday morning": a log's
    // entry was written on the day its stamp gives, and its days count from that one.
    const toldOn = stampedOn(passage.text, report.published, order) ?? report.published;
    // Sentences are the passage's own words, trimmed, in order: each starts at the first match after the last.
    let end = 0;
    const found = passageStatements.flatMap((sentence, k, statements) => {
      const sentenceAt = passage.text.indexOf(sentence, end);
      end = sentenceAt + sentence.length;
      if (NEWSROOM.test(sentence.replace(LIVE_STAMP, ''))) {
        saidOn = undefined;
        return [];
      }
      // "on Easter Sunday, which Western churches marked …": a sentence may name the church its feast is kept by.
      const churchOf = /\b(?:Western|Catholic|Protestant)\b/.test(sentence) ? local : calendar;
      const from = counted && HOURS_LATER.test(sentence) ? undefined : anchor;
      // (What a stamped entry told as ahead is shown as awaited only if it lies ahead of the report too.)
      const read = resolveDates(sentence, toldOn, churchOf, from, order, saidOn).map((date) =>
        date.expected && toldOn !== report.published && date.start <= report.published
          ? { ...date, expected: false }
          : date,
      );
      // "The day after the fire, …": a day counted from a thing the report told of before.
      const countedFromNamed = read.length === 0 ? dayAfterNamed(sentence, toldBefore, toldOn) : undefined;
      const resolved = countedFromNamed ? [countedFromNamed] : read;
      // '"…," Dasgupta said on Friday. "Tomorrow our engineers will start …"': the day a plain attribution says a
      // quotation was spoken, when the next goes on to date what it says by it, is no event of its own (a briefing
      // it was said at is: '"…," Leung said at a briefing on Wednesday afternoon.').
      const said = saidAtEnd(sentence, resolved);
      const all =
        said &&
        QUOTED_DEICTIC.test(statements[k + 1] ?? '') &&
        PLAIN_SAYING.test(sentence.slice(Math.max(0, said.index - 60), said.index))
          ? resolved.filter((date) => date !== said)
          : resolved;
      saidOn = said?.start;
      const regionsOfAll = regionsOf(
        sentence,
        all.map((date) => date.index),
      );
      // "The driver was pulled from the cab, police said Wednesday.": a trailing attribution dates the telling,
      // not what is told, which happened before it; when it is the sentence's only date, the sentence has none, unless
      // what is told lies ahead (an announcement, below).
      // A wire's dateline ("SEOUL (KNA) -- Korail said on Tuesday …") is no clause the statement trails.
      const lead = sentence.length - withoutDateline(sentence).length;
      const clauses = clausesOf(sentence.slice(lead)).map(([start, stop]) => [start + lead, stop + lead] as const);
      // Trailing after a comma: "…, police said on Tuesday". After a dash the clause is the sentence's own ("Rotterdam,
      // 12-05-2026 – The port authority said traffic resumed on Monday").
      const trailing = (i: number) => {
        const at = clauses.findIndex(([, end]) => all[i].index < end);
        // "…, the operator confirmed this Tuesday, July 28, 2026.": a date with commas of its own runs to the end. A
        // clause after the date ("…, city hall said on Wednesday, prolonging a closure") makes it no trailing one.
        const last = clauses.length - 1;
        const end = all[i].index + all[i].text.replace(/[\s,;.]+$/, '').length;
        return (
          at > 0 &&
          (at === last || end >= clauses[last][0] || DAY_APPOSITION.test(sentence.slice(end))) &&
          /[,;]\s*$/.test(sentence.slice(clauses[at - 1][0], clauses[at][0])) &&
          isAttribution(sentence.slice(...clauses[at]))
        );
      };
      // '"The swearing-in will be tomorrow morning," Sinsua told reporters on Monday.': when what is quoted has a day of
      // its own, the attribution after it only dates the telling. A quotation with no day is the statement, dated by it.
      const quoteEnd = sentence.search(QUOTE_END);
      const toldAfterQuote = (i: number) =>
        quoteEnd >= 0 &&
        all[i].index > quoteEnd &&
        QUOTE_ATTRIBUTION.test(sentence.slice(quoteEnd + 2)) &&
        all.some((date) => date.index < quoteEnd);
      // "Speaking at the command post this afternoon, Ntshona said …": an opening participle of saying dates the telling,
      // as a trailing attribution does.
      const speaking = (i: number) =>
        /^\s*(?:Speaking|Talking|Writing|Giving evidence|Testifying)\b[^,;.]*$/.test(
          sentence.slice(lead, all[i].index),
        ) && SPOKEN_BY.test(sentence.slice(all[i].index));
      const told = all.filter(
        (_, i) => !trailing(i) && !toldAfterQuote(i) && !speaking(i) && !dateAlone(sentence, all[i]),
      );
      // A plan that fell through ("was due to resume on Monday but called it off") leaves its day unread, and that
      // day may be the one the next sentence counts from: then none is sure. Nor is one when the sentence told of
      // two days done ("arrested on Sunday, … stopped all sailings on Monday evening. … the following day").
      // Nor is a day that only dates the telling ("Giving evidence on Thursday, Blaise said …"), nor one that names a
      // thing of the past ("in memory of the fighters of the uprising of 29 March 1947").
      const namesAThing = (date: ResolvedDate) =>
        NAMED_BY_DAY.test(sentence.slice(0, date.index)) && /\b\d{4}$/.test(date.text.trim());
      // "A fortnight ago, councillors asked why a bearing passed at its last inspection, on March 18 last year, failed.
      // The following day, …": a sentence led by a longer time tells of that time; a day outside it is background.
      const opening = all.find((date) => !sentence.slice(0, date.index).trim());
      const withinOpening = (date: ResolvedDate) =>
        !opening ||
        opening.precision === 'day' ||
        (date.start >= opening.start && date.start <= periodEnd(opening.start, opening.precision));
      const toldDone = all.filter(
        (date, i) =>
          date.precision === 'day' &&
          !date.expected &&
          !trailing(i) &&
          !speaking(i) &&
          !namesAThing(date) &&
          withinOpening(date),
      );
      // "The court had adjourned on 05/01/2026 out of respect for the celebrations of 9 and 10 January. Two days
      // later, …": a day that names a thing gives way to the day of what the sentence tells.
      const plain = toldDone.filter(
        (date) => !NAMED_BY_DAY.test(sentence.slice(0, date.index).replace(LISTED_DAYS, '')),
      );
      const doneDates = plain.length > 0 ? plain : toldDone;
      // "… admitted the amparo on 18 August. The day before, the ministry had asked it to reject the case. Two days
      // later, …": a look back does not move the story on; what follows counts from the day told before it.
      // "The runway had been shut since 15 May, when cracks opened. The following Monday, …": nor does when a state
      // told in the past perfect began ("has been closed since 27 January. The following day, …" counts from it).
      // Nor does a thing named by its day, nor a state's start set off beside the deed the sentence tells ("The
      // crossing, closed since 10 August, reopened at 10am. The following day, …" counts from the reopening).
      // (A thing named, not a deed told: "after a tanker slammed into a pier on Tuesday 27 January" may date the deed.)
      const afterThing = (date: ResolvedDate) => {
        const thing = /\bafter\s+((?:the|a|an|its|their|his|her)\s+[^,;.]{0,60})$/i.exec(sentence.slice(0, date.index));
        return thing !== null && !tellsDeed(thing[1]);
      };
      const background = (date: ResolvedDate) => {
        const before = sentence.slice(0, date.index);
        const since = /\bsince\s*$/i.test(before) || /^since\b/i.test(date.text);
        const deedAfter = /^\s*,\s*(?:\w+ly\s+)?([a-z]+)\b/.exec(sentence.slice(date.index + date.text.length));
        return (
          LOOK_BACK.test(date.text.trim()) ||
          namesAThing(date) ||
          (since && (/\bhad\b[^,;.]*$/i.test(before) || (deedAfter !== null && isPastAction(deedAfter[1])))) ||
          // "… opened on 3/9, a week after the slide that killed six motorists on the night of 27/8. The following day, …":
          // the thing a deed is counted from is a look back too.
          /\b(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?)\s+after\s+(?:the|a|an)\s+[^,;.]{0,80}$/i.test(
            before,
          ) ||
          // "The weather office had issued an orange alert on Wednesday, but the water rose within minutes. The following
          // day, …": what had been done before, set against what then happened, is a look back too.
          (/\bhad\s+(?:\w+ly\s+)?(?!been\b)\p{Ll}+(?:ed|en)\b[^,;.]*$/u.test(before) &&
            /^[^.;]*?,\s*but\b/i.test(sentence.slice(date.index))) ||
          // "… sealed promotion on Sunday 29 November, a 3–2 aggregate victory after the 1–1 draw on 26 November. … The
          // following day, …": what a deed came after, beside the day of the deed.
          (afterThing(date) && doneDates.some((other) => other !== date && !afterThing(other)))
        );
      };
      // What is left once the look backs are set aside is what the next sentence counts from.
      const foreground = doneDates.filter((date) => !background(date));
      const counting = foreground.length > 0 ? foreground : doneDates;
      const done = new Set(counting.map((date) => date.start));
      const lastDone = counting.at(-1);
      // "Medina Frías, who was charged on 6 August …, rejected the ruling; two days later …": a day told in an aside,
      // when the sentence goes on to tell a deed of its own, is not that deed's, and the next counts on from neither.
      const aside = (date: ResolvedDate) => {
        const deed = /^[^,;]*,\s+(?:\w+ly\s+)?([a-z]+)\b/.exec(sentence.slice(date.index + date.text.length));
        return (
          /,\s*(?:who|which|whose)\b[^,;]*$/i.test(sentence.slice(0, date.index)) &&
          deed !== null &&
          isPastAction(deed[1])
        );
      };
      if (!(all.length > 0 && all.every(background))) {
        anchor =
          FELL_THROUGH.test(sentence) ||
          done.size !== 1 ||
          !lastDone ||
          countsOnFrom(sentence, lastDone) ||
          aside(lastDone)
            ? undefined
            : lastDone.start;
        counted =
          anchor !== undefined &&
          lastDone !== undefined &&
          (isCountedDay(lastDone.text) || lastDone === countedFromNamed);
      }
      const kept = told.filter((date) => !isAttribution(regionsOfAll[all.indexOf(date)]));
      // "Trains will not return for three weeks, ARTC said on Monday.", "Crews will stop work next week, their union said
      // on Monday.": when what is told lies ahead, the telling is news too, an announcement dated by its attribution.
      const announcement = (i: number) => {
        if (!trailing(i) || all[i].precision !== 'day' || dateAlone(sentence, all[i])) return false;
        const at = clauses.findIndex(([, end]) => all[i].index < end);
        return directionAt(sentence.slice(lead, clauses[at][0]), 0, 0) === 'future';
      };
      const announcements = all.filter((_, i) => announcement(i));
      const dates =
        kept.length > 0
          ? [...kept, ...(kept.every((other) => other.expected) ? announcements : [])].sort((a, b) => a.index - b.index)
          : told.length > 0
            ? told.slice(0, 1)
            : announcements.slice(0, 1);
      // An announcement told beside the dates of what it announces is the whole sentence, never the bare "…, their
      // union said on Monday."
      const regions = (
        dates.length === 1
          ? [sentence]
          : regionsOf(
              sentence,
              dates.map((date) => date.index),
            )
      ).map((region, i) => (announcements.includes(dates[i]) ? sentence : region));
      // "Rotterdam dockers also struck on April 21 and again from April 27": a date with no words of its own shares
      // those of the one before it.
      const featuresAt = (i: number): Map<string, string[]> => {
        const found = featuresOf(wordsAbout(sentence, regions[i], dates, i), peopleIn(regions[i], find), lexicon);
        return found.size === 0 && i > 0 ? featuresAt(i - 1) : found;
      };
      const made = dates.map((date, i): StoryEvent => {
        const summary = regions[i];
        const { text: dateText, start, precision, expected } = date;
        const crowded = dates.some((other, j) => j !== i && summary.includes(other.text));
        const subject = openingSubject(sentence, sentence.indexOf(summary), summary);
        const citation = {
          slug: report.slug,
          outlet: report.outlet,
          passageId: passage.id,
          summary,
          ...(subject && { subject }),
          dateText,
          dateAt: sentenceAt + date.index,
          published: report.published,
          crowded,
        };
        const people = peopleIn(summary, find);
        return {
          id: '',
          start,
          precision,
          summary,
          ...(subject && { subject }),
          expected,
          people,
          agents: agentsOf(sentence, date.index, find),
          citations: [{ ...citation, start, precision, expected }],
          features: featuresAt(i),
        };
      });
      // "had been due to start on Sunday, November 1, … but was pushed back to Wednesday": the day of a plan that fell
      // through is no day of the thing; the day after "but" is.
      const fellThroughAt = FELL_THROUGH.test(sentence) ? sentence.search(/\bbut\b/i) : -1;
      toldBefore.push(
        ...made
          .filter(({ citations }) => (citations[0].dateAt ?? 0) - sentenceAt > fellThroughAt)
          .map(({ start, precision, expected, summary, citations }) => ({
            start,
            precision,
            expected,
            summary,
            dateText: citations[0].dateText,
          })),
      );
      return oneEventPerDay(made);
    });
    return found.filter((candidate) => !toldOfDatedFact(candidate, found, passage.text));
  });
}
