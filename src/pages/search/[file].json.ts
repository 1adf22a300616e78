import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndex } from '../../data/search-index.ts';
import { searchFile } from '../../lib/search/index-format.ts';

export const getStaticPaths = (async () => {
  const index = await searchIndex();
  return [
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
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'Content-Type': 'application/json' } });
