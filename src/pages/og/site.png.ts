import type { APIRoute } from 'astro';
import { allStories } from '../../data/reports.ts';
import { cachedCard } from '../../lib/sharing/card-cache.ts';

export const GET: APIRoute = async () => {
  const [first] = await allStories();
  const count = first?.reports.length ?? 0;
  const png = await cachedCard({
    kicker: 'The story, cited',
    title: first?.story.title ?? 'Newsfold',
    footer: `${count} ${count === 1 ? 'report' : 'reports'}, every fact linked to its source`,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
