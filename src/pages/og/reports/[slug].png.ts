import type { APIRoute, GetStaticPaths } from 'astro';
import { allReports } from '../../../data/reports.ts';
import { formatDay } from '../../../lib/dates.ts';
import { cachedCard } from '../../../lib/sharing/og-image.ts';

export const getStaticPaths = (async () =>
  (await allReports()).map((report) => ({
    params: { slug: report.slug },
    props: { kicker: report.outletLabel, title: report.displayTitle, footer: formatDay(report.data.published) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await cachedCard(props as Parameters<typeof cachedCard>[0])), {
    headers: { 'Content-Type': 'image/png' },
  });
