/** The feeds of the published posts, and the validators that answer conditional GETs on them. */
import 'server-only';
import { etagOf } from '../http/cache-validators';
import { postsWithTag } from '../posts/post';
import { getListedPosts, getSeries, getTags, publishedVersion } from '../posts/queries';
import { postsWithSeries } from '../posts/series';
import { FEED_PATHS, seriesOfFeedPath, tagOfFeedPath, type FeedFormat } from '../routes';
import { renderFeed, type RenderedFeed } from './render';

/** The whole blog's feed in `format`. */
export function siteFeed(format: FeedFormat, now: Date = new Date()): RenderedFeed {
  return renderFeed({ posts: getListedPosts({ now }) }, format);
}

/** A tag's RSS feed, or null for a tag no published post carries. */
export function tagFeed(tagSlug: string, now: Date = new Date()): RenderedFeed | null {
  const tag = getTags(now).find((t) => t.slug === tagSlug);
  if (!tag) return null;
  return renderFeed({ posts: postsWithTag(getListedPosts({ now }), tag.slug), tag }, 'rss');
}

/**
 * A series' RSS feed, or null for a series no published post is part of. Newest first, as every
 * feed: a reader polls it for the next part, and a long series' first parts fall off the end.
 */
export function seriesFeed(seriesSlug: string, now: Date = new Date()): RenderedFeed | null {
  const series = getSeries(now).find((s) => s.slug === seriesSlug);
  if (!series) return null;
  return renderFeed(
    { posts: postsWithSeries(getListedPosts({ now }), series.slug), series },
    'rss',
  );
}

/** The feed served at `pathname`, or null when no feed lives there. */
export function feedAt(pathname: string, now: Date = new Date()): RenderedFeed | null {
  const format = (Object.keys(FEED_PATHS) as FeedFormat[]).find(
    (format) => FEED_PATHS[format] === pathname,
  );
  if (format) return siteFeed(format, now);
  const tag = tagOfFeedPath(pathname);
  if (tag !== undefined) return tagFeed(tag, now);
  const series = seriesOfFeedPath(pathname);
  return series === undefined ? null : seriesFeed(series, now);
}

export interface Validators {
  etag: string;
  lastModified: Date;
}

let validatorsVersion = '';
const validatorsByPath = new Map<string, Validators>();

/**
 * ETag and Last-Modified of the feed at `pathname`, as its route serves them. Computed once per
 * path while the set of published posts stays the same, so answering a conditional GET costs a
 * map lookup.
 */
export function feedValidators(pathname: string, now: Date = new Date()): Validators | null {
  const epoch = publishedVersion(now);
  if (epoch !== validatorsVersion) {
    validatorsByPath.clear();
    validatorsVersion = epoch;
  }
  const known = validatorsByPath.get(pathname);
  if (known) return known;
  const feed = feedAt(pathname, now);
  if (!feed) return null; // not remembered: random paths must not grow the map
  const validators = { etag: etagOf(feed.body), lastModified: feed.lastModified };
  validatorsByPath.set(pathname, validators);
  return validators;
}
