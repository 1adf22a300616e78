// The search index, built once per build from the same parsed reports the pages use.
import { getCollection } from 'astro:content';
import { spellingGroups } from '../lib/search/aliases.ts';
import { buildSearchIndex, type SearchIndex } from '../lib/search/build-index.ts';
import { toSearchable } from '../lib/search/searchable.ts';
import { allReports } from './reports.ts';

let index: Promise<SearchIndex> | undefined;

async function build(): Promise<SearchIndex> {
  const people = (await getCollection('people')).map((entry) => entry.data);
  return buildSearchIndex((await allReports()).map(toSearchable), spellingGroups(people));
}

/** The static search files' contents. */
export function searchIndex(): Promise<SearchIndex> {
  index ??= build();
  return index;
}
