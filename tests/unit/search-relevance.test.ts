import { describe, expect, it } from 'vitest';
import type { ReportHit } from '../../src/lib/search/query.ts';
import { parseReport } from '../../src/lib/markdown/parse-report.ts';
import { toReport } from '../../src/lib/reports/report.ts';
import { reportSchema } from '../../src/lib/schema/report.ts';
import { engineFor, realReports, searchable } from './search-fixture.ts';

const reports = realReports();
const { engine } = engineFor(reports);

/** Outlets of the reports a query finds, best first. */
async function found(query: string): Promise<string[]> {
  return (await engine.search(query)).reports.map((hit) => reports[hit.report].outletLabel);
}

/** Which reports mention a word, by reading the text itself. */
function mentioning(pattern: RegExp): string[] {
  return reports.filter((r) => r.doc.blocks.some((b) => pattern.test(b.text))).map((r) => r.outletLabel);
}

describe('relevance table on the real reports', () => {
  it.each([
    ['Lavrov', /Lavrov/],
    ['lavrov', /Lavrov/],
    ['LAVROV', /Lavrov/],
    ['Lavrof', /Lavrov/],
    ['Lavorv', /Lavrov/],
    // A typo in a name's first letter, found through the curated spellings.
    ['Kavrov', /Lavrov/],
    ['Pelenskyy', /Zelensk/],
    ['Umerov', /Umerov/],
    ['Umerow', /Umerov/],
    ['Zelenskyy', /Zelensk/],
    ['Zelensky', /Zelensk/],
    ['Zelenskiy', /Zelensk/],
    ['Medinskiy', /Medinsky/],
    ['Peskov', /Peskov/],
    ['Fidan', /Fidan/],
    ['Meloni', /Meloni/],
    ['Istanbul', /Istanbul/],
    ['Istambul', /Istanbul/],
    ['Vatican', /Vatican/],
    ['Belarus', /Belarus/],
    ['cease-fire', /cease-?fire/i],
    ['ceasefire', /cease-?fire/i],
  ])('%s finds exactly the reports that mention it', async (query, pattern) => {
    expect((await found(query)).sort()).toEqual(mentioning(pattern).sort());
  });

  it.each([
    ['Lavrov Vatican', ['RFE/RL', 'eandeworld.com']],
    ['Vatican Meloni', ['eandeworld.com']],
    ['Lavrov Umerov', ['RFE/RL']],
    ['Lavrov Peskov', []],
    ['Medinsky ceasefire', ['WION']],
  ])('several words must all match: %s', async (query, outlets) => {
    expect((await found(query)).sort()).toEqual([...outlets].sort());
  });

  it('never matches boilerplate the cleaner removed (Biden is only in an "Also read" line)', async () => {
    expect(await found('Biden')).toEqual([]);
    expect(await found('Sovereign Wealth')).toEqual([]);
  });

  it('answers an exact word with itself alone, and a typed prefix with the one name it starts', async () => {
    const result = await engine.search('war ');
    expect(result.marked).toEqual(new Set(['war']));
    const typing = await engine.search('Lav');
    expect([...typing.marked]).toEqual(['lavrov']);
  });

  it('marks every spelling of a person for a variant query', async () => {
    expect((await engine.search('Zelenskiy')).marked).toEqual(
      new Set(['zelenskyy', 'zelensky', 'zelenskiy', 'zelenskyi']),
    );
  });

  it('links each passage to its paragraph and ranks the report with more matching passages first', async () => {
    // RFE/RL names the Vatican in two paragraphs, eandeworld.com (indexed first) in one.
    const { reports: hits } = await engine.search('Vatican');
    const passagesOf = (hit: ReportHit) => searchable(reports[hit.report]).passages;
    const paragraphs = (hit: ReportHit) => passagesOf(hit).filter(([, text]) => /Vatican/.test(text));
    const linked = (hit: ReportHit) => hit.passages.map((passage) => passagesOf(hit)[passage.ordinal]);
    expect(hits.map(linked)).toEqual(hits.map(paragraphs));
    expect(hits.map((hit) => paragraphs(hit).length)).toEqual([2, 1]);
  });
});

describe('any query is safe', () => {
  it.each([
    ['markup', '<img src=x onerror=alert(1)>'],
    ['regex characters', '.*+?^${}()|[]\\'],
    ['a 10,000-character paste', 'Lavrov '.repeat(1500)],
    ['emoji', '🙂🇺🇦'],
    ['right-to-left text', 'مرحبا بالعالم'],
    ['only stop words', 'the and of'],
    ['empty', ''],
  ])('%s: no error, bounded work', async (_name, query) => {
    const result = await engine.search(query);
    expect(result.words.length).toBeLessThanOrEqual(8);
    expect(Array.isArray(result.reports)).toBe(true);
  });

  it('still finds what a long paste is about', async () => {
    expect((await found('Lavrov '.repeat(1500))).sort()).toEqual(mentioning(/Lavrov/).sort());
  });
});

describe('words as readers type them (one tokenizer for index and query)', () => {
  const report = (slug: string, title: string, body: string) =>
    toReport(
      slug,
      reportSchema.parse({
        title,
        titleSource: 'stated',
        outlet: 'Test Wire',
        published: '2025-05-24',
        dateSource: 'editor',
        story: 'tokenizer-test',
      }),
      parseReport(body),
    );
  const corpus = [
    report('a', 'Talks resume', 'Łukasz Ødegaard spoke for Ukraine-Russia monitors at the cease-fire line.\n'),
    // Stored decomposed (NFD), as some copy-and-paste leaves it.
    report(
      'b',
      'Monitors report',
      'Monitors met Jos\u0065\u0301 Zelensky\u0301 near the Russia border with Ukraine.\n',
    ),
    report('c', 'Quarantine lifted in Kherson', 'Officials said the measure ended on Friday.\n'),
  ];
  const { engine: small } = engineFor(corpus);
  const slugs = async (query: string) =>
    (await small.search(query)).reports.map((hit) => corpus[hit.report].slug).sort();

  it.each([
    ['Ukraine-Russia', ['a', 'b']],
    ['Russia-Ukraine', ['a', 'b']],
    ['cease-fire', ['a']],
    ['ceasefire', ['a']],
    ['Lukasz', ['a']],
    ['Łukasz', ['a']],
    ['Odegaard', ['a']],
    ['José', ['b']],
    ['Jose', ['b']],
    ['Jos\u0065\u0301', ['b']],
    ['Quarantine', ['c']],
  ])('"%s" finds %j', async (query, expected) => {
    expect(await slugs(query)).toEqual(expected);
  });

  it('links a headline-only word to the headline', async () => {
    const [hit] = (await small.search('Quarantine')).reports;
    expect(searchable(corpus[hit.report]).passages[hit.passages[0].ordinal][0]).toBe('headline');
  });
});
