/**
 * Series: posts that a front-matter `series` ties together, to be read in order. As for tags, a
 * series' URL is an ASCII slug of its name, and spellings with one slug are one series, shown
 * under the spelling most posts use (./tags.ts). Pure functions over the posts they are given:
 * which posts count (visible, one per translation group) is the caller's list.
 */
import { PAGE_GAP, pageWindow } from './pagination';
import { copyOf, countTags, type Tag, type TagCount } from './tags';

type InSeries = { slug: string; date: string; series?: Tag; seriesOrder?: number };

/** The posts of `posts` in the series `seriesSlug`, in the order of `posts`. */
export function postsWithSeries<P extends Pick<InSeries, 'series'>>(
  posts: readonly P[],
  seriesSlug: string,
): P[] {
  return posts.filter((p) => p.series?.slug === seriesSlug);
}

/**
 * Reading order, as Hugo orders pages by weight: the posts with a `seriesOrder` first, by it,
 * then the others, oldest first. Ties go to the older post, then to the slug, so that the order
 * never depends on the file system.
 */
export function inSeriesOrder<P extends InSeries>(posts: readonly P[]): P[] {
  const rank = (p: P) => p.seriesOrder ?? Infinity;
  return [...posts].sort(
    (a, b) =>
      (rank(a) === rank(b) ? 0 : rank(a) < rank(b) ? -1 : 1) ||
      Date.parse(a.date) - Date.parse(b.date) ||
      a.slug.localeCompare(b.slug),
  );
}

/** The parts of the series `seriesSlug` among `posts`, in reading order. */
export function seriesParts<P extends InSeries>(posts: readonly P[], seriesSlug: string): P[] {
  return inSeriesOrder(postsWithSeries(posts, seriesSlug));
}

/** Every series of these posts with its number of parts, the longest first, then by name. */
export function countSeries(
  posts: ReadonlyArray<Pick<InSeries, 'series'>>,
  locale: string,
): TagCount[] {
  return countTags(
    posts.map((post) => ({ tags: post.series ? [post.series] : [] })),
    locale,
  );
}

/** The same posts with their series under its canonical spelling (one name everywhere). */
export function withCanonicalSeriesNames<P extends Pick<InSeries, 'series'>>(
  posts: readonly P[],
  series: readonly Tag[],
): P[] {
  const names = new Map(series.map((s) => [s.slug, s.name]));
  return posts.map((post) => {
    const name = post.series && names.get(post.series.slug);
    if (!post.series || !name || name === post.series.name) return post;
    const copy = copyOf(post);
    copy.series = { slug: post.series.slug, name };
    return copy;
  });
}

export interface SeriesPlace<P> {
  series: Tag;
  /** Every part, in reading order. */
  parts: P[];
  /** The post's number in the series, from 1. */
  number: number;
  previous?: P;
  next?: P;
}

/**
 * Where `post` stands in its series, among `listed` (the posts a listing shows: one per
 * translation group). The post stands for its own group, so that a translation, or the live
 * version of a post being previewed, finds its place. Undefined for a post in no series.
 */
export function seriesPlace<P extends InSeries & { translationGroup: string }>(
  listed: readonly P[],
  post: P,
): SeriesPlace<P> | undefined {
  const { series } = post;
  if (!series) return undefined;
  const others = postsWithSeries(listed, series.slug).filter(
    (p) => p.translationGroup !== post.translationGroup,
  );
  const parts = inSeriesOrder([...others, post]);
  const i = parts.indexOf(post);
  return { series, parts, number: i + 1, previous: parts[i - 1], next: parts[i + 1] };
}

/** Up to this many parts, the box lists them all: no more room than the ends and neighbours take. */
export const SERIES_LISTED_WHOLE = 7;

/** A hole in the list of parts: the parts left out between two shown numbers. */
export const SERIES_GAP = PAGE_GAP;

/**
 * The part numbers a series box shows for part `number` of `total`: all of them in a short
 * series; else the first and the last, the neighbours of the current one, and a gap for the
 * parts in between (a gap that would hide one part shows it instead).
 */
export function seriesWindow(number: number, total: number): (number | typeof SERIES_GAP)[] {
  if (total <= SERIES_LISTED_WHOLE) return Array.from({ length: total }, (_, i) => i + 1);
  return pageWindow(number, total, 1);
}
