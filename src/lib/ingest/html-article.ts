import { cleanReport, type Removal } from '../clean/clean-report.ts';
import { normalizedBody } from './duplicates.ts';
import { extractArticle } from './html-text.ts';

/** An article read from a page: its headline as the page gives it, its paragraphs, and what the line rules took out. */
export interface HtmlArticle {
  /** The page's `<h1>`, else its `<title>` as Readability reads it. */
  title: string | null;
  /** Paragraphs and subheadings, in reading order. */
  paragraphs: string[];
  removed: Removal[];
}

const fold = (text: string) => normalizedBody([text]);

/** "Jane Roe is a reporter for …", "Jeff Foust (jeff@…) is the editor of …", "Emiliano joined pv magazine in 2017." */
const AUTHOR_BIO = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}(?:\s\([^)]*\))?\s(?:is|was|has been|joined)\b/u;
const BYLINE_ROLE =
  /\b(?:editor|reporter|writer|correspondent|journalist|columnist|contributor|freelancer|producer|blogger)s?\b|\bjoined\b/i;

/** How many paragraphs at the end introduce the author rather than the news. */
function authorBios(paragraphs: readonly string[]): number {
  let end = paragraphs.length;
  while (end > 1 && AUTHOR_BIO.test(paragraphs[end - 1]) && BYLINE_ROLE.test(paragraphs[end - 1])) end -= 1;
  return paragraphs.length - end;
}

/**
 * The ingest's HTML path: Readability finds the article, then the cleaner's line rules (the same as for a
 * plain copy) take out what extraction kept of the page's furniture. Extraction has found the article's
 * extent and the page states its headline, so nothing is guessed from a line's place: its own lists of
 * short items stay.
 */
export function articleFromHtml(html: string): HtmlArticle | null {
  const extracted = extractArticle(html);
  if (extracted === null) return null;
  // The page's own headline (its <h1>, or its title repeated at the top) is not part of the article.
  const headlines = new Set([extracted.headline, extracted.title].flatMap((text) => (text ? [fold(text)] : [])));
  const lines = extracted.blocks.map((block) => block.text).filter((text) => !headlines.has(fold(text)));
  const cleaned = cleanReport(lines.join('\n'), { extracted: true });
  const texts = cleaned.blocks.map((block) => block.text);
  const bios = authorBios(texts);
  return {
    title: extracted.headline ?? extracted.title,
    paragraphs: texts.slice(0, texts.length - bios),
    removed: [
      ...cleaned.removed,
      ...texts.slice(texts.length - bios).map((line) => ({ line, rule: 'author-bio' as const })),
    ],
  };
}
