import { z } from 'zod';
import { httpUrl, slug } from './fields.ts';

/** A feed the site follows (`content/sources.json`): `npm run ingest:sources` ingests its new items. */
export const sourceSchema = z
  .object({
    /** The feed's address (RSS, Atom or JSON Feed). */
    url: httpUrl,
    /** The outlet its items are credited to. */
    outlet: z.string().trim().min(1),
    /** Put every item in this story rather than placing each automatically. */
    story: slug.optional(),
  })
  .strict();

export type SourceData = z.infer<typeof sourceSchema>;
