import { describe, expect, it } from 'vitest';
import {
  adjacentPosts,
  findBySlug,
  isVisible,
  onePerTranslation,
  postStatus,
  postsWithTag,
  relatedPosts,
  sortNewestFirst,
  translationsOf,
  visiblePosts,
  type Visibility,
} from '@/lib/posts/post';
import { makePost, slugs, tags } from '@/test/fixtures/posts';

const NOW = new Date('2024-06-15T12:00:00.000Z');
const reader: Visibility = { now: NOW, includeUnpublished: false };
const author: Visibility = { now: NOW, includeUnpublished: true };

const published = makePost({ slug: 'publie', date: '2024-06-01T08:00:00.000Z' });
const draft = makePost({ slug: 'brouillon', date: '2024-06-01T08:00:00.000Z', draft: true });
const scheduled = makePost({ slug: 'programme', date: '2024-06-15T12:00:01.000Z' });
const futureDraft = makePost({
  slug: 'brouillon-futur',
  date: '2025-01-01T00:00:00.000Z',
  draft: true,
});

describe('postStatus', () => {
  it('is "published" once the date has come', () => {
    expect(postStatus(published, NOW)).toBe('published');
    expect(postStatus(makePost({ slug: 'pile', date: NOW.toISOString() }), NOW)).toBe('published');
  });

  it('is "scheduled" while the date is still ahead, even by a second', () => {
    expect(postStatus(scheduled, NOW)).toBe('scheduled');
    expect(postStatus(scheduled, new Date('2024-06-15T12:00:01.000Z'))).toBe('published');
  });

  it('is "draft" for a draft, whatever its date', () => {
    expect(postStatus(draft, NOW)).toBe('draft');
    expect(postStatus(futureDraft, NOW)).toBe('draft');
  });

  it('waits for a later publishAt (Hugo’s publishDate), the date shown staying earlier', () => {
    const later = makePost({
      slug: 'plus-tard',
      date: '2024-06-01T00:00:00.000Z',
      publishAt: '2024-06-15T12:00:01.000Z',
    });
    expect(postStatus(later, NOW)).toBe('scheduled');
    expect(postStatus(later, new Date('2024-06-15T12:00:01.000Z'))).toBe('published');
  });

  it('is "expired" from its expiresAt on (Hugo’s expiryDate), not a millisecond before', () => {
    const expiring = makePost({ slug: 'perime', expiresAt: NOW.toISOString() });
    expect(postStatus(expiring, new Date(NOW.getTime() - 1))).toBe('published');
    expect(postStatus(expiring, NOW)).toBe('expired');
    expect(isVisible(expiring, reader)).toBe(false);
    expect(isVisible(expiring, author)).toBe(true);
  });
});

describe('isVisible', () => {
  it('shows readers published posts only', () => {
    expect(isVisible(published, reader)).toBe(true);
    expect(isVisible(draft, reader)).toBe(false);
    expect(isVisible(scheduled, reader)).toBe(false);
    expect(isVisible(futureDraft, reader)).toBe(false);
  });

  it('shows the author everything', () => {
    for (const post of [published, draft, scheduled, futureDraft])
      expect(isVisible(post, author)).toBe(true);
  });
});

describe('sortNewestFirst', () => {
  it('puts the newest post first, comparing instants rather than strings', () => {
    const posts = [
      makePost({ slug: 'ancien', date: '2018-01-28T23:00:00.000Z' }),
      makePost({ slug: 'recent', date: '2024-03-01T00:00:00.000Z' }),
      makePost({ slug: 'moyen', date: '2020-05-14T15:30:00.000Z' }),
    ];
    expect(slugs(sortNewestFirst(posts))).toEqual(['recent', 'moyen', 'ancien']);
  });

  it('orders posts of the same instant by slug, whatever the input order', () => {
    const date = '2024-01-01T09:00:00.000Z';
    const a = makePost({ slug: 'a-post', date });
    const b = makePost({ slug: 'b-post', date });
    const c = makePost({ slug: 'c-post', date });
    expect(slugs(sortNewestFirst([c, a, b]))).toEqual(['a-post', 'b-post', 'c-post']);
    expect(slugs(sortNewestFirst([b, c, a]))).toEqual(['a-post', 'b-post', 'c-post']);
  });

  it('does not reorder the array it is given', () => {
    const posts = [
      makePost({ slug: 'vieux', date: '2018-01-01T00:00:00.000Z' }),
      makePost({ slug: 'neuf', date: '2024-01-01T00:00:00.000Z' }),
    ];
    sortNewestFirst(posts);
    expect(slugs(posts)).toEqual(['vieux', 'neuf']);
  });
});

