// Each story's model built from its own reports only, once per build; a claim excerpt missing
// from its report fails the build here.
import { getCollection } from 'astro:content';
import { buildStory, type Mention, type Story } from '../lib/story/build-story.ts';
import type { Quote } from '../lib/story/quotes.ts';
import type { StoryReport } from '../lib/story/events.ts';
import { CONTENT } from '../content.config.ts';
import { checkSpellings, nameFinder, peopleIn, type Person } from '../lib/story/people.ts';
import type { DocBlock } from '../lib/markdown/parse-report.ts';
import type { Report } from '../lib/reports/report.ts';
import { linkPeople } from '../lib/story/link-people.ts';
import { cached, derived, keep } from '../build/derived-cache.ts';
import { loadLexicon } from '../build/lexicon.ts';
import { allReports, allStories } from './reports.ts';

/** How many of the latest reports the name cross-check reads. */
const NAME_CHECK_REPORTS = 20;
/** How many unlisted names the warning spells out; a long list would bury the rest of the log. */
const NAMES_SHOWN = 15;

interface StoryModels {
  /** Each story's timeline, claims, quotes and mentions, from its own reports, in content/stories.json order. */
  stories: { id: string; story: Story }[];
  /** Every passage naming each person, across the stories. */
  mentions: Map<string, Mention[]>;
  /** Every quote, across the stories. */
  quotes: Quote[];
  people: Person[];
  find: ReturnType<typeof nameFinder>;
}

let models: Promise<StoryModels> | undefined;

function toStoryReport(report: Report): StoryReport {
  return {
    slug: report.slug,
    outlet: report.outletLabel,
    published: report.data.published,
    passages: report.doc.blocks.filter((block) => block.kind === 'paragraph'),
  };
}

async function build(): Promise<StoryModels> {
  const reports = (await allReports()).map(toStoryReport);
  const people = (await getCollection('people')).map((entry) => entry.data);
  const claims = (await getCollection('claims')).map((entry) => entry.data);
  checkSpellings(`${CONTENT}/people.json`, people);
  const find = nameFinder(people);
  // compromise costs ~30 ms a report: cross-check the latest reports, the ones an editor just added.
  const latest = reports.slice(-NAME_CHECK_REPORTS);
  const unlisted = [...new Set((await Promise.all(latest.map((report) => unlistedIn(report, people, find)))).flat())];
  if (unlisted.length > 0) {
    const shown = unlisted.slice(0, NAMES_SHOWN).join(', ');
    const more = unlisted.length > NAMES_SHOWN ? ` and ${unlisted.length - NAMES_SHOWN} more` : '';
    console.warn(`[newsfold] names not in content/people.json (add them if they are people): ${shown}${more}`);
  }
  const stories = (await allStories()).map(({ story, reports: own }) => {
    const slugs = new Set(own.map((report) => report.slug));
    // A claim compares reports of one story: the story of its first excerpt.
    const ownClaims = claims.filter((claim) => slugs.has(claim.positions[0]?.excerpts[0]?.report ?? ''));
    const claimInput = { file: `${CONTENT}/claims.json`, claims: ownClaims };
    const storyReports = own.map(toStoryReport);
    // Kept between builds by its inputs: a story none of whose reports changed is read back, not rebuilt.
    const model = derived('story', { storyReports, people, claimInput }, () =>
      buildStory(storyReports, people, claimInput, loadLexicon()),
    );
    return { id: story.id, story: model };
  });
  const mentions = new Map(
    people.map((person) => [person.id, stories.flatMap(({ story }) => story.mentions.get(person.id) ?? [])]),
  );
  return { stories, mentions, quotes: stories.flatMap(({ story }) => story.quotes), people, find };
}

/** Names in a report that the curated people do not cover, kept by the report and the people. */
async function unlistedIn(report: StoryReport, people: Person[], find: ReturnType<typeof nameFinder>) {
  const key = { report, people };
  const known = cached<string[]>('unlisted-names', key);
  if (known) return known;
  // Loaded only when a report is new: compromise takes about 0.5 s to load.
  const { unlistedNames } = await import('../lib/story/name-check.ts');
  return keep('unlisted-names', key, [...new Set(report.passages.flatMap((p) => unlistedNames(p.text, find)))]);
}

/** A report's body with the first mention of each person in each paragraph linked to their page. */
export async function linkedBlocks(report: Report): Promise<DocBlock[]> {
  return linkPeople(report.doc.blocks, (await storyData()).find);
}

/** The people a report names, in order of first mention. */
export async function namedPeople(report: Report): Promise<Person[]> {
  const { people, find } = await storyData();
  const ids = peopleIn(report.doc.blocks.map((block) => block.text).join('\n'), find);
  return ids.flatMap((id) => people.filter((person) => person.id === id));
}

/** Each story's model, everyone's mentions and quotes, and the curated people. */
export function storyData(): Promise<StoryModels> {
  models ??= build();
  return models;
}
