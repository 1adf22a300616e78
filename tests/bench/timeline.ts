// bench:timeline — each story's timeline, built from its own reports through the library, scored
// against a hand-made gold timeline; then the date reader over Recognizers-Text's single-date cases.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadLexicon } from '../../src/build/lexicon.ts';
import { parseReport } from '../../src/lib/markdown/parse-report.ts';
import { buildStory, type TimelineEntry } from '../../src/lib/story/build-story.ts';
import type { StoryReport } from '../../src/lib/story/events.ts';
import type { Person } from '../../src/lib/story/people.ts';
import { periodEnd, resolveDates, type Precision } from '../../src/lib/story/resolve-dates.ts';
import { loadRecognizersCases, printRecognizers, scoreRecognizers } from './recognizers-suite.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const STORIES = join(ROOT, 'tests', 'fixtures', 'stories');

interface GoldMention {
  report: string;
  quote: string;
  phrase: string;
}
interface GoldEvent {
  id: string;
  start: string;
  precision: Precision;
  expected: boolean;
  mentions: GoldMention[];
}
interface Gold {
  story: string;
  events: GoldEvent[];
  undated?: GoldMention[];
}

/** A story's reports: its own folder's, or the site's reports that name the story. */
function reportsOf(folder: string, story: string): StoryReport[] {
  const own = join(folder, 'reports');
  const dir = existsSync(own) ? own : join(ROOT, 'content', 'reports');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const [, frontmatter, ...body] = readFileSync(join(dir, name), 'utf8').split(/^---$/m);
      const data = parse(frontmatter) as { outlet: string | null; published: string; story: string };
      const doc = parseReport(body.join('---'));
      return {
        story: data.story,
        report: {
          slug: name.replace(/\.md$/, ''),
          outlet: data.outlet ?? 'not stated',
          published: data.published,
          passages: doc.blocks.filter((block) => block.kind === 'paragraph'),
        },
      };
    })
    .filter((entry) => entry.story === story)
    .map((entry) => entry.report);
}

const clean = (phrase: string) => phrase.replace(/^[\s,.(]+|[\s,.)]+$/g, '').toLowerCase();

/** Whether two stretches of a paragraph overlap: the cited clause and the gold quote are the same words. */
function overlapping(passage: string, a: string, b: string): boolean {
  const [x, y] = [passage.indexOf(a), passage.indexOf(b)];
  return x >= 0 && y >= 0 && x < y + b.length && y < x + a.length;
}

/** Whether a citation is the gold mention: same report, the quote in its clause's place, the same date phrase. */
function cites(entry: TimelineEntry, mention: GoldMention, passages: Map<string, string>): boolean {
  return entry.citations.some((citation) => {
    const passage = passages.get(`${citation.slug}#${citation.passageId}`) ?? '';
    const quoteAt = passage.indexOf(mention.quote);
    return (
      citation.slug === mention.report &&
      // "met the board on Monday. … was to have appeared on Monday": the same phrase twice in a paragraph.
      overlapping(passage, citation.summary, mention.quote) &&
      // The citation's phrase stands in the quoted words: "May 7" is not the "May" of "Ms May's" beside it, and
      // "On Navy Day" is not the "every Navy Day" later in its sentence.
      clean(mention.quote).includes(clean(citation.dateText)) &&
      (citation.dateAt === undefined ||
        (citation.dateAt < quoteAt + mention.quote.length && quoteAt < citation.dateAt + citation.dateText.length)) &&
      (clean(mention.phrase).includes(clean(citation.dateText)) ||
        clean(citation.dateText).includes(clean(mention.phrase)))
    );
  });
}

const overlaps = (a: { start: string; precision: Precision }, b: { start: string; precision: Precision }) =>
  a.start <= periodEnd(b.start, b.precision) && b.start <= periodEnd(a.start, a.precision);

interface Score {
  story: string;
  gold: number;
  entries: number;
  right: number;
  found: number;
  split: number;
  merged: number;
  extra: number;
  wrong: number;
  label: number;
  /** What went wrong, for --detail: split and missed events, entries joining two events, extra entries, wrong dates. */
  problems: string[];
}

