import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { z } from 'zod';
import { claimSchema } from '../../src/lib/schema/claim.ts';
import { personSchema } from '../../src/lib/schema/person.ts';
import { reportSchema } from '../../src/lib/schema/report.ts';
import { storySchema } from '../../src/lib/schema/story.ts';
import { parseReport } from '../../src/lib/markdown/parse-report.ts';
import { toReport, byPublication, type Report } from '../../src/lib/reports/report.ts';
import { spellingGroups } from '../../src/lib/search/aliases.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { memorySource } from '../../src/lib/search/memory-source.ts';
import { SearchEngine } from '../../src/lib/search/query.ts';
import { toSearchable } from '../../src/lib/search/searchable.ts';
import { REPORTS_DIR, ROOT, reportFiles } from './helpers.ts';

/** Data checked against the schema the build checks it with; a failure names the file. */
function validated<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** The entries of a JSON collection in content/, each checked as the build checks it. */
function collection<T>(name: string, schema: z.ZodType<T>): T[] {
  const file = join(ROOT, 'content', name);
  const entries: unknown[] = JSON.parse(readFileSync(file, 'utf8'));
  return entries.map((entry) => validated(file, schema, entry));
}

export const people = collection('people.json', personSchema);
export const claims = collection('claims.json', claimSchema);
const stories = new Map(collection('stories.json', storySchema).map((story) => [story.id, story]));

/** A report's search record; a made-up report's story is titled by its id. */
export function searchable(report: Report) {
  const story = stories.get(report.data.story) ?? { id: report.data.story, title: report.data.story, summary: '' };
  return toSearchable(report, story);
}

/**
 * The real reports, read from content/ as the build reads them: frontmatter
 * parsed by Astro's parser and checked against the report schema, every
 * report in a known story, oldest first.
 */
export function realReports(): Report[] {
  return reportFiles()
    .map((name) => {
      const file = join(REPORTS_DIR, name);
      const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'), {
        frontmatter: 'empty-with-spaces',
      });
      const data = validated(file, reportSchema, frontmatter);
      if (!stories.has(data.story)) throw new Error(`${file}: story: "${data.story}" is not in content/stories.json`);
      return toReport(name.replace(/\.md$/, ''), data, parseReport(content.trim()));
    })
    .sort(byPublication);
}

/** A search engine over the given reports, with the curated spellings. */
export function engineFor(reports: Report[]) {
  const index = buildSearchIndex(reports.map(searchable), spellingGroups(people));
  return { index, engine: new SearchEngine(index.manifest, memorySource(index)) };
}
