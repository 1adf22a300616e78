// Imported by Astro and by the ingest command (plain Node), so it uses
// `astro/content/config` rather than the virtual `astro:content` module.
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { REMOVAL_RULES } from './lib/clean/types.ts';
import { DATE_SOURCES, TITLE_SOURCES } from './lib/provenance.ts';

/** A strict calendar date: `z.coerce.date()` would roll 2025-02-30 over to March. */
const isoDate = z.iso.date({ error: 'must be a real calendar date written as "YYYY-MM-DD" in quotes' });
// Normalised as browsers would (`<` becomes %3C), so a URL is always a valid href.
const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
  .transform((url) => new URL(url).href);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase-hyphenated slug');

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
    /** Lines the cleaner removed from the raw copy, word for word, with the rule that removed each. */
    removed: z.array(z.object({ line: z.string(), rule: z.enum(REMOVAL_RULES) }).strict()).default([]),
  })
  .strict()
  .refine((report) => (report.title === null) === (report.titleSource === 'none'), {
    message: 'title must be null exactly when titleSource is "none"',
    path: ['titleSource'],
  });

export type ReportData = z.infer<typeof reportSchema>;

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

/** The content folder; tests and benchmarks point it at fixture or synthetic content. */
export const CONTENT = process.env.NEWSFOLD_CONTENT ?? './content';

/** Report ids are file names; two files whose names slugify alike must not overwrite each other. */
const reportFiles = new Map<string, string>();
function reportId({ entry }: { entry: string }): string {
  const id = entry
    .replace(/\.md$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const other = reportFiles.get(id);
  if (other !== undefined && other !== entry) {
    throw new Error(`${CONTENT}/reports/${entry}: id: "${id}" is already the id of ${CONTENT}/reports/${other}`);
  }
  reportFiles.set(id, entry);
  return id;
}

export const collections = {
  reports: defineCollection({
    loader: glob({ pattern: '*.md', base: `${CONTENT}/reports`, generateId: reportId }),
    schema: reportSchema,
  }),
  stories: defineCollection({
    loader: file(`${CONTENT}/stories.json`),
    schema: storySchema,
  }),
  people: defineCollection({
    loader: file(`${CONTENT}/people.json`),
    schema: personSchema,
  }),
  claims: defineCollection({
    loader: file(`${CONTENT}/claims.json`),
    schema: claimSchema,
  }),
};
