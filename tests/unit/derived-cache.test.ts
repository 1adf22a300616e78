import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cached, derived, keep, pruneDerived } from '../../src/build/derived-cache.ts';

// Entries go to an empty folder of their own, set before derived-cache.ts reads where its cache is.
const cache = await vi.hoisted(async () =>
  (await import('./temp-cache.ts')).tempCache('NEWSFOLD_DERIVED_CACHE', 'newsfold-derived-'),
);
afterAll(() => rmSync(cache, { recursive: true, force: true }));
// Each test starts as a build does: nothing used yet.
beforeEach(() => {
  pruneDerived();
  rmSync(cache, { recursive: true, force: true });
});

const entries = (kind: string) => readdirSync(join(cache, kind));

describe('derived data kept between builds', () => {
  it('derives a value once and reads it back for the same inputs, Maps included', () => {
    let made = 0;
    const make = () => {
      made += 1;
      return { people: new Map([['lavrov', ['p-1', 'p-2']]]), pairs: [['lavrov', new Map([['p-1', 2]])]] };
    };
    const first = derived('story', { report: 'a', text: 'Talks resumed.' }, make);
    const again = derived('story', { report: 'a', text: 'Talks resumed.' }, make);
    expect(made).toBe(1);
    expect(again.people).toBeInstanceOf(Map);
    expect(again.pairs[0][1]).toBeInstanceOf(Map);
    expect(again).toEqual(first);
  });

  it('derives again when any input changes', () => {
    let made = 0;
    derived('parse', 'first body', () => ++made);
    derived('parse', 'second body', () => ++made);
    expect(made).toBe(2);
    expect(entries('parse')).toHaveLength(2);
  });

  it('treats an unreadable entry as missing, not as data', () => {
    keep('parse', 'body', { ok: true });
    const [name] = entries('parse');
    writeFileSync(join(cache, 'parse', name), '{"half');
    expect(cached('parse', 'body')).toBeUndefined();
    expect(derived('parse', 'body', () => ({ ok: 'again' }))).toEqual({ ok: 'again' });
  });

  it('after a build, removes the entries of each kind it used that it did not use, and leaves other kinds', () => {
    derived('parse', 'old body', () => 1);
    derived('search-index', 'old reports', () => 2);
    pruneDerived();
    // The next build: the report changed, and the search index was not asked for.
    derived('parse', 'new body', () => 3);
    expect(pruneDerived()).toBe(1);
    expect(entries('parse')).toHaveLength(1);
    expect(cached('parse', 'new body')).toBe(3);
    expect(entries('search-index')).toHaveLength(1);
  });
});
