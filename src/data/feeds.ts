// The site's feed and each story's, in both formats, made by one pair of functions.
import rss from '@astrojs/rss';
import { feedItems, jsonFeed, rssItems, type FeedChannel } from '../lib/sharing/feed.ts';
import type { Report } from '../lib/reports/report.ts';
import { siteOrigin } from '../lib/sharing/site-origin.ts';
import type { StoryData } from '../lib/schema/story.ts';
import { paths } from './paths.ts';
import { storyOverviews } from './reports.ts';

/** The whole site's channel, or one story's. */
export function channel(site: URL | undefined, story?: StoryData): FeedChannel {
  const origin = siteOrigin(site);
  const absolute = (path: string) => new URL(path, origin).href;
  if (story === undefined) {
    return {
      title: 'Newsfold',
      description: 'Every report of every story, each with its provenance.',
      home: absolute(paths.home),
      feeds: { 'rss.xml': absolute(paths.feed('rss.xml')), 'feed.json': absolute(paths.feed('feed.json')) },
    };
  }
  return {
    title: `${story.title} | Newsfold`,
    description: story.summary,
    home: absolute(paths.story(story.id)),
    feeds: {
      'rss.xml': absolute(paths.storyFeed(story.id, 'rss.xml')),
      'feed.json': absolute(paths.storyFeed(story.id, 'feed.json')),
    },
  };
}

export function rssResponse(feed: FeedChannel, reports: readonly Report[], site: URL | undefined) {
  return rss({
    title: feed.title,
    description: feed.description,
    site: feed.home,
    items: rssItems(feedItems(reports, siteOrigin(site), paths)),
  });
}

export function jsonFeedResponse(feed: FeedChannel, reports: readonly Report[], site: URL | undefined): Response {
  return new Response(JSON.stringify(jsonFeed(feed, feedItems(reports, siteOrigin(site), paths))), {
    headers: { 'Content-Type': 'application/feed+json' },
  });
}

/** One feed route per story, in each format: its story and reports as props. */
export async function storyFeedPaths() {
  return (await storyOverviews()).map(({ story, reports }) => ({
    params: { id: story.id },
    props: { story, reports },
  }));
}
