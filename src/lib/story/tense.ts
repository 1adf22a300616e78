import { clausesOf, isAttribution } from './clauses.ts';
import { MISHAP } from './mishaps.ts';
import { WEEKDAY, WEEKDAY_CAPITALISED } from '../text/weekday-names.ts';
import { wordsOf } from '../text/words.ts';

/**
 * Which way a date phrase points, read from the verbs around it: "met on
 * Thursday" looks back, "will meet on Thursday" forward, and "said talks
 * would resume on Thursday" either way (the future of a past moment).
 */
export type Direction = 'past' | 'future' | 'either';

/** Irregular past forms that news prose uses; regular ones end in -ed. */
const IRREGULAR_PAST = new Set(
  (
    'was were had did said told met began begun held took went made came gave spoke wrote left fell won lost ran ' +
    'saw sent struck hit shot found brought sought fought thought kept led paid sold stood rose broke chose drove ' +
    'flew froze grew knew threw became drew hid lay rode rang sank shook stole swore tore woke withdrew arose beat ' +
    'bought built caught dealt fled heard laid lent lit meant spent spread stuck swept taught understood overtook ' +
    'undertook got been gone done seen known shown taken given spoken written broken chosen driven flown grown ' +
    'thrown drawn fallen forgotten ridden risen sunk stolen sworn torn woken withdrawn withheld upheld forbade ' +
    'forgave foresaw foretold mistook misled overcame overrode oversaw overthrew rebuilt remade rewrote underwent ' +
    'bent bled bred clung crept dug fed felt fought flung hung knelt leapt sprang strode strove swam swung wept wrung ' +
    'slept sat ate eaten drank sang sung swum slid spun stung sprung shrank shrunk stank forgot hidden bitten shone ' +
    'woven wove slung strung burnt learnt spilt spoilt dreamt sped rung blew blown burst'
  ).split(' '),
);

/** Words ending in -ed that are not verbs in the past. */
const NOT_PAST = new Set([
  'need',
  'speed',
  'seed',
  'bed',
  'red',
  'shed',
  'feed',
  'hundred',
  // Compound nouns: "an audit of every riverbed extraction site".
  'riverbed',
  'seabed',
  'streambed',
  'lakebed',
  'roadbed',
  'trackbed',
  'seedbed',
  'flowerbed',
  'hotbed',
  'watershed',
  'cowshed',
  'woodshed',
  'linseed',
  'rapeseed',
  'united',
  'proceed',
  // Adjectives in -ed: "the Almaty specialised inter-district criminal court".
  'specialised',
  'specialized',
  'skilled',
  'experienced',
  'qualified',
  'limited',
  'detailed',
  'sophisticated',
  'dedicated',
]);

/**
 * Auxiliaries and phrases that put what follows in the future ("next" not as a thing's own: "approved next year's budget
 * on Tuesday").
 */
const FUTURE =
  /\b(?:will|shall|wo|'ll|going to|gonna|next(?!\s+[a-z]+['’]s\b)|upcoming|tomorrow|let's|let us|must(?! have)|(?:has|have|needs?) to)\b/i;
/** The participles of a plan in the present ("is scheduled", "is still pencilled in"), shared by the readers below. */
export const PLAN_WORDS = String.raw`due|set|expected|scheduled|slated|billed|targeted|targetted|pencill?ed\s+in|poised|planned`;
/** A plan set off beside its thing, before its day: ", scheduled to open ". */
const PLAN_BESIDE = new RegExp(String.raw`,\s+(?:${PLAN_WORDS})\s+to\s+[a-z]+(?:\s+[^,;.]{1,30})?\s+$`, 'i');
/**
 * A plan stated in the present: "is due to", "are set to", "is expected on", "plans to", "is scheduled for", "plan a
 * farewell gathering on Saturday", "are for trial on the 22nd of June"; not a change under way ("The collapse on 4 August is
 * turning into a test case").
 */
