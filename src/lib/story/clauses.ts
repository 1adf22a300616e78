/** A stretch of a sentence, [start, end). */
export type Span = [number, number];

/**
 * Where a sentence divides into clauses: commas, semicolons, colons,
 * dashes, and "and"/"but" before a second verb in the past ("was built in
 * 1962 and fully renovated in 2019").
 */
const BREAK = /[,;:]\s|\s(?:--|—|–)\s|\s(?=(?:and|but)\s+(?:\w+ly\s+)?\w+ed\b)/g;
/**
 * A clause that only says who said something: "a Ukrainian military source said on Friday". Not a passive, which tells
 * what was done: "was reported on 14 July", "were confirmed on Monday"; nor "added the Konkan Breeze in 2024", which has
 * an object; nor "ARTC says trains will return from Monday 18 May", which tells a verb of its own.
 */
const ATTRIBUTION =
  /^(?:[^,;]{0,80}?\b(?<!\b(?:was|were|been|is|are|being|be)\s+(?:\w+ly\s+)?)(?:said|says|told|wrote|according to|(?:added|reported|confirmed)(?!\s+(?:the|a|an|its|their|his|her|two|three|four|five|\d[\d,.]*|more|another|extra|new)\b))\b)(?![^,;]*\b(?:will|would|shall|can|could|must|is|are|was|were|has|have|had)\b)[^,;]{0,40}$/i;
const MAX_ATTRIBUTION_WORDS = 12;
/** Words that tell who said a quotation: "…," Sinsua told reporters on Monday; Sinsua said on Monday: "…". */
export const SPEECH_VERB =
  /\b(?:said|says|told|tells|added|wrote|posted|announced|insisted|warned|promised|declared|confirmed|explained|stated|assured)\b/i;
/** A clause this short is a phrase of the one before it ("on Saturday", "late on Friday night"). */
const MAX_BARE_WORDS = 4;

/** The clauses of a sentence, as spans covering it end to end; `breaks` says where one ends (a global pattern). */
export function clausesOf(sentence: string, breaks: RegExp = BREAK): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of sentence.matchAll(breaks)) {
    spans.push([start, match.index + 1]);
    start = match.index + 1;
  }
  spans.push([start, sentence.length]);
  return spans;
}

/** Whether a clause only attributes the sentence to a source. */
export function isAttribution(clause: string): boolean {
  const trimmed = clause.replace(/^[\s,;:—–-]+|[\s.,;:"”’]+$/g, '');
  return trimmed.split(/\s+/).length <= MAX_ATTRIBUTION_WORDS && ATTRIBUTION.test(trimmed);
}

/**
 * The part of a sentence that belongs to each of its date phrases: the
 * clauses from the one after the previous phrase's clause to the one
 * before the next phrase's, so "resigned on Tuesday, three days after the
 * vote on Saturday" gives each date its own clause; phrases in one clause share it.
 */
export function regionsOf(sentence: string, positions: readonly number[]): string[] {
  // A clause of a few words states nothing on its own (", on Saturday.", ", late on Friday"): it belongs to the one
  // before, or at the sentence's start ("On Wednesday, Justice Reid granted …") to the one after. A short
  // attribution (", police said on Tuesday") stays apart, to be known as one.
  const bareAt = (span: Span) => {
    const text = sentence.slice(...span);
    return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_BARE_WORDS && !isAttribution(text);
  };
  const clauses = clausesOf(sentence).reduce<Span[]>((joined, span, index, all) => {
    const leading = joined.length === 1 && joined[0][0] === 0 && index === 1 && bareAt(all[0]);
    if ((joined.length > 0 && bareAt(span)) || leading)
      joined[joined.length - 1] = [joined[joined.length - 1][0], span[1]];
    else joined.push(span);
    return joined;
  }, []);
  const clauseOf = (position: number) => clauses.findIndex(([start, end]) => position >= start && position < end);
  const owners = positions.map(clauseOf);
  return owners.map((own) => {
    const earlier = owners.filter((other) => other < own);
    const later = owners.filter((other) => other > own);
    const first = earlier.length > 0 ? Math.max(...earlier) + 1 : 0;
    const last = later.length > 0 ? Math.min(...later) - 1 : clauses.length - 1;
    return sentence
      .slice(clauses[first][0], clauses[last][1])
      .replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '')
      .trim();
  });
}
