import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import remarkFlattenBlocks from '../../src/lib/markdown/remark-flatten-blocks.ts';
import remarkInertHtml from '../../src/lib/markdown/remark-inert-html.ts';
import remarkParagraphIds from '../../src/lib/markdown/remark-paragraph-ids.ts';

function run(markdown: string, ...plugins: (() => (tree: Root) => void)[]): Root {
  const processor = unified().use(remarkParse);
  for (const plugin of plugins) processor.use(plugin);
  return processor.runSync(processor.parse(markdown), markdown) as Root;
}

describe('remarkParagraphIds', () => {
  it('stores p-N and h-N in data.passageId of top-level blocks only', () => {
    const tree = run('A\n\n# H\n\nB\n\n- item\n', remarkParagraphIds);
    expect(tree.children.map((node) => (node.data as { passageId?: string } | undefined)?.passageId)).toEqual([
      'p-1',
      'h-1',
      'p-2',
      undefined,
    ]);
  });
});

describe('remarkInertHtml', () => {
  it('turns block HTML into a paragraph of text and inline HTML into text', () => {
    const tree = run('<div onclick="x()">hi</div>\n\nA <b>bold</b> word.\n', remarkInertHtml);
    expect(tree.children[0]).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text', value: '<div onclick="x()">hi</div>' }],
    });
    const inline = tree.children[1];
    expect(inline.type === 'paragraph' && inline.children.map((child) => child.type)).toEqual([
      'text',
      'text',
      'text',
      'text',
      'text',
    ]);
  });
});

describe('remarkFlattenBlocks', () => {
  it('leaves paragraphs and headings alone', () => {
    const tree = run('# H\n\nP\n', remarkFlattenBlocks);
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph']);
  });

  it('makes nested list items, quotes and tables into paragraphs and drops rules', () => {
    const tree = run('- a\n  - b\n\n> q\n\n***\n\n| x |\n| - |\n| y |\n', remarkFlattenBlocks);
    expect(tree.children.every((node) => node.type === 'paragraph')).toBe(true);
    expect(tree.children).toHaveLength(4);
  });

  it("keeps an ordered list's numbers, so a day-first date with stops opening a line stays whole", () => {
    const tree = run(
      '3. Close the valve.\n4. Call the office.\n\n12. 11. 2026, 09:30 — Update 2: ambulances diverted.\n',
      remarkFlattenBlocks,
    );
    expect(tree.children.map((node) => toString(node))).toEqual([
      '3. Close the valve.',
      '4. Call the office.',
      '12. 11. 2026, 09:30 — Update 2: ambulances diverted.',
    ]);
  });
});
