import { sentencesOf } from '../text/sentences.ts';
import { stemWord } from '../text/stem.ts';
import { foldWord, isCalendarWord, isMeaningful, wordsIn } from '../text/words.ts';

/** Term counts of one part of a report. */
export type TermCounts = Record<string, number>;

/**
 * What story clustering reads of a report (Miranda et al., EMNLP 2018): the stems of its headline and of
 * its body, and the names it mentions, each counted; and when it was published.
 */
export interface ReportFeatures {
  /** ISO calendar date of publication. */
  published: string;
  title: TermCounts;
  body: TermCounts;
  names: TermCounts;
}

/** The text clustering reads: headline (null when none is known) and body paragraphs. */
export interface FeatureSource {
  published: string;
  title: string | null;
  paragraphs: readonly string[];
}

/**
 * The most a report contributes per part: its most frequent terms, earlier ones first among equals (a
 * news report says what matters first). Keeps every story's vectors, and the index, small at thousands of
 * reports; bench:stories scores the same with and without the cap.
 */
export const MAX_TERMS = { body: 100, names: 40 } as const;

function count(into: TermCounts, term: string): void {
  into[term] = (into[term] ?? 0) + 1;
}

/** The `max` most frequent terms; object keys keep insertion order, so ties go to the earlier term. */
function strongest(counts: TermCounts, max: number): TermCounts {
  const entries = Object.entries(counts);
  if (entries.length <= max) return counts;
  const order = new Map(entries.map(([term], position) => [term, position]));
  return Object.fromEntries(
    entries.sort(([a, x], [b, y]) => y - x || (order.get(a) ?? 0) - (order.get(b) ?? 0)).slice(0, max),
  );
}

function addStems(into: TermCounts, text: string): void {
  for (const word of wordsIn(text)) {
    const folded = foldWord(word.text);
    if (isMeaningful(folded) && !isCalendarWord(folded) && folded.length > 1) count(into, stemWord(folded));
  }
}

/** Capitalised words that do not open a sentence: "Umerov", "Istanbul", "LYON" (a dateline). */
function addNames(into: TermCounts, text: string): void {
  for (const sentence of sentencesOf(text)) {
    for (const [position, word] of wordsIn(sentence).entries()) {
      const folded = foldWord(word.text);
      const capitalised = /^\p{Lu}/u.test(word.text);
      const shouted = word.text.length > 1 && word.text === word.text.toUpperCase();
      if (!capitalised || (position === 0 && !shouted)) continue;
      if (isMeaningful(folded) && !isCalendarWord(folded) && folded.length > 1) count(into, folded);
    }
  }
}

/** The features of one report. */
export function reportFeatures(source: FeatureSource): ReportFeatures {
  const features: ReportFeatures = { published: source.published, title: {}, body: {}, names: {} };
  if (source.title !== null) addStems(features.title, source.title);
  for (const paragraph of source.paragraphs) {
    addStems(features.body, paragraph);
    addNames(features.names, paragraph);
  }
  features.body = strongest(features.body, MAX_TERMS.body);
  features.names = strongest(features.names, MAX_TERMS.names);
  return features;
}