describe('visiblePosts', () => {
  const all = [
    draft,
    published,
    scheduled,
    makePost({ slug: 'plus-recent', date: '2024-06-10T08:00:00.000Z' }),
    futureDraft,
  ];

  it('gives readers the published posts, newest first', () => {
    expect(slugs(visiblePosts(all, reader))).toEqual(['plus-recent', 'publie']);
  });

  it('gives the author drafts and scheduled posts too, newest first', () => {
    expect(slugs(visiblePosts(all, author))).toEqual([
      'brouillon-futur',
      'programme',
      'plus-recent',
      'brouillon',
      'publie',
    ]);
  });

  it('shows each tag under the spelling most visible posts use', () => {
    const posts = [
      makePost({
        slug: 'un',
        date: '2024-01-03T00:00:00.000Z',
        tags: tags('time series', 'Docker'),
      }),
      makePost({ slug: 'deux', date: '2024-01-02T00:00:00.000Z', tags: tags('Time Series') }),
      makePost({ slug: 'trois', date: '2024-01-01T00:00:00.000Z', tags: tags('Time Series') }),
    ];
    const names = visiblePosts(posts, reader).map((p) => p.tags.map((t) => t.name));
    expect(names).toEqual([['Time Series', 'Docker'], ['Time Series'], ['Time Series']]);
  });

  it('does not let hidden posts choose a tag’s spelling', () => {
    const posts = [
      makePost({ slug: 'visible', date: '2024-01-01T00:00:00.000Z', tags: tags('cérénit') }),
      makePost({
        slug: 'brouillon-1',
        date: '2024-01-02T00:00:00.000Z',
        draft: true,
        tags: tags('CÉRÉNIT'),
      }),
      makePost({
        slug: 'brouillon-2',
        date: '2024-01-03T00:00:00.000Z',
        draft: true,
        tags: tags('CÉRÉNIT'),
      }),
    ];
    expect(visiblePosts(posts, reader).map((p) => p.tags)).toEqual([
      [{ slug: 'cerenit', name: 'cérénit' }],
    ]);
  });
});

describe('findBySlug', () => {
  const posts = [published, draft];

  it('finds a post by its exact slug', () => {
    expect(findBySlug(posts, 'brouillon')).toBe(draft);
  });

  it('is undefined for an unknown slug or another case', () => {
    expect(findBySlug(posts, 'inconnu')).toBeUndefined();
    expect(findBySlug(posts, 'PUBLIE')).toBeUndefined();
  });
});

describe('postsWithTag', () => {
  it('keeps the posts carrying the tag, whatever its spelling, in the given order', () => {
    const posts = [
      makePost({ slug: 'a', tags: tags('Time Series') }),
      makePost({ slug: 'b', tags: tags('Docker') }),
      makePost({ slug: 'c', tags: tags('Docker', 'time series') }),
    ];
    expect(slugs(postsWithTag(posts, 'time-series'))).toEqual(['a', 'c']);
    expect(postsWithTag(posts, 'kubernetes')).toEqual([]);
  });
});

