import type { APIRoute } from 'astro';
import { allStories } from '../../data/reports.ts';
import { cardResponse } from '../../build/card-cache.ts';

export const GET: APIRoute = async () => {
  const [first] = await allStories();
  const count = first?.reports.length ?? 0;
  return cardResponse({
    kicker: 'The story, cited',
    title: first?.story.title ?? 'Newsfold',
    footer: `${count} ${count === 1 ? 'report' : 'reports'}, every fact linked to its source`,
  });
};