function scoreStory(folder: string): Score {
  const gold = JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')) as Gold;
  const reports = reportsOf(folder, gold.story);
  const peopleFile = existsSync(join(folder, 'people.json')) ? join(folder, 'people.json') : undefined;
  const isSeed = !existsSync(join(folder, 'reports'));
  const peopleSource = peopleFile ?? (isSeed ? join(ROOT, 'content', 'people.json') : undefined);
  const people = peopleSource ? (JSON.parse(readFileSync(peopleSource, 'utf8')) as Person[]) : [];
  const story = buildStory(reports, people, { file: 'claims', claims: [] }, loadLexicon());
  const entries = story.timeline.filter((entry) => entry.kind === 'event');
  const passages = new Map(reports.flatMap((r) => r.passages.map((p) => [`${r.slug}#${p.id}`, p.text] as const)));
  const matched = entries.map((entry) =>
    gold.events.filter((event) => event.mentions.some((m) => cites(entry, m, passages))),
  );
  const traps = entries.filter((entry) => (gold.undated ?? []).some((m) => cites(entry, m, passages)));
  const byEvent = gold.events.map((event) => entries.filter((_, i) => matched[i].includes(event)));
  const show = (entry: TimelineEntry) =>
    `    ${entry.label}: ${entry.summary.slice(0, 110)} [${entry.citations.map((c) => c.dateText).join(' | ')}]`;
  const problems = [
    ...gold.events.flatMap((event, i) =>
      byEvent[i].length > 1
        ? [`  split ${event.id} (${event.start} ${event.precision}):`, ...byEvent[i].map(show)]
        : [],
    ),
    ...entries.flatMap((entry, i) =>
      matched[i].length > 1 ? [`  joins ${matched[i].map((e) => e.id).join(' + ')}:`, show(entry)] : [],
    ),
    ...entries.flatMap((entry, i) => (matched[i].length === 0 ? ['  extra:', show(entry)] : [])),
    ...gold.events.flatMap((event, i) =>
      byEvent[i].length === 0
        ? [
            `  missed ${event.id} (${event.start} ${event.precision}):`,
            ...event.mentions.map((m) => `    [${m.phrase}] ${m.quote}`),
          ]
        : [],
    ),
    ...entries.flatMap((entry, i) =>
      matched[i].length > 0 && !matched[i].some((event) => overlaps(entry, event))
        ? [
            `  wrong date, gold ${matched[i].map((event) => `${event.id} ${event.start} ${event.precision}`).join(', ')}:`,
            show(entry),
          ]
        : [],
    ),
    ...traps.map(
      (entry) =>
        `  a trap dated (${(gold.undated ?? [])
          .filter((m) => cites(entry, m, passages))
          .map((m) => `[${m.phrase}] ${m.quote}`)
          .join('; ')}):\n${show(entry)}`,
    ),
    ...entries.flatMap((entry, i) =>
      matched[i].length > 0 && matched[i][0].expected !== entry.expected
        ? [
            `  shown ${entry.expected ? 'as expected' : 'as done'}, gold ${matched[i][0].id} says otherwise:`,
            show(entry),
          ]
        : [],
    ),
  ];
  return {
    problems,
    story: gold.story,
    gold: gold.events.length,
    entries: entries.length,
    found: byEvent.filter((list) => list.length > 0).length,
    right: gold.events.filter((event, i) =>
      byEvent[i].some((entry) => entry.start === event.start && entry.precision === event.precision),
    ).length,
    split: byEvent.filter((list) => list.length > 1).length,
    merged: matched.filter((events) => events.length > 1).length,
    extra: matched.filter((events) => events.length === 0).length,
    wrong:
      traps.length +
      entries.filter((entry, i) => matched[i].length > 0 && !matched[i].some((event) => overlaps(entry, event))).length,
    label: entries.filter((entry, i) => matched[i].length > 0 && matched[i][0].expected !== entry.expected).length,
  };
}

const folders = readdirSync(STORIES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(STORIES, entry.name, 'gold.json')))
  .map((entry) => join(STORIES, entry.name));
const scores = folders.map(scoreStory);
const totals = scores.reduce(
  (sum, score) => {
    for (const key of Object.keys(sum) as (keyof Score)[])
      if (key !== 'story' && key !== 'problems') (sum[key] as number) += score[key] as number;
    return sum;
  },
  {
    story: 'total',
    gold: 0,
    entries: 0,
    right: 0,
    found: 0,
    split: 0,
    merged: 0,
    extra: 0,
    wrong: 0,
    label: 0,
    problems: [],
  } as Score,
);
console.log('## Timelines against the gold (tests/fixtures/stories/*/gold.json)\n');
console.log(
  '| story | gold events | entries | found | right date & precision | split | entries joining two events | extra entries | wrong dates | expected label wrong |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const s of [...scores, totals]) {
  console.log(
    `| ${s.story} | ${s.gold} | ${s.entries} | ${s.found} | ${s.right} | ${s.split} | ${s.merged} | ${s.extra} | ${s.wrong} | ${s.label} |`,
  );
}
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
console.log(
  `\nfound ${pct(totals.found, totals.gold)} of gold events (goal ≥ 95 %), in exactly one entry ${pct(totals.found - totals.split, totals.gold)}; ` +
    `extra entries ${pct(totals.extra, totals.entries)} (goal ≤ 10 %); wrong dates ${totals.wrong} (goal 0)`,
);
if (process.argv.includes('--detail'))
  for (const score of scores) console.log(`\n${score.story}\n${score.problems.join('\n') || '  (none)'}`);

console.log('\n## Date reader on Microsoft Recognizers-Text, English single dates\n');
const cases = loadRecognizersCases();
if (cases) printRecognizers(scoreRecognizers(cases, resolveDates));
else
  console.log(
    'suite not found (set RECOGNIZERS_TEXT_SPECS to a folder holding DateTimeModel.json and DateParser.json)',
  );
