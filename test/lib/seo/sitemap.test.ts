import { describe, expect, it } from 'vitest';
import { site } from '@/lib/config/site';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { makePost, tags } from '../../fixtures/posts';

/** 12 posts, newest first, one a day in January 2024; every third one tagged "systemd". */
const posts = Array.from({ length: 12 }, (_, i) =>
  makePost({
    slug: `billet-${12 - i}`,
    date: `2024-01-${String(12 - i).padStart(2, '0')}T08:00:00.000Z`,
    tags: (12 - i) % 3 === 0 ? tags('systemd', 'veille') : tags('veille'),
  }),
);

const byUrl = (entries: ReturnType<typeof sitemapEntries>) =>
  new Map(entries.map((e) => [e.url.slice(site.url.length), e.lastModified]));

describe('sitemapEntries', () => {
  it('lists home and its pages, archives, tags, each tag’s pages and every post, with absolute URLs', () => {
    const entries = sitemapEntries(posts);
    expect(entries.every((e) => e.url.startsWith(`${site.url}/`))).toBe(true);
    expect([...byUrl(entries).keys()]).toEqual([
      '/',
      '/page/2',
      '/archives',
      '/archives/2024',
      '/tags',
      '/tags/veille',
      '/tags/veille/page/2',
      '/tags/systemd',
      ...posts.map((p) => p.url),
    ]);
  });

  it('dates each page by the newest change among the posts it shows', () => {
    const urls = byUrl(sitemapEntries(posts));
    expect(urls.get('/')).toBe('2024-01-12T08:00:00.000Z');
    expect(urls.get('/page/2')).toBe('2024-01-02T08:00:00.000Z');
    expect(urls.get('/tags/systemd')).toBe('2024-01-12T08:00:00.000Z');
    expect(urls.get('/posts/billet-5')).toBe('2024-01-05T08:00:00.000Z');
  });

  it('takes an update into account, on the post and on the pages that list it', () => {
    const updated = posts.map((p) =>
      p.slug === 'billet-1' ? { ...p, updated: '2024-02-01T08:00:00.000Z' } : p,
    );
    const urls = byUrl(sitemapEntries(updated));
    expect(urls.get('/posts/billet-1')).toBe('2024-02-01T08:00:00.000Z');
    expect(urls.get('/page/2')).toBe('2024-02-01T08:00:00.000Z');
    expect(urls.get('/archives')).toBe('2024-02-01T08:00:00.000Z');
    expect(urls.get('/archives/2024')).toBe('2024-02-01T08:00:00.000Z');
  });

  it('lists each year of the archives, dated by its own newest post', () => {
    const older = makePost({
      slug: 'billet-2023',
      date: '2023-06-01T08:00:00.000Z',
      tags: tags('veille'),
    });
    const urls = byUrl(sitemapEntries([...posts, older]));
    expect([...urls.keys()].filter((path) => path.startsWith('/archives/'))).toEqual([
      '/archives/2024',
      '/archives/2023',
    ]);
    expect(urls.get('/archives/2023')).toBe('2023-06-01T08:00:00.000Z');
    expect(urls.get('/archives/2024')).toBe('2024-01-12T08:00:00.000Z');
  });

  it('lists the categories and their pages once a post has one, dated by their newest post', () => {
    const categorized = posts.map((post, i) =>
      i < 2 ? { ...post, categories: tags('Bilans') } : post,
    );
    const urls = byUrl(sitemapEntries(categorized));
    expect(urls.get('/categories')).toBe('2024-01-12T08:00:00.000Z');
    expect(urls.get('/categories/bilans')).toBe('2024-01-12T08:00:00.000Z');
    expect([...urls.keys()].filter((u) => u.startsWith('/categories'))).toEqual([
      '/categories',
      '/categories/bilans',
    ]);
  });

  it('lists the series and each one’s pages once a post has one, each page dated by the parts it shows', () => {
    // Eleven parts, posts 2 to 12, plus a seriesOrder that puts the newest first.
    const inSeries = posts.map((post) =>
      post.slug === 'billet-1'
        ? post
        : {
            ...post,
            series: { slug: 'web-ops-data', name: 'Web, Ops & Data' },
            ...(post.slug === 'billet-12' ? { seriesOrder: 1 } : {}),
          },
    );
    const urls = byUrl(sitemapEntries(inSeries));
    expect([...urls.keys()].filter((u) => u.startsWith('/series'))).toEqual([
      '/series',
      '/series/web-ops-data',
      '/series/web-ops-data/page/2',
    ]);
    // Reading order: billet-12, then billet-2 to billet-10 on page 1; billet-11 alone on page 2.
    expect(urls.get('/series/web-ops-data')).toBe('2024-01-12T08:00:00.000Z');
    expect(urls.get('/series/web-ops-data/page/2')).toBe('2024-01-11T08:00:00.000Z');
    expect(byUrl(sitemapEntries(posts)).has('/series')).toBe(false);
  });

  it('lists only the fixed pages for an empty blog', () => {
    expect(sitemapEntries([]).map((e) => e.url)).toEqual([
      `${site.url}/`,
      `${site.url}/archives`,
      `${site.url}/tags`,
    ]);
  });
});

describe('sitemapEntries with translations', () => {
  const french = makePost({ slug: 'index', translationGroup: 'posts/index' });
  const english = makePost({
    slug: 'index-en',
    url: '/en/posts/index',
    lang: 'en',
    translationGroup: 'posts/index',
  });

  it('gives each version of a post its hreflang alternates, and lists it once in listings', () => {
    const entries = sitemapEntries([english, french]);
    const languages = {
      fr: `${site.url}/posts/index`,
      en: `${site.url}/en/posts/index`,
    };
    for (const url of Object.values(languages)) {
      expect(entries.find((e) => e.url === url)?.alternates?.languages).toEqual(languages);
    }
    // Page 1 of the home listing shows the French post only: dated by it alone.
    expect(entries.filter((e) => e.url === `${site.url}/`)).toHaveLength(1);
  });
});
