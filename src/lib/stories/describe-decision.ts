import type { StoryDecision, StoryScore } from './rank-stories.ts';

const scoreOf = (score: StoryScore) => `${score.story} ${score.score.toFixed(2)}`;

/**
 * The ingest command's account of where a report went, with the scores an editor needs to overrule it:
 * `story: <id> (score 0.62 ≥ 0.30; runner-up <id> 0.18)`.
 */
export function describeDecision(decision: StoryDecision, chosen: string, threshold: number): string {
  const overrule = 'overrule with --story <id> or --new-story "<title>"';
  if (decision.kind === 'join') {
    const runnerUp = decision.runnerUp === null ? 'no other story' : `runner-up ${scoreOf(decision.runnerUp)}`;
    return `story: ${chosen} (score ${decision.best.score.toFixed(2)} ≥ ${threshold.toFixed(2)}; ${runnerUp}); ${overrule}`;
  }
  const best = decision.best === null ? 'no story yet' : `best ${scoreOf(decision.best)} < ${threshold.toFixed(2)}`;
  return `story: new story ${chosen} (${best}); ${overrule}`;
}
