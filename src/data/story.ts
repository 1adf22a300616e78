// The story built from every report, once per build; a claim excerpt missing
// from its report fails the build here.
import { getCollection } from 'astro:content';
import { buildStory, type Story } from '../lib/story/build-story.ts';
import type { StoryReport } from '../lib/story/events.ts';
import { unlistedNames } from '../lib/story/name-check.ts';
import { CONTENT } from '../content.config.ts';
import { checkSpellings, nameFinder, peopleIn, type Person } from '../lib/story/people.ts';
import type { DocBlock } from '../lib/markdown/parse-report.ts';
import type { Report } from '../lib/reports/report.ts';
import { linkPeople } from '../lib/story/link-people.ts';
import { allReports } from './reports.ts';

let story: Promise<{ story: Story; people: Person[] }> | undefined;

function toStoryReport(report: Report): StoryReport {
  return {
    slug: report.slug,
    outlet: report.outletLabel,
    published: report.data.published,
    passages: report.doc.blocks.filter((block) => block.kind === 'paragraph'),
  };
}

async function build(): Promise<{ story: Story; people: Person[] }> {
  const reports = (await allReports()).map(toStoryReport);
  const people = (await getCollection('people')).map((entry) => entry.data);
  const claims = (await getCollection('claims')).map((entry) => entry.data);
  checkSpellings(`${CONTENT}/people.json`, people);
  const find = nameFinder(people);
  const unlisted = [...new Set(reports.flatMap((r) => r.passages.flatMap((p) => unlistedNames(p.text, find))))];
  if (unlisted.length > 0) {
    console.warn(`[newsfold] names not in content/people.json (add them if they are people): ${unlisted.join(', ')}`);
  }
  return { story: buildStory(reports, people, { file: `${CONTENT}/claims.json`, claims }), people };
}

/** A report's body with the first mention of each person in each paragraph linked to their page. */
export async function linkedBlocks(report: Report): Promise<DocBlock[]> {
  const { people } = await storyData();
  return linkPeople(report.doc.blocks, nameFinder(people));
}

/** The people a report names, in order of first mention. */
export async function namedPeople(report: Report): Promise<Person[]> {
  const { people } = await storyData();
  const ids = peopleIn(report.doc.blocks.map((block) => block.text).join('\n'), nameFinder(people));
  return ids.flatMap((id) => people.filter((person) => person.id === id));
}

/** The story and the curated people. */
export function storyData(): Promise<{ story: Story; people: Person[] }> {
  story ??= build();
  return story;
}
