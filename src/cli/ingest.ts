import { ingestSource } from './ingest-command.ts';
import { IngestError } from '../lib/ingest/ingest-error.ts';

try {
  await ingestSource(process.argv.slice(2), { root: process.cwd(), log: (line) => console.log(line) });
} catch (error) {
  if (!(error instanceof IngestError)) throw error;
  console.error(`ingest: ${error.message}`);
  process.exitCode = 1;
}
