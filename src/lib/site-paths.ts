/** The site's two feed formats, each at `<scope>/rss.xml` and `<scope>/feed.json`. */
export type FeedFormat = 'rss.xml' | 'feed.json';

/**
 * Every internal URL of the site, under its base ("/" or "/newsfold/"): links, fetches and feeds are
 * made here, never written by hand, so the site works wherever it is hosted.
 */
export function sitePaths(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path}`;
  return {
    home: at(''),
    stories: at('stories/'),
    story: (id: string) => at(`stories/${id}/`),
    storyFeed: (id: string, format: FeedFormat) => at(`stories/${id}/${format}`),
    report: (slug: string, passage?: string) => at(`reports/${slug}/`) + (passage ? `#${passage}` : ''),
    people: at('people/'),
    person: (id: string) => at(`people/${id}/`),
    archive: at('archive/'),
    feed: (format: FeedFormat) => at(format),
    /** The folder of the search index files. */
    search: at('search/'),
    /** A file in `public/` or an image route: "favicon.svg", "og/site.png". */
    file: (path: string) => at(path),
  };
}

export type SitePaths = ReturnType<typeof sitePaths>;
