// Writes a synthetic content folder (reports, stories, people, claims) for scale runs.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
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

/** `count` realistic reports over a year, with names and dated phrases for the story to extract. */
export function writeSyntheticContent(dir: string, count: number, root: string): void {
  const rand = random(7);
  mkdirSync(join(dir, 'reports'), { recursive: true });
  for (const file of ['stories.json', 'people.json']) copyFileSync(join(root, 'content', file), join(dir, file));
  writeFileSync(join(dir, 'claims.json'), '[]\n');
  generateCorpus(count, 11).forEach((report, index) => {
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
      story: '2025-05-prisoner-exchange',
      removed: [],
    };
    const yaml = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
    writeFileSync(
      join(dir, 'reports', `${published}-${report.slug}.md`),
      `---\n${yaml}---\n\n${paragraphs.join('\n\n')}\n`,
    );
  });
}
