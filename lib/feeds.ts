/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole blog and for each tag, built with `feed`.
 * Items carry the full article as HTML with absolute links; everything a feed says changes
 * only when content changes (no build time anywhere), so its ETag is stable between builds.
 */
import { Feed, type Item } from 'feed';
import { etagOf } from './http';
import { getPosts, getTags, postsWithTag, publishedCount, type Post } from './posts';
import { site } from './site';
import { tagPath, type Tag } from './tags';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** Site-wide feed paths, for autodiscovery links and the footer. */
export const FEED_PATHS: Record<FeedFormat, string> = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' };

export function tagFeedPath(tagSlug: string): string {
  return `${tagPath(tagSlug)}/feed.xml`;
}

export interface RenderedFeed {
  body: string;
  contentType: string;
  /** Newest publication or update date among the items: the feed's own last change. */
  updated: Date;
}


// XML 1.0 forbids these characters even inside CDATA; a stray one would make the whole feed unreadable.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text that is safe in an XML text node or a CDATA section (where `]]>` would end it early). */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '').replaceAll(']]>', ']]&gt;');
}

/** Rewrites relative `href`/`src` (and `srcset`) in an HTML fragment against `pageUrl`, so a feed reader can follow them. */
export function absolutizeUrls(html: string, pageUrl: string): string {
  const absolute = (value: string) => {
    const url = value.replace(/&amp;/g, '&');
    try {
      return new URL(url, pageUrl).href.replace(/&/g, '&amp;');
    } catch {
      return value;
    }
  };
  return html
    .replace(/(\s(?:href|src|poster)=")([^"]*)"/g, (_, attr: string, value: string) => `${attr}${absolute(value)}"`)
    .replace(/(\ssrcset=")([^"]*)"/g, (_, attr: string, value: string) =>
      `${attr}${value
        .split(',')
        .map((candidate) => {
          const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [absolute(url), ...descriptor].join(' ');
        })
        .join(', ')}"`,
    );
}

const lastChange = (post: Pick<Post, 'date' | 'updated'>) => new Date(post.updated ?? post.date);

export interface FeedScope {
  /** Posts to publish: visible ones only, newest first. */
  posts: readonly Post[];
  /** A tag feed, or the whole blog. */
  tag?: Tag;
}

export function buildFeed({ posts, tag }: FeedScope, baseUrl: string = site.url): Feed {
  const items = posts.slice(0, site.feedItems);
  const home = tag ? baseUrl + tagPath(tag.slug) : baseUrl;
  const self = (format: FeedFormat) => baseUrl + (tag ? tagFeedPath(tag.slug) : FEED_PATHS[format]);
  const author = { name: site.author.name, link: baseUrl };
  const updated = items.reduce((newest, post) => Math.max(newest, lastChange(post).getTime()), 0);

  const feed = new Feed({
    id: home,
    link: home,
    title: xmlSafe(tag ? `${site.title} — ${tag.name}` : site.title),
    description: xmlSafe(site.description),
    language: site.locale,
    updated: new Date(updated),
    generator: site.title,
    copyright: `© ${site.author.name}`,
    author,
    feedLinks: tag ? { rss: self('rss') } : { rss: self('rss'), atom: self('atom'), json: self('json') },
  });
  for (const post of items) feed.addItem(feedItem(post, baseUrl, author));
  return feed;
}

function feedItem(post: Post, baseUrl: string, author: { name: string; link: string }): Item {
  const link = baseUrl + post.url;
  return {
    id: link,
    link,
    title: xmlSafe(post.title),
    // `date` is the last change (Atom <updated>, JSON date_modified); `published` the first appearance.
    date: lastChange(post),
    published: new Date(post.date),
    description: xmlSafe(post.excerpt),
    content: xmlSafe(absolutizeUrls(post.html, link)),
    category: post.tags.map((t) => ({ name: xmlSafe(t.name), term: xmlSafe(t.name) })),
    author: [author],
  };
}

/** The feed in one format. JSON Feed is raised from the library's 1.0 output to 1.1. */
export function renderFeed(feed: Feed, format: FeedFormat): RenderedFeed {
  const updated = feed.options.updated ?? new Date(0);
  if (format === 'rss') return { body: feed.rss2(), contentType: FEED_CONTENT_TYPES.rss, updated };
  if (format === 'atom') return { body: feed.atom1(), contentType: FEED_CONTENT_TYPES.atom, updated };
  return { body: JSON.stringify(toJsonFeed11(feed)), contentType: FEED_CONTENT_TYPES.json, updated };
}

interface JsonFeedAuthor {
  name?: string;
  url?: string;
}

function toJsonFeed11(feed: Feed): Record<string, unknown> {
  const v1: { author?: JsonFeedAuthor; items?: Array<Record<string, unknown> & { author?: JsonFeedAuthor }> } & Record<string, unknown> =
    JSON.parse(feed.json1());
  const { author, items = [], ...rest } = v1;
  return {
    ...rest,
    version: 'https://jsonfeed.org/version/1.1',
    language: site.locale,
    // 1.1 replaces `author` with `authors`; `author` stays for readers that only know 1.0.
    ...(author ? { authors: [author], author } : {}),
    items: items.map((item) => (item.author ? { ...item, authors: [item.author] } : item)),
  };
}

// ---- Bindings to the published posts ----------------------------------------------------

export interface FeedDocument {
  body: string;
  contentType: string;
  lastModified: Date;
}

function toDocument(feed: Feed, format: FeedFormat): FeedDocument {
  const { body, contentType, updated } = renderFeed(feed, format);
  return { body, contentType, lastModified: updated };
}

/** The whole blog's feed in `format`. */
export function siteFeed(format: FeedFormat, now: Date = new Date()): FeedDocument {
  return toDocument(buildFeed({ posts: getPosts(now) }), format);
}

/** A tag's RSS feed, or null for a tag no published post carries. */
export function tagFeed(tagSlug: string, now: Date = new Date()): FeedDocument | null {
  const tag = getTags(now).find((t) => t.slug === tagSlug);
  if (!tag) return null;
  return toDocument(buildFeed({ posts: postsWithTag(getPosts(now), tag.slug), tag }), 'rss');
}

/** The feed served at `pathname`, or null when no feed lives there. */
export function feedAt(pathname: string, now: Date = new Date()): FeedDocument | null {
  const site = (Object.keys(FEED_PATHS) as FeedFormat[]).find((format) => FEED_PATHS[format] === pathname);
  if (site) return siteFeed(site, now);
  const tag = /^\/tags\/([^/]+)\/feed\.xml$/.exec(pathname)?.[1];
  return tag === undefined ? null : tagFeed(tag, now);
}

export interface Validators {
  etag: string;
  lastModified: Date;
}

let validatorsEpoch = -1;
const validatorsByPath = new Map<string, Validators>();

/**
 * ETag and Last-Modified of the feed at `pathname`, as its route serves them. Computed once per
 * path while the set of published posts stays the same, so answering a conditional GET costs a
 * map lookup.
 */
export function feedValidators(pathname: string, now: Date = new Date()): Validators | null {
  const epoch = publishedCount(now);
  if (epoch !== validatorsEpoch) {
    validatorsByPath.clear();
    validatorsEpoch = epoch;
  }
  const known = validatorsByPath.get(pathname);
  if (known) return known;
  const feed = feedAt(pathname, now);
  if (!feed) return null; // not remembered: random paths must not grow the map
  const validators = { etag: etagOf(feed.body), lastModified: feed.lastModified };
  validatorsByPath.set(pathname, validators);
  return validators;
}
