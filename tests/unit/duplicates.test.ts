import { describe, expect, it } from 'vitest';
import { canonicalUrl, normalizedBody } from '../../src/lib/ingest/duplicates.ts';

describe('what makes two copies the same', () => {
  it.each([
    ['https://www.rferl.org/a/swap.html', 'https://rferl.org/a/swap.html'],
    ['http://RFERL.org/a/swap.html/', 'https://rferl.org/a/swap.html'],
    ['https://rferl.org/a/swap.html?utm_source=x&utm_medium=y#top', 'https://rferl.org/a/swap.html'],
    ['https://rferl.org/a/?id=7&fbclid=abc', 'https://rferl.org/a?id=7'],
  ])('%s is %s', (url, canonical) => {
    expect(canonicalUrl(url)).toBe(canonical);
  });

  it('keeps parameters that name the page', () => {
    expect(canonicalUrl('https://x.org/story?id=7')).not.toBe(canonicalUrl('https://x.org/story?id=8'));
  });

  it('reads a body by its words, whatever the spacing, case and quotation marks', () => {
    expect(normalizedBody(['“The swap,” he said.', 'It began.'])).toBe(
      normalizedBody(['"the  SWAP" he said', 'it began']),
    );
    expect(normalizedBody(['The swap began.'])).not.toBe(normalizedBody(['The swap ended.']));
  });
});
