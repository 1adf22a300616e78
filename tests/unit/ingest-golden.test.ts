import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/lib/schema/report.ts';
import { parseIngestArgs } from '../../src/lib/ingest/args.ts';
import { buildReport } from '../../src/lib/ingest/build-report.ts';
import { parseReport } from '../../src/lib/markdown/parse-report.ts';
import { RAW_DIR, REPORTS_DIR, SEED_ARGS, readRaw, reportFiles } from './helpers.ts';

const SEED_STORY = () => ({ story: '2025-05-prisoner-exchange', copyOf: [] });

function buildSeed(name: string) {
  const options = parseIngestArgs([join(RAW_DIR, name), ...SEED_ARGS[name]]);
  return buildReport(readRaw(RAW_DIR, name), { ...options, outlet: options.outlet ?? null }, '2025-12-31', SEED_STORY);
}

describe('ingesting the seeds reproduces content/reports', () => {
  it('has one report file per seed and nothing else', () => {
    const slugs = Object.keys(SEED_ARGS).map((name) => `${buildSeed(name).slug}.md`);
    expect(reportFiles().sort()).toEqual(slugs.sort());
  });

  it.each(Object.keys(SEED_ARGS))('%s', (name) => {
    const built = buildSeed(name);
    expect(readFileSync(join(REPORTS_DIR, `${built.slug}.md`), 'utf8')).toBe(built.fileText);
    expect(reportSchema.safeParse(built.frontmatter).success).toBe(true);
  });

  it.each(Object.keys(SEED_ARGS))('%s: the Markdown reads back as the cleaned text, word for word', (name) => {
    const built = buildSeed(name);
    const body = built.fileText.slice(built.fileText.indexOf('\n---\n') + 5);
    expect(parseReport(body).blocks.map((block) => block.text)).toEqual(built.cleaned.blocks.map((b) => b.text));
  });
});

describe('provenance of the seeds follows SOURCES.md', () => {
  const frontmatter = (name: string) => buildSeed(name).frontmatter;

  it('keeps the inferred headlines marked as inferred', () => {
    expect(frontmatter('000_2b6e80bb550d1c2c.txt')).toMatchObject({ titleSource: 'syndicated-copy', outlet: 'RFE/RL' });
    expect(frontmatter('001_dcee8fbeba0eb766.txt')).toMatchObject({
      title: 'Russia and Ukraine start prisoner exchange but not yet completed',
      titleSource: 'url',
      dateSource: 'marker',
    });
    expect(frontmatter('003_149ef4d8a5ba7b72.txt')).toMatchObject({
      title: 'Ukraine and Russia poised for biggest prisoner swap but details scarce',
      titleSource: 'url',
    });
  });

  it('invents nothing where nothing is known', () => {
    expect(frontmatter('002_cff91d0424af9357.txt')).toMatchObject({ title: null, titleSource: 'none' });
    expect(frontmatter('004_93d36a52a7f77c5d.txt')).toMatchObject({
      title: null,
      outlet: null,
      url: null,
      byline: [],
      basedOn:
        'https://toronto.citynews.ca/2025/05/23/ukrainian-official-says-major-prisoner-swap-with-russia-is-underway/',
    });
  });
});
