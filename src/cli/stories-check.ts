// `npm run stories:check`: re-scores every report against its story and lists those that look misplaced,
// with where automatic assignment would put them. Exits 1 when any does, so a scheduled run can flag it.
import { loadStoryIndex } from '../build/story-index.ts';
import { misplacedReports } from '../lib/stories/check-placement.ts';
import { JOIN_THRESHOLD } from '../lib/stories/rank-stories.ts';

const { index, reports } = loadStoryIndex(process.cwd());
const misplaced = misplacedReports(index, reports, JOIN_THRESHOLD);
for (const report of misplaced) {
  const own = report.ownScore === null ? 'its only report' : `score ${report.ownScore.toFixed(2)}`;
  const suggestion = report.suggested
    ? `fits ${report.suggested.story} better (score ${report.suggested.score.toFixed(2)})`
    : `fits no story above ${JOIN_THRESHOLD.toFixed(2)}: a story of its own?`;
  console.log(`${report.slug}: in ${report.story} (${own}); ${suggestion}`);
}
const storyCount = index.stories.size;
console.log(
  `${reports.size} reports in ${storyCount} ${storyCount === 1 ? 'story' : 'stories'} checked; ` +
    `${misplaced.length} look misplaced${misplaced.length > 0 ? ' (move one by editing its story: field)' : ''}`,
);
process.exitCode = misplaced.length > 0 ? 1 : 0;
