// Fixture stories ingested as an editor would: each report's text through the ingest command, without
// --story, in publication order, so automatic story assignment decides every report's story.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse } from 'yaml';
import { ingest } from '../../src/cli/ingest-command.ts';

const STORIES = join(import.meta.dirname, '..', 'fixtures', 'stories');

/** Stories the seed site has not seen; the last is about the seed story's own negotiators and city. */
export const UNSEEN_STORIES = [
  '2024-10-lyon-footbridge-closure',
  '2025-06-savannah-warehouse-fire',
  '2025-07-black-sea-shipping-talks',
];

/** Ingests every report of `stories` into the project at `root`; returns each fixture report's new slug by its story. */
export function ingestStories(
  root: string,
  stories: readonly string[],
  log: (line: string) => void = () => undefined,
): Map<string, string[]> {
  const reports = stories.flatMap((story) => {
    const folder = join(STORIES, story, 'reports');
    return readdirSync(folder).map((name) => {
      const [, frontmatter, body] =
        /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(folder, name), 'utf8')) ?? [];
      const data = parse(frontmatter) as { title: string; outlet: string; url: string; published: string };
      return { story, name, body, ...data };
    });
  });
  reports.sort((a, b) => a.published.localeCompare(b.published) || a.name.localeCompare(b.name));
  const raw = mkdtempSync(join(tmpdir(), 'newsfold-raw-'));
  const written = new Map<string, string[]>(stories.map((story) => [story, []]));
  try {
    for (const report of reports) {
      const file = join(raw, report.name.replace(/\.md$/, '.txt'));
      writeFileSync(file, report.body);
      const argv = [
        file,
        '--outlet',
        report.outlet,
        '--date',
        report.published,
        '--title',
        report.title,
        '--url',
        report.url,
      ];
      const path = ingest(argv, {
        root,
        log: (line) => /^(story|wire copy):/.test(line) && log(`${report.name}: ${line}`),
      });
      written.get(report.story)?.push(path);
    }
  } finally {
    rmSync(raw, { recursive: true, force: true });
  }
  return written;
}
