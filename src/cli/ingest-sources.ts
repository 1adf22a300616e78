// `npm run ingest:sources`: every new item of every feed in content/sources.json. A source that fails is
// reported and skipped; the run fails only when every source failed. Known items are skipped and counted.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from '../lib/ingest/ingest-error.ts';
import { sourceSchema } from '../lib/schema/source.ts';
import { ingestSource, type IngestContext } from './ingest-command.ts';

export interface SourcesRun {
  /** Paths of the reports written. */
  added: string[];
  sources: number;
  /** The sources that failed, each with its one-line reason. */
  failed: { url: string; reason: string }[];
}

export async function ingestSources(context: IngestContext): Promise<SourcesRun> {
  const file = join(context.root, 'content', 'sources.json');
  if (!existsSync(file)) throw new IngestError(file, 'file', 'does not exist; list the feeds to follow there');
  const parsed = sourceSchema.array().safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IngestError(file, issue.path.join('.') || 'sources', issue.message);
  }
  const run: SourcesRun = { added: [], sources: parsed.data.length, failed: [] };
  for (const source of parsed.data) {
    const argv = [source.url, '--outlet', source.outlet, ...(source.story ? ['--story', source.story] : [])];
    try {
      run.added.push(...(await ingestSource(argv, context)));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      run.failed.push({ url: source.url, reason: error.message });
      context.log(`failed: ${error.message}`);
    }
  }
  context.log(
    `sources: ${run.added.length} reports added from ${run.sources} sources` +
      (run.failed.length > 0 ? `; ${run.failed.length} failed` : ''),
  );
  for (const path of run.added) context.log(`added: ${path}`);
  return run;
}

if (import.meta.main) {
  try {
    const run = await ingestSources({ root: process.cwd(), log: (line) => console.log(line) });
    process.exitCode = run.sources > 0 && run.failed.length === run.sources ? 1 : 0;
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    console.error(`ingest:sources: ${error.message}`);
    process.exitCode = 1;
  }
}
