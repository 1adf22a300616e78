import { describe, expect, it } from 'vitest';
import { FIRST_PARAGRAPH, passageId, passageNumber } from '../../src/lib/markdown/passage-id.ts';

describe('passage ids', () => {
  it('names paragraphs p-N and headings h-N, and shows the number readers see', () => {
    expect(passageId('paragraph', 4)).toBe('p-4');
    expect(passageId('heading', 12)).toBe('h-12');
    expect(passageNumber('p-4')).toBe('4');
    expect(passageNumber(passageId('heading', 12))).toBe('12');
    expect(FIRST_PARAGRAPH).toBe('p-1');
  });
});
