/**
 * The archives: an index of the years and their months (`/archives`), and one page per year
 * (`/archives/2024`), rather than one page of every post (docs/benchmarks.md). Pure: the
 * bindings to the store are in ./listings.ts.
 */
import { site } from '../config/site';
import { yearMonth } from '../format/dates';
import type { Post } from './post';

export interface ArchiveMonth<P> {
  /** 1–12 */
  month: number;
  /** ISO instant of a post of that month, to format the month's name. */
  sample: string;
  posts: P[];
}

export interface ArchiveYear<P> {
  year: number;
  months: ArchiveMonth<P>[];
}

/** One year of the archives, with the years that have posts just after and just before it. */
export interface ArchiveYearPage {
  archive: ArchiveYear<Post>;
  count: number;
  newer?: number;
  older?: number;
}

/** Posts (newest first) grouped by year and month in the site's time zone, newest first. */
export function groupByMonth<P extends Pick<Post, 'date'>>(
  posts: readonly P[],
  timeZone: string = site.timeZone,
): ArchiveYear<P>[] {
  const years: ArchiveYear<P>[] = [];
  for (const post of posts) {
    const { year, month } = yearMonth(post.date, timeZone);
    let y = years.at(-1);
    if (y?.year !== year) {
      y = { year, months: [] };
      years.push(y);
    }
    let m = y.months.at(-1);
    if (m?.month !== month) {
      m = { month, sample: post.date, posts: [] };
      y.months.push(m);
    }
    m.posts.push(post);
  }
  return years;
}

export const postsIn = <P>(archive: ArchiveYear<P>): P[] => archive.months.flatMap((m) => m.posts);
