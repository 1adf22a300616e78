import { z } from 'zod';
import { slug } from './fields.ts';

/** One story that several reports tell. */
export const storySchema = z
  .object({
    /** The slug reports name in their `story` field. */
    id: slug,
    /** The story's name, shown as the timeline's heading. */
    title: z.string().trim().min(1),
    /** One or two sentences that say what the story is. */
    summary: z.string().trim().min(1),
  })
  .strict();

export type StoryData = z.infer<typeof storySchema>;
