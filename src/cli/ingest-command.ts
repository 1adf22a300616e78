import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportSchema } from '../lib/schema/report.ts';
import { storySchema } from '../lib/schema/story.ts';
import { parseIngestArgs } from '../lib/ingest/args.ts';
import { buildReport } from '../lib/ingest/build-report.ts';
import { IngestError } from '../lib/ingest/ingest-error.ts';
import type { IngestOptions, ResolvedOptions } from '../lib/ingest/args.ts';
import type { Removal } from '../lib/clean/clean-report.ts';
import { decodeHtml } from '../lib/ingest/html-text.ts';
import { pageInput } from '../lib/ingest/page-input.ts';
import type { PageProvenance } from '../lib/schema/page-provenance.ts';
import { fetchPage } from '../build/fetch-page.ts';
import { feedItems } from '../lib/ingest/feed-items.ts';
import { jaccard, shingles, WIRE_COPY_THRESHOLD } from '../lib/ingest/shingles.ts';
import { reportText } from '../lib/stories/report-text.ts';
import type { StoryData } from '../lib/schema/story.ts';
import { describeDecision } from '../lib/stories/describe-decision.ts';
import { storyFromReport } from '../lib/stories/new-story.ts';
import { decideStory, JOIN_THRESHOLD, rankStories } from '../lib/stories/rank-stories.ts';
import { reportFeatures, type FeatureSource } from '../lib/stories/report-features.ts';
import { bodyHash, loadStoryIndex, type FileState } from '../build/story-index.ts';
import { canonicalUrl } from '../lib/ingest/duplicates.ts';
import type { StoryIndex } from '../lib/stories/story-index.ts';

export interface IngestContext {
  /** The project folder holding `content/`. */
  root: string;
  log: (line: string) => void;
}

/** The largest saved page or fetched page read; news pages are well under it, with their markup. */
export const MAX_PAGE_BYTES = 5_000_000;

function readSource(path: string): Buffer {
  if (!existsSync(path)) throw new IngestError(path, 'file', 'does not exist');
  if (statSync(path).isDirectory()) throw new IngestError(path, 'file', 'is a directory, not a raw copy');
  return readFileSync(path);
}

/** What a report is written from: a plain copy, or a page's article with what the page states. */
export interface IngestInput {
  raw: string;
  options: ResolvedOptions;
  fromPage: { page: PageProvenance; removed: Removal[] } | null;
}

/** A plain `.txt` copy or a saved `.html` page, read from disk. */
function fileInput(options: IngestOptions): IngestInput {
  const bytes = readSource(options.rawPath);
  if (!/\.html?$/i.test(options.rawPath)) {
    // parseIngestArgs requires --outlet for a plain copy.
    return { raw: bytes.toString('utf8'), options: { ...options, outlet: options.outlet ?? null }, fromPage: null };
  }
  if (bytes.length > MAX_PAGE_BYTES) {
    throw new IngestError(options.rawPath, 'file', `is larger than ${MAX_PAGE_BYTES} bytes, more than a news page`);
  }
  return pageToInput(decodeHtml(bytes), options, { source: options.rawPath, via: 'html', fetched: null });
}

/** A page's HTML made into the ingest's input. */
export function pageToInput(html: string, options: IngestOptions, how: Parameters<typeof pageInput>[2]): IngestInput {
  const input = pageInput(html, options, how);
  return { raw: input.raw, options: input.options, fromPage: { page: input.page, removed: input.removed } };
}

/** Today as a calendar date: the UTC date, or NEWSFOLD_TODAY (YYYY-MM-DD) for deterministic runs. */
function today(): string {
  return process.env.NEWSFOLD_TODAY ?? new Date().toISOString().slice(0, 10);
}

/**
 * The reports of a story whose text a new copy carries nearly word for word: word 5-shingle Jaccard at or
 * above WIRE_COPY_THRESHOLD. Only the story's own reports are read; a wire copy tells the same story.
 */
function wireCopies(
  root: string,
  files: Readonly<Record<string, FileState>>,
  story: string,
  paragraphs: readonly string[],
): string[] {
  const own = shingles(paragraphs);
  return Object.entries(files)
    .filter(([, file]) => file.story === story)
    .map(([slug]) => slug)
    .filter((slug) => {
      const text = reportText(readFileSync(join(root, 'content', 'reports', `${slug}.md`), 'utf8'));
      return jaccard(own, shingles(text.source.paragraphs)) >= WIRE_COPY_THRESHOLD;
    });
}

/**
 * Refuses a copy that is already a report: the same canonical URL, or the same words in its body
 * (DECISIONS.md: the same page twice). The report it would replace (--force) does not count.
 */
