import { stemmer } from 'stemmer';

/** The Porter stem of a folded word: "negotiations" and "negotiated" → "negoti". */
export function stemWord(folded: string): string {
  return stemmer(folded);
}
