import { parseHTML } from 'linkedom';

/** Where the page states a value. */
export type MetadataSource = 'json-ld' | 'open-graph' | 'meta' | 'link';

/** One value the page states, and where. */
export interface Stated<T> {
  value: T;
  from: MetadataSource;
}

/** What a page says about itself: every field optional, none guessed. */
export interface PageMetadata {
  title?: Stated<string>;
  outlet?: Stated<string>;
  url?: Stated<string>;
  /** ISO calendar date, as the page states it (the date part of a timestamp). */
  published?: Stated<string>;
  byline?: Stated<string[]>;
  language?: Stated<string>;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting)$/;

type Json = Record<string, unknown>;

/** Every object in a JSON-LD block, `@graph` and arrays flattened. */
function objects(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (value === null || typeof value !== 'object') return [];
  const object = value as Json;
  return [object, ...objects(object['@graph'])];
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : undefined;

const names = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value])
    .map((entry) => (typeof entry === 'object' && entry !== null ? text((entry as Json).name) : text(entry)))
    .filter((name): name is string => name !== undefined && !/^https?:/.test(name));

/** The calendar date a timestamp names, as the page wrote it: "2025-05-23T06:15:00+01:00" is 23 May. */
function calendarDate(value: string | undefined): string | undefined {
  return value === undefined ? undefined : /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())?.[1];
}

function stated<T>(value: T | undefined, from: MetadataSource): Stated<T> | undefined {
  return value === undefined || (Array.isArray(value) && value.length === 0) ? undefined : { value, from };
}

/**
 * What a page states about the article: JSON-LD `NewsArticle` first, then Open Graph and `<meta>`, then
 * `<link rel=canonical>`. Only stated values; a field the page does not state is absent.
 */
export function pageMetadata(html: string, address: string | null = null): PageMetadata {
  const { document } = parseHTML(html);
  const meta = (key: string) =>
    text(document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content'));
  const article =
    [...document.querySelectorAll('script[type="application/ld+json"]')]
      .flatMap((script) => {
        try {
          return objects(JSON.parse(script.textContent ?? ''));
        } catch {
          return [];
        }
      })
      .find((object) => [object['@type']].flat().some((type) => ARTICLE_TYPES.test(String(type)))) ?? {};
  const publisher = article.publisher as Json | undefined;
  // Relative links resolve against the page's own address; without one they are not a URL the page states.
  const absolute = (value: string | undefined) => {
    if (value === undefined) return undefined;
    try {
      const url = new URL(value, address ?? undefined);
      return /^https?:$/.test(url.protocol) ? url.href : undefined;
    } catch {
      return undefined;
    }
  };
  const canonical = absolute(text(document.querySelector('link[rel="canonical"]')?.getAttribute('href')));
  const pick = <T>(...candidates: (Stated<T> | undefined)[]) => candidates.find((candidate) => candidate !== undefined);
  return Object.fromEntries(
    Object.entries({
      title: pick(stated(text(article.headline), 'json-ld'), stated(meta('og:title'), 'open-graph')),
      outlet: pick(stated(text(publisher?.name), 'json-ld'), stated(meta('og:site_name'), 'open-graph')),
      url: pick(
        stated(absolute(text(article.url) ?? text((article.mainEntityOfPage as Json | undefined)?.['@id'])), 'json-ld'),
        stated(canonical, 'link'),
        stated(absolute(meta('og:url')), 'open-graph'),
      ),
      published: pick(
        stated(calendarDate(text(article.datePublished)), 'json-ld'),
        stated(calendarDate(meta('article:published_time')), 'open-graph'),
        stated(calendarDate(meta('date') ?? meta('pubdate') ?? meta('dc.date')), 'meta'),
      ),
      byline: pick(stated(names(article.author), 'json-ld'), stated(names(meta('author')), 'meta')),
      language: stated(text(document.documentElement?.getAttribute('lang')), 'meta'),
    }).filter(([, value]) => value !== undefined),
  ) as PageMetadata;
}
