import { parseFeed } from 'feedsmith';

/** One item of a feed, whatever its format. */
export interface FeedItem {
  /** The article's address, if the item links one. */
  link: string | null;
  /** The item's id: its guid, Atom id or JSON Feed id; the link when it has none. */
  guid: string;
  title: string | null;
  /** The calendar date the item states for its publication. */
  published: string | null;
  byline: string[];
  /** The item's full text as HTML, when the feed carries it. */
  html: string | null;
}

export interface ParsedFeed {
  format: string;
  title: string | null;
  items: FeedItem[];
}

type Json = Record<string, unknown>;
const record = (value: unknown): Json => (value !== null && typeof value === 'object' ? (value as Json) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const text = (value: unknown): string | null => {
  const found =
    typeof value === 'string' ? value : typeof record(value).value === 'string' ? record(value).value : null;
  return typeof found === 'string' && found.trim() !== '' ? found.trim() : null;
};

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** "2025-03-10T07:45:00Z" or "Mon, 10 Mar 2025 07:45:00 GMT": the calendar date as the feed wrote it. */
export function feedDate(value: string | null): string | null {
  if (value === null) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso) return iso[1];
  const rfc = /(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})/i.exec(value);
  const month = rfc ? MONTHS.indexOf(rfc[2].toLowerCase()) : -1;
  return rfc && month >= 0 ? `${rfc[3]}-${String(month + 1).padStart(2, '0')}-${rfc[1].padStart(2, '0')}` : null;
}

function names(value: unknown): string[] {
  return list(value).flatMap((author) => {
    const name = text(author) ?? text(record(author).name);
    return name === null ? [] : [name];
  });
}

function item(format: string, raw: unknown): FeedItem {
  const entry = record(raw);
  const link =
    format === 'atom'
      ? ((list(entry.links)
          .map(record)
          .find((link) => link.rel === undefined || link.rel === 'alternate')?.href as string | undefined) ?? null)
      : text(format === 'json' ? entry.url : entry.link);
  const html =
    format === 'json'
      ? text(entry.content_html)
      : format === 'atom'
        ? text(entry.content)
        : text(record(entry.content).encoded);
  const guid = text(format === 'rss' ? entry.guid : entry.id) ?? link ?? text(entry.title) ?? '';
  return {
    link,
    guid,
    title: text(entry.title),
    published: feedDate(
      text(entry.pubDate) ?? text(entry.published) ?? text(entry.date_published) ?? text(entry.updated),
    ),
    byline: [...names(entry.authors), ...names(record(entry.dc).creators), ...names(entry.author)],
    html,
  };
}

/** A feed's items, from RSS 2.0, Atom, RDF or JSON Feed text; throws when the text is none of them. */
export function feedItems(content: string): ParsedFeed {
  const { format, feed } = parseFeed(content);
  const body = record(feed);
  const entries = format === 'atom' ? body.entries : body.items;
  return { format, title: text(body.title), items: list(entries).map((entry) => item(format, entry)) };
}
