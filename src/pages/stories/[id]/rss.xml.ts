import type { APIRoute, GetStaticPaths } from 'astro';
import { channel, rssResponse } from '../../../data/feeds.ts';
import { storyOverviews } from '../../../data/reports.ts';

export const getStaticPaths = (async () =>
  (await storyOverviews()).map(({ story, reports }) => ({
    params: { id: story.id },
    props: { story, reports },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => rssResponse(channel(site, props.story), props.reports, site);
