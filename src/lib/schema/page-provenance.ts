import { z } from 'zod';
import { httpUrl, isoDate } from './fields.ts';

/** Where a report's metadata field came from. */
export const FIELD_SOURCES = [
  /** Stated by the page (JSON-LD, Open Graph, `<meta>`, `<link rel=canonical>`, `<title>`). */
  'page',
  /** Given on the command line; it overrides what the page states, which stays under `stated`. */
  'flag',
  /** Neither: inferred (a headline from the URL's words) or not known. */
  'none',
] as const;

const fieldSource = z.enum(FIELD_SOURCES);

/**
 * How a report read from a web page came in (DECISIONS.md: ingest facts in the front matter): a saved page,
 * a URL or a feed item; what the page itself stated; and where each field of the report came from.
 */
export const pageProvenanceSchema = z
  .object({
    via: z.enum(['html', 'url', 'feed']),
    /** The address the page was fetched from, after redirects; null for a saved page. */
    fetched: httpUrl.nullable().default(null),
    /** For a feed item: the feed's URL and the item's guid (or link). */
    feed: httpUrl.nullable().default(null),
    guid: z.string().min(1).nullable().default(null),
    /** The page's own values, kept when a flag overrode them. */
    stated: z
      .object({
        title: z.string().optional(),
        outlet: z.string().optional(),
        url: z.string().optional(),
        published: isoDate.optional(),
        byline: z.array(z.string()).optional(),
        language: z.string().optional(),
      })
      .strict(),
    fields: z
      .object({
        title: fieldSource,
        outlet: fieldSource,
        url: fieldSource,
        published: fieldSource,
        byline: fieldSource,
      })
      .strict(),
  })
  .strict();

export type PageProvenance = z.infer<typeof pageProvenanceSchema>;
