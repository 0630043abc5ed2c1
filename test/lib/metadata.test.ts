import { describe, expect, it } from 'vitest';
import { alternates, feedAlternates } from '@/lib/metadata';
import { site } from '@/lib/site';
import type { Tag } from '@/lib/tags';

const timeSeries: Tag = { slug: 'time-series', name: 'Time Series' };

const siteFeeds = {
  'application/rss+xml': [{ url: '/feed.xml', title: `${site.title} (RSS)` }],
  'application/atom+xml': [{ url: '/atom.xml', title: `${site.title} (Atom)` }],
  'application/feed+json': [{ url: '/feed.json', title: `${site.title} (JSON Feed)` }],
};

describe('feedAlternates', () => {
  it('advertises the site’s RSS, Atom and JSON feeds under their media types', () => {
    expect(feedAlternates()).toEqual(siteFeeds);
  });

  it('adds a tag’s own RSS feed after the site’s, on that tag’s pages', () => {
    expect(feedAlternates(timeSeries)).toEqual({
      ...siteFeeds,
      'application/rss+xml': [
        { url: '/feed.xml', title: `${site.title} (RSS)` },
        { url: '/tags/time-series/feed.xml', title: `${site.title} — Time Series (RSS)` },
      ],
    });
  });

  it('does not leak a tag feed into the next page’s links', () => {
    feedAlternates(timeSeries);
    expect(feedAlternates()).toEqual(siteFeeds);
  });
});

describe('alternates', () => {
  it('has a canonical URL only when given one', () => {
    expect(alternates()).toEqual({ types: siteFeeds });
    expect(alternates()).not.toHaveProperty('canonical');
    expect(alternates('')).not.toHaveProperty('canonical');
    expect(alternates('/posts/timer-systemd')).toEqual({ canonical: '/posts/timer-systemd', types: siteFeeds });
  });

  it('carries the tag feed along with the canonical URL of a tag page', () => {
    expect(alternates('/tags/time-series', timeSeries)).toEqual({ canonical: '/tags/time-series', types: feedAlternates(timeSeries) });
    expect(alternates(undefined, timeSeries).types?.['application/rss+xml']).toContainEqual({
      url: '/tags/time-series/feed.xml',
      title: `${site.title} — Time Series (RSS)`,
    });
  });
});
