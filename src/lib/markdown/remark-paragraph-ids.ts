import type { Root } from 'mdast';
import { passageId } from './passage-id.ts';

declare module 'mdast' {
  interface ParagraphData {
    /** The passage id, `p-N`. */
    passageId?: string;
  }
  interface HeadingData {
    /** The passage id, `h-N`. */
    passageId?: string;
  }
}

/**
 * Gives every top-level paragraph the id `p-N` and every heading `h-N`
 * (counted from 1 in reading order), in `data.passageId`, so that
 * `#p-4` names the same passage in the page, in search and in citations.
 */
export default function remarkParagraphIds() {
  return (tree: Root): void => {
    const counts = { paragraph: 0, heading: 0 };
    for (const node of tree.children) {
      if (node.type !== 'paragraph' && node.type !== 'heading') continue;
      counts[node.type] += 1;
      node.data = { ...node.data, passageId: passageId(node.type, counts[node.type]) };
    }
  };
}
