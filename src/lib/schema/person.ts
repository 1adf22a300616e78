import { z } from 'zod';
import { slug } from './fields.ts';

/** A person the reports mention, with every spelling that names them. */
export const personSchema = z
  .object({
    /** The slug of the person's page, `/people/<id>/`. */
    id: slug,
    /** The canonical name, as pages show it. */
    name: z.string().trim().min(1),
    /** Other spellings and short forms that name this person in reports ("Zelensky", "Lavrov"). */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** What the person is, in the story's time ("Foreign Minister of Russia"). */
    role: z.string().trim().min(1),
  })
  .strict();

export type PersonData = z.infer<typeof personSchema>;
