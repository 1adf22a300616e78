const MAX_TITLE_WORDS = 7;
/** Words a slug should not end on: "…-exchange-but" reads as cut off. */
const DANGLING = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
]);

/** Lowercase ASCII words joined by hyphens: "RFE/RL" → "rfe-rl", "Zelenskyy’s" → "zelenskyys". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The report's URL slug: date, outlet and the first words of its headline,
 * readable in a shared link and unique enough for one outlet's day.
 */
export function reportSlug(published: string, outlet: string | null, headline: string): string {
  return [published, slugify(outlet ?? 'unknown-outlet'), headlineSlug(headline)].filter(Boolean).join('-');
}

/** The first words of a headline as a slug, not ending on "of" or "the". */
export function headlineSlug(headline: string): string {
  const words = slugify(headline).split('-').filter(Boolean).slice(0, MAX_TITLE_WORDS);
  while (words.length > 1 && DANGLING.has(words.at(-1) ?? '')) words.pop();
  return words.join('-');
}
