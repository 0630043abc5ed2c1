import { describe, expect, it } from 'vitest';
import { visiblePosts, type Post } from '@/lib/posts/post';
import {
  SERIES_GAP,
  SERIES_LISTED_WHOLE,
  countSeries,
  inSeriesOrder,
  postsWithSeries,
  seriesParts,
  seriesPlace,
  seriesWindow,
  withCanonicalSeriesNames,
} from '@/lib/posts/series';
import { uniqueTags } from '@/lib/posts/tags';
import { makePost, slugs } from '../../fixtures/posts';

/** A post of the series `name` (as its front matter writes it), dated `day` of January 2024. */
function part(slug: string, day: number, name = 'Web, Ops & Data', fields: Partial<Post> = {}) {
  return makePost({
    slug,
    date: `2024-01-${String(day).padStart(2, '0')}T08:00:00.000Z`,
    series: uniqueTags([name])[0],
    ...fields,
  });
}

describe('inSeriesOrder', () => {
  it('orders the parts by date, oldest first, whatever the order given', () => {
    const posts = [part('c', 20), part('a', 3), part('b', 11)];
    expect(slugs(inSeriesOrder(posts))).toEqual(['a', 'b', 'c']);
  });

  it('puts the posts with a seriesOrder first, by it, before the others by date', () => {
    const posts = [
      part('ancien', 1),
      part('recent', 30),
      part('deuxieme', 25, undefined, { seriesOrder: 2 }),
      part('premier', 28, undefined, { seriesOrder: 1 }),
    ];
    expect(slugs(inSeriesOrder(posts))).toEqual(['premier', 'deuxieme', 'ancien', 'recent']);
  });

  it('reads seriesOrder as a number (10 after 9), negative and fractional ones included', () => {
    const posts = [
      part('dix', 1, undefined, { seriesOrder: 10 }),
      part('neuf', 2, undefined, { seriesOrder: 9 }),
      part('moins', 3, undefined, { seriesOrder: -1 }),
      part('demi', 4, undefined, { seriesOrder: 9.5 }),
    ];
    expect(slugs(inSeriesOrder(posts))).toEqual(['moins', 'neuf', 'demi', 'dix']);
  });

  it('breaks ties by date, then by slug, so that the file system never decides', () => {
    const posts = [
      part('b', 5, undefined, { seriesOrder: 1 }),
      part('z', 2, undefined, { seriesOrder: 1 }),
      part('a', 5, undefined, { seriesOrder: 1 }),
      part('d', 9),
      part('c', 9),
    ];
    expect(slugs(inSeriesOrder(posts))).toEqual(['z', 'a', 'b', 'c', 'd']);
    expect(slugs(inSeriesOrder([...posts].reverse()))).toEqual(['z', 'a', 'b', 'c', 'd']);
  });
});

describe('postsWithSeries and seriesParts', () => {
  const posts = [
    part('wod-2', 20),
    makePost({ slug: 'hors-serie', date: '2024-01-15T08:00:00.000Z' }),
    part('autre', 12, 'Bilans'),
    part('wod-1', 10, 'web, ops & data'),
  ];

  it('keep the posts of one series by its slug, whatever its spelling', () => {
    expect(slugs(postsWithSeries(posts, 'web-ops-data'))).toEqual(['wod-2', 'wod-1']);
    expect(slugs(seriesParts(posts, 'web-ops-data'))).toEqual(['wod-1', 'wod-2']);
    expect(seriesParts(posts, 'inconnue')).toEqual([]);
  });
});

describe('countSeries and withCanonicalSeriesNames', () => {
  it('count each series’ parts, merging spellings, under the spelling most posts use', () => {
    const posts = [
      part('a', 4, 'Web, Ops & Data'),
      part('b', 3, 'web, ops & data'),
      part('c', 2, 'Web, Ops & Data'),
      part('d', 1, 'Bilans'),
      makePost({ slug: 'e' }),
    ];
    const counts = countSeries(posts, 'fr-FR');
    expect(counts).toEqual([
      { slug: 'web-ops-data', name: 'Web, Ops & Data', count: 3 },
      { slug: 'bilans', name: 'Bilans', count: 1 },
    ]);
    const canonical = withCanonicalSeriesNames(posts, counts);
    expect(canonical.map((p) => p.series?.name)).toEqual([
      'Web, Ops & Data',
      'Web, Ops & Data',
      'Web, Ops & Data',
      'Bilans',
      undefined,
    ]);
    // The post given keeps its own spelling: a copy carries the canonical one.
    expect(posts[1]?.series?.name).toBe('web, ops & data');
    expect(canonical[0]).toBe(posts[0]);
  });
});

