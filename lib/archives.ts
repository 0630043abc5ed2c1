import { yearMonth } from './format';
import type { Post } from './posts';

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

/** Posts (newest first) grouped by year and month in the site's time zone, newest first. */
export function groupByMonth<P extends Pick<Post, 'date'>>(posts: readonly P[], timeZone: string): ArchiveYear<P>[] {
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
