import type { Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { CleanBlock } from '../clean/clean-report.ts';

/** An mdast node holding a block's text as literal text. */
function nodeOf(block: CleanBlock): RootContent {
  const children = [{ type: 'text' as const, value: block.text }];
  return block.kind === 'heading' ? { type: 'heading', depth: 2, children } : { type: 'paragraph', children };
}

/**
 * Serialises cleaned blocks as Markdown. The text goes in as mdast text
 * nodes, so the serialiser escapes whatever Markdown or HTML syntax the raw
 * copy happens to contain: it reads back as the same words, never as markup.
 */
export function blocksToMarkdown(blocks: readonly CleanBlock[]): string {
  const tree: Root = { type: 'root', children: blocks.map(nodeOf) };
  // Every "<" in text is escaped: the serialiser's own list leaves "<0@A>" (an email autolink, its address opening with
  // a figure) as it is, and it would read back as a link.
  return toMarkdown(tree, { unsafe: [{ character: '<', inConstruct: 'phrasing' }] });
}
