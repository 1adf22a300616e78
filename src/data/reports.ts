// The only module that reads the content collections: every page takes its
// lists from here, and each report body is parsed once per build.
import { getCollection } from 'astro:content';
import type { StoryData } from '../lib/schema/story.ts';
import { derived } from '../build/derived-cache.ts';
import { parseReport } from '../lib/markdown/parse-report.ts';
import { byLatestUpdate, storyOverview, type StoryOverview } from '../lib/stories/story-overview.ts';
import { byPublication, toReport, type Report } from '../lib/reports/report.ts';

let reports: Promise<Report[]> | undefined;

async function loadReports(): Promise<Report[]> {
  const stories = new Set((await getCollection('stories')).map((story) => story.id));
  const entries = await getCollection('reports');
  return entries
    .map((entry) => {
      if (!stories.has(entry.data.story)) {
        throw new Error(`${entry.filePath}: story: "${entry.data.story}" is not in content/stories.json`);
      }
      const body = entry.body ?? '';
      return toReport(
        entry.id,
        entry.data,
        derived('parse', body, () => parseReport(body)),
      );
    })
    .sort(byPublication);
}

/** Every report, oldest first. */
export function allReports(): Promise<Report[]> {
  reports ??= loadReports();
  return reports;
}

/** Every story with at least one report, most recently updated first. */
export async function storyOverviews(): Promise<StoryOverview[]> {
  return (await allStories())
    .filter(({ reports }) => reports.length > 0)
    .map(({ story, reports }) => storyOverview(story, reports))
    .sort(byLatestUpdate);
}

/** Every story in content/stories.json order, with its reports (oldest first). */
export async function allStories(): Promise<{ story: StoryData; reports: Report[] }[]> {
  const all = await allReports();
  return (await getCollection('stories')).map((entry) => ({
    story: entry.data,
    reports: all.filter((report) => report.data.story === entry.id),
  }));
}
