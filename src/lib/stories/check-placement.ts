import { decideStory, rankStories, type StoryScore } from './rank-stories.ts';
import type { ReportFeatures } from './report-features.ts';
import { updateIndex, type StoryIndex } from './story-index.ts';

/** A report whose story, re-scored without the report itself, is not where clustering would put it. */
export interface Misplaced {
  slug: string;
  story: string;
  /** Its score against its own story's other reports; null when it is the story's only report. */
  ownScore: number | null;
  /** Where clustering would put it: another story, or a new one (null). */
  suggested: StoryScore | null;
}

/**
 * Re-scores every report against the stories as they would be without it, and lists those clustering
 * would place elsewhere: in another story, or in a story of its own while its story has other reports.
 */
export function misplacedReports(
  index: StoryIndex,
  reports: ReadonlyMap<string, { story: string; features: ReportFeatures }>,
  threshold: number,
): Misplaced[] {
  const working = structuredClone(index);
  const misplaced: Misplaced[] = [];
  for (const [slug, { story, features }] of reports) {
    updateIndex(working, story, features, -1);
    const ranked = rankStories(working, features);
    const own = ranked.find((score) => score.story === story) ?? null;
    const decision = decideStory(ranked, threshold);
    updateIndex(working, story, features);
    if (decision.kind === 'join' && decision.story !== story) {
      misplaced.push({ slug, story, ownScore: own?.score ?? null, suggested: decision.best });
    } else if (decision.kind === 'new' && own !== null) {
      misplaced.push({ slug, story, ownScore: own.score, suggested: null });
    }
  }
  return misplaced;
}
