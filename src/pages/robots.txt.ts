import type { APIRoute } from 'astro';
import { paths } from '../data/paths.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(paths.file('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
