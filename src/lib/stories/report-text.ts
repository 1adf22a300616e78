import { parse } from 'yaml';
import type { FeatureSource } from './report-features.ts';

/** What clustering needs of a report file: its story and the text its features come from. */
export interface ReportText {
  story: string;
  /** The copy's original URL, null when not stated. */
  url: string | null;
  /** For a feed item: its guid, by which the feed's next run knows it. */
  guid: string | null;
  source: FeatureSource;
}

/**
 * Reads a report file's story, headline, date and paragraphs without a Markdown parser: clustering reads
 * words only, and at thousands of reports remark would cost seconds. Subheadings are not paragraphs.
 */
export function reportText(fileText: string): ReportText {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(fileText);
  if (match === null) throw new Error('has no frontmatter block');
  const data = parse(match[1]) as {
    story?: unknown;
    title?: unknown;
    published?: unknown;
    url?: unknown;
    page?: { guid?: unknown };
  };
  if (typeof data.story !== 'string') throw new Error('story: is missing');
  if (typeof data.published !== 'string') throw new Error('published: is missing');
  const paragraphs = match[2]
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !block.startsWith('#'));
  return {
    story: data.story,
    url: typeof data.url === 'string' ? data.url : null,
    guid: typeof data.page?.guid === 'string' ? data.page.guid : null,
    source: { published: data.published, title: typeof data.title === 'string' ? data.title : null, paragraphs },
  };
}
