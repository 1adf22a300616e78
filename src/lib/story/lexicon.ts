import type { HolidayCalendar } from './holidays.ts';

/**
 * What the story needs to know of words, places and days beyond the text:
 * that "swap" is a kind of "exchange", that Istanbul is in Turkey, that
 * Waitangi Day is 6 February. The build backs it with WordNet, GeoNames and
 * date-holidays (src/build/lexicon.ts, src/build/holidays.ts).
 */
export interface Lexicon {
  /** Named holidays, for dating "on Christmas Eve". */
  holidays: HolidayCalendar;
  /** Ids of a word's commonest senses and their direct broader senses: words sharing one are near-synonyms. */
  concepts(word: string): readonly string[];
  /** Words derived from a word or it from them, as WordNet pairs them: "suspension" for "suspended", "evacuate" for "evacuation". */
  derivedForms(word: string): readonly string[];
  /** The ISO country code of a place name: a country, or a city of 100,000 people or more. */
  countryOf(name: string): string | undefined;
  /** The ISO country code of a town of 20,000 people or more whose name no other country's town has, and no word. */
  townCountryOf(name: string): string | undefined;
}
