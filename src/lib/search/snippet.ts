import { SEARCH_CONFIG } from './search-config.ts';
import { wordSpans } from './terms.ts';

/** A run of snippet text, marked or not. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/**
 * The part of a passage around its first marked word, cut at word
 * boundaries, with every marked word inside it flagged. The caller builds
 * DOM text nodes from the parts; nothing here is HTML.
 */
export function snippetOf(
  text: string,
  marked: ReadonlySet<string>,
  radius: number = SEARCH_CONFIG.snippetRadius,
): SnippetPart[] {
  const spans = wordSpans(text);
  const hits = spans.filter((span) => marked.has(span.term) || span.parts.some((part) => marked.has(part)));
  const anchor = hits[0] ?? { start: 0, end: 0 };
  const first = spans.findIndex((span) => span.end >= anchor.start - radius);
  const last = spans.findLastIndex((span) => span.start <= anchor.end + radius);
  // A window that reaches the first or last word keeps the text's own edges (and closing punctuation).
  const from = first <= 0 ? 0 : spans[first].start;
  const to = last < 0 || last === spans.length - 1 ? text.length : spans[last].end;
  const parts: SnippetPart[] = from > 0 ? [{ text: '… ', mark: false }] : [];
  let cursor = from;
  for (const hit of hits.filter((span) => span.start >= from && span.end <= to)) {
    if (hit.start > cursor) parts.push({ text: text.slice(cursor, hit.start), mark: false });
    parts.push({ text: text.slice(hit.start, hit.end), mark: true });
    cursor = hit.end;
  }
  if (to > cursor) parts.push({ text: text.slice(cursor, to), mark: false });
  if (to < text.length) parts.push({ text: ' …', mark: false });
  return parts;
}
