import { describe, expect, it } from 'vitest';
import { archiveYearParams, getArchiveYear } from '@/lib/posts/listings';
import { groupByMonth, postsIn } from '@/lib/posts/archives';
import { getPosts, prerenderedPosts } from '@/lib/posts/queries';
import { yearMonth } from '@/lib/format/dates';
import { makePost, slugs } from '@/test/fixtures/posts';

const PARIS = 'Europe/Paris';

describe('groupByMonth', () => {
  it('groups newest-first posts by year then month, newest first', () => {
    const posts = [
      makePost({ slug: 'mars-2019', date: '2019-03-10T10:00:00.000Z' }),
      makePost({ slug: 'janvier-2019-b', date: '2019-01-20T10:00:00.000Z' }),
      makePost({ slug: 'janvier-2019-a', date: '2019-01-05T10:00:00.000Z' }),
      makePost({ slug: 'janvier-2018', date: '2018-01-15T10:00:00.000Z' }),
    ];
    const years = groupByMonth(posts, PARIS);
    expect(years.map((y) => [y.year, y.months.map((m) => [m.month, slugs(m.posts)])])).toEqual([
      [
        2019,
        [
          [3, ['mars-2019']],
          [1, ['janvier-2019-b', 'janvier-2019-a']],
        ],
      ],
      [2018, [[1, ['janvier-2018']]]],
    ]);
  });

  it('puts a post of 23:30 UTC on the last day of a month in the next month, as in Paris', () => {
    const posts = [
      makePost({ slug: 'fevrier-paris', date: '2018-01-31T23:30:00.000Z' }),
      makePost({ slug: 'janvier-paris', date: '2018-01-31T22:30:00.000Z' }),
    ];
    const [year] = groupByMonth(posts, PARIS);
    expect(year?.months.map((m) => [m.month, slugs(m.posts)])).toEqual([
      [2, ['fevrier-paris']],
      [1, ['janvier-paris']],
    ]);
  });

  it('uses the summer offset in summer (UTC+2)', () => {
    const posts = [
      makePost({ slug: 'juillet-paris', date: '2018-06-30T22:30:00.000Z' }),
      makePost({ slug: 'juin-paris', date: '2018-06-30T21:30:00.000Z' }),
    ];
    expect(groupByMonth(posts, PARIS)[0]?.months.map((m) => m.month)).toEqual([7, 6]);
  });

  it('puts New Year’s Eve 23:30 UTC in January of the next year', () => {
    const posts = [
      makePost({ slug: 'nouvel-an', date: '2018-12-31T23:30:00.000Z' }),
      makePost({ slug: 'decembre', date: '2018-12-31T12:00:00.000Z' }),
    ];
    const years = groupByMonth(posts, PARIS);
    expect(years.map((y) => [y.year, y.months.map((m) => m.month)])).toEqual([
      [2019, [1]],
      [2018, [12]],
    ]);
  });

  it('follows the time zone it is given', () => {
    const post = makePost({ slug: 'utc', date: '2018-01-31T23:30:00.000Z' });
    expect(groupByMonth([post], 'UTC')[0]?.months[0]?.month).toBe(1);
    expect(groupByMonth([post], PARIS)[0]?.months[0]?.month).toBe(2);
  });

  it('gives each month a sample date that Paris places in that month, to name it', () => {
    const posts = [
      makePost({ slug: 'mars', date: '2018-03-01T10:00:00.000Z' }),
      makePost({ slug: 'fevrier', date: '2018-02-10T10:00:00.000Z' }),
      makePost({ slug: 'fevrier-paris', date: '2018-01-31T23:30:00.000Z' }),
      makePost({ slug: 'janvier', date: '2018-01-31T22:30:00.000Z' }),
    ];
    const months = groupByMonth(posts, PARIS)[0]?.months ?? [];
    expect(months.map((m) => m.month)).toEqual([3, 2, 1]);
    for (const m of months) {
      expect(posts.map((p) => p.date)).toContain(m.sample);
      expect(yearMonth(m.sample, PARIS)).toEqual({ year: 2018, month: m.month });
    }
  });

  it('is empty without posts', () => {
    expect(groupByMonth([], PARIS)).toEqual([]);
  });
});

/** On the sample content (content/), as the pages read it. */
describe('getArchiveYear', () => {
  const years = groupByMonth(getPosts()).map((y) => y.year);

  it('gives a year its posts, their count, and the years just newer and older', () => {
    expect(years.length).toBeGreaterThan(2);
    const [newest, second, third] = years as [number, number, number];
    const page = getArchiveYear(String(second));
    expect(page?.archive.year).toBe(second);
    expect(page?.newer).toBe(newest);
    expect(page?.older).toBe(third);
    const posts = getPosts().filter((p) => yearMonth(p.date).year === second);
    expect(page?.count).toBe(posts.length);
    expect(slugs(page ? postsIn(page.archive) : [])).toEqual(slugs(posts));
    expect(getArchiveYear(String(newest))?.newer).toBeUndefined();
    expect(getArchiveYear(String(years.at(-1)))?.older).toBeUndefined();
  });

  it.each(['1999', '0000', '9999', '24', '02024', '2024x', '../2024', ''])(
    'finds nothing for %j',
    (param) => {
      expect(getArchiveYear(param)).toBeNull();
    },
  );

  it('prerenders the years of the posts rendered at build time', () => {
    expect(archiveYearParams()).toEqual(
      groupByMonth(prerenderedPosts()).map(({ year }) => ({ year: String(year) })),
    );
    expect(archiveYearParams().length).toBeGreaterThan(0);
  });
});