describe('adjacentPosts', () => {
  // Newest first, as listings show them.
  const posts = [
    makePost({ slug: 'c-2020' }),
    makePost({ slug: 'b-2019' }),
    makePost({ slug: 'a-2018' }),
  ];

  it('gives a post in the middle the newer and the older one', () => {
    const { newer, older } = adjacentPosts(posts, 'b-2019');
    expect(newer?.slug).toBe('c-2020');
    expect(older?.slug).toBe('a-2018');
  });

  it('gives the newest post only an older neighbour', () => {
    const { newer, older } = adjacentPosts(posts, 'c-2020');
    expect(newer).toBeUndefined();
    expect(older?.slug).toBe('b-2019');
  });

  it('gives the oldest post only a newer neighbour', () => {
    const { newer, older } = adjacentPosts(posts, 'a-2018');
    expect(newer?.slug).toBe('b-2019');
    expect(older).toBeUndefined();
  });

  it('gives an unknown post no neighbour', () => {
    expect(adjacentPosts(posts, 'inconnu')).toEqual({});
  });

  it('gives a lone post no neighbour', () => {
    const { newer, older } = adjacentPosts([makePost({ slug: 'seul' })], 'seul');
    expect(newer).toBeUndefined();
    expect(older).toBeUndefined();
  });
});

describe('relatedPosts', () => {
  const current = makePost({
    slug: 'courant',
    date: '2024-05-01T00:00:00.000Z',
    tags: tags('Docker', 'Traefik', 'Ops'),
  });
  const posts = [
    current,
    makePost({ slug: 'un-tag-recent', date: '2024-04-01T00:00:00.000Z', tags: tags('Ops') }),
    makePost({
      slug: 'deux-tags-ancien',
      date: '2019-01-01T00:00:00.000Z',
      tags: tags('docker', 'Ops'),
    }),
    makePost({
      slug: 'deux-tags-recent',
      date: '2023-01-01T00:00:00.000Z',
      tags: tags('Traefik', 'Docker', 'Kubernetes'),
    }),
    makePost({ slug: 'sans-rapport', date: '2024-04-30T00:00:00.000Z', tags: tags('Kubernetes') }),
    makePost({ slug: 'sans-tag', date: '2024-04-29T00:00:00.000Z' }),
    makePost({ slug: 'un-tag-ancien', date: '2018-01-01T00:00:00.000Z', tags: tags('Traefik') }),
  ];

  it('lists posts sharing the most tags first, then the newest', () => {
    expect(slugs(relatedPosts(posts, current, 10))).toEqual([
      'deux-tags-recent',
      'deux-tags-ancien',
      'un-tag-recent',
      'un-tag-ancien',
    ]);
  });

  it('never lists the post itself nor posts without a shared tag', () => {
    const related = slugs(relatedPosts(posts, current, 10));
    expect(related).not.toContain('courant');
    expect(related).not.toContain('sans-rapport');
    expect(related).not.toContain('sans-tag');
  });

  it('stops at the limit, keeping the best ones', () => {
    expect(slugs(relatedPosts(posts, current, 2))).toEqual([
      'deux-tags-recent',
      'deux-tags-ancien',
    ]);
    expect(relatedPosts(posts, current, 0)).toEqual([]);
  });

  it('is empty for a post without tags', () => {
    expect(relatedPosts(posts, makePost({ slug: 'nu' }), 3)).toEqual([]);
  });
});

describe('translations', () => {
  const group = (slug: string, lang: string, translationGroup: string) =>
    makePost({ slug, lang, translationGroup });
  const englishFirst = group('index-en', 'en', 'posts/index');
  const french = group('index', 'fr', 'posts/index');
  const german = group('index-de', 'de', 'posts/index');
  const alone = group('only-en', 'en', 'posts/only');
  const posts = [englishFirst, alone, french, german];

  it('lists one post per group, the one in the site’s language, in the given order', () => {
    expect(slugs(onePerTranslation(posts, 'fr'))).toEqual(['only-en', 'index']);
  });

  it('lists the first of a group with no post in the site’s language', () => {
    expect(slugs(onePerTranslation([german, englishFirst, alone], 'fr'))).toEqual([
      'index-de',
      'only-en',
    ]);
  });

  it('gives a post’s translations by language, without itself', () => {
    expect(slugs(translationsOf(posts, french))).toEqual(['index-de', 'index-en']);
    expect(translationsOf(posts, alone)).toEqual([]);
  });
});
