import type { APIRoute, GetStaticPaths } from 'astro';
import { channel, rssResponse, storyFeedPaths } from '../../../data/feeds.ts';

export const getStaticPaths = storyFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => rssResponse(channel(site, props.story), props.reports, site);
