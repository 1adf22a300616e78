import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/markdown/parse-report.ts';

describe('parseReport', () => {
  it('numbers paragraphs p-1… and headings h-1… in reading order', () => {
    const doc = parseReport('One.\n\n## Sub\n\nTwo.\n\n## Other\n\nThree.\n');
    expect(doc.blocks.map((block) => `${block.id}:${block.text}`)).toEqual([
      'p-1:One.',
      'h-1:Sub',
      'p-2:Two.',
      'h-2:Other',
      'p-3:Three.',
    ]);
  });

  it('counts words for the reading time', () => {
    expect(parseReport('Four words are here.\n\n## Two more\n').wordCount).toBe(6);
  });

  it('keeps raw HTML as visible text, never as markup', () => {
    const doc = parseReport('<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> there.\n');
    expect(doc.blocks.map((block) => block.text)).toEqual([
      '<script>alert(1)</script>',
      'Hi <img src=x onerror=alert(1)> there.',
    ]);
    expect(doc.blocks[0].segments).toEqual([{ text: '<script>alert(1)</script>' }]);
  });

  it('keeps http(s) links and drops javascript: and data: targets to plain text', () => {
    const doc = parseReport('[a](https://example.com) [b](javascript:alert(1)) [c](data:text/html,x) [d](/local)\n');
    expect(doc.blocks[0].segments.filter((segment) => segment.href)).toEqual([
      { text: 'a', href: 'https://example.com' },
    ]);
    expect(doc.blocks[0].text).toBe('a b c d');
  });

  it('carries emphasis, strong and code as marks', () => {
    const doc = parseReport('*em* **strong** `code`\n');
    expect(doc.blocks[0].segments).toEqual([
      { text: 'em', emphasis: true },
      { text: ' ' },
      { text: 'strong', strong: true },
      { text: ' ' },
      { text: 'code', code: true },
    ]);
  });

  it('flattens lists, quote blocks and code blocks into paragraphs so each has an id', () => {
    const doc = parseReport('- one\n- two\n\n> quoted\n\n```\ncode\n```\n\n---\n\nLast.\n');
    expect(doc.blocks.map((block) => `${block.id}:${block.text}`)).toEqual([
      'p-1:one',
      'p-2:two',
      'p-3:quoted',
      'p-4:code',
      'p-5:Last.',
    ]);
  });
});
