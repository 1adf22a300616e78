import { describe, expect, it } from 'vitest';
import { clusteringScores } from '../../src/lib/stories/clustering-scores.ts';
import { describeDecision } from '../../src/lib/stories/describe-decision.ts';
import { storyFromReport } from '../../src/lib/stories/new-story.ts';
import { DECAY_DAYS, decideStory, gapDays, JOIN_THRESHOLD, rankStories } from '../../src/lib/stories/rank-stories.ts';
import { MAX_TERMS, reportFeatures, type FeatureSource } from '../../src/lib/stories/report-features.ts';
import { reportText } from '../../src/lib/stories/report-text.ts';
import { emptyIndex, updateIndex } from '../../src/lib/stories/story-index.ts';
import { storySchema } from '../../src/lib/schema/story.ts';
import { jaccard, shingles, WIRE_COPY_THRESHOLD } from '../../src/lib/ingest/shingles.ts';
import type { Report } from '../../src/lib/reports/report.ts';
import { wireCopyLinks } from '../../src/lib/reports/wire-copies.ts';
import { coverageLine, storyOverview } from '../../src/lib/stories/story-overview.ts';

const source = (published: string, title: string | null, ...paragraphs: string[]): FeatureSource => ({
  published,
  title,
  paragraphs,
});

const swap = source(
  '2025-05-23',
  'Russia and Ukraine begin prisoner exchange',
  'KYIV (Wire) — Russia and Ukraine began the exchange of 1,000 prisoners each on Friday, Rustem Umerov said.',
  'The swap was agreed at talks in Istanbul last week, the first direct talks in three years.',
);
const swapAgain = source(
  '2025-05-24',
  'Second day of the prisoners swap',
  'Ukraine and Russia exchanged more prisoners on Saturday in the second stage of the swap agreed in Istanbul.',
  'Umerov said the exchange of 1,000 for 1,000 would be completed on Sunday.',
);
const bridge = source(
  '2025-05-24',
  'Lyon shuts a footbridge over the Saône',
  'LYON (Wire) — The city closed the Passerelle des Tanneurs on Saturday after a steel hanger snapped.',
  'Deputy mayor Hélène Marchetti said the footbridge would stay shut until engineers finish their checks.',
);

