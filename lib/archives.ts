/**
 * The archives: an index of the years and their months (`/archives`), and one page per year
 * (`/archives/2024`). One page of every post would weigh 10 MB of HTML at 10,000 posts.
 */
import { yearMonth } from './format';
import { getPosts, prerenderedPosts, type Post } from './posts';
import { site } from './site';

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

export const archivesPath = '/archives';
export const archiveYearPath = (year: number) => `${archivesPath}/${year}`;
/** The anchor of a month on its year's page. */
export const archiveMonthId = (year: number, month: number) => `mois-${year}-${month}`;

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

/** The page of `/archives/<year>`, or null when that year has no post a reader can see (or is not a year). */
export function getArchiveYear(yearParam: string, now: Date = new Date()): ArchiveYearPage | null {
  if (!/^\d{4}$/.test(yearParam)) return null;
  const years = groupByMonth(getPosts(now));
  const i = years.findIndex((y) => y.year === Number(yearParam));
  const archive = years[i];
  if (!archive) return null;
  return {
    archive,
    count: postsIn(archive).length,
    newer: years[i - 1]?.year,
    older: years[i + 1]?.year,
  };
}

/** The years whose pages are rendered at build time: those of the posts prerendered (site.prerenderPosts), the others on first request. */
export function archiveYearParams(): { year: string }[] {
  return groupByMonth(prerenderedPosts()).map(({ year }) => ({ year: String(year) }));
}
