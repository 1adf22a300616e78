import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ContentReport {
  slug: string;
  title: string | null;
  titleSource: string;
  outlet: string | null;
  url: string | null;
  basedOn: string | null;
  published: string;
  removed: { line: string; rule: string }[];
  paragraphs: string[];
}

const dir = join(import.meta.dirname, '..', '..', 'content', 'reports');

/** The reports as the editor wrote them, to check the built pages against. */
export function contentReports(): ContentReport[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const [, frontmatter, body] = text.split(/^---$/m);
      const paragraphs = body
        .split(/\n\n+/)
        .map((block) => block.trim())
        .filter((block) => block && !block.startsWith('#'));
      return { slug: name.replace(/\.md$/, ''), ...parse(frontmatter), paragraphs };
    });
}

/** The seed story's page: its timeline, claims, quotes and reports. */
export const STORY_PAGE = '/stories/2025-05-prisoner-exchange/';
export const STORY_TITLE = 'The 1,000-for-1,000 prisoner exchange';
