import type { APIRoute, GetStaticPaths } from 'astro';
import { storyData } from '../../../data/story.ts';
import { cachedCard, prepareCards } from '../../../lib/sharing/card-cache.ts';

export const getStaticPaths = (async () => {
  const { story, people } = await storyData();
  const paths = people.map((person) => {
    const count = story.mentions.get(person.id)?.length ?? 0;
    return {
      params: { id: person.id },
      props: {
        kicker: person.role,
        title: person.name,
        footer: `Named in ${count} ${count === 1 ? 'passage' : 'passages'}`,
      },
    };
  });
  prepareCards(paths.map((path) => path.props));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cachedCard(props as Parameters<typeof cachedCard>[0])), {
    headers: { 'Content-Type': 'image/png' },
  });