describe('seriesPlace', () => {
  /** Four parts, newest first as listings give them, and a post in no series. */
  const listed = [
    part('wod-4', 28),
    makePost({ slug: 'autre', date: '2024-01-20T08:00:00.000Z' }),
    part('wod-3', 15),
    part('wod-2', 10),
    part('wod-1', 3),
  ];
  const nth = (i: number) => {
    const post = listed[i];
    if (!post) throw new Error(`no post ${i} in the fixture`);
    return post;
  };

  it('numbers the post among the parts, with the parts before and after it', () => {
    const place = seriesPlace(listed, nth(2));
    expect(place?.series).toEqual({ slug: 'web-ops-data', name: 'Web, Ops & Data' });
    expect(slugs(place?.parts ?? [])).toEqual(['wod-1', 'wod-2', 'wod-3', 'wod-4']);
    expect(place?.number).toBe(3);
    expect(place?.previous?.slug).toBe('wod-2');
    expect(place?.next?.slug).toBe('wod-4');
  });

  it('has no part before the first one and none after the last one', () => {
    const first = seriesPlace(listed, nth(4));
    expect([first?.number, first?.previous, first?.next?.slug]).toEqual([1, undefined, 'wod-2']);
    const last = seriesPlace(listed, nth(0));
    expect([last?.number, last?.previous?.slug, last?.next]).toEqual([4, 'wod-3', undefined]);
  });

  it('is undefined for a post in no series', () => {
    expect(seriesPlace(listed, nth(1))).toBeUndefined();
  });

  it('among the posts a reader sees, neither counts nor links a draft of the series', () => {
    const all = [part('brouillon', 12, undefined, { draft: true }), ...listed];
    const now = new Date('2024-06-01T00:00:00Z');
    const reader = seriesPlace(visiblePosts(all, { now, includeUnpublished: false }), nth(2));
    expect(slugs(reader?.parts ?? [])).toEqual(['wod-1', 'wod-2', 'wod-3', 'wod-4']);
    expect(reader?.previous?.slug).toBe('wod-2');
    // The author's views (Draft Mode, `next dev`) list it, and there it counts.
    const author = seriesPlace(visiblePosts(all, { now, includeUnpublished: true }), nth(2));
    expect(author?.parts).toHaveLength(5);
    expect(author?.previous?.slug).toBe('brouillon');
  });

  it('places a translation where its group’s listed version stands, counting the group once', () => {
    const english = part('wod-3-en', 15, 'Web, Ops & Data', {
      lang: 'en',
      translationGroup: nth(2).translationGroup,
    });
    const place = seriesPlace(listed, english);
    expect(slugs(place?.parts ?? [])).toEqual(['wod-1', 'wod-2', 'wod-3-en', 'wod-4']);
    expect(place?.number).toBe(3);
  });
});

describe('seriesWindow', () => {
  it('lists every part of a short series', () => {
    expect(seriesWindow(1, 1)).toEqual([1]);
    expect(seriesWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(seriesWindow(7, SERIES_LISTED_WHOLE)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('lists the ends and the neighbours of a long series, a gap for the parts between', () => {
    expect(seriesWindow(6, 12)).toEqual([1, SERIES_GAP, 5, 6, 7, SERIES_GAP, 12]);
    expect(seriesWindow(1, 12)).toEqual([1, 2, SERIES_GAP, 12]);
    expect(seriesWindow(12, 12)).toEqual([1, SERIES_GAP, 11, 12]);
    expect(seriesWindow(3, 8)).toEqual([1, 2, 3, 4, SERIES_GAP, 8]);
  });

  it('shows a part rather than a gap that would hide that one part alone', () => {
    expect(seriesWindow(4, 12)).toEqual([1, 2, 3, 4, 5, SERIES_GAP, 12]);
    expect(seriesWindow(10, 12)).toEqual([1, SERIES_GAP, 9, 10, 11, 12]);
  });

  it('never shows more entries for a long series than for the longest short one', () => {
    for (const total of [8, 12, 50, 1000])
      for (let n = 1; n <= total; n++)
        expect(seriesWindow(n, total).length).toBeLessThanOrEqual(SERIES_LISTED_WHOLE);
  });
});
