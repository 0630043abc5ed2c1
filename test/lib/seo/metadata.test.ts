import { describe, expect, it } from 'vitest';
import { alternates, feedAlternates, pageMetadata, postMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/config/site';
import type { Tag } from '@/lib/posts/tags';
import { makePost, tags } from '../../fixtures/posts';

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

  it('adds a series’ own RSS feed after the site’s, on that series’ pages', () => {
    const series: Tag = { slug: 'web-ops-data', name: 'Web, Ops & Data' };
    expect(pageMetadata({ path: '/series/web-ops-data', series }).alternates).toEqual({
      canonical: '/series/web-ops-data',
      types: {
        ...siteFeeds,
        'application/rss+xml': [
          { url: '/feed.xml', title: `${site.title} (RSS)` },
          { url: '/series/web-ops-data/feed.xml', title: `${site.title} — Web, Ops & Data (RSS)` },
        ],
      },
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
    expect(alternates('/posts/timer-systemd')).toEqual({
      canonical: '/posts/timer-systemd',
      types: siteFeeds,
    });
  });

  it('carries the tag feed along with the canonical URL of a tag page', () => {
    expect(alternates('/tags/time-series', timeSeries)).toEqual({
      canonical: '/tags/time-series',
      types: feedAlternates(timeSeries),
    });
    expect(alternates(undefined, timeSeries).types?.['application/rss+xml']).toContainEqual({
      url: '/tags/time-series/feed.xml',
      title: `${site.title} — Time Series (RSS)`,
    });
  });
});

describe('pageMetadata', () => {
  it('gives a listing its title, description, canonical path, feeds and a website card', () => {
    const meta = pageMetadata({
      title: 'Tous les tags',
      description: 'Les sujets.',
      path: '/tags',
    });
    expect(meta).toMatchObject({
      title: 'Tous les tags',
      description: 'Les sujets.',
      alternates: { canonical: '/tags', types: siteFeeds },
      openGraph: {
        type: 'website',
        siteName: site.title,
        locale: 'fr_FR',
        url: '/tags',
        title: 'Tous les tags',
        description: 'Les sujets.',
      },
      twitter: { card: 'summary_large_image', title: 'Tous les tags' },
    });
  });

  it('leaves the home page’s title to the layout default and describes it with the site', () => {
    const meta = pageMetadata({ path: '/' });
    expect(meta).not.toHaveProperty('title');
    expect(meta.description).toBe(site.description);
    expect(meta.openGraph).toMatchObject({ title: site.title, url: '/' });
  });

  it('advertises a tag’s own feed on its pages', () => {
    expect(
      pageMetadata({ title: 'x', path: '/tags/time-series', tag: timeSeries }).alternates?.types,
    ).toEqual(feedAlternates(timeSeries));
  });
});

describe('postMetadata', () => {
  const post = makePost({
    slug: 'timer-systemd',
    title: 'Timer systemd : remplacer cron',
    excerpt: 'Un tutoriel.',
    date: '2024-03-10T08:00:00.000Z',
    updated: '2024-04-02T10:00:00.000Z',
    tags: tags('systemd', 'Time Series'),
  });

  it('is an Open Graph article with its dates, tags, locale and a large Twitter card', () => {
    expect(postMetadata(post)).toMatchObject({
      title: 'Timer systemd : remplacer cron',
      description: 'Un tutoriel.',
      alternates: { canonical: '/posts/timer-systemd' },
      openGraph: {
        type: 'article',
        url: '/posts/timer-systemd',
        locale: 'fr_FR',
        publishedTime: '2024-03-10T08:00:00.000Z',
        modifiedTime: '2024-04-02T10:00:00.000Z',
        tags: ['systemd', 'Time Series'],
      },
      twitter: {
        card: 'summary_large_image',
        title: 'Timer systemd : remplacer cron',
        description: 'Un tutoriel.',
      },
    });
  });

  it('gives the publication date as modified time when the post was never updated', () => {
    const { updated: _, ...never } = post;
    expect(postMetadata(never).openGraph).toMatchObject({
      modifiedTime: '2024-03-10T08:00:00.000Z',
    });
  });
});
