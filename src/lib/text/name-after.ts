import { WEEKDAY_CAPITALISED } from './weekday-names.ts';

/**
 * Up to three capitalised words, no month or weekday among them, that end a name after a word that may also be a date's:
 * " Lake Haulage, its contractor" after "Friday", " Sagna, who" after "Tabaski".
 */
export const NAME_AFTER = new RegExp(
  String.raw`^(?:\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|${WEEKDAY_CAPITALISED}\b)\p{Lu}\p{Ll}+){1,3}(?:[,.;)]|\s+(?:of|and|who|said|says|told|added|asked)\b|$)`,
  'u',
);
