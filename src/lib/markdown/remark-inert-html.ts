import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Report bodies are untrusted. Raw HTML in them becomes plain text, so a
 * `<script>` in a report is shown as words and never runs.
 */
export default function remarkInertHtml() {
  return (tree: Root): void => {
    visit(tree, 'html', (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      const text = { type: 'text' as const, value: node.value };
      parent.children[index] = parent.type === 'root' ? { type: 'paragraph', children: [text] } : text;
    });
  };
}