describe('report features', () => {
  it('counts headline and body stems and the names a report mentions, without calendar words', () => {
    const features = reportFeatures(swap);
    expect(features.title).toMatchObject({ prison: 1, exchang: 1, russia: 1 });
    expect(features.body.swap).toBe(1);
    expect(features.names).toMatchObject({ kyiv: 1, russia: 1, ukraine: 1, umerov: 1, istanbul: 1 });
    expect(features.body).not.toHaveProperty('fridai');
    expect(features.names).not.toHaveProperty('friday');
    // "The" opens a sentence and says nothing; "Rustem" is a name inside one.
    expect(features.names).not.toHaveProperty('the');
    expect(features.names.rustem).toBe(1);
  });

  it('keeps a report’s most frequent terms, the earlier first among equals', () => {
    const words = Array.from(
      { length: MAX_TERMS.body + 20 },
      (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`,
    );
    const features = reportFeatures(source('2025-05-23', null, `${words.join(' ')}.`, `${words.at(-1)} again.`));
    const kept = Object.keys(features.body);
    expect(kept).toHaveLength(MAX_TERMS.body);
    // The last word is said twice, so it stays; then the earliest words.
    expect(kept[0]).toBe(words.at(-1));
    expect(kept).toContain(words[0]);
    expect(kept).not.toContain(words.at(-2));
  });

  it('reads a report file without a Markdown parser, skipping subheadings', () => {
    const read = reportText(
      '---\ntitle: "A headline"\npublished: "2025-05-23"\nstory: "s"\n---\n\nFirst paragraph.\n\n## A subheading\n\nSecond.\n',
    );
    expect(read).toEqual({
      story: 's',
      url: null,
      guid: null,
      source: { published: '2025-05-23', title: 'A headline', paragraphs: ['First paragraph.', 'Second.'] },
    });
    expect(() => reportText('no frontmatter')).toThrow(/frontmatter/);
  });
});

describe('ranking stories', () => {
  const index = emptyIndex();
  updateIndex(index, 'swap', reportFeatures(swap));
  updateIndex(index, 'bridge', reportFeatures(bridge));

  it('puts the story about the same event first, well above the threshold, and the other below it', () => {
    const ranked = rankStories(index, reportFeatures(swapAgain));
    expect(ranked.map((score) => score.story)).toEqual(['swap', 'bridge']);
    expect(ranked[0].score).toBeGreaterThan(JOIN_THRESHOLD);
    expect(ranked[1].score).toBeLessThan(JOIN_THRESHOLD / 2);
    expect(decideStory(ranked)).toMatchObject({ kind: 'join', story: 'swap', runnerUp: { story: 'bridge' } });
  });

  it('lets a story fade with the days between it and the report', () => {
    const later = { ...reportFeatures(swapAgain), published: '2025-08-24' };
    const [best] = rankStories(index, later);
    expect(best.gapDays).toBe(93);
    expect(best.score).toBeCloseTo(best.similarity * Math.exp(-93 / DECAY_DAYS), 6);
    expect(decideStory(rankStories(index, later)).kind).toBe('new');
    expect(gapDays('2025-05-20', ['2025-05-19', '2025-05-23'])).toBe(0);
    expect(gapDays('2025-05-10', ['2025-05-19', '2025-05-23'])).toBe(9);
  });

  it('opens a new story when there is none, and takes a report out of its story exactly', () => {
    expect(decideStory(rankStories(emptyIndex(), reportFeatures(swap)))).toEqual({ kind: 'new', best: null });
    const copy = structuredClone(index);
    updateIndex(copy, 'swap', reportFeatures(swapAgain));
    updateIndex(copy, 'swap', reportFeatures(swapAgain), -1);
    expect(copy).toEqual(index);
    updateIndex(copy, 'bridge', reportFeatures(bridge), -1);
    expect([...copy.stories.keys()]).toEqual(['swap']);
  });

  it('explains the decision with the score, the threshold and the runner-up', () => {
    const join = decideStory(rankStories(index, reportFeatures(swapAgain)));
    expect(describeDecision(join, 'swap', JOIN_THRESHOLD)).toMatch(
      /^story: swap \(score 0\.\d\d ≥ 0\.\d\d; runner-up bridge 0\.\d\d\); overrule with --story <id> or --new-story "<title>"$/,
    );
    expect(describeDecision({ kind: 'new', best: null }, 'new-id', JOIN_THRESHOLD)).toBe(
      'story: new story new-id (no story yet); overrule with --story <id> or --new-story "<title>"',
    );
  });
});

describe('a story opened by its first report', () => {
  it('takes the headline and the opening sentence without its dateline, marked as drawn, with a unique id', () => {
    const story = storyFromReport({ slug: 'r1', source: bridge }, ['2025-05-lyon-shuts-a-footbridge-over-the-saone']);
    expect(story).toEqual({
      id: '2025-05-lyon-shuts-a-footbridge-over-the-saone-2',
      title: 'Lyon shuts a footbridge over the Saône',
      summary: 'The city closed the Passerelle des Tanneurs on Saturday after a steel hanger snapped.',
      drawnFrom: { report: 'r1', fields: ['title', 'summary'] },
    });
    expect(storySchema.safeParse(story).success).toBe(true);
  });

  it('keeps an editor’s title and marks only the summary as drawn', () => {
    const story = storyFromReport({ slug: 'r1', source: { ...bridge, title: null } }, [], 'The Lyon footbridge');
    expect(story).toMatchObject({ id: '2025-05-the-lyon-footbridge', drawnFrom: { fields: ['summary'] } });
  });
});

describe('clustering scores', () => {
  it('is perfect for a perfect clustering, whatever the labels are called', () => {
    const scores = clusteringScores(['x', 'x', 'y'], ['a', 'a', 'b']);
    expect(scores.pairwise).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(scores.bcubed).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('counts pairs and items as the definitions say', () => {
    // Gold {1,2,3} {4,5}; predicted {1,2} {3,4,5}.
    const { pairwise, bcubed } = clusteringScores(['x', 'x', 'y', 'y', 'y'], ['a', 'a', 'a', 'b', 'b']);
    // Pairs together in both: (1,2), (4,5); predicted pairs 1 + 3; gold pairs 3 + 1.
    expect(pairwise.precision).toBeCloseTo(2 / 4);
    expect(pairwise.recall).toBeCloseTo(2 / 4);
    // BCubed precision: 1, 1, 1/3, 2/3, 2/3 → 11/15; recall: 2/3, 2/3, 1/3, 1, 1 → 11/15.
    expect(bcubed.precision).toBeCloseTo(11 / 15);
    expect(bcubed.recall).toBeCloseTo(11 / 15);
  });
});

describe('wire copies', () => {
  it('share nearly all their five-word runs; two reports of one event in their own words share almost none', () => {
    const wire = [
      'GENEVA (APA) — Switzerland and France signed a treaty on Monday to share the meltwater of the Rhône glacier.',
      'The treaty sets how much water each country may draw in dry summers, officials said.',
    ];
    const edited = [wire[0].replace('on Monday', 'on Monday in Geneva'), wire[1]];
    const own = [
      'The two countries agreed in Geneva to split what the shrinking glacier still gives, after years of talks.',
    ];
    expect(jaccard(shingles(wire), shingles(edited))).toBeGreaterThan(WIRE_COPY_THRESHOLD);
    expect(jaccard(shingles(wire), shingles(own))).toBeLessThan(0.05);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('are linked both ways and counted on the story, which still counts newsrooms', () => {
    const report = (slug: string, outlet: string, copyOf?: string[]) =>
      ({ slug, data: { outlet, published: '2025-05-23', copyOf } }) as unknown as Report;
    const reports = [report('wire', 'Wire'), report('copy-a', 'A', ['wire']), report('own', 'B')];
    const links = wireCopyLinks(reports);
    expect(links.get('wire')?.map((r) => r.slug)).toEqual(['copy-a']);
    expect(links.get('copy-a')?.map((r) => r.slug)).toEqual(['wire']);
    expect(links.has('own')).toBe(false);
    const story = { id: 's', title: 'S', summary: 'S.' };
    expect(coverageLine(storyOverview(story, reports))).toBe('3 reports from 3 newsrooms, 1 of them a wire copy');
  });
});
