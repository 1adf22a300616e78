import { z } from 'zod';
import { slug } from './fields.ts';

/** One story that several reports tell. */
export const storySchema = z
  .object({
    /** The slug reports name in their `story` field. */
    id: slug,
    /** The story's name, shown as the heading of its page and card. */
    title: z.string().trim().min(1),
    /** One or two sentences that say what the story is. */
    summary: z.string().trim().min(1),
    /**
     * Set when ingest opened the story: the report whose headline or opening was taken as the title or
     * summary, shown as such until an editor rewrites them and removes this field.
     */
    drawnFrom: z
      .object({ report: slug, fields: z.array(z.enum(['title', 'summary'])).min(1) })
      .strict()
      .optional(),
  })
  .strict();

export type StoryData = z.infer<typeof storySchema>;
