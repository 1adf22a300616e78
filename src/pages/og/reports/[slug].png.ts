import type { APIRoute, GetStaticPaths } from 'astro';
import { allReports } from '../../../data/reports.ts';
import { formatDay } from '../../../lib/dates.ts';
import { cachedCardFile, cardResponse, cardRoutes } from '../../../build/card-cache.ts';
import { emitFiles } from '../../../build/emitted-files.ts';
import type { CardText } from '../../../build/og-image.ts';

export const getStaticPaths = (async () => {
  const paths = cardRoutes(
    (await allReports()).map((report) => ({
      params: { slug: report.slug },
      props: { kicker: report.outletLabel, title: report.displayTitle, footer: formatDay(report.data.published) },
    })),
  );
  // A build copies each card from the cache itself (src/build/emitted-files.ts); `astro dev` serves it here.
  const written = emitFiles(
    paths.map(({ params, props }) => ({
      path: `og/reports/${params.slug}.png`,
      contents: async () => ({ copyOf: await cachedCardFile(props) }),
    })),
  );
  return written ? [] : paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => cardResponse(props as CardText);
