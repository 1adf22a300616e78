import { describe, expect, it } from 'vitest';
import { canonicalMap, spellingGroups } from '../../src/lib/search/aliases.ts';
import { buildSearchIndex } from '../../src/lib/search/build-index.ts';
import { deltaDecode, deltaEncode, ordinalOfRef, passageRef, reportOfRef } from '../../src/lib/search/index-format.ts';
import { allowedEdits, editDistance } from '../../src/lib/search/edit-distance.ts';
import { snippetOf } from '../../src/lib/search/snippet.ts';
import { foldTerm, termsOf, wordSpans } from '../../src/lib/search/terms.ts';

const report = (slug: string, ...texts: string[]) => ({
  slug,
  title: slug,
  outlet: 'O',
  date: '2025-05-23',
  dateLabel: '23 May 2025',
  story: { id: 's', title: 'S' },
  passages: texts.map((text, i): [string, string] => [`p-${i + 1}`, text]),
});

describe('terms', () => {
  it('folds case, diacritics, possessives and hyphens', () => {
    expect(['Zelenskyy’s', 'Šefčovič', 'CEASE-FIRE', "Russia's"].map(foldTerm)).toEqual([
      'zelenskyy',
      'sefcovic',
      'ceasefire',
      'russia',
    ]);
  });

  it('indexes a hyphenated word whole and by its parts, without stop words', () => {
    expect(termsOf('The Ukraine-Russia swap of 1,000')).toEqual([
      'ukrainerussia',
      'ukraine',
      'russia',
      'swap',
      '1,000',
    ]);
  });

  it('keeps word positions for marking', () => {
    expect(wordSpans('Hi, Lavrov.')).toEqual([
      { term: 'hi', parts: [], start: 0, end: 2 },
      { term: 'lavrov', parts: [], start: 4, end: 10 },
    ]);
  });
});

describe('spellings', () => {
  it('groups the first and last names of a person, canonical first, one spelling or several', () => {
    const groups = spellingGroups([
      { name: 'Volodymyr Zelenskyy', aliases: ['Zelensky', 'Volodymyr Zelenskiy'] },
      { name: 'Sergei Lavrov', aliases: ['Lavrov', 'Sergey Lavrov'] },
      { name: 'Rustem Umerov', aliases: ['Umerov'] },
    ]);
    expect(groups).toEqual([
      ['zelenskyy', 'zelensky', 'zelenskiy'],
      ['volodymyr'],
      ['lavrov'],
      ['sergei', 'sergey'],
      ['umerov'],
      ['rustem'],
    ]);
    expect(canonicalMap(groups).get('zelenskiy')).toBe('zelenskyy');
  });
});

describe('buildSearchIndex', () => {
  it('files every spelling under the canonical term and shards the vocabulary by first letter', () => {
    const index = buildSearchIndex([report('a', 'Zelensky spoke.', 'Zelenskyy left.')], [['zelenskyy', 'zelensky']]);
    expect(index.vocab.get('z')).toEqual({ terms: ['zelenskyy'], chunks: [0] });
    expect(deltaDecode(index.postings.get('z-0')?.zelenskyy ?? [])).toEqual([passageRef(0, 0), passageRef(0, 1)]);
    expect(index.manifest).toMatchObject({ shards: ['l', 's', 'z'], reportCount: 1 });
  });

  it('bounds the postings in a chunk', () => {
    const many = Array.from({ length: 30 }, (_, i) => report(`r${i}`, 'alpha apex'));
    const index = buildSearchIndex(many, [], 40);
    expect(index.vocab.get('a')).toEqual({ terms: ['alpha', 'apex'], chunks: [0, 1] });
  });

  it('packs report and passage into one reference', () => {
    const ref = passageRef(1234, 17);
    expect([reportOfRef(ref), ordinalOfRef(ref)]).toEqual([1234, 17]);
    expect(deltaDecode(deltaEncode([3, 7, 7, 20]))).toEqual([3, 7, 7, 20]);
  });
});

describe('editDistance', () => {
  it.each([
    ['lavrov', 'lavrov', 0],
    ['lavrof', 'lavrov', 1],
    ['lavorv', 'lavrov', 1],
    ['lavorv', 'larval', 4],
    ['umerow', 'umerov', 1],
    ['istambul', 'istanbul', 1],
    ['', 'abc', 3],
  ])('%s → %s: %i', (a, b, distance) => expect(editDistance(a, b)).toBe(distance));

  it('forgives one typo up to seven letters and two beyond', () => {
    expect([4, 7, 8, 12].map(allowedEdits)).toEqual([1, 1, 2, 2]);
  });
});

describe('snippetOf', () => {
  const text =
    'Russian Foreign Minister Sergei Lavrov threw cold water on that idea on May 23 and emphasized that no date for a new meeting had been set, Lavrov said.';

  it('marks every matching word inside a window cut at word boundaries', () => {
    const parts = snippetOf(text, new Set(['lavrov']), 30);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Lavrov']);
    expect(parts.map((p) => p.text).join('')).toBe(
      'Russian Foreign Minister Sergei Lavrov threw cold water on that idea …',
    );
  });

  it('shows the opening of the passage when nothing is marked', () => {
    expect(snippetOf('Short text.', new Set(['x']))).toEqual([{ text: 'Short text.', mark: false }]);
  });

  it('marks a hyphenated word by its parts', () => {
    expect(snippetOf('A Ukraine-Russia swap', new Set(['russia'])).filter((p) => p.mark)).toEqual([
      { text: 'Ukraine-Russia', mark: true },
    ]);
  });
});