function refuseDuplicate(
  files: Readonly<Record<string, FileState>>,
  built: { slug: string; url: string | null; paragraphs: readonly string[] },
  options: IngestOptions,
): void {
  if (options.allowDuplicate) return;
  const url = built.url && canonicalUrl(built.url);
  const body = bodyHash(built.paragraphs);
  for (const [slug, file] of Object.entries(files)) {
    if (slug === built.slug && options.force) continue;
    const same = url !== null && file.url === url ? 'URL' : file.body === body ? 'text' : null;
    if (same === null) continue;
    throw new IngestError(
      options.rawPath,
      same === 'URL' ? '--url' : 'body',
      `the same ${same} is already content/reports/${slug}.md; pass --allow-duplicate to add this copy anyway`,
    );
  }
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
  index: StoryIndex,
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
 * One raw copy or saved page in, one report file out. Writes atomically (temporary file, then rename) and
 * never replaces a report without --force. Returns the path written. A URL goes through `ingestSource`.
 */
export function ingest(argv: readonly string[], context: IngestContext): string {
  const options = parseIngestArgs(argv);
  if (/^https?:\/\//i.test(options.rawPath)) {
    throw new IngestError(options.rawPath, 'source', 'a URL is fetched first: use ingestSource (npm run ingest)');
  }
  return writeReport(fileInput(options), context);
}

const FEED_FILE = /\.(xml|rss|atom|json)$/i;
const FEED_TYPE = /^(application\/(rss\+xml|atom\+xml|feed\+json|json|xml|rdf\+xml)|text\/xml)\b/i;
const PAGE_OR_FEED =
  /^(text\/html|application\/xhtml\+xml|application\/(rss\+xml|atom\+xml|feed\+json|json|xml|rdf\+xml)|text\/xml)\b/i;

/**
 * `npm run ingest`: a plain copy, a saved page, a URL, or a feed (a file or a URL). Returns the paths
 * written: one for a copy or a page, each new item's for a feed.
 */
export async function ingestSource(argv: readonly string[], context: IngestContext): Promise<string[]> {
  const options = parseIngestArgs(argv);
  const source = options.rawPath;
  if (!/^https?:\/\//i.test(source)) {
    if (FEED_FILE.test(source)) return ingestFeed(readSource(source).toString('utf8'), null, options, context);
    return [writeReport(fileInput(options), context)];
  }
  const fetched = await fetchPage(source, MAX_PAGE_BYTES, PAGE_OR_FEED);
  if (FEED_TYPE.test(fetched.type)) {
    return ingestFeed(decodeHtml(fetched.bytes, fetched.charset), fetched.url, options, context);
  }
  const how = { source, via: 'url' as const, fetched: fetched.url };
  return [writeReport(pageToInput(decodeHtml(fetched.bytes, fetched.charset), options, how), context)];
}

/**
 * Every item of a feed that is not yet a report (by its link's canonical URL or its guid): the item's own
 * full text when the feed carries it, else its page, fetched. A failing item is reported and skipped; the
 * run fails only when every new item failed. `--dry-run` lists what would be added.
 */
async function ingestFeed(
  content: string,
  feedUrl: string | null,
  options: IngestOptions,
  context: IngestContext,
): Promise<string[]> {
  const source = options.rawPath;
  let feed;
  try {
    feed = feedItems(content);
  } catch (error) {
    throw new IngestError(source, 'feed', `is not an RSS, Atom or JSON feed (${(error as Error).message})`);
  }
  const { files } = loadStoryIndex(context.root, false);
  const urls = new Set(Object.values(files).map((file) => file.url));
  const guids = new Set(Object.values(files).map((file) => file.guid));
  const written: string[] = [];
  let known = 0;
  let failed = 0;
  for (const item of feed.items) {
    const url = item.link && canonicalUrl(item.link);
    if ((url !== null && urls.has(url)) || guids.has(item.guid)) {
      known += 1;
      continue;
    }
    const label = item.link ?? item.guid;
    if (options.dryRun) {
      context.log(`would add: ${item.title ?? label} (${label})`);
      continue;
    }
    try {
      const page = item.html
        ? { html: `<html><body><article>${item.html}</article></body></html>`, fetched: null }
        : item.link
          ? await fetchPage(item.link, MAX_PAGE_BYTES).then((got) => ({
              html: decodeHtml(got.bytes, got.charset),
              fetched: got.url,
            }))
          : null;
      if (page === null) throw new IngestError(label, 'item', 'has neither its text nor a link');
      const how = {
        source: label,
        via: 'feed' as const,
        fetched: page.fetched,
        feed: feedUrl,
        guid: item.guid,
        item: { ...item, outlet: feed.title },
      };
      const itemOptions = { ...options, rawPath: label, url: options.url ?? item.link };
      written.push(writeReport(pageToInput(page.html, itemOptions, how), context));
      if (url !== null) urls.add(url);
      guids.add(item.guid);
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      failed += 1;
      context.log(`skipped: ${error.message}`);
    }
  }
  const fresh = feed.items.length - known;
  context.log(
    `feed ${source}: ${options.dryRun ? `${fresh} would be added` : `${written.length} added`}, ${known} already known` +
      (failed > 0 ? `, ${failed} failed` : ''),
  );
  if (!options.dryRun && fresh > 0 && written.length === 0) {
    throw new IngestError(source, 'feed', `every new item failed (${failed})`);
  }
  return written;
}

/** Cleans, places and writes one report; refuses bad input and duplicates before writing anything. */
export function writeReport({ raw, options, fromPage }: IngestInput, context: IngestContext): string {
  const stories = readStories(context.root);
  const { index, files } = loadStoryIndex(context.root, false);
  let created: StoryData | null = null;
  let paragraphs: readonly string[] = [];
  const decisions: string[] = [];
  const built = buildReport(
    raw,
    options,
    today(),
    (report) => {
      paragraphs = report.source.paragraphs;
      const chosen = chooseStory(options, stories, index, report, (line) => decisions.push(line));
      created = chosen.created;
      const copyOf =
        chosen.created === null ? wireCopies(context.root, files, chosen.id, report.source.paragraphs) : [];
      for (const slug of copyOf) decisions.push(`wire copy: carries the same text as ${slug}`);
      return { story: chosen.id, copyOf };
    },
    fromPage,
  );
  refuseDuplicate(files, { slug: built.slug, url: built.frontmatter.url as string | null, paragraphs }, options);
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
