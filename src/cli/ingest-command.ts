import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportSchema } from '../lib/schema/report.ts';
import { storySchema } from '../lib/schema/story.ts';
import { parseIngestArgs } from '../lib/ingest/args.ts';
import { buildReport } from '../lib/ingest/build-report.ts';
import { IngestError } from '../lib/ingest/ingest-error.ts';

export interface IngestContext {
  /** The project folder holding `content/`. */
  root: string;
  log: (line: string) => void;
}

function readRaw(path: string): string {
  if (!existsSync(path)) throw new IngestError(path, 'file', 'does not exist');
  return readFileSync(path, 'utf8');
}

function storyIds(root: string): string[] {
  const path = join(root, 'content', 'stories.json');
  const parsed = storySchema.array().safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new IngestError(path, String(parsed.error.issues[0].path.join('.')), parsed.error.issues[0].message);
  return parsed.data.map((story) => story.id);
}

/** Checks the frontmatter against the content schema, the one the build uses. */
function validate(target: string, frontmatter: unknown): void {
  const result = reportSchema.safeParse(frontmatter);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new IngestError(target, issue.path.join('.') || 'frontmatter', issue.message);
  }
}

/**
 * `npm run ingest`: one raw copy in, one report file out. Writes atomically
 * (temporary file, then rename) and never replaces a report without --force.
 * Returns the path written.
 */
export function ingest(argv: readonly string[], context: IngestContext): string {
  const options = parseIngestArgs(argv);
  const built = buildReport(readRaw(options.rawPath), options, storyIds(context.root));
  const target = join(context.root, 'content', 'reports', `${built.slug}.md`);
  validate(target, built.frontmatter);
  if (existsSync(target) && !options.force) {
    throw new IngestError(target, 'file', 'already exists; pass --force to replace it (or --slug to keep both)');
  }
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, built.fileText, { flag: 'wx' });
  renameSync(temporary, target);
  for (const notice of built.notices) context.log(`  ${notice}`);
  context.log(`wrote ${target}`);
  return target;
}
