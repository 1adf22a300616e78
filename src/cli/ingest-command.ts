import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportSchema } from '../lib/schema/report.ts';
import { storySchema } from '../lib/schema/story.ts';
import { parseIngestArgs } from '../lib/ingest/args.ts';
import { buildReport } from '../lib/ingest/build-report.ts';
import { IngestError } from '../lib/ingest/ingest-error.ts';
import type { IngestOptions } from '../lib/ingest/args.ts';
import type { StoryData } from '../lib/schema/story.ts';
import { describeDecision } from '../lib/stories/describe-decision.ts';
import { storyFromReport } from '../lib/stories/new-story.ts';
import { decideStory, JOIN_THRESHOLD, rankStories } from '../lib/stories/rank-stories.ts';
import { reportFeatures, type FeatureSource } from '../lib/stories/report-features.ts';
import { loadStoryIndex } from '../build/story-index.ts';

export interface IngestContext {
  /** The project folder holding `content/`. */
  root: string;
  log: (line: string) => void;
}

function readRaw(path: string): string {
  if (!existsSync(path)) throw new IngestError(path, 'file', 'does not exist');
  return readFileSync(path, 'utf8');
}

function storiesPath(root: string): string {
  return join(root, 'content', 'stories.json');
}

function readStories(root: string): StoryData[] {
  const path = storiesPath(root);
  const parsed = storySchema.array().safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new IngestError(path, String(parsed.error.issues[0].path.join('.')), parsed.error.issues[0].message);
  return parsed.data;
}

/** Writes a file whole or not at all: a temporary file, then a rename. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { flag: 'wx' });
  renameSync(temporary, path);
}

/**
 * The report's story: the one the editor named, a new one they titled, or the best-scoring story of the
 * clustering index when it scores above the threshold, else a new story drawn from the report.
 * Returns the id and the story to add to content/stories.json, if any.
 */
function chooseStory(
  options: IngestOptions,
  stories: readonly StoryData[],
  root: string,
  report: { slug: string; source: FeatureSource },
  log: (line: string) => void,
): { id: string; created: StoryData | null } {
  const ids = stories.map((story) => story.id);
  if (options.story !== null) {
    if (!ids.includes(options.story)) {
      throw new IngestError(
        'arguments',
        '--story',
        `"${options.story}" is not in content/stories.json; name one of: ${ids.join(', ') || '(none yet)'}, ` +
          'or open one with --new-story "<title>"',
      );
    }
    return { id: options.story, created: null };
  }
  if (options.newStory !== null) {
    const created = storyFromReport(report, ids, options.newStory);
    log(`story: new story ${created.id}, as --new-story asked`);
    return { id: created.id, created };
  }
  const { index } = loadStoryIndex(root, false);
  const decision = decideStory(rankStories(index, reportFeatures(report.source)));
  const created = decision.kind === 'new' ? storyFromReport(report, ids) : null;
  const id = created?.id ?? (decision.kind === 'join' ? decision.story : '');
  log(describeDecision(decision, id, JOIN_THRESHOLD));
  return { id, created };
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
  const stories = readStories(context.root);
  let created: StoryData | null = null;
  const decisions: string[] = [];
  const built = buildReport(readRaw(options.rawPath), options, (report) => {
    const chosen = chooseStory(options, stories, context.root, report, (line) => decisions.push(line));
    created = chosen.created;
    return chosen.id;
  });
  const target = join(context.root, 'content', 'reports', `${built.slug}.md`);
  validate(target, built.frontmatter);
  if (existsSync(target) && !options.force) {
    throw new IngestError(target, 'file', 'already exists; pass --force to replace it (or --slug to keep both)');
  }
  // The story first: a report naming a story that is not listed would fail the build.
  if (created !== null) {
    writeAtomically(storiesPath(context.root), `${JSON.stringify([...stories, created], null, 2)}\n`);
  }
  writeAtomically(target, built.fileText);
  for (const line of decisions) context.log(line);
  for (const notice of built.notices) context.log(`  ${notice}`);
  context.log(`wrote ${target}`);
  return target;
}
