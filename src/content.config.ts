// Wiring only: each collection, where it is read from, and its schema from src/lib/schema/.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { claimSchema } from './lib/schema/claim.ts';
import { personSchema } from './lib/schema/person.ts';
import { reportSchema } from './lib/schema/report.ts';
import { storySchema } from './lib/schema/story.ts';

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
