/**
 * Page metadata. Next.js replaces a parent's `alternates` as a whole when a page sets its own,
 * so every page builds them here: canonical URL plus the feed autodiscovery links.
 */
import type { Metadata } from 'next';
import { FEED_PATHS, tagFeedPath } from './feeds';
import { site } from './site';
import type { Tag } from './tags';

type Alternates = NonNullable<Metadata['alternates']>;

/** `<link rel="alternate">` for the site's three feeds, and a tag's own feed on its pages. */
export function feedAlternates(tag?: Tag): Alternates['types'] {
  const rss = [{ url: FEED_PATHS.rss, title: `${site.title} (RSS)` }];
  if (tag) rss.push({ url: tagFeedPath(tag.slug), title: `${site.title} — ${tag.name} (RSS)` });
  return {
    'application/rss+xml': rss,
    'application/atom+xml': [{ url: FEED_PATHS.atom, title: `${site.title} (Atom)` }],
    'application/feed+json': [{ url: FEED_PATHS.json, title: `${site.title} (JSON Feed)` }],
  };
}

export function alternates(canonicalPath?: string, tag?: Tag): Alternates {
  return { ...(canonicalPath ? { canonical: canonicalPath } : {}), types: feedAlternates(tag) };
}
