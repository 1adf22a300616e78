import type { APIRoute, GetStaticPaths } from 'astro';
import { channel, jsonFeedResponse } from '../../../data/feeds.ts';
import { storyOverviews } from '../../../data/reports.ts';

export const getStaticPaths = (async () =>
  (await storyOverviews()).map(({ story, reports }) => ({
    params: { id: story.id },
    props: { story, reports },
  }))) satisfies GetStaticPaths;

/** JSON Feed 1.1 of one story: the same items as its rss.xml. */
export const GET: APIRoute = ({ site, props }) => jsonFeedResponse(channel(site, props.story), props.reports, site);
