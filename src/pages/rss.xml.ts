import type { APIRoute } from 'astro';
import { channel, rssResponse } from '../data/feeds.ts';
import { allReports } from '../data/reports.ts';

export const GET: APIRoute = async ({ site }) => rssResponse(channel(site), await allReports(), site);
