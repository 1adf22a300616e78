import type { APIRoute } from 'astro';
import { storyOverviews } from '../../data/reports.ts';
import { cardResponse } from '../../build/card-cache.ts';

/** The front page's card: the site, not one story (#12: the front page is every story). */
export const GET: APIRoute = async () => {
  const stories = await storyOverviews();
  const reports = stories.reduce((sum, overview) => sum + overview.reports.length, 0);
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return cardResponse({
    kicker: 'News, story by story',
    title: stories.length === 1 ? stories[0].story.title : 'Every report of each story, folded into one place',
    footer: `${plural(reports, 'report', 'reports')} in ${plural(stories.length, 'story', 'stories')}, every fact linked to its source`,
  });
};
