import type { APIRoute, GetStaticPaths } from 'astro';
import { storyData } from '../../../data/story.ts';
import { cardResponse, cardRoutes } from '../../../build/card-cache.ts';
import type { CardText } from '../../../build/og-image.ts';

export const getStaticPaths = (async () => {
  const { mentions, people } = await storyData();
  return cardRoutes(
    people.map((person) => {
      const count = mentions.get(person.id)?.length ?? 0;
      return {
        params: { id: person.id },
        props: {
          kicker: person.role,
          title: person.name,
          footer: `Named in ${count} ${count === 1 ? 'passage' : 'passages'}`,
        },
      };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(props as CardText);
