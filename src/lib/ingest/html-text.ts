import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** A block of an extracted article: its text, and whether it is a subheading. */
export interface ArticleBlock {
  kind: 'paragraph' | 'heading';
  text: string;
}

/** The bytes of a page or feed as text, in the charset its header, `<meta>` or XML prolog states (else UTF-8). */
export function decodeHtml(bytes: Uint8Array, headerCharset: string | null = null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared =
    headerCharset ??
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1] ??
    null;
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    // A charset no decoder knows: UTF-8 keeps most of such a page readable.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Elements that run inside a line of text. Any other element is a block of its own, or holds blocks. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'FONT',
  'BR',
  'WBR',
]);
/** Elements whose text is never the article's: captions, scripts, forms. */
const SKIPPED = new Set([
  'FIGURE',
  'FIGCAPTION',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'BUTTON',
  'FORM',
  'NAV',
  'ASIDE',
  'TEMPLATE',
]);

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Walked {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Walked>;
}

const isElement = (node: Walked) => node.nodeType === 1;
const holdsBlocks = (node: Walked): boolean =>
  Array.from(node.childNodes).some((child) => isElement(child) && (!INLINE.has(child.nodeName) || holdsBlocks(child)));

/** Text of a run of inline nodes, without what is skipped inside it. */
function inlineText(node: Walked): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (!isElement(node) || SKIPPED.has(node.nodeName)) return '';
  if (node.nodeName === 'BR') return ' ';
  return Array.from(node.childNodes).map(inlineText).join('');
}

/** Blocks in reading order: a run of text and inline elements is one block; a block element is one or holds some. */
function collect(node: Walked, into: ArticleBlock[]): void {
  let run = '';
  const flush = () => {
    const text = clean(run);
    if (text) into.push({ kind: 'paragraph', text });
    run = '';
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3 || (isElement(child) && INLINE.has(child.nodeName) && !holdsBlocks(child))) {
      run += inlineText(child);
      continue;
    }
    if (!isElement(child) || SKIPPED.has(child.nodeName)) continue;
    flush();
    // A layout table's cells hold paragraphs: those are read as blocks, as anywhere else.
    if (child.nodeName === 'TR' && !Array.from(child.childNodes).some(holdsBlocks)) {
      // A table row reads as one line, cell after cell: "1 Kyle Busch 5040 5", not a line per cell.
      const text = clean(
        Array.from(child.childNodes)
          .map((cell) => ` ${inlineText(cell)} `)
          .join(''),
      );
      if (text) into.push({ kind: 'paragraph', text });
    } else if (holdsBlocks(child)) collect(child, into);
    else {
      const text = clean(inlineText(child));
      if (text) into.push({ kind: /^H[1-6]$/.test(child.nodeName) ? 'heading' : 'paragraph', text });
    }
  }
  flush();
}

/**
 * The article of a page, as Mozilla's Readability finds it, in blocks of text: paragraphs, list items and
 * subheadings in reading order; captions and page furniture left out. `title` is the page's title as
 * Readability reads it, `headline` its `<h1>`. Null when the page has no readable
 * article (a front page, a paywall stub, an error page).
 */
export function extractArticle(
  html: string,
): { title: string | null; headline: string | null; blocks: ArticleBlock[] } | null {
  const { document } = parseHTML(html);
  // Read before Readability rewrites the page (it turns an <h1> into an <h2>).
  const headline = clean(document.querySelector('h1')?.textContent ?? '') || null;
  const article = new Readability(document as unknown as Document, { charThreshold: 300 }).parse();
  if (article === null || !article.content) return null;
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks: ArticleBlock[] = [];
  collect(content.body as unknown as Walked, blocks);
  return blocks.length === 0 ? null : { title: article.title || null, headline, blocks };
}
