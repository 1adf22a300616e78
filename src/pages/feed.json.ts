import type { APIRoute } from 'astro';
import { channel, jsonFeedResponse } from '../data/feeds.ts';
import { allReports } from '../data/reports.ts';

/** JSON Feed 1.1: the same items as /rss.xml. */
export const GET: APIRoute = async ({ site }) => jsonFeedResponse(channel(site), await allReports(), site);
