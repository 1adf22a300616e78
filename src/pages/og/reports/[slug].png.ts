import type { APIRoute, GetStaticPaths } from 'astro';
import { allReports } from '../../../data/reports.ts';
import { formatDay } from '../../../lib/dates.ts';
import { cachedCard, prepareCards } from '../../../lib/sharing/card-cache.ts';

export const getStaticPaths = (async () => {
  const paths = (await allReports()).map((report) => ({
    params: { slug: report.slug },
    props: { kicker: report.outletLabel, title: report.displayTitle, footer: formatDay(report.data.published) },
  }));
  // Workers draw the cards while the build computes the story and renders pages.
  prepareCards(paths.map((path) => path.props));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cachedCard(props as Parameters<typeof cachedCard>[0])), {
    headers: { 'Content-Type': 'image/png' },
  });
