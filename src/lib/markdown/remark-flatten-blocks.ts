import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Paragraphs of plain text standing for a block the site does not lay out itself. */
function flatten(node: RootContent): RootContent[] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'html') return [node];
  if (node.type === 'list' || node.type === 'blockquote')
    return node.children.flatMap((child) => flatten(child as RootContent));
  if (node.type === 'listItem') return node.children.flatMap(flatten);
  const value = toString(node).trim();
  return value ? [{ type: 'paragraph', children: [{ type: 'text', value }] }] : [];
}

/**
 * News copy is paragraphs and subheadings. Any other block (a list, a
 * quote block, a table, code) becomes plain paragraphs, so every passage
 * has a paragraph id and the reader sees all of its words.
 */
export default function remarkFlattenBlocks() {
  return (tree: Root): void => {
    tree.children = tree.children.flatMap(flatten);
  };
}
