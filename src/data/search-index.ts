// The search index, built once per build from the same parsed reports the pages use.
import { getCollection } from 'astro:content';
import { spellingGroups } from '../lib/search/aliases.ts';
import { buildSearchIndex, type SearchIndex } from '../lib/search/build-index.ts';
import { toSearchable } from '../lib/search/searchable.ts';
import { derived } from '../build/derived-cache.ts';
import { allReports } from './reports.ts';

let index: Promise<SearchIndex & { reportNumbers: Map<string, number> }> | undefined;

async function build() {
  const people = (await getCollection('people')).map((entry) => entry.data);
  const stories = new Map((await getCollection('stories')).map((entry) => [entry.id, entry.data]));
  const reports = await allReports();
  const records = reports.map((report) => {
    const story = stories.get(report.data.story);
    if (story === undefined) throw new Error(`${report.slug}: story "${report.data.story}" is not listed`);
    return toSearchable(report, story);
  });
  const spellings = spellingGroups(people);
  return {
    // Kept by its inputs: an unchanged rebuild reads it back (building it takes about 1 s at 1,000 reports).
    ...derived('search-index', { records, spellings }, () => buildSearchIndex(records, spellings)),
    /** A report's number in the index: what a story page's scoped search filters by. */
    reportNumbers: new Map(reports.map((report, number) => [report.slug, number])),
  };
}

/** The static search files' contents. */
export function searchIndex() {
  index ??= build();
  return index;
}
