// Writes a synthetic content folder (reports, stories, people, claims) for scale runs.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { generateCorpus, random } from './corpus.ts';

const PEOPLE_NAMES = [
  'Sergei Lavrov',
  'Rustem Umerov',
  'Volodymyr Zelenskyy',
  'Zelensky',
  'Dmitry Peskov',
  'Donald Trump',
];
const DATED = [
  'on Monday',
  'last week',
  'a week ago',
  'earlier this week',
  'earlier this month',
  'on Friday',
  'in February 2022',
];

/**
 * `count` realistic reports over a year, with names and dated phrases for the story to extract, in
 * `stories` stories that each run over a stretch of the year (the first is the seed story).
 */
export function writeSyntheticContent(dir: string, count: number, root: string, stories = 1): void {
  const rand = random(7);
  mkdirSync(join(dir, 'reports'), { recursive: true });
  copyFileSync(join(root, 'content', 'people.json'), join(dir, 'people.json'));
  writeFileSync(join(dir, 'claims.json'), '[]\n');
  const corpus = generateCorpus(count, 11);
  const storyOf = (index: number) => Math.floor((index * stories) / count);
  const seed = JSON.parse(readFileSync(join(root, 'content', 'stories.json'), 'utf8'))[0];
  const storyList = Array.from({ length: stories }, (_, n) => {
    if (n === 0) return seed;
    const first = corpus[corpus.findIndex((_, index) => storyOf(index) === n)];
    return { id: `synthetic-story-${n}`, title: first.title, summary: first.paragraphs[0] };
  });
  writeFileSync(join(dir, 'stories.json'), `${JSON.stringify(storyList, null, 2)}\n`);
  corpus.forEach((report, index) => {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor((index / count) * 364) * 86_400_000);
    const published = day.toISOString().slice(0, 10);
    const paragraphs = report.paragraphs.map((paragraph, p) =>
      p % 4 === 1
        ? `${PEOPLE_NAMES[Math.floor(rand() * PEOPLE_NAMES.length)]} said ${DATED[Math.floor(rand() * DATED.length)]} that ${paragraph.charAt(0).toLowerCase()}${paragraph.slice(1)}`
        : paragraph,
    );
    const frontmatter = {
      title: report.title,
      titleSource: 'stated',
      outlet: report.outlet,
      url: `https://example.com/${report.slug}`,
      basedOn: null,
      byline: [],
      published,
      dateSource: 'editor',
      provenance: null,
      story: storyList[storyOf(index)].id,
      removed: [],
    };
    const yaml = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
    writeFileSync(
      join(dir, 'reports', `${published}-${report.slug}.md`),
      `---\n${yaml}---\n\n${paragraphs.join('\n\n')}\n`,
    );
  });
}
