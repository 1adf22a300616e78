import type { APIRoute, GetStaticPaths } from 'astro';
import { allReports } from '../../../data/reports.ts';
import { formatDay } from '../../../lib/dates.ts';
import { cardResponse, cardRoutes } from '../../../build/card-cache.ts';
import type { CardText } from '../../../build/og-image.ts';

export const getStaticPaths = (async () =>
  cardRoutes(
    (await allReports()).map((report) => ({
      params: { slug: report.slug },
      props: { kicker: report.outletLabel, title: report.displayTitle, footer: formatDay(report.data.published) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(props as CardText);
