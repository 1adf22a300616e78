import type { APIRoute, GetStaticPaths } from 'astro';
import { channel, jsonFeedResponse, storyFeedPaths } from '../../../data/feeds.ts';

export const getStaticPaths = storyFeedPaths satisfies GetStaticPaths;

/** JSON Feed 1.1 of one story: the same items as its rss.xml. */
export const GET: APIRoute = ({ site, props }) => jsonFeedResponse(channel(site, props.story), props.reports, site);