const PLANNED = new RegExp(
  String.raw`\b(?:is|are|am|be|(?:it|he|she|that|there|what|who)'s|'re|remains?)\s+(?:(?:now|still|already|also|currently)\s+)?(?:(?:${PLAN_WORDS}|planning|preparing|going|likely|ready\s+to|to)\b|(?!(?:becoming|turning|proving|growing|getting|looking|seeming|shaping)\b)\w+ing\b)|\b(?:plans?|intends?|aims?|hopes?|wants?|expects?|seeks?|vows?|promises?|pledges?|threatens?|prepares?)\s+to\b|(?<!\b(?:the|a|an|its|their|his|her|our|this|that|whose)\s)\bplans?\s+(?:an?|another)\s|\b(?:expects|anticipates|forecasts|predicts|projects)\b|\b(?:wants|proposes|seeks|requests|demands)\s+(?:a|an|the|another|its|their)\s|\b(?:is|are)\s+(?:\w+\s+)?(?:up\s+)?for\s+(?:trial|sentencing|sentence|a\s+hearing|mention)\b|\b(?:expect|anticipate|predict|forecast)s?\s+(?:\S+\s+){1,3}?to\b`,
  'i',
);
/** A plan stated in the past ("would", "was due to", "hoped talks would"): its date may lie either side of publication. */
const PLANNED_IN_PAST =
  /\b(?:expected|anticipated|predicted)(?:\s+(?:in|on|by|for|at))?\s*$|\bforecast\s+(?:in|by|for|at)\s*$|(?<!\b(?:its|their|his|her|our|the|a|an|this|that)\s+(?:[a-z-]+\s+)?)\bforecast(?:\s+on)?\s*$|\b(?:would|could(?!(?:n['’]t|\s+not)?\s+(?:smell|hear|taste|sense|tell)\b)|might|should)(?:n['’]t)?\b|\b(?:promised|pledged|vowed)\s+(?:a|an|the|its|their|new|fresh|extra|more|additional|further)\s|\b(?:was|were)\s+(?:due|set|expected|scheduled|slated|poised|planned|planning|preparing|going|likely|supposed|ready\s+to|to)\b|\b(?:planned|intended|aimed|hoped|wanted|expected|sought|vowed|promised|pledged|threatened|prepared|agreed|decided|voted|opted|chose|resolved)\s+(?:(?!\d)\w+\s+){0,2}?to\b|\bbooked\s+to\s+(?:sail|fly|travel|leave|depart|return|attend|perform|play|speak|stay|go|board|visit|cross|see)\b|\b(?:ordered|told|asked|urged|directed|instructed|invited|summoned|called on|asking|urging|ordering|telling|directing|instructing|inviting|calling on)\s+(?!to\b)\w+(?:\s+\w+){0,2}\s+to\b|(?<!\b(?:began|begun|started|continued|ceased|stopped|came|seemed|appeared|proved|had|has|have|was|were)\s)\bto be\b/i;

/**
 * "The by-election takes place on 25 June", "the trial opens on Monday", "The Regional Council votes on Thursday on a
 * fund", "Primary schools … reopen on Monday", "tenders
 * … close on Friday", "The hearing continues on Monday", "On Sunday, the passenger harbour hosts a free concert", "The
 * owner … goes on trial on 3 June", "withdrew it before shareholders vote on Friday": a schedule told in the present;
 * not a habit ("the fireworks that usually close out Pioneer Day"), nor a word of nearness ("for close to six hours"), nor
 * a gathering's name ("hosted its first analyst meet in Mumbai on Tuesday").
 */
const SCHEDULED_PRESENT =
  /\b(?:takes place|(?<!\bto\s)take place|goes\s+on\s+trial|stands\s+trial|begins|starts|opens|closes|ends|finishes|concludes|hosts(?=\s+(?:a|an|the|its|their|his|her)\s)|continues(?!\s+to\b)|resumes|reopens|expires|lapses|runs\s+out|meets|sits|hears|debates|convenes|comes? into force|introduces|takes effect|(?<!\bto\s)take effect|takes office|(?<!\bto\s)take office|goes live|kicks off|goes ahead|gets under\s?way|heads into|comes up (?:for|before)|(?:go|goes|head|heads)\s+to\s+the\s+polls|(?:reports|publishes)\s+(?:results|earnings|figures|findings)|(?:before|until|till|once|when)\s+(?:the\s+)?[a-z]+s\s+(?:vote|decide|rule|gather|return|arrive)(?=\s+on\b|\s*$))\b|(?<!\b(?:did|didn['’]t|not|never|to|had|have|has|will|would|could|can|may|might|must|should|the|a|an|its|their|usually|normally|often|always|typically|traditionally|for|of|at|so|too|very|as|quite|stayed|remained|kept|was|were|been|left)\s)(\b(?:reopen|resume|begin|(?<!\b(?:analyst|investor|athletics|track|swim(?:ming)?|press|media|alumni|sports?|school|club)\s)meet)|\b(?:open|close|start|end|finish))(?=\s+(?:on|from)\b|\s*$)/gi;
/** "Jordan marks Independence Day on Monday", "On Wednesday we celebrate Union Day": a feast kept, told in the present. */
const FEAST_KEPT =
  /(?<!\b(?:to|and|or|not|did|will|would|could|can|may|might|must|should|who|that|which)\s)\b(?:marks?|celebrates?|observes?|commemorates?)\s+(?:(?:the|its|their|our)\s+)?\p{Lu}/u;
/**
 * Whether a stretch ends on a feast kept, told in the present, before its day: "Malawi celebrates Independence Day".
 */
export const feastKeptBefore = (stretch: string) =>
  new RegExp(String.raw`${FEAST_KEPT.source}[\p{L}'’ -]{0,60}\s+$`, 'u').test(stretch.replace(/\bon\s+$/i, ''));
/**
 * "Kenya votes on Tuesday", "The Supreme Court rules on Friday", "the city votes on Sunday": a vote or a ruling to come,
 * after a name or a body that decides (not "violations of industrial safety rules on Saturday").
 */
const DECIDES_PRESENT =
  /(?<=(?:\b(?:court|council|board|judges?|committee|parliament|panel|tribunal|jury|assembly|senate|house|cabinet|commission|congress|legislature|chamber|bench|regulator|authority|government|voters|shareholders|members|delegates|union|federation|city|town|canton|state|country|nation|residents|citizens|electorate)|\p{Lu}[\p{L}'’.-]*)\s)(?:votes|rules|decides)(?=\s+on\b|\s*$)/u;
/** A schedule in the present, whose bare verb is in lower case: not a name ("over South End on Good Friday"). */
const scheduledPresent = (words: string) =>
  DECIDES_PRESENT.test(words) ||
  // ("A teacher who celebrates Diwali was beaten on Saturday": a verb in the past after it tells the time.)
  (FEAST_KEPT.test(words) && !/\b(?:was|were|had)\b/i.test(words.slice(FEAST_KEPT.exec(words)?.index ?? 0))) ||
  [...words.matchAll(SCHEDULED_PRESENT)].some(([, bare]) => bare === undefined || bare === bare.toLowerCase());

/** "flights may resume", "talks can start": the modal, in lower case (not the month), looks forward. */
const MAY = /\b(?:may|can)\s+(?!have\b|not have\b)[a-z]+/;

/** Verbs that undo ("unveiled a plan"): other words of "un" and "-ed" are adjectives ("with the programme unaffected"). */
const UNDOING =
  /^un(?:veil|leash|lock|load|pack|plug|fold|earth|cover|block|seal|seat|ravel|ravell|furl|mask|clog|nerv|ti|zipp|wrapp|screw|hook|latch|bolt|ioni[sz]|ifi)ed$/;

/** A verb in the past that says what was done ("ran", "destroyed"), not an auxiliary or a verb of saying. */
export const isPastAction = (word: string) =>
  !/^(?:was|were|had|did|been|said|told)$/.test(word) &&
  (!/^un(?!der)[a-z]{3,}ed$/.test(word) || UNDOING.test(word)) &&
  (IRREGULAR_PAST.has(word) || (/[a-z]{2,}ed$/.test(word) && !NOT_PAST.has(word.slice(0, -2)) && !NOT_PAST.has(word)));

/** Whether a stretch of words tells a deed done: "1,250 ha treated" does, "Combani reservoir at 11%" does not. */
export const tellsDeed = (text: string) => wordsOf(text).some((word) => isPastAction(word.toLowerCase()));

const LAST_TIME = new RegExp(
  String.raw`^(?:week|weekend|month|year|night|time|season|summer|winter|spring|autumn|fall|quarter|${WEEKDAY}|january|february|march|april|may|june|july|august|september|october|november|december)$`,
);

/** "last week", "last October": a time of its own clause. */
const LAST_TIME_PHRASE = new RegExp(`\\blast\\s+(${LAST_TIME.source.slice(4, -2)})\\b`, 'gi');

/** Participles spelt as their present ("has shut", "have cut"): after "has" or "have", done. */
const HAS_DONE =
  /^(?:shut|cut|set|put|hit|let|quit|spread|hurt|cost|read|split|cast|burst|shed|upset|run|come|become|overrun)$/;

const isPast = (word: string) =>
  isPastAction(word) || /^(?:was|were|had|did|been|said|told|has|have|ago|earlier|previously|last)$/.test(word);

/**
 * The verb signal of one stretch of words, if any. After the date phrase
 * the first verb governs it: in "on Monday he decided to act" the
 * deciding was on Monday, so a past verb there outranks the plan it opens.
 */
function signalOf(words: string, afterPhrase = false): Direction | undefined {
  const written = words.match(/[a-z']+/gi) ?? [];
  const tokens = written.map((token) => token.toLowerCase());
  // "will meet the family of Mohammed on Friday": a capital inside the stretch starts a name, no verb in "-ed" (in a
  // headline's capitals, "Port Reopened on Friday", it is the verb).
  const headline = written.filter((token) => /^[A-Z]/.test(token)).length * 2 > written.length;
  const named = (i: number) => i > 0 && !headline && /^[A-Z][a-z]+ed$/.test(written[i]);
  // "last" tells of the past before a time ("last week"), not before a thing ("the employers' last offer"); "has" and
  // "have" only before what was done ("has filed", "has been"), not when they own something ("has until 22 May").
  const past = tokens.findIndex((token, i) => {
    if (named(i)) return false;
    const [next, then] = [tokens[i + 1] ?? '', tokens[i + 2] ?? ''];
    // ("will run for the last time on Sunday": the final time, not the time gone by.)
    if (token === 'last') return LAST_TIME.test(next) && !(next === 'time' && tokens[i - 1] === 'the');
    // "you could smell it on the deck by Saturday": what one could perceive is told of as done, not planned.
    if (token === 'could') return /^(?:smell|hear|taste|sense|tell)$/.test(next);
    // "Line 2 ground to a halt on Monday": the verb, not the noun ("on the ground").
    if (token === 'ground') return next === 'to' && then === 'a';
    if (token === 'has' || token === 'have')
      return next === 'been' || HAS_DONE.test(next) || isPastAction(next) || (/ly$/.test(next) && isPastAction(then));
    return isPast(token);
  });
  const plannedInPast = PLANNED_IN_PAST.exec(words);
  // After the phrase the first verb governs: "asked the Prime Minister whether ministers would …" is past.
  const pastFirst =
    plannedInPast !== null && past >= 0 && past < (words.slice(0, plannedInPast.index).match(/[a-z']+/gi) ?? []).length;
  // "on St Andrew's Day it will release a bottling called Ember": a future before the first past governs.
  const futureAt = tokens.findIndex((token) => /^(?:will|shall|wo)$/.test(token));
  if (afterPhrase && futureAt >= 0 && (past < 0 || futureAt < past)) return 'future';
  if (afterPhrase && past >= 0 && (!plannedInPast || pastFirst || /^\w+ed\b/i.test(plannedInPast[0]))) return 'past';
  if (plannedInPast) return 'either';
  if (FUTURE.test(words) || PLANNED.test(words) || MAY.test(words) || scheduledPresent(words)) return 'future';
  return past >= 0 ? 'past' : undefined;
}

/** A verb in the present: "still stands", "are not back", "remains". */
const PRESENT_VERB = /\b(?:is|are|am|remains?|stands?|stays?)\b/i;

/** A gerund after "after" up to a date phrase in its clause: "after finding the memory-card error late ". */
const AFTER_GERUND = /\b(?:after|following)\s+(?:\w+ly\s+)?(?!during\b|morning\b|evening\b)[a-z]{2,}ing\b[^,;.:]*$/i;

/**
 * Clause boundaries for finding a date phrase's verb: punctuation, and the words that open a new clause. "since" before a
 * time is a preposition ("overtime worked since last October").
 */
const CLAUSE_BREAK =
  /,["”’]?\s(?![\p{L}'’-]+\s+(?:and|or)\s)|[;:]["”’]?\s|\s(?:--|—|–)\s|\s(?=(?:that|after|before|when|while|because|as|and|but|who|which|whether|why)\s|since\s(?!(?:last|early|late|mid|the\s+(?:start|beginning|end)\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)))/giu;

/** A phrase that opens on a weekday: "Monday", "on Friday night". */
const ON_WEEKDAY_FIRST = new RegExp(String.raw`^(?:on\s+)?${WEEKDAY}\b`, 'i');
/**
 * The direction a date phrase at [start, end) of a sentence points: its
 * verbs' reading, unless an instruction still to carry out governs it.
 */
export function directionAt(sentence: string, start: number, end: number): Direction | undefined {
  // '"From Monday, not one box moves," the union told journalists': the verb of saying outside a quotation dates the
  // saying, not what is quoted, which is read by its own words alone.
  const quote = quotationAround(sentence, start, end);
  if (quote) return directionAt(sentence.slice(...quote), start - quote[0], end - quote[0]);
  // "the only honest response on Ash Wednesday, when this whole city is taking stock": a clause that says what the day
  // is like tells nothing of when it falls (one that says what will happen then does).
  // ("Another blasting window has been notified for Saturday night, when the road will be shut": that one is ahead.)
  const describing = /^\s*,\s*when\s+[^.;,"”]*/i.exec(sentence.slice(end));
  if (describing && !/\b(?:will|would|shall|is\s+to|are\s+to|was|were|had|did)\b|\w+ed\b/i.test(describing[0]))
    return directionAt(sentence.slice(0, end) + sentence.slice(end + describing[0].length), start, end);
  // (Not a saying in it: "The strike began on Monday, when the union said it will stay out".)
  if (
    describing &&
    /^\s*,\s*when\s+(?:(?!(?:said|says|told|announced|warned|added)\b)[\p{L}'’-]+\s+){1,4}(?:will|shall)\b/iu.test(
      describing[0],
    )
  )
    return 'future';
  // "the city will have all rides of a comparable design checked by independent experts on Monday": what is to be done
  // at someone's bidding is ahead, its participle no past.
  if (
    /\b(?:will|shall)\s+have\s+(?!been\b)(?:all|the|its|their|every|each|both)\s[^,;.]{1,80}?\s\p{Ll}+(?:ed|en)\s+(?:by\s+[^,;.]{1,60}?\s+)?(?:(?:on|by|before|from)\s+)?$/u.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "She said she expected a report in January": what was awaited may lie either side (not one the sentence says came:
  // "expected a ruling in January, but it came in March").
  if (
    /\b(?:expected|anticipated|predicted|awaited)\s+(?:a|an|the|its|their|his|her|further|more|new|fresh)\s+(?:[a-z-]+\s+){0,3}?(?:in|on|by|before|within)\s+$/i.test(
      `${sentence.slice(0, start)}${/^(?:in|on|by|before|within)\s/i.test(sentence.slice(start, end)) ? sentence.slice(start, end).split(/\s/)[0] + ' ' : ''}`,
    ) &&
    !/^[^.;]*\b(?:but|and)\b[^.;]*\b(?:came|arrived|happened|landed|emerged|appeared|was\s+(?:issued|delivered|published|released))\b/i.test(
      sentence.slice(end),
    )
  )
    return 'either';
  // "We have proposed Presidents Day, Feb. 15, as the make-up day": a day put forward for a thing may lie either side.
  if (
    /\b(?:proposed|suggested|chose|chosen|picked|named|designated|offered)\s+(?:\p{Lu}[\p{L}'’]*[\s,]+){0,3}$/u.test(
      sentence.slice(0, start),
    ) &&
    /^[^.;]{0,12}?,?\s+as\s+(?:the|a|an|its|our|their)\s+(?:new\s+)?[\p{L}-]+\s+(?:day|date)\b/u.test(
      sentence.slice(end),
    )
  )
    return 'either';
  // "had been due to end on November 30, but the ceremony is now on Thursday": a thing that is now on a day is kept
  // then (not "made what is now the last scheduled crossing on Wednesday").
  if (
    /\b(?:is|are)\s+now\s+(?:on\s+)?$/i.test(
      `${sentence.slice(0, start)}${/^on\s/i.test(sentence.slice(start, end)) ? 'on ' : ''}`,
    )
  )
    return 'future';
  // "the retrial was fixed for 8 March, with a pre-trial review on 5 February": what is set beside a fixture is set
  // ahead with it.
  if (
    /\b(?:fixed|set|scheduled|listed|booked|timetabled)\s+(?:[^,;.]{1,40}?\s+)?(?:for|to)\s+[^,;.]{1,40},\s*with\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,3}(?:on|for)\s+$/iu.test(
      `${sentence.slice(0, start)}${/^(?:on|for)\s/i.test(sentence.slice(start, end)) ? sentence.slice(start, end).split(/\s/)[0] + ' ' : ''}`,
    )
  )
    return 'future';
  // "ordered a replacement foam tender, due in June, to replace", "The retrial, listed for 8 March, will have a new
  // jury": a thing set beside its due day is awaited (unless the
  // verb after tells it has been: "a scheduled inspection, due in July, did not take place", "The audit, due in May,
  // found no irregularities").
  const verbAfter = /^\s*,\s*(?:never\s+|\w+ly\s+)?([a-z]+)/.exec(sentence.slice(end))?.[1] ?? '';
  if (
    (/,\s*(?:(?:now|still|also)\s+)?due\s+(?:back\s+)?(?:in|on|by|before)\s+$/i.test(sentence.slice(0, start)) ||
      /,\s*(?:(?:now|still|also)\s+)?(?:listed|scheduled|fixed|slated|set|booked|pencill?ed\s+in)\s+for\s+$/i.test(
        `${sentence.slice(0, start)}${/^for\s/i.test(sentence.slice(start, end)) ? 'for ' : ''}`,
      )) &&
    !isPast(verbAfter)
  )
    return 'future';
  // 'Speaking to Indus News on Monday night, he said: "We will gather tomorrow"': outside a quotation, what is quoted
  // says nothing of when the phrase's clause happened.
  const unquoted = sentence.replace(QUOTED, (quoted, at: number) =>
    at < end && start < at + quoted.length ? quoted : `${quoted[0]}${' '.repeat(quoted.length - 2)}${quoted.at(-1)}`,
  );
  // "The debate was scheduled on Monday by the Assembly's standing committee": a passive with its agent tells when the
  // thing was done to the plan, not the day planned.
  if (
    /\b(?:was|were)\s+(?:\w+ly\s+)?(?:scheduled|set|planned|fixed|arranged|called|announced)\s+$/i.test(
      sentence.slice(0, start).replace(/\bon\s+$/i, ''),
    ) &&
    /^\s*,?\s*by\s+(?:the|a|an|its|their|his|her|\p{Lu})/u.test(sentence.slice(end))
  )
    return 'past';
  // "The inquiry ordered by the collector on Tuesday is due to report": a deed a participle and its agent tell has been
  // done, whatever the sentence goes on to plan.
  if (
    (/^on\s/i.test(sentence.slice(start, end)) || /\bon\s+$/i.test(sentence.slice(0, start))) &&
    /\b(?:ordered|commissioned|appointed|set\s+up|launched|issued|signed|imposed|filed|published)\s+by\s+(?:the\s+)?(?:(?!(?:from|until|till|in|at|to|for)\b)[\p{L}'’-]+\s+){1,4}$/iu.test(
      sentence.slice(0, start).replace(/\bon\s+$/i, ''),
    ) &&
    !/\b(?:will|would|is\s+to|are\s+to)\s+be\s+(?:\w+\s+){0,2}$/i.test(sentence.slice(0, start)) &&
    !/^\s*,?\s*(?:will|would|could|shall|may|might)\b/i.test(sentence.slice(end))
  )
    return 'past';
  // "The 11 workers charged after the violent picket in the first week of August are due back in court": what a deed
  // done followed was before it, whatever the sentence goes on to plan.
  if (
    /(?<!\b(?:will|would|to|be|been|being|is|are|was|were|shall|must|may|might|can|could|should)\s+)\b\p{Ll}+ed\s+(?:after|following)\s+(?:the|a|an|its|their|his|her|last)\s+(?:[\p{L}-]+\s+){1,3}(?:in|on|at|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|final)\s+(?:week|weekend|days?|half|fortnight)\s+of\s+)?$/u.test(
      `${sentence.slice(0, start)}${/^(?:on|in|at|during)\s/i.test(sentence.slice(start, end)) ? 'on ' : ''}`,
    )
  )
    return 'past';
  // "have agreed to split the cost of a rock barrier, after a meeting at the ministry on Monday": what a deed that has
  // been done followed came before it (a gathering; not "after a public consultation closes on Friday").
  if (
    AFTER_GATHERING_DONE.test(
      `${sentence.slice(0, start)}${/^(?:on|in|at)\s/i.test(sentence.slice(start, end)) ? 'on ' : ''}`,
    )
  )
    return 'past';
  // "The board voted on Friday to recount every ballot after finding the error late Thursday": what a deed done came
  // after, told by a gerund, was done before it (not "will recount after finding …").
  const gerund = AFTER_GERUND.exec(sentence.slice(0, start));
  if (gerund) {
    const main = sentence.slice(0, gerund.index);
    if (
      !/\b(?:will|would|shall|wo|'ll|is|are|am|be|going\s+to|plans?\s+to)\b/i.test(main) &&
      (main.match(/[a-z]+/g) ?? []).some((word) => isPastAction(word))
    )
      return 'past';
  }
  // "the full judgment and the Advocate General's Opinion of 12 February", "the decree of 3 March": a paper named by its
  // date has been issued.
  if (
    /\b(?:opinion|judge?ment|ruling|order|decree|decision|letter|circular|resolution|communiqu[ée]|memorandum|minutes|law|act)\s+of\s+$/i.test(
      `${sentence.slice(0, start)}${/^of\s/i.test(sentence.slice(start, end)) ? 'of ' : ''}`,
    ) &&
    /^(?:of\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}|^(?:of\s+)?\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b/u.test(
      sentence.slice(start, end),
    )
  )
    return 'past';
  // "The changes follow a decision on Wednesday to move …", "The walkout comes after talks on Tuesday broke down": what
  // a thing told in the present follows has been.
  if (
    new RegExp(
      String.raw`(?<!\b(?:will|would|to|may|might|could|shall|should|must|can)\s+)\b(?:follows?|comes?\s+(?:(?:a|one|two|three|just|only)\s+(?:days?|weeks?)\s+)?after)\s+(?:a|an|the|its|their|last\s+\p{L}+['’]s)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${GATHERING}|decision|ruling|verdict|judgment|judgement|announcement|order)\s+(?:on|at)\s+$`,
      'iu',
    ).test(`${sentence.slice(0, start)}${/^(?:on|at)\s/i.test(sentence.slice(start, end)) ? 'on ' : ''}`) &&
    // (Not one still to be made: "follow a decision on Wednesday to be taken by the board".)
    !/^\s+to\s+be\b/i.test(sentence.slice(end))
  )
    return 'past';
  // "the wilaya plans its fireworks display from the belvedere at 22:00 on Sunday": what a subject plans is ahead (not
  // "the plans their union drafted on Monday", nor "plans its appeal against the ban imposed on Monday").
  if (
    /(?<!\b(?:the|a|an|its|their|his|her|our|this|that|whose|these|those|new)\s+)\bplans\s+(?:its|their|his|her)\s+(?:(?!\b(?:that|which|who|when|after|since|by)\b|\b[a-z]+ed\b)[^,;.]){1,80}$/i.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // '"She gave me her word: Wednesday, without fail"': the day a word given names is ahead of the giving.
  if (
    /\b(?:gave|given|giving|give|gives)\s+(?:me|us|them|him|her|you)\s+(?:her|his|their|my|our|its)\s+word\s*:\s*$/i.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "reporting cancellations for the rest of the season after the float fire in the Plaza de Armas on Good Friday":
  // what a mishap came before has happened, and so has the mishap.
  if (
    new RegExp(
      String.raw`\b(?:after|since|following)\s+(?:the|a|an|last\s+\p{L}+['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${MISHAP})(?=\s+(?:in|on|at|of|near|outside|inside|aboard)\b)[^,;.]{0,60}?\s+(?:on|in|at)\s+$`,
      'iu',
    ).test(sentence.slice(0, start))
  )
    return 'past';
  // "it should be weaker than on Tuesday": a day a thing is compared with has been.
  // (Not in a forecast of its own: "Turnout is expected to be higher on Saturday than on Sunday".)
  if (
    /\bthan\s+(?:(?:it|they|he|she)\s+(?:was|were|did)\s+)?$/i.test(
      sentence.slice(0, start).replace(/\bon\s+$/i, ''),
    ) &&
    !/\b(?:will|expected|going\s+to|forecast)\b/i.test(
      sentence
        .slice(0, start)
        .split(/,\s*but\b|;/)
        .pop() ?? '',
    ) &&
    ON_WEEKDAY_FIRST.test(sentence.slice(start, end))
  )
    return 'past';
  // "Regular readers will remember the evening of 30 June": what is remembered has been, whenever it is remembered.
  if (
    /\b(?:remember(?:s|ed|ing)?|recall(?:s|ed|ing)?)\s+(?:(?:the|that)\s+)?(?:(?:night|evening|morning|afternoon|day|weekend|week)\s+of\s+)?$/i.test(
      sentence.slice(0, start),
    )
  )
    return 'past';
  // "The operator now names 15 December as the target for reopening": a target is ahead.
  // (Set in the past, "where the ministry set St Andrew's Day as the deadline", it may have come and gone.)
  if (/^\s+as\s+(?:the|its|a|their)\s+(?:new\s+)?(?:target|deadline|goal)\b/i.test(sentence.slice(end)))
    return /\b(?:set|named|fixed|chose|picked|gave)\s+$/i.test(sentence.slice(0, start)) ? 'either' : 'future';
  // "…, and the government's deadline for the emergency stabilisation is November 30": a deadline that stands is ahead,
  // whatever the clauses before it did.
  if (
    /\b(?:deadline|target\s+date|due\s+date|cut-?off\s+date)\s+(?:for\s+[^,;.]{1,60}?\s+)?(?:is|remains|stays)\s+(?:now\s+|still\s+)?(?:on\s+)?$/i.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "a dialogue table has been convened for Thursday", "The Regional Court has set a first hearing in the contractor's
  // suit against the city for 22 September": what has been set for a day has not yet been held.
  if (
    /\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?(?:convened|called|set(?!\s+aside)|scheduled|fixed|planned|arranged|organi[sz]ed|booked|slated|listed)\s+(?:[^,.;:]{0,60}\s)?for\s+$/i.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "The decision at Tuesday night's council meeting means ratepayers will carry the cost": a decision whose
  // consequences are told has been taken.
  if (
    /^\s*(?:The|This|That)\s+(?:decision|vote|ruling|verdict|outcome|result|approval|resolution)\s+(?:at|of|in|from)\s+$/i.test(
      sentence.slice(0, start),
    ) &&
    /^['’]s\s+[^,;.]{0,60}?\s(?:means|leaves|puts|ends|clears|opens|paves)\b/i.test(sentence.slice(end))
  )
    return 'past';
  // "issued a forecast Wednesday morning calling for a crest of 33.5 feet on Sunday": what a forecast calls for is
  // ahead of it. "short of the 33.5 feet forecast on Wednesday": a figure forecast on a day was forecast then.
  if (
    /\b(?:forecast|forecasts|outlook|warning)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:calling\s+for|predicting|projecting)\s+(?:a|an)\s+(?:[\p{L}\d.,'’-]+\s+){0,6}?(?:on|by|for)?\s*$/iu.test(
      sentence.slice(0, start),
    ) &&
    !/\bhad\b/i.test(sentence.slice(0, start))
  )
    return 'future';
  if (
    /^on\s/i.test(sentence.slice(start, end)) &&
    /\bthe\s+[\d#][\d#.,]*\s*\p{L}{0,8}\s+(?:forecast|predicted|projected)\s+$/u.test(sentence.slice(0, start)) &&
    !/^\s*,?\s*(?:could|would|will|may|might|is|are)\b/.test(sentence.slice(end))
  )
    return 'past';
  // "The opening has been timed to coincide with Friday's celebrations": what a plan is fitted to is ahead of it.
  const fitted =
    /\b(has\s+been|have\s+been|is|are|was|were)\s+(?:\w+ly\s+)?(?:timed|scheduled|set|planned|arranged)\s+to\s+coincide\s+with\s+(?:the\s+)?$/i.exec(
      sentence.slice(0, start),
    );
  if (fitted) return /^(?:was|were)$/i.test(fitted[1]) ? 'either' : 'future';
  // "took note of the programme of the celebrations of the Proclamation of the Republic, on 28 November": the day of
  // celebrations prepared for is the nearest, whenever the preparing was told.
  if (
    /\b(?:programme|program|preparations?|plans?|arrangements?)\s+(?:of|for)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:celebrations?|festivities|commemorations?|ceremon(?:y|ies))(?:\s+(?:of|for)\s+[^.;,]{1,50})?,?\s+(?:on\s+)?$/iu.test(
      sentence.slice(0, start),
    )
  )
    return 'either';
  // "posted the matter for further hearing on November 17": the day a court sets a matter down for is the nearest
  // such, either side of the report, whenever it was set.
  if (
    /\b(?:posted|listed|kept)\s+(?:the\s+)?(?:matter|case|petition|plea|appeal|suit)\s+for\s+(?:further\s+|final\s+|next\s+)?(?:hearing|orders|arguments|consideration)\s+$/i.test(
      sentence.slice(0, start).replace(/\bon\s+$/i, ''),
    )
  )
    return 'either';
  // "With Diwali on Sunday, traffic police have closed the markets": an occasion set beside the sentence's opening is
  // the nearest such day.
  if (/^\s*With\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:on\s+)?$/u.test(sentence.slice(0, start)))
    return 'either';
  // "the St Olav Festival, which peaks with Olsok … on Wednesday", "the fair, which opens on Friday", "the Swedish
  // Assembly of Finland, which holds its Svenska dagen seminar in Vaasa on 6 November": a thing's
  // schedule, told in the present, is ahead.
  if (
    /\b(?:which|that)\s+(?:peaks|culminates|climaxes|ends|closes|opens|starts|begins|finishes|holds|hosts|stages)\b[^.;]{0,60}$/i.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "Fiesta San Antonio, which runs through Sunday", "…HYDROLOGIC ADVISORY … IN EFFECT UNTIL 9 PM MDT FRIDAY…": the end
  // of what runs or holds now is ahead, whatever the sentence did (not "was in effect until Friday"). (The date reader
  // writes "lasts" as "holds".)
  if (
    /(?:\b(?:runs|lasts|holds|continues|goes\s+on|stays\s+open|remains\s+open)|(?<!\b(?:was|were|had\s+been)\s+)\bin\s+(?:effect|force))\s+(?:through|thru|until|till)\s+(?:[#\d]{1,2}(?:[:.][#\d]{2})?\s*[ap]\.?m\.?\s+(?:[A-Z]{2,4}\s+)?)?$/i.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "said loading could restart as early as Friday": the soonest a thing may come is ahead (not "warned officials as
  // early as October 22").
  if (
    /\b(?:could|may|might|will|would|can)\b[^.;,]{0,60}\bas\s+(?:early|soon)\s+as\s+$/i.test(sentence.slice(0, start))
  )
    return 'future';
  // "Now they tell us we're done in August": a state a speaker will be in by a time is ahead.
  if (
    /\b(?:we|they|you|I|it|he|she)(?:['’]re|['’]s|\s+are|\s+is|\s+am)\s+(?:done|finished|through|gone)\s+(?:in|by)\s+$/i.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "further sailings have been held back until Friday": the end of a state that still holds is ahead.
  if (
    /\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ut|et)\b[^,.;:]{0,60}\s(?:until|till)\s+$/i.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "Laju Rel has also promised extended operating hours on Thaipusam", "promises a fully enclosed conveyor by the end
  // of January": a promise made by now is of what is to come; its own day would not be told in the perfect. (Not a
  // question it promises to ask: "have promised to ask why the letter the municipality sent in August went
  // unanswered".)
  if (
    /(?:\b(?:has|have)\s+(?:(?:also|now|already|since|\w+ly)\s+)?(?:promised|pledged|vowed|guaranteed)|(?<!\b(?:the|its|their|his|her|our|of)\s+|['’]s\s+)\b(?:promises|pledges|vows))\b(?:(?!\b(?:that|which|who|when|why|whether|how|after|before|since|because)\b)[^,;.:])*$/i.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "met fishermen … and promised replacement engines before the Virgin of Guadalupe festivities on Dec. 12": what a
  // promise made some day was of is after it, so the nearest such day, either side of the report.
  if (
    /\bpromised\s+(?!(?:on|last|this|yesterday|today|that|to)\b)(?:[\p{L}'’-]+\s+){1,4}?(?:by|before|on|in|for|until)\s+(?:(?!\b(?:that|which|who|when|after|since|because|by)\b|\b\p{Ll}+ed\b|\bhit\b)[^,;.:]){0,50}$/iu.test(
      sentence.slice(0, start),
    )
  )
    return 'either';
  // "Hotels have been fully booked for weeks for San Juan on the 24th": what a thing is booked for is ahead.
  if (
    /\b(?:is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:booked|sold\s+out|reserved)\b[^,;.]{0,40}\bfor\s+(?:the\s+)?\p{Lu}[\p{L}'’ -]*\s+(?:on\s+)?$/u.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "forcing the prefecture to abandon its plan to reopen the road on Autumnal Equinox Day", "ceremonies in Kalemie,
  // set for Saturday, had been canceled", "it had cancelled its Advent Procession on Sunday": a plan given up may have
  // been for either side of the report.
  if (
    planGivenUpBefore(sentence.slice(0, start)) ||
    planSetThenGivenUp(sentence.slice(0, start), sentence.slice(end), true)
  )
    return 'either';
  // "SSF pledged to pay all outstanding sums … and to open buying for the new campaign in November": an infinitive
  // joined to a pledge or a plan is of what was pledged, either side of the report.
  if (
    /\b(?:pledged|promised|vowed|agreed|undertook|planned|decided|committed|resolved)\s+to\b[^.;]*\band\s+to\s+\p{Ll}+\b[^.;]*$/iu.test(
      sentence.slice(0, start),
    )
  )
    return 'either';
  // "could lock out its clerks as soon as Saturday if the pickets stayed up": the earliest a thing may come is ahead.
  if (/\bas\s+soon\s+as\s+$/i.test(sentence.slice(0, start))) return 'future';
  // "has committed to completing the restoration by the end of January": so is a deed committed to. (Not "has committed
  // to the reforms announced in March", whose day is the announcing.)
  if (
    /\b(?:has|have)\s+(?:(?:also|now|already|\w+ly)\s+)?committed\s+(?:itself\s+|themselves\s+)?to\s+\p{Ll}+ing\b(?:(?!\b\p{Ll}+ed\b|\b(?:that|which|who|when|after|before|since|because)\b)[^,;.:])*$/u.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "the line, shut since a fire on Thursday night, could partly reopen": what a state dates from is gone by, whatever
  // comes after.
  // (Not "expects to run its first freight train since the derailment on Monday", whose day is the run's.)
  if (
    /\b(?:shut|closed|idle|suspended|halted|stranded|missing|detained|held|offline|down|dark|stopped|grounded|blocked|cut|out\s+of\s+service)\s+since\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){1,3}(?:on\s+|of\s+)?$/iu.test(
      sentence.slice(0, start),
    )
  )
    return 'past';
  // "as the archipelago prepares for a Bastille Day without its main sea link", "prepares for the arrival of torch relays
  // on the eve of Independence Day, Monday": what is made ready for is ahead, whatever the verb of saying around it.
  if (
    /\b(?:prepar(?:es|ing)|gear(?:s|ing)\s+up|brac(?:es|ing)|gets\s+ready|getting\s+ready)\s+for\s+(?:(?!(?:who|which|that|after|since|when)\b)[^.;\s]+\s+){0,12}$/i.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "were heading home to Flores for Holy Week and the procession in Larantuka on Good Friday": what travellers were
  // bound for is ahead of the journey, whenever the journey was told.
  if (
    /\b(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:heading|travell?ing|going|returning|on\s+(?:their|his|her|the)\s+way)\s+(?:home\s+|back\s+)?(?:to\s+[^,;.]{1,40}?\s+)?for\s+(?:the\s+)?\p{Lu}(?:(?!\b\p{Ll}+ed\b)[^.;,])*\b(?:Week|Day|Festival|Easter|Christmas|Eid|Diwali|procession|celebrations?|feast|festivities|holidays?)\b(?:(?!\b\p{Ll}+ed\b)[^.;,])*$/u.test(
      sentence.slice(0, start),
    )
  )
    return 'either';
  // "He said a first technical assessment due on Thursday would decide …": a thing due, whose own verb looks ahead, is
  // ahead, whoever told of it.
  if (
    /\b(?!(?:was|were|been|is|are|be|being|not)\s)\p{Ll}+\s+due\s+(?:on\s+|by\s+|in\s+)?$/u.test(
      sentence.slice(0, start),
    ) &&
    /^\s*,?\s+(?:would|will|is\s+(?:to|expected|likely))\b/.test(sentence.slice(end))
  )
    return 'future';
  // "the Shillong Cherry Blossom Festival, scheduled to open on Thursday, will go ahead": a plan set off beside its
  // thing, whose own verb looks ahead, is ahead.
  if (
    PLAN_BESIDE.test(sentence.slice(0, start)) &&
    /^\s*,\s+(?:will|shall|is\s+(?:to|expected|likely|set|due))\b/i.test(sentence.slice(end))
  )
    return 'future';
  // "the operator says a proper fix needs full resurfacing of the worst 600 metres in September": what a thing needs is
  // still to be done.
  if (
    /\b(?:needs|requires|calls\s+for|(?:will|would|still)\s+(?:need|require))\s+(?:[\p{L}\d'’-]+\s+){0,8}?(?:in|by|before|from|on)\s+$/iu.test(
      unquoted.slice(0, start),
    )
  )
    return 'future';
  // "The reopening, which the Commune had set for Monday, will not take place", "The prize-giving ceremony, scheduled for
  // 15:00 on Sunday at the podium in the Old Town, will not take place": a plan that now will not be kept is still
  // ahead, however long ago it was made.
  if (
    /,\s+(?:(?:which|that)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:(?:had|has|have)\s+)?(?:been\s+)?)?(?:set|scheduled|planned|fixed|slated|pencill?ed\s+in)\s+for\s+(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s+)?)?$/iu.test(
      sentence.slice(0, start).replace(/\bon\s+$/i, ''),
    ) &&
    /^[^.;,]{0,80},\s+(?:will\s+not|won['’]t|cannot|can['’]t)\s+(?:now\s+)?(?:take\s+place|go\s+ahead|happen|be\s+held|open|reopen|proceed)\b/i.test(
      sentence.slice(end),
    )
  )
    return 'future';
  // "The youth group's pilgrimage planned for the Assumption is maintained": a plan said to stand is still ahead.
  if (
    /\b\p{Ll}+\s+(?:planned|scheduled|set|slated)\s+for\s+(?:the\s+)?$/iu.test(sentence.slice(0, start)) &&
    /^[^.;,]{0,40}?\s+(?:(?:is|are)\s+(?:still\s+)?(?:maintained|confirmed|going\s+ahead|unchanged|on)|(?:will\s+go|goes|go)\s+ahead)\b/i.test(
      sentence.slice(end),
    )
  )
    return 'future';
  // "with the award targeted for the week of 20 July and installation in August": a plan told without a verb of its
  // own is ahead; so is what a hope or a plan would have done ("hoped to partially reopen the rank on Monday, with the
  // rest of the facility restored before the Day of Reconciliation on Dec. 16").
  if (
    /\b(?:hope[sd]?|plans?|planned|aims?|aimed|intends?|intended|expects?|expected|wants?|wanted)\s+to\b[^.;]*\bwith\s+(?:[\p{L}'’-]+\s+){1,6}?\p{Ll}+ed\s+(?:by|before|in\s+time\s+for)\s+(?:[^,;.]*\s)?$/iu.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "with the Launceston Cup on Wednesday expected to bring thousands": so is what is expected of a day told beside.
  if (
    /\bwith\s+(?:[\p{L}'’-]+\s+){1,5}$/u.test(sentence.slice(0, start)) &&
    /^\s+(?:expected|due|set|scheduled|slated|likely)\s+to\b/.test(sentence.slice(end))
  )
    return 'future';
  if (
    /\bwith\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{L}-]+\s+){1,3}(?:targeted|targetted|scheduled|slated|planned|earmarked|pencill?ed\s+in|due)\s+(?:for|in|on|by)\b[^;.]*$/u.test(
      sentence.slice(0, start),
    )
  )
    return 'future';
  // "is due to open early next year, according to MERB's statement on the 14th": the source cited was given already.
  // (Not "according to the company the quay is expected to reopen on Monday", whose own verb follows.)
  if (
    /\baccording\s+to\s+[^,;:.]*$/i.test(sentence.slice(0, start)) &&
    !/\baccording\s+to\s+[^,;:.]*\b(?:is|are|will|would|was|were|has|have|had)\b[^,;:.]*$/i.test(
      sentence.slice(0, start),
    )
  )
    return 'past';
  // "the fines imposed on the company for replacing striking workers in September will be heard": a deed a gerund tells
  // has no tense of its own, and the verbs around it say nothing of when it was.
  if (
    /\b(?:for|of|by|after|before|since|without)\s+[a-z]+ing\s+(?:[\p{L}'’-]+\s+){0,5}(?:in|on|during)\s+$/iu.test(
      unquoted.slice(0, start),
    )
  )
    return undefined;
  // "If the assembly approves the deal, auditors return to normal work on Thursday, … said": what a condition would
  // bring, told in the present, is ahead, whenever it was said.
  const consequence = /\bif\b[^,;.]*,\s([^,;.]*)$/i.exec(unquoted.slice(0, start));
  if (consequence && lastSignal(consequence[1]) !== 'past') return 'future';
  // "warned about the school run when pupils go back on Thursday": a clause of time in the present tells what is to
  // come, whatever the sentence around it did. (Not "when police arrived on Friday", nor a form that may be either,
  // "when the workers quit on Friday".)
  const timeClause = /\b(?:when|once|until|till|as\s+soon\s+as)\s+((?:[\p{L}'’-]+\s+){1,6})$/iu.exec(
    unquoted.slice(0, start),
  );
  if (
    timeClause &&
    (timeClause[1].toLowerCase().match(/[a-z']+/g) ?? []).every(
      (word) => !isPast(word) && !HAS_DONE.test(word) && !/^(?:will|would|could|should|might|had)$/.test(word),
    ) &&
    ON_WEEKDAY_FIRST.test(sentence.slice(start, end)) &&
    // (Nor one whose verb comes after the day: "when a storm on Sunday drove waves into the fjord".)
    !(
      /^\s+((?:[\p{L}'’-]+\s+){0,1}[\p{L}'’-]+)/u
        .exec(sentence.slice(end))?.[1]
        .toLowerCase()
        .match(/[a-z']+/g) ?? []
    ).some((word) => isPast(word))
  )
    return 'future';
  const read = verbDirection(unquoted, start, end);
  if (read === 'future') return read;
  if (CALLED_TO_GATHERING.test(unquoted.slice(0, start))) return 'either';
  // "has asked for a written explanation by Friday": the day a request sets is ahead of it, and of the report while the
  // request stands.
  // "We have asked the city for a meeting on Friday": so is the day of a gathering asked for.
  const request =
    REQUEST_BY.exec(`${unquoted.slice(0, start)}${/^by\s/i.test(sentence.slice(start, end)) ? '' : ' '}`) ??
    GATHERING_ASKED_FOR.exec(unquoted.slice(0, start));
  // ("The families had asked for a vigil on Saturday, and hundreds attended": held since, gone by.)
  if (
    request &&
    /^\s*,?\s*(?:and|but)\s+(?:[\p{L}'’-]+\s+){0,3}(?:\p{L}+ed|went|came|held|met|gathered|took)\b/iu.test(
      sentence.slice(end),
    )
  )
    return 'past';
  if (request)
    return /\b(?:has|have)\s+(?:\w+ly\s+)?$/i.test(unquoted.slice(0, request.index)) || /s$/i.test(request[1])
      ? 'future'
      : 'either';
  if (instructionBefore(unquoted.slice(0, start), PRESENT_INSTRUCTION)) return 'future';
  const told = instructionBefore(unquoted.slice(0, start));
  if (!told) return read;
  // "has summoned both sides to talks … on Tuesday": an instruction that still stands is still to be carried out.
  return /\b(?:has|have)\s+(?:\w+ly\s+)?$/i.test(sentence.slice(0, told.index)) ? 'future' : 'either';
}

/**
 * A quotation in British single marks: opening at the start, or after a space, colon or bracket before a capital (not
 * "the workers' union"), and closing after a stop or comma ("after the procession: 'Tomorrow we sign the contract.'").
 */
const SINGLE_QUOTED = String.raw`(?:(?<=^\s*)|(?<=[\s:(])(?=['‘]\p{Lu}))['‘].*?[,.?!]['’](?=\s|$)`;
/** A quotation in double marks or in single ones. */
const QUOTED = new RegExp(String.raw`“[^“”]*”|"[^"]*"|${SINGLE_QUOTED}`, 'gu');

/** The quotation in single marks that holds [start, end) of a sentence, its marks' places, if one does. */
export function singleQuotationAt(sentence: string, start: number, end = start): [number, number] | undefined {
  const found = [...sentence.matchAll(new RegExp(SINGLE_QUOTED, 'gu'))].find(
    ({ index, 0: quoted }) => index < start && end < index + quoted.length,
  );
  return found && [found.index, found.index + found[0].length - 1];
}

/** Where the quotation holding [start, end) of a sentence opens and closes (the marks' places), if one does. */
function quotationMarks(sentence: string, start: number, end: number): [number, number] | undefined {
  const opening = Math.max(sentence.lastIndexOf('“', start), sentence.lastIndexOf('"', start));
  const before = sentence.slice(0, opening);
  // A straight mark opens a quotation only after an even number of them.
  if (
    opening >= 0 &&
    !(sentence[opening] === '"' && (before.match(/"/g) ?? []).length % 2 === 1) &&
    !(sentence[opening] === '“' && sentence.slice(opening, start).includes('”'))
  ) {
    const closing = sentence.slice(end).search(sentence[opening] === '“' ? /”/ : /"/);
    return [opening, closing < 0 ? sentence.length : end + closing];
  }
  return singleQuotationAt(sentence, start, end);
}

/** The quotation, marks excluded, that holds [start, end) of a sentence with words outside it, if any. */
function quotationAround(sentence: string, start: number, end: number): [number, number] | undefined {
  const marks = quotationMarks(sentence, start, end);
  if (!marks) return undefined;
  const [opening, close] = marks;
  const outside = `${sentence.slice(0, opening)}${sentence.slice(close + 1)}`;
  if (!/\p{L}/u.test(outside)) return undefined;
  // '"Berth holders reported a noise at the end of September. I want to know who knew," she said': of a quotation of
  // several sentences, only the phrase's own.
  const ends = [...sentence.slice(opening + 1, close).matchAll(/[.!?](?=\s+\p{Lu})/gu)].map(
    ({ index }) => opening + 2 + index,
  );
  return [
    Math.max(opening + 1, ...ends.filter((at) => at <= start)),
    Math.min(close, ...ends.filter((at) => at > end)),
  ];
}

/**
 * Whom an instruction is given to, however long, a name or a relative clause set off beside it included, and the "to"
 * of what it asks: " striking dockworkers … to ", " Vantage's chief executive, Oliver Strand, to ", " Keystone Rail
 * Signalling Ltd., which supplies the downtown interlocking under a contract signed in 2019, to ", or a list ("all
 * hotels, restaurants and clubs along the lakefront to "). What was told is no instruction: "told the Courier that his
 * client had reported problems … to the cooperative".
 */
const WHOM_TO = String.raw`\s+(?!to\b)(?:(?!that\b)\(?[\p{L}\d'’-]+\)?\.?(?:,(?:\s+\p{Lu}[\p{L}'’.-]*){1,4},|,\s+(?:which|who|whose)\s[^,;:.]{1,120},|,(?=\s+(?!(?:which|who|whose|where|when|that|but)\b)\p{Ll}))?\s+){1,12}?to\s+(?=[a-z])`;
/**
 * "ordered striking dockworkers at the Tema Port to call off their action and resume work from Monday", "did, however,
 * direct the authority to permit …": an instruction, however long its object, whose infinitives run on to the phrase
 * with no finite verb between.
 */
const INSTRUCTION = new RegExp(
  String.raw`\b(?:ordered|told|asked|urged|directed|instructed|invited|summoned|called on|required|allowed|allowing|permitted|permitting|cleared|clearing|warned|advised|reminded|encouraged|did,?\s+(?:(?:however|also|then|\w+ly),?\s+)?(?:order|direct|tell|ask|instruct|allow|permit|require))${WHOM_TO}`,
  'giu',
);
/**
 * "requires the company to bring the flaring back … by noon on Friday": an instruction in the present, still to carry
 * out; not a noun ("the orders to …").
 */
const PRESENT_INSTRUCTION = new RegExp(
  String.raw`(?<!\b(?:the|a|an|its|their|his|her|our|new|these|those|such)\s)\b(?:requires|orders|directs|instructs|obliges|compels|tells|asks|urges|summons|invites)${WHOM_TO}`,
  'giu',
);
/**
 * What ends an infinitive's reach: a stop, or a word that opens a clause with a verb of its own; not the "that" of
 * what the infinitive asks ("called on the ministry to ensure that the books arrive before 8 December").
 */
const SCOPE_END = /[.;:!?]|\b(?:who|which|because|after|before|when|while|since|but|as)\b|(?<!^\s*\p{L}+\s+)\bthat\b/iu;

/** A plan given up, before the day it was for: "to abandon its plan to reopen the road on ". */
const PLAN_GIVEN_UP =
  /\b(?:abandon|scrap|drop|shelve|ditch)(?:s|ed|ped|d|es|ing|ping)?\s+(?:its|their|the|a|his|her|our)\s+plans?\s+to\b[^,;.:]*$/i;
/** A named occasion called off, before its day: "it had cancelled its Advent Procession on ". */
const OCCASION_CALLED_OFF =
  /\b(?:cancell?ed|called\s+off|axed)\s+(?:its|their|his|her|our|this\s+year['’]s)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}$/u;

/** Whether a plan given up reaches the text's end. */
export function planGivenUpBefore(before: string): boolean {
  return PLAN_GIVEN_UP.test(before) || OCCASION_CALLED_OFF.test(before);
}

/**
 * Whether the day a plan was set for is told, and the plan given up after it: "official Parents' Day ceremonies, set
 * for ", then ", had been canceled"; "Performances scheduled for Tuesday, ", then " have been cancelled". A weekday's
 * plan must be set apart between commas (`apart`): "said on Tuesday, after a reopening planned for Monday was called
 * off" tells the Monday before the saying.
 */
export function planSetThenGivenUp(before: string, after: string, apart = false): boolean {
  return (
    (apart
      ? /,\s*(?:set|scheduled|planned|slated|due)\s+(?:for|on)\s+$/i
      : /\b(?:set|scheduled|planned|slated|due)\s+(?:for|on)\s+(?:[\p{L}'’-]+,\s+)?$/iu
    ).test(before) &&
    /^\s*,?\s*(?:(?:had|has|have)\s+been|was|were)\s+(?:cancell?ed|called\s+off|scrapped|postponed|put\s+off|shelved|dropped)\b/i.test(
      after,
    )
  );
}

/** Whether an instruction told as done reaches the text's end: "ordered residents of West Kempsey to leave their homes". */
export function instructedBefore(before: string): boolean {
  return instructionBefore(before) !== undefined;
}

/** The instruction (told as done, unless another pattern is given) whose infinitive reaches the text's end, if any. */
function instructionBefore(before: string, instruction = INSTRUCTION): RegExpExecArray | undefined {
  const last = [...before.matchAll(instruction)].at(-1);
  if (!last) return undefined;
  const reach = before.slice(last.index + last[0].length);
  // "to appear before it on Thursday", "to testify as suspects on 15 September": "before", "after" and "as" with a short
  // phrase and no verb are prepositions.
  const end = SCOPE_END.exec(reach);
  const preposition =
    end !== null &&
    /^(?:before|after|as)$/i.test(end[0]) &&
    (reach.slice(end.index + end[0].length).match(/[\p{L}'’]+/giu) ?? []).length <= 3;
  // "to have specialist technicians on site", "to have the barriers removed": within an infinitive's reach "have" is no
  // perfect, and what it has done is still to do.
  const words = (reach.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).filter((word) => word !== 'have');
  const causative = /^have\s/i.test(reach);
  const done = words.some((word) => (causative ? isPast(word) && !isPastAction(word) : isPast(word)));
  return (!end || preposition) && !done ? last : undefined;
}

/**
 * The nearest verb signal before the phrase in its clause, else after it,
 * else the nearest in the rest of the sentence; undefined when no verb says.
 */
function verbDirection(sentence: string, start: number, end: number): Direction | undefined {
  const spans = clausesOf(sentence, CLAUSE_BREAK);
  const own = spans.findIndex(([, spanEnd]) => spanEnd >= end);
  // Reading outward from the phrase: its clause before it, its clause after it, then the clauses around it.
  const [ownStart, ownEnd] = spans[own] ?? [0, sentence.length];
  // A clause of "and" and a participle with no subject of its own ("will be presented to the press and sent to the
  // Tweede Kamer on Thursday") is read with the clause it joins, whose "be" it shares. So is one whose subject has the
  // clause's auxiliary left out ("the repair would be finished and trucks allowed back by the end of January").
  const joinedAt = (index: number) => {
    if (index <= 0) return false;
    const opening = sentence.slice(spans[index][0]);
    const participle = /^\s*(?:and|or)\s+(?:\w+ly\s+)?([a-z]+)\b/.exec(opening);
    if (participle && isPastAction(participle[1])) return true;
    const subject = /^\s*(?:and|or)\s+[a-z]+s\s+([a-z]+ed)\b/.exec(opening);
    return (
      subject !== null &&
      isPastAction(subject[1]) &&
      /\b(?:will|would|shall|to)\s+be\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b/.test(
        sentence.slice(spans[index - 1][0], spans[index][0]),
      )
    );
  };
  // "is due before the National Assembly's committee on the 14th to explain": "before" or "after" with no verb of its
  // own is a preposition of the clause before it ("after the authority on Thursday issued clearance" is a clause).
  const prepositional =
    own > 0 &&
    /^\s*(?:before|after)\s/i.test(sentence.slice(ownStart)) &&
    !lastSignal(sentence.slice(ownStart, start)) &&
    /^[\s,]*(?:to\s|$)/i.test(sentence.slice(end, ownEnd));
  // "will ration gasoline and diesel sold to private motorists from Thursday": an "and" between two objects of a
  // planned verb opens no clause; the participle after them describes the second.
  const sharedObject =
    own > 0 &&
    /^\s*(?:and|or)\s/.test(sentence.slice(ownStart)) &&
    [...sentence.slice(spans[own - 1][0], start).matchAll(OBJECT_PARTICIPLE)].some(
      (match) => spans[own - 1][0] + match.index + match[0].length > ownStart,
    );
  const readFrom = joinedAt(own) || prepositional || sharedObject ? spans[own - 1][0] : ownStart;
  // Before the phrase the nearest verb is the last one; after it, the first.
  const stretches: [string, 'before' | 'after'][] = [
    [sentence.slice(readFrom, start), 'before'],
    [sentence.slice(end, ownEnd), 'after'],
  ];
  // A clause after the phrase that opens with "and" or "but" has a verb of its own ("…, and the chair said …"):
  // it governs nothing before it, nor does anything after it. An "and" with no verb before it joins a subject ("On
  // Monday, the carriers' association and two U.S. trucking groups filed a claim").
  const independent = spans.findIndex(
    ([spanStart], index) =>
      index > own &&
      (/^[\s,;]*but\s/i.test(sentence.slice(spanStart)) ||
        (/^[\s,;]*and\s/i.test(sentence.slice(spanStart)) &&
          (lastSignal(sentence.slice(0, spanStart)) !== undefined ||
            // "Palau celebrates Independence Day on Thursday, and organizers have moved the parade": a holiday kept in
            // the present is a verb of its own.
            /\b(?:celebrates|marks|observes|commemorates)\b/i.test(sentence.slice(ownStart, start))))),
  );
  const lastGoverning = independent < 0 ? spans.length - 1 : independent - 1;
  // A clause of its own that opens with a participle and "by" ("triggered by the resignation of …") describes a
  // noun; it is not the verb of the sentence.
  // Nor does a condition ("…, provided the vessel passes an inspection", "…, once rebuilt, …"), nor a phrase that
  // opens with a participle in -ing ("…, using a temporary pontoon moored inside the harbour, on Saturday").
  // Nor does a participle set off between commas after a subject with no verb ("The agreement, signed at the end of
  // last week, gives …").
  const appositive = (span: [number, number]) =>
    /^[\s,]*(?:(?:\w+ly\s+)?[a-z]+ed\s+by|provided|providing|assuming|unless|if|once|(?!during\b|morning\b|evening\b)[a-z]{2,}ing\b)/.test(
      sentence.slice(...span),
    ) ||
    (/^\s*(?:\w+ly\s+)?[a-z]+ed\s+(?:at|on|in|by|last|early|late|this|after|before|during|over|yesterday)\s[^,;]*,$/.test(
      sentence.slice(...span),
    ) &&
      /,$/.test(sentence.slice(0, span[0])) &&
      lastSignal(sentence.slice(0, span[0])) === undefined);
  // An attribution after it ("…, its Ministry of Health said yesterday") tells when it was said: it speaks only when
  // no clause before does ("Kenya will begin screening truck drivers and travellers … on Monday, its Ministry … said").
  const attributions: [string, 'after'][] = [];
  // In another clause "last October" dates that clause, not the phrase: "a rise from 1 September and a lump sum
  // covering overtime since last October" offers the rise ahead.
  const untimed = (span: [number, number]) => sentence.slice(...span).replace(LAST_TIME_PHRASE, 'the $1');
  // A sentence's opening phrase with no verb of its own is dated by the saying right after it: "On Thursday, the minister
  // said that the line would reopen" tells of Thursday's saying; so is it with its speaker told between ("Speaking on
  // Wednesday, Mr. Hideo Tsuji, whose shop is on the road, said").
  for (let step = 1; step < spans.length; step++) {
    const [earlier, later] = [spans[own - step], own + step <= lastGoverning ? spans[own + step] : undefined];
    // (A clause joined to the one before it shares that one's verb: "will be completed and shared with the public".)
    if (earlier && !appositive(earlier) && !joinedAt(own - step)) stretches.push([untimed(earlier), 'before']);
    const opening =
      own === 0 && spans.slice(1, step).every((span) => signalOf(masked(sentence.slice(...span)), true) === undefined);
    if (later && !appositive(later))
      (isAttribution(sentence.slice(...later)) && !opening ? attributions : stretches).push([untimed(later), 'after']);
  }
  // "He said the processions on August 5 must be held": a phrase inside the subject of what is said is read by that
  // clause's verb after it, not by the saying.
  // (So is one of two subjects joined before that verb: "the processions on August 5 and the celebrations on August 14
  // must be held".)
  // (Not a verb that may tell of what has been: "He said the fire on Monday must be investigated".)
  const saidOf = SAID_SUBJECT.exec(sentence.slice(readFrom, start));
  if (saidOf && lastSignal(saidOf[1]) === undefined) {
    const next = spans[own + 1];
    const joinedSubject = next && /^\s*and\s+(?:the|a|an|its|their|his|her)\s/i.test(sentence.slice(next[0]));
    const told = sentence.slice(end, joinedSubject ? next[1] : ownEnd);
    if (HELD_AHEAD.test(told)) return 'future';
  }
  for (const [stretch, side] of stretches) {
    const signal = side === 'before' ? lastSignal(stretch) : signalOf(masked(stretch), true);
    if (signal) return signal;
  }
  // "… who are not back at work by Friday still stands, company sources said": a telling in the past of what is
  // told in the present leaves its day on either side.
  const present = stretches.some(([stretch]) => PRESENT_VERB.test(stretch.replace(/["“][^"”]*(?:["”]|$)/g, '')));
  for (const [stretch] of attributions) {
    const signal = signalOf(masked(stretch), true);
    if (signal) return signal === 'past' && present ? 'either' : signal;
  }
  return undefined;
}

/** What will be held, told after its subject: " must be held without incident", " will go ahead". */
const HELD_AHEAD = new RegExp(
  String.raw`^[^.;:]*?\b(?:will|shall|(?:is|are)\s+(?:${PLAN_WORDS})\s+to|(?:must|should)\s+(?:be\s+held|go\s+ahead|take\s+place|proceed))\b`,
  'i',
);
/** A verb of saying and the start of the subject of what is said: "He said the processions on ". */
const SAID_SUBJECT =
  /\b(?:said|says|added|warned|insisted|stressed|confirmed|noted|announced)\s+(?:that\s+)?((?:the|a|an|its|their|his|her|this|these|those|all|both)\s+[^,;:.]*)$/i;

/** Words in a verb group and the preposition after it: "will be held on". */
const GROUP_WORDS = 4;

/**
 * "a plan to expand", "their hopes to win", "a compliance plan to the court", "its runway repair plan to Honduras's
 * ministry", "a business plan to lenders", "served … with a notice to fix on Tuesday", "filed a motion to dismiss": nouns, not verbs that state a plan
 * (a name after "to" is no verb; case matters there).
 */
/** Papers served or filed that name what they ask: "a notice to fix", "a motion to dismiss". */
const DOCUMENT = 'notices?|motions?|warrants?|summons(?:es)?|petitions?|proposals?|applications?|requests?';
const NOUN_PLAN = new RegExp(
  `\\b(?:a|an|the|its|their|his|her|our|this|that|new)\\s+(?:plans?|hopes?|aims?|promises?|pledges?|threats?|vows?|bids?|${DOCUMENT})\\s+to\\b|\\b(?:plans?|bids?)\\s+to(?=\\s+(?:the|a|an|its|their|his|her|our|this|that)\\b|\\s+\\p{Ll}+(?:ers|ors|ants|ents|ians|ees|ists)\\b)`,
  'giu',
);
const NOUN_PLAN_TO_NAME = /\b(?:plans?|bids?)\s+to(?=\s+\p{Lu})/gu;

/** "is due to be held", "will be formally signed": a participle after "be" is passive, not past. */
const PASSIVE = /\b(be|being)\s+(?:\w+ly\s+)?[a-z]+\b/gi;

/**
 * Participles that are adjectives: after an article, a possessive or a count ("a chartered vessel", "the injured man", "four scheduled trains",
 * "Thursday's scheduled call"),
 * after a preposition before a noun ("restart the line at reduced pressure", "under revised rules", "reopen to escorted, single-lane traffic"), after a verb
 * of state in the present ("flights remain grounded until Monday"), or closing a
 * compound ("the Norwegian-flagged Havbris", "state-owned", "the landslide-hit highway", "state-run"), or opening one
 * ("fixed-target physics", "the burnt-out seiner"); or before a noun and its verb at a clause's start ("affected employees will receive"); or
 * after a noun before "since", which a simple past does not take ("overtime worked since last October"). A noun in -ly is
 * no adverb ("the Assembly voted"). A number in a name is no count: "the vessel Bintang Sinar 8 collided with", "The
 * GO-060 reopened".
 */
const ADJECTIVE_PARTICIPLE =
  /\b(?:remain|remains|stay|stays|seem|seems|appear|appears|look|looks|become|becomes)\s+(?:\w+ly\s+)?[a-z]+ed\b|(?:\b(?:a|an|the|its|their|his|her|our|this|these|those|newly|one|two|three|four|five|six|seven|eight|nine|ten|(?<!\p{Lu}[\p{L}'’-]*\s|\p{L}-)\d+|many|several|some|all|more|fewer|most|other|no|every)|(?:\b(?!(?:it|that|there|what|who|he|she|here|where|how|let)['’])\p{L}+)?['’]s)\s+(?:(?:first|second|third|last|next|only|final|latest)\s+)?(?:(?!(?:assembly|family|rally|supply|ally|monopoly|anomaly)\b)\w+ly\s+)?[a-z]+ed\b(?!\s+(?:on|in|at|by|from|after|before|last|this|yesterday|today|overnight|early|late)\b)|\b(?:at|with|under|in|on|of|for|from|into|over|through|without|to)\s+[a-z]+ed(?=,?\s+\p{Ll}|,\s*$)|\b[\p{L}\d]+-[a-z]+ed\b|\b[a-z]+ed-\p{L}+|\b(?:burnt|built|spent|worn|torn|blown|broken|shut|cut|sold|burst)-(?:out|up|down|off|over|in)\b|(?:^|[,;:])\s*[a-z]+ed(?=\s+[a-z]+\s+(?:will|would|shall|can|could|must|may|might|are|were|is|was|have|has)\b)|\b(?!(?:re|co|pre|un|mis|over|under|out)-)[\p{L}\d]+-(?:hit|run|torn|made|built|won|known|grown|held|owned|led|bound|struck|stricken|shaken|worn|born|set|cut|beaten|written|drawn|driven|sunk|stolen|broken|frozen|taken|given|shown|done)\b|(?<!\b(?:has|have|had|having|been|was|were)\s+(?:\w+ly\s+)?)\b[a-z]+ed(?=\s+since\b)/giu;

/**
 * "the rebuilt plaza", "a sunk cost", "the broken seal", "the bank's written report", "the first 200 rebuilt houses":
 * an irregular participle after an article or a possessive is an adjective too.
 */
const ADJECTIVE_IRREGULAR = new RegExp(
  `\\b(?:a|an|the|its|their|his|her|our|this|these|those|newly|[a-z]+['’]s)\\s+(?:(?:first|second|third|last|next|only|final|latest)\\s+)?(?:(?!(?:assembly|family|rally|supply|ally|monopoly|anomaly)\\b)\\w+ly\\s+)?(?:${[...IRREGULAR_PAST].join('|')})(?=\\s+[a-z])|\\b(?:the|its|their)\\s+(?:(?:first|last|next)\\s+)?[\\d,]+\\s+(?:${[...IRREGULAR_PAST].join('|')})(?=\\s+[a-z]+s\\b)`,
  'gi',
);

/**
 * "that damaged bridge": after "that", a participle before a noun in lower case is an adjective; before an object
 * ("the surge that smashed the jetty", "that smashed VFTI's jetty") it is the verb of a relative clause. Case matters:
 * the pattern has no "i" flag.
 */
const THAT_PARTICIPLE =
  /\b[Tt]hat\s+(?:[a-z]+ly\s+)?[a-z]+ed(?=\s+\p{Ll})(?!\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|up|down|out|off|back|in|on|at|to|by|for|from|with|into)\b)/gu;

/**
 * "is scheduled to vote": a plan in the present, read as one word, so that a verb group cut after "is" does not
 * take "scheduled" for a verb in the past.
 */
const PRESENT_PLAN = new RegExp(
  String.raw`\b(?:(?:is|are|am|remains?)\s+(?:\w+ly\s+|still\s+|now\s+|also\s+)?(?:${PLAN_WORDS}|promised)|(?:aims?|intends?|hopes?|plans?)\s+to)\b`,
  'gi',
);
/** "the commission, set up on 7 December, …": "set up" is a participle unless a modal or "to" puts it in the present. */
const SET_UP = /(?<!\b(?:to|will|can|could|would|should|must|please|shall|may|might|'ll)\s)\bset up\b/gi;
/** "the debtors had to deliver a business plan by the end of March": what had to be done, told as past. */
const HAD_TO = /\bhad\s+to\b(?=\s+[a-z])/gi;
/** "had been expected to restart Monday, but …": a plan whose day has passed, read as the past it is. */
const PLUPERFECT_PLAN = /\bhad been\s+(?:\w+ly\s+)?(?:expected|scheduled|due|set|slated|planned)\b/gi;
/** "has been asked to deliver …": an instruction still to carry out ("were ordered to evacuate early Friday" was). */
const INSTRUCTED = /\b(?:has|have)\s+been\s+(?:asked|told|ordered|instructed|directed|invited|urged|required)\s+to\b/gi;
/**
 * "Travellers are advised not to travel on Friday": an instruction in the present passive looks forward. Any other
 * present passive ("the road is closed on Friday", "when the ceremony is held", "If you're booked on the 4th") tells of
 * no past: its participle is no deed done.
 */
const PRESENT_INSTRUCTED =
  /\b(?:is|are|am)\s+(?:\w+ly\s+)?(?:advised|asked|told|urged|ordered|requested|warned|required|invited|encouraged|instructed|directed|reminded)\s+(?:not\s+)?to\b/gi;
const PRESENT_PASSIVE = new RegExp(
  `(\\b(?:is|are|am)|(?<=\\b(?:you|we|they))['’]re|(?<=\\bI)['’]m)\\s+(?:(?:\\w+ly|now|still|also)\\s+)?(?:[a-z]+ed|${[...IRREGULAR_PAST].join('|')})\\b`,
  'gi',
);
/** "will have been shut for a month", "will have reopened by Friday": a future perfect, ahead. */
const FUTURE_PERFECT = /\b(?:will|shall|'ll)\s+have\s+(?:been\s+)?(?:\w+ly\s+)?[a-z]+\b/gi;
/** "were set to take part": a plan told in the past, read whole for the same reason. */
const PAST_PLAN =
  /\b(?:was|were)\s+(?:\w+ly\s+|first\s+)?(?:due|set|expected|scheduled|slated|poised|planned|supposed)\b/gi;

/**
 * "will publish revised fee regulations", "to inspect WA registered premises", "will ration diesel sold to private
 * motorists": after a verb a modal or "to" puts in the present, a participle before a word in lower case describes the
 * object. Not before a preposition or an article: "ships waiting to transit peaked at 96" has its verb there.
 */
const OBJECT_PARTICIPLE =
  /\b((?:will|would|shall|must|can|could|may|might|to)\s+[a-z]+\s+(?:[\p{L}\d'’-]+\s+){0,3}?)(?:[a-z]+ed|sold|paid|built|made|held|sent|bought|brought|kept|taken|given|shown|grown|drawn|written|driven)(?=\s+\p{Ll})(?!\s+(?:at|on|in|by|from|with|after|before|into|the|a|an|its|their|his|her|our)\b)/gu;

/** "expects to have its service back": "to have" owning something, not a perfect ("is thought to have started"). */
const TO_HAVE =
  /\bto have(?=\s+(?!(?:\w+ly\s+)?(?:been|[a-z]+ed|[a-z]+en|done|gone|made|had|seen|left|lost|won|taken|begun|run|come|become|paid|met|held|sent|spent|found|told|said)\b))/gi;

/** "the injured at", "the displaced.": a participle standing as a noun after "the", before a preposition or the end. */
const ARTICLE_PARTICIPLE =
  /(\bthe\s+)(?:injured|wounded|displaced|deceased|accused|bereaved|missing|detained|arrested|evacuated|rescued|affected|stranded)\b(?=\s+(?:at|in|on|to|from|of|and|were|are|was|is)\b|\s*[,.;]|\s*$)/gi;
/** "will lay on more trains", "to hit the port": a past form that is also the verb's own, after a modal or "to". */
const BASE_LIKE_PAST =
  /\b((?:will|would|shall|can|could|may|might|must|should|to|['’]ll)\s+(?:\w+ly\s+)?)(?:hit|spread|beat|lay)\b/gi;

/**
 * "voted unanimously on Thursday to pay for … trips on Election Day", "said on Friday it expected a replacement gearbox to
 * land … on Saturday": a decision or plan told in the past with words between it
 * and its infinitive, its infinitive read as "would pay" so that a verb group of a few words still sees the plan.
 */
const DECIDED_TO =
  /\b((?:planned|intended|aimed|hoped|expected|agreed|decided|voted|opted|resolved|promised|pledged|vowed)\s+(?:[\w'’-]+\s+){1,4}?)to\s+(?!be\b)([a-z]+)\b/gi;

/** Words that open a noun phrase, which make "to" before them a preposition: "with the brakes to the cooperative". */
const NOUN_PHRASE_OPENING = '(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|them|him|us|me|it)\\b';
/**
 * "with the rebuilt plaza to open in March": a plan told beside the clause, read as "will open"; not a document's name
 * ("served … with a notice to fix on Tuesday"), nor a place things went ("reported problems with the brakes to the
 * cooperative in April").
 */
const WITH_INFINITIVE = new RegExp(
  `\\b(with\\s+(?:[\\w'’-]+\\s+){1,5}?)(?<!\\b(?:${DOCUMENT})\\s)to\\s+(?!be\\b|${NOUN_PHRASE_OPENING})([a-z]+)\\b`,
  'gi',
);
/** "with closing speeches expected on Friday": the same, told by a participle of a plan. */
const WITH_PLAN = /\b(with\s+(?:[\w'’-]+\s+){1,5}?)(?:expected|scheduled|slated|due|set|planned)\b/gi;

/** Gatherings that are called for a day. */
const GATHERING =
  '(?:meeting|talk|rally|vote|strike|walkout|election|referendum|hearing|session|summit|protest|march|ballot|conference|assembly|demonstration|sitting|sit-in|debate|congress|convention|memorial|ceremony|vigil|commemoration)s?';

/**
 * "have agreed to split the cost of a rock barrier, after a meeting at the ministry on ": a deed done, then the
 * gathering it followed, up to the gathering's day.
 */
const AFTER_GATHERING_DONE = new RegExp(
  String.raw`(?<!\bto\s)\b(?:has|have)\s+(?:\w+ly\s+)?\p{Ll}+(?:ed|en)\b(?:(?!\b(?:will|would|shall)\b)[^;.])*,\s+(?:after|following)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,2}?${GATHERING}(?:\s+(?:at|in|with|of)\s+(?:[\p{L}'’-]+\s+){1,4}?)?\s*(?:on|at|in)\s+$`,
  'u',
);

/** A gathering named after the verb that calls it: " an extraordinary general meeting", " a crisis meeting". */
const GATHERING_NAMED = `\\s+(?:a|an|the|its|their|his|her)\\s+(?:[\\w'’-]+\\s+){0,3}?${GATHERING}\\b`;

/**
 * "has called a rally … on Reformation Day", "called an extraordinary general meeting for 24 November", "have
 * announced a sit-in … on Monday": the date is the gathering's, which may lie either side of the day it was called;
 * the calling itself stays done ("on Tuesday called").
 */
const CALLED_GATHERING = new RegExp(
  `\\b(called|scheduled|set|fixed|listed|(?<=\\b(?:has|have)\\s+)announced)(?=${GATHERING_NAMED})`,
  'gi',
);
/**
 * A gathering called in the simple past before a day: "called a crisis meeting at the town hall on " (not "has called a
 * members' meeting … on Friday", still to come, nor "set a hearing Monday", a day set ahead).
 */
const GATHERING_CALLED_BEFORE = new RegExp(
  `(?<!\\b(?:has|have|had)\\s+(?:\\w+ly\\s+)?)\\bcalled${GATHERING_NAMED}[^,.;:]{0,60}$`,
  'i',
);

/** Whether a gathering called reaches the text's end, its day either side of the calling. */
export function gatheringCalledBefore(before: string): boolean {
  return GATHERING_CALLED_BEFORE.test(before);
}

/**
 * A request and what it asks for, up to the "by" of its day: "asked for a written explanation by ", "has asked for its
 * report before ".
 */
const REQUEST_BY =
  /\b(asked\s+for|asks\s+for|demanded|demands|requested|requests|sought|seeks|called\s+for|calls\s+for)\s+(?:[\p{L}\d'’-]+\s+){1,6}?(?:by|before)\s+$/iu;
/**
 * "have asked the city for a meeting on ", "had asked for a memorial at Tsvingwe on ", "asked for a vigil at the town
 * hall on ": a gathering asked for, before its day.
 */
const GATHERING_ASKED_FOR = new RegExp(
  `\\b(asked|asks|requested|requests|sought|seeks|demanded|demands)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?for\\s+(?:a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?${GATHERING}(?:\\s+(?:at|in)\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2}?)?(?:\\s+on)?\\s+$`,
  'iu',
);
/**
 * "has called KRO and the inspectorate to a public hearing on", "have called both sides to talks on": the gathering's
 * date, however long the guest list.
 */
const CALLED_TO_GATHERING = new RegExp(
  `\\b(?:called|summoned|invited)\\s+(?:[\\p{L}'’-]+\\s+){1,8}?to\\s+(?:(?:a|an|the|its|their)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?${GATHERING}(?:\\s+(?:on|for))?\\s+$`,
  'iu',
);

/**
 * "will be presented to the press and sent to the Tweede Kamer on Thursday": a participle joined to a passive shares
 * its "be".
 */
const JOINED_PARTICIPLE = new RegExp(
  `(\\bbe PARTICIPLE\\b[^,;.]{0,60}?\\s(?:and|or)\\s+(?:\\w+ly\\s+)?)(?:[a-z]+ed|${[...IRREGULAR_PAST].join('|')})\\b`,
  'g',
);

/** "the lawsuit filed April 6 by Dorsey's family": the day a participle's deed was done, told before its agent. */
const DAY_BETWEEN = String.raw`(?:\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|${WEEKDAY_CAPITALISED}))?`;
/**
 * "the diagnostics ordered by the presidential decree start from 1 June": a participle with its agent after a noun
 * describes the noun, not what was done ("the lawsuit filed April 6 by Dorsey's family" too). After an auxiliary ("was
 * closed by the operator") or a pronoun it is the verb.
 */
const REDUCED_RELATIVE = new RegExp(
  String.raw`\b(?!(?:was|were|is|are|am|be|been|being|has|have|had|get|gets|got|it|he|she|they|we|i|you|who|that|which)\b)(\p{Ll}[\p{Ll}'’-]*\s+(?:\w+ly\s+)?)[a-z]+ed(?=${DAY_BETWEEN}\s+by\s+(?!the\s+end\b)(?:(?:the|a|an|its|their|his|her|our|this|that|these|those)\b|\p{Lu}[\p{L}'’-]*['’]s\s))`,
  'gu',
);
/**
 * "The bank cut its policy rate", "the operator shut the line", "A rail strike shut most train services", "he set the
 * tone": after a singular subject, a verb
 * whose past is its base is past (the present would be "cuts", "shuts"), when its object or particle follows, or the
 * date phrase itself ("the 1.5% the pension fund set on May 14"). Not after a modal or "to" ("the union will cut", "the decision to cut"), nor as
 * a noun ("the full set of paths").
 */
const SINGULAR_PAST =
  /\b((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\p{L}'’-]+\s+){0,2}?(?!(?:will|would|can|could|may|might|must|shall|should|to|not|also|then|did|does|do|never|just|only|was|is|has|had)\b)[\p{L}'’-]*[^\s\p{P}s]|[Hh]e|[Ss]he|[Ii]t)\s+(cut|set|put|shut|let|quit|cost|split|hurt|cast|burst|shed)(?=\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|most|many|much|several|both|every|each|\d|down|off|up|back|out|short|rates|prices|fares|jobs|services|ties|output|production|supplies|supply|spending|costs|power|capacity|staff|wages|funding|aid|exports|imports|flights|routes|trains|sailings|hours)\b|(?:\s+(?:on|in|at|from|since|by))?\s*$)/gu;
/**
 * "Dutch mediator Ellen Visscher put a proposal", "Tagish Metals cut its guidance", "The association on Monday cut its
 * forecast", "the Guarantee Court of Pozo Almonte set 18 January 2027 as": after a name, or a weekday between subject
 * and verb, such a verb before its object is past too.
 */
const NAMED_PAST = new RegExp(
  String.raw`(?:\b((?!(?:The|A|An|This|That|These|Those|They|We|I|You|To|If|When|Where|Please|Let|Also)\b)\p{Lu}[\p{L}'’-]*|on\s+${WEEKDAY_CAPITALISED})|^)\s*(cut|set|put|shut|quit|split|cast|shed)(?=\s+(?:(?:its|his|her|a|an|the)\s|\d))`,
  'gu',
);
/**
 * "a top-up equal to 50 percent of the wages lost through reduced hours": a participle closing its clause, or its
 * phrase, after a noun describes the noun.
 */
const CLAUSE_END_PARTICIPLE =
  /\b((?:the|a|an|its|their|his|her|our)\s+[a-z]+\s+)(?:lost|paid|owed|spent|earned|missed|forgone|cancell?ed|delayed)(?=\s*[.,;]|\s*$|\s+(?:through|during|over|because)\b)/g;

/** "the first party heard on the 14th", "the only ship cleared": a participle after an ordinal's noun describes it. */
const ORDINAL_PARTICIPLE =
  /\b((?:the|a|an)\s+(?:first|second|third|last|next|only|final|latest)\s+[\p{Ll}-]+\s+)(?:[a-z]+ed|heard|seen|chosen|given|taken|shown|known|sent|held|built|hit|struck|caught|found|brought)\b/gu;

/** "an extended service", "the revised timetable": a participle between an article and its noun describes the noun. */
const PARTICIPLE_BEFORE_NOUN =
  /\b((?:a|an|the)\s+(?:\w+ly\s+)?)[a-z]+ed(?=\s+[a-z][a-z-]*\b)(?!\s+(?:by|at|on|in|to|from|with|for|and|or|as|of|into|over|after|before|during|until|since|through|against|under)\b)/g;

/**
 * "anyone booked on Friday's sailing", "passengers ticketed for Monday", "Clients booked to travel on Friday": who a
 * thing is for, not what was done.
 */
const BOOKED_FOR =
  /\b((?:anyone|anybody|everyone|everybody|those|passengers|travellers|travelers|customers|clients|guests|holidaymakers|tourists|visitors|pilgrims|commuters|people|fans|students)\s+(?:\w+ly\s+)?)(?:booked|ticketed|scheduled|registered)\b/gi;

/** "at the Royal Brunei Armed Forces Day parade", "Lake Placid's Revised Code": a participle inside a name. */
const NAME_PARTICIPLE = /(?<=\p{Lu}[\p{L}'’-]*\s+)\p{Lu}\p{Ll}+ed(?=\s+\p{Lu})/gu;
/**
 * "Hung Kings' Commemoration Day falls on Sunday": an irregular past form opening a sentence before a name is the
 * name's (not "Appointed Minister of Health on Monday, Ms Diaz will").
 */
const NAME_OPENING_PAST = new RegExp(
  String.raw`^(\s*["“]?)(?:${[...IRREGULAR_PAST].map((word) => word[0].toUpperCase() + word.slice(1)).join('|')})(?=\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\b)\p{Lu}\p{L}*(?:['’]s?|\s+\p{Lu}))`,
  'u',
);

/**
 * "wants a permanent bridge commissioned on …", "wants the upper tier taken down in February", "wants 60,000 t of wheat
 * loaded by Good Friday", "the cargo that a Cairo trading house wants loaded by Friday", "want a full schedule in place
 * before Constitution Day, May 1", "are aiming to have most storefronts reopened by Memorial Day", "wants the bridge
 * open before the civic parade for 19 April": what is wanted done, still to do.
 */
const WANTED_DONE =
  /(\b(?:wants?|wanted|needs?|would\s+like|expects?|(?:aim|hop|plan|intend|expect|want|seek|promis|pledg|vow|work|rac|striv)[a-z]*\s+to\s+have)\s+(?:(?!(?:that|and|but|to)\b)[\p{L}\d'’-]+(?:,\d+)*\s+){0,6}?)(?:[a-z]+ed|taken|done|given|shown|built|rebuilt|torn|put|cut|shut|set|paid|kept|held|brought|sent|made|sold|thrown|drawn|written|broken|let|laid|spent|struck|swept|withdrawn|in\s+place|open|ready|operational)\b/gu;

/** "will start as planned", "went ahead as scheduled": a manner, not a deed of its own. */
const AS_PLANNED =
  /\bas\s+(?:planned|scheduled|expected|agreed|promised|announced|intended|forecast|predicted|feared|hoped|usual)\b/gi;

/** "ahead of the market open on Monday", "kept the route open on her own": after a noun, no verb of a schedule. */
const NOUN_OPEN = /\b((?:the|a|an|its|their|his|her|our)\s+[\w-]+\s+)(?:open|close|start|end|finish)\b/gi;
/** "towed the team across open water on Monday", "came to our open meeting on Whit Monday": "open" before a noun of
 * places and things open to all. */
const OPEN_BEFORE_NOUN =
  /\bopen(?=\s+(?:water|waters|sea|seas|ocean|air|ground|road|roads|country|countryside|field|fields|space|spaces|door|doors|court|letter|house|market|plan|prison|tundra|ice|lead|leads|meetings?|days?|sessions?|evenings?|forums?|hearings?|debates?|access|source)\b)/gi;

/** "It keeps the aerodrome closed until 21:00 WIT on Wednesday": the state kept, no deed of closing. */
const KEPT_CLOSED =
  /\b((?:keeps?|kept|keeping|leaves?|left|leaving)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?)(?:closed|shut|suspended|grounded|sealed)\b/gi;
/** "had voted early by close of business on Friday": the hour a day's business ends, a noun. */
const CLOSE_OF = /\bclose\s+of\s+(?:business|play|trading|polls?)\b/gi;

/** "reports its fiscal second-quarter results": the schedule read as "reports results", short enough for a verb group. */
const RESULTS_DUE =
  /\b(reports|publishes)\s+(?:(?:its|their)\s+)?(?:[\w-]+\s+){0,3}?(results|earnings|figures|findings)\b/gi;

/** "full end-to-end operation", "door-to-door": a compound with "to" in it, no infinitive. */
const TO_COMPOUND = /\b\p{L}+-to-\p{L}+\b/gu;
/** "next to the collapsed section", "next door": a place beside, not the next of a time. */
const NEXT_TO = /\bnext\s+(?:to|door)\b/gi;

/** "had to be moved to the parade": what had to be done was done, not a plan "to be" carried out. */
const HAD_TO_BE = /\bhad\s+to\s+be\b/gi;

/** "will be among those honoured at ceremonies on Sunday": the participle says who, and the "will be" when. */
const AMONG_THOSE = /\b((?:will|would|shall)\s+be\s+among\s+those\s+)(?:[a-z]+ly\s+)?[a-z]+ed\b/gi;

/** "for everyone hurt on Marine Day": "hurt" after those it befell is its participle, a deed done. */
const HURT_AFTER_WHOM =
  /\b((?:everyone|everybody|anyone|anybody|those|people|others|nobody|dozens|hundreds|several|many|\d+)\s+)hurt\b(?!\s+(?:the|a|an|his|her|their|its|them|him|me|us)\b)/gi;

/** A stretch with the words that look like verb signals but are not masked. */
const masked = (stretch: string) =>
  stretch
    .replace(TO_COMPOUND, 'ADJ')
    .replace(HURT_AFTER_WHOM, '$1injured')
    .replace(NEXT_TO, 'beside')
    .replace(HAD_TO_BE, 'was')
    .replace(AMONG_THOSE, '$1ADJECTIVE')
    .replace(RESULTS_DUE, '$1 $2')
    .replace(AS_PLANNED, 'as before')
    // "wants the bridge open before …": read what is wanted before NOUN_OPEN takes "open" after a noun for no verb.
    .replace(WANTED_DONE, '$1will VERB')
    .replace(NOUN_OPEN, '$1NOUN')
    .replace(OPEN_BEFORE_NOUN, 'ADJ')
    .replace(CLOSE_OF, 'NOUN')
    .replace(KEPT_CLOSED, '$1ADJ')
    .replace(NAME_PARTICIPLE, 'NAME')
    .replace(NAME_OPENING_PAST, '$1NAME')
    .replace(BASE_LIKE_PAST, '$1VERB')
    .replace(ORDINAL_PARTICIPLE, '$1ADJ')
    .replace(PARTICIPLE_BEFORE_NOUN, '$1ADJ')
    .replace(SINGULAR_PAST, '$1 did $2')
    .replace(NAMED_PAST, (_, name: string | undefined, verb: string) => `${name ?? ''} did ${verb}`)
    .replace(DECIDED_TO, '$1would $2')
    .replace(WITH_INFINITIVE, '$1will $2')
    .replace(WITH_PLAN, '$1will')
    .replace(CALLED_GATHERING, '$1 would')
    .replace(NOUN_PLAN, 'NOUN')
    .replace(NOUN_PLAN_TO_NAME, 'NOUN')
    .replace(PLUPERFECT_PLAN, 'had')
    .replace(HAD_TO, 'did')
    .replace(FUTURE_PERFECT, 'will PARTICIPLE')
    .replace(INSTRUCTED, 'will')
    .replace(PRESENT_INSTRUCTED, 'will')
    // "hopes to have the ship back": "to have" owning something is read before the plan takes its "to".
    .replace(TO_HAVE, 'to hold')
    .replace(PRESENT_PLAN, 'will')
    .replace(PAST_PLAN, 'would')
    .replace(SET_UP, 'established')
    .replace(PASSIVE, '$1 PARTICIPLE')
    .replace(JOINED_PARTICIPLE, '$1PARTICIPLE')
    .replace(PRESENT_PASSIVE, '$1 PARTICIPLE')
    .replace(OBJECT_PARTICIPLE, '$1ADJECTIVE')
    // "the families of the victims and the injured": a participle after "the" ends its noun phrase as a noun.
    .replace(ARTICLE_PARTICIPLE, '$1NOUN')
    .replace(REDUCED_RELATIVE, '$1ADJECTIVE')
    .replace(BOOKED_FOR, '$1ADJECTIVE')
    .replace(CLAUSE_END_PARTICIPLE, '$1ADJECTIVE')
    .replace(ADJECTIVE_PARTICIPLE, 'ADJECTIVE')
    .replace(ADJECTIVE_IRREGULAR, 'ADJECTIVE')
    .replace(THAT_PARTICIPLE, 'that ADJECTIVE');

/** The signal of the verb group nearest the end of a stretch. */
function lastSignal(stretch: string): Direction | undefined {
  const words = masked(stretch).split(/\s+/).filter(Boolean);
  for (let from = words.length - 1; from >= 0; from--) {
    const signal = signalOf(words.slice(Math.max(0, from - GROUP_WORDS + 1), from + 1).join(' '));
    // "ordered civil defence teams to inspect": a plan told in the past, whose "to" lies past the group's end.
    if (
      signal === 'past' &&
      signalOf(words.slice(Math.max(0, from - GROUP_WORDS + 1), from + 3).join(' ')) === 'either'
    )
      return 'either';
    if (signal) return signal;
  }
  return undefined;
}
