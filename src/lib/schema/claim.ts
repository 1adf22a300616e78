import { z } from 'zod';
import { slug } from './fields.ts';

/** A question the reports answer differently, with each side's exact excerpts. */
export const claimSchema = z
  .object({
    /** Anchor of the claim on the timeline page, `#claim-<id>`. */
    id: slug,
    /** The question, as readers see it. */
    question: z.string().trim().min(1),
    /** Each answer the reports give, with the excerpts that give it. */
    positions: z
      .array(
        z
          .object({
            /** The answer, in a few words. */
            label: z.string().trim().min(1),
            /** Word-for-word excerpts; the build fails if one is not in its report. */
            excerpts: z.array(z.object({ report: slug, text: z.string().trim().min(8) }).strict()).min(1),
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

export type ClaimData = z.infer<typeof claimSchema>;
