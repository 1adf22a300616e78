import { z } from 'zod';

/** A strict calendar date: `z.coerce.date()` would roll 2025-02-30 over to March. */
export const isoDate = z.iso.date({ error: 'must be a real calendar date written as "YYYY-MM-DD"' });

/** An absolute http(s) URL, normalised as browsers would (`<` becomes %3C), so it is always a valid href. */
export const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
  .transform((url) => new URL(url).href);

/** A lowercase-hyphenated id: a report's story, a person's page, a claim's anchor. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase-hyphenated slug');

/**
 * A report's slug, its file name and URL: lower-case ASCII letters, digits and single hyphens, starting and
 * ending with a letter or digit, at most 100 characters, so it can never be a path.
 */
export const reportSlugField = z
  .string()
  .max(100, 'must be at most 100 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens (never a path)');
