import type { APIRoute, GetStaticPaths } from 'astro';
import { emitFiles } from '../../build/emitted-files.ts';
import { searchIndex } from '../../data/search-index.ts';
import { searchFile } from '../../lib/search/index-format.ts';

export const getStaticPaths = (async () => {
  const index = await searchIndex();
  const paths = [
    ...[...index.vocab].map(([shard, vocab]) => ({
      params: { file: searchFile.vocab(shard) },
      props: { body: vocab },
    })),
    ...[...index.postings].map(([key, chunk]) => ({
      params: { file: searchFile.postings(key) },
      props: { body: chunk },
    })),
    ...index.reports.map((record, number) => ({
      params: { file: searchFile.report(number) },
      props: { body: record },
    })),
  ];
  // A build writes the files itself (src/build/emitted-files.ts); `astro dev` serves them here.
  const written = emitFiles(
    paths.map(({ params, props }) => ({
      path: `search/${params.file}.json`,
      contents: async () => JSON.stringify(props.body),
    })),
  );
  return written ? [] : paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json' } });
