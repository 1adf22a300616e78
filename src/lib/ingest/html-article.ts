import { cleanReport, type Removal } from '../clean/clean-report.ts';
import { foldWord, wordsOf } from '../text/words.ts';
import { extractArticle } from './html-text.ts';

/** An article read from a page: its headline as the page gives it, its paragraphs, and what the line rules took out. */
export interface HtmlArticle {
  /** The page's `<h1>`, else its `<title>` as Readability reads it. */
  title: string | null;
  /** Paragraphs and subheadings, in reading order. */
  paragraphs: string[];
  removed: Removal[];
}

const fold = (text: string) => wordsOf(text).map(foldWord).join(' ');

/**
 * The ingest's HTML path: Readability finds the article, then the cleaner's line rules (the same as for a
 * plain copy) take out what extraction kept of the page's furniture. The page states the headline, so the
 * article's first line is never taken for one; and extraction has told the article from the teasers
 * around it, so its own lists of short Title Case items stay.
 */
export function articleFromHtml(html: string): HtmlArticle | null {
  const extracted = extractArticle(html);
  if (extracted === null) return null;
  // The page's own headline (its <h1>, or its title repeated at the top) is not part of the article.
  const headlines = new Set([extracted.headline, extracted.title].flatMap((text) => (text ? [fold(text)] : [])));
  const lines = extracted.blocks.map((block) => block.text).filter((text) => !headlines.has(fold(text)));
  const cleaned = cleanReport(lines.join('\n'), { findHeadline: false, findTeasers: false });
  const paragraphs = cleaned.blocks.map((block) => block.text);
  return {
    title: extracted.headline ?? extracted.title,
    paragraphs,
    removed: cleaned.removed,
  };
}
