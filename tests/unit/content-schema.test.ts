import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/lib/schema/report.ts';

const valid = {
  title: 'Swap begins',
  titleSource: 'stated',
  outlet: 'RFE/RL',
  url: 'https://www.rferl.org/a/x/1.html',
  basedOn: null,
  byline: [],
  published: '2025-05-23',
  dateSource: 'editor',
  provenance: null,
  story: '2025-05-prisoner-exchange',
  removed: [{ line: 'ADVERTISEMENT', rule: 'label' }],
};

/** The path of the first problem the schema finds. */
const problemAt = (data: object) => {
  const result = reportSchema.safeParse(data);
  return result.success ? null : result.error.issues[0].path.join('.');
};

describe('the report schema', () => {
  it('accepts a complete report', () => expect(problemAt(valid)).toBeNull());

  it.each([
    ['a rolled-over date', { published: '2025-02-30' }, 'published'],
    ['month 13', { published: '2025-13-45' }, 'published'],
    ['an unquoted YAML date (a Date object)', { published: new Date('2025-05-23') }, 'published'],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
    ['an unknown title source', { titleSource: 'guessed' }, 'titleSource'],
    ['a headline with titleSource none', { titleSource: 'none' }, 'titleSource'],
    ['an unknown removal rule', { removed: [{ line: 'x', rule: 'magic' }] }, 'removed.0.rule'],
    ['a story that is not a slug', { story: 'Prisoner Exchange' }, 'story'],
    ['an unknown field', { headline: 'x' }, ''],
  ])('rejects %s, naming the field', (_name, change, field) => {
    expect(problemAt({ ...valid, ...change })).toBe(field);
  });

  it('rejects a missing required field, naming it', () => {
    const withoutOutlet: Partial<typeof valid> = { ...valid };
    delete withoutOutlet.outlet;
    expect(problemAt(withoutOutlet)).toBe('outlet');
  });
});
