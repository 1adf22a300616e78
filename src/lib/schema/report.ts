import { z } from 'zod';
import { REMOVAL_RULES } from '../clean/types.ts';
import { DATE_SOURCES, TITLE_SOURCES } from '../provenance.ts';
import { httpUrl, isoDate, slug } from './fields.ts';
import { pageProvenanceSchema } from './page-provenance.ts';

/** Frontmatter of one report in `content/reports/<slug>.md`; the body is the cleaned text. */
export const reportSchema = z
  .object({
    /** The headline, or null when none is known (`titleSource: none`). */
    title: z.string().trim().min(1).nullable(),
    /** How the headline is known; anything but `stated` is shown to readers as such. */
    titleSource: z.enum(TITLE_SOURCES),
    /** The outlet that published this copy, as readers know it ("RFE/RL"); null = not stated. */
    outlet: z.string().trim().min(1).nullable(),
    /** Original URL of this copy; null = not stated (never guessed). */
    url: httpUrl.nullable().default(null),
    /** URL of the story this copy carries or rewords (wire original); null = none known. */
    basedOn: httpUrl.nullable().default(null),
    /** Authors named for this copy; empty = not stated. */
    byline: z.array(z.string().trim().min(1)).default([]),
    /** Publication date of this copy. */
    published: isoDate,
    /** How the publication date is known. */
    dateSource: z.enum(DATE_SOURCES),
    /** Free-text provenance: what is known of the copy's origin and how. */
    provenance: z.string().trim().min(1).nullable().default(null),
    /** The story (see `content/stories.json`) this report belongs to. */
    story: slug,
    /** Reports of the same story whose text this copy carries nearly word for word (a wire copy). */
    copyOf: z.array(slug).optional(),
    /** For a report read from a web page: how it came, what the page stated, where each field came from. */
    page: pageProvenanceSchema.optional(),
    /** Lines the cleaner removed from the raw copy, word for word, with the rule that removed each. */
    removed: z.array(z.object({ line: z.string(), rule: z.enum(REMOVAL_RULES) }).strict()).default([]),
  })
  .strict()
  .refine((report) => (report.title === null) === (report.titleSource === 'none'), {
    message: 'title must be null exactly when titleSource is "none"',
    path: ['titleSource'],
  });

export type ReportData = z.infer<typeof reportSchema>;
