/**
 * What event merging needs to know of words and places beyond the text:
 * that "swap" is a kind of "exchange" and that Istanbul is in Turkey. The
 * build backs it with WordNet and GeoNames (src/build/lexicon.ts).
 */
export interface Lexicon {
  /** Ids of a word's commonest senses and their direct broader senses: words sharing one are near-synonyms. */
  concepts(word: string): readonly string[];
  /** The ISO country code of a place name: a country, or a city of 100,000 people or more. */
  countryOf(name: string): string | undefined;
}
