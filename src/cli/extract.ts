// `npm run extract -- <dir> --out <predictions.json>`: the ingest's HTML path (extraction, then the cleaner's
// line rules) over every *.html / *.html.gz in a folder, writing { "<name>": { "articleBody": "…" } } with
// paragraphs separated by blank lines. No metadata is read and nothing is written to content/.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { articleFromHtml } from '../lib/ingest/html-article.ts';
import { decodeHtml } from '../lib/ingest/html-text.ts';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
if (positionals.length !== 1 || values.out === undefined) {
  console.error('usage: npm run extract -- <dir> --out <predictions.json>');
  process.exit(1);
}
const [dir] = positionals;
const predictions: Record<string, { articleBody: string }> = {};
for (const name of readdirSync(dir).sort()) {
  const match = /^(.*)\.html(\.gz)?$/.exec(name);
  if (match === null) continue;
  const bytes = readFileSync(join(dir, name));
  const article = articleFromHtml(decodeHtml(match[2] ? gunzipSync(bytes) : bytes));
  predictions[match[1]] = { articleBody: article === null ? '' : article.paragraphs.join('\n\n') };
}
writeFileSync(values.out, `${JSON.stringify(predictions, null, 1)}\n`);
console.log(`wrote ${Object.keys(predictions).length} predictions to ${values.out}`);
