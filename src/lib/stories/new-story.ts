import { headlineSlug } from '../ingest/slug.ts';
import type { StoryData } from '../schema/story.ts';
import { openingSentence, withoutDateline } from '../text/sentences.ts';
import type { FeatureSource } from './report-features.ts';

/** A summary is the opening of the first report, as a story card shows it. */
const MAX_SUMMARY = 280;
const MAX_TITLE = 110;

/**
 * A new story opened by its first report: titled by the report's headline (or the editor's `title`) and
 * summarised by its opening sentence, with what was drawn from the report marked for an editor to revise.
 * The id is the month and the title's first words, made unique among `taken`.
 */
export function storyFromReport(
  report: { slug: string; source: FeatureSource },
  taken: readonly string[],
  title: string | null = null,
): StoryData {
  const opening = withoutDateline(report.source.paragraphs[0] ?? '');
  const storyTitle = title ?? report.source.title ?? openingSentence(opening, MAX_TITLE);
  const base = [report.source.published.slice(0, 7), headlineSlug(storyTitle) || 'story'].join('-');
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}-${n}`;
  return {
    id,
    title: storyTitle,
    summary: openingSentence(opening, MAX_SUMMARY) || storyTitle,
    drawnFrom: { report: report.slug, fields: title === null ? ['title', 'summary'] : ['summary'] },
  };
}
