import type { PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkFlattenBlocks from './remark-flatten-blocks.ts';
import remarkInertHtml from './remark-inert-html.ts';
import remarkParagraphIds from './remark-paragraph-ids.ts';

/** A run of inline text with the formatting the site renders. */
export interface Segment {
  text: string;
  emphasis?: true;
  strong?: true;
  code?: true;
  /** Only absolute http(s) and mailto links survive; others are kept as text. */
  href?: string;
  /** A curated person named here: the text links to their page. */
  person?: string;
}

/** One passage of a report, addressable as `#<id>`. */
export interface DocBlock {
  id: string;
  kind: 'paragraph' | 'heading';
  text: string;
  segments: Segment[];
}

/** A report body parsed once, read by pages, search, events and people alike. */
export interface ReportDoc {
  blocks: DocBlock[];
  wordCount: number;
}

type Marks = Omit<Segment, 'text'>;

const SAFE_HREF = /^(https?:|mailto:)/i;

function segmentsOf(nodes: readonly PhrasingContent[], marks: Marks = {}): Segment[] {
  return nodes.flatMap((node): Segment[] => {
    switch (node.type) {
      case 'text':
        return [{ ...marks, text: node.value }];
      case 'inlineCode':
        return [{ ...marks, code: true, text: node.value }];
      case 'break':
        return [{ ...marks, text: ' ' }];
      case 'emphasis':
        return segmentsOf(node.children, { ...marks, emphasis: true });
      case 'strong':
        return segmentsOf(node.children, { ...marks, strong: true });
      case 'link':
        return segmentsOf(node.children, SAFE_HREF.test(node.url) ? { ...marks, href: node.url } : marks);
      default:
        return [{ ...marks, text: toString(node) }];
    }
  });
}

const processor = unified().use(remarkParse).use(remarkFlattenBlocks).use(remarkInertHtml).use(remarkParagraphIds);

/** Parses a report's Markdown body into addressable passages. */
export function parseReport(markdown: string): ReportDoc {
  const tree = processor.runSync(processor.parse(markdown), markdown) as Root;
  const blocks = tree.children.flatMap((node): DocBlock[] => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return [];
    const id = node.data?.passageId ?? '';
    return [{ id, kind: node.type, text: toString(node), segments: segmentsOf(node.children) }];
  });
  const wordCount = blocks.reduce((sum, block) => sum + (block.text.match(/\S+/g)?.length ?? 0), 0);
  return { blocks, wordCount };
}
