import type { List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** An ordered list item's own number as written (Markdown renumbers "12." after "4." in the same list as 5). */
const ITEM_NUMBER = /^\s*(\d{1,9})[.)]/;

/**
 * An ordered list's items, each opening with its number as written: the number is the reader's words too ("1. Close
 * the valve"), and a date written day-first with stops opens like one ("12. 11. 2026, 09:30 — Update 2").
 */
function numbered(list: List, source: string): RootContent[] {
  return list.children.flatMap((item, index) => {
    const [first, ...rest] = item.children.flatMap((child) => flatten(child, source));
    if (!list.ordered || first?.type !== 'paragraph') return first ? [first, ...rest] : rest;
    const written = ITEM_NUMBER.exec(source.slice(item.position?.start.offset ?? 0))?.[1];
    const number = { type: 'text' as const, value: `${written ?? (list.start ?? 1) + index}. ` };
    return [{ ...first, children: [number, ...first.children] }, ...rest];
  });
}

/** Paragraphs of plain text standing for a block the site does not lay out itself. */
function flatten(node: RootContent, source: string): RootContent[] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'html') return [node];
  if (node.type === 'list') return numbered(node, source);
  if (node.type === 'blockquote' || node.type === 'listItem')
    return node.children.flatMap((child) => flatten(child, source));
  const value = toString(node).trim();
  return value ? [{ type: 'paragraph', children: [{ type: 'text', value }] }] : [];
}

/**
 * News copy is paragraphs and subheadings. Any other block (a list, a
 * quote block, a table, code) becomes plain paragraphs, so every passage
 * has a paragraph id and the reader sees all of its words.
 */
export default function remarkFlattenBlocks() {
  return (tree: Root, file?: { value?: unknown }): void => {
    const source = typeof file?.value === 'string' ? file.value : '';
    tree.children = tree.children.flatMap((node) => flatten(node, source));
  };
}
