/** The paginated listings (home, each tag, category and series), the archives' years, and the params to prerender them. */
import 'server-only';
import { site } from '../config/site';
import { groupByMonth, postsIn, type ArchiveYearPage } from './archives';
import { extraPageNumbers, paginate, type Page } from './pagination';
import { onePerTranslation, postsInCategory, postsWithTag, type Post } from './post';
import { getCategories, getListedPosts, getSeries, getTags, prerenderedPosts } from './queries';
import { seriesParts } from './series';
import type { TagCount } from './tags';

export function getHomeListing(page: number, now: Date = new Date()): Page<Post> | null {
  return paginate(getListedPosts({ now }), page, site.postsPerPage);
}

/** The taxonomies a listing can show: tags, categories and series. */
export type Taxonomy = 'tag' | 'category' | 'series';

const TAXONOMIES: Record<
  Taxonomy,
  { terms: (now: Date) => TagCount[]; postsOf: (posts: readonly Post[], slug: string) => Post[] }
> = {
  tag: { terms: getTags, postsOf: postsWithTag },
  category: { terms: getCategories, postsOf: postsInCategory },
  // A series' page: its parts in reading order, first to last.
  series: { terms: getSeries, postsOf: seriesParts },
};

/** Page `page` of the term `slug`'s listing, with the term; null when there is no such page. */
export function getTermListing(
  taxonomy: Taxonomy,
  slug: string,
  page: number,
  now: Date = new Date(),
): { term: TagCount; listing: Page<Post> } | null {
  const { terms, postsOf } = TAXONOMIES[taxonomy];
  const term = terms(now).find((t) => t.slug === slug);
  if (!term) return null;
  const listing = paginate(postsOf(getListedPosts({ now }), term.slug), page, site.postsPerPage);
  return listing && { term, listing };
}

/** The listed ones of `posts` (getPosts() or prerenderedPosts()): one per translation group. */
function listed(posts: readonly Post[]): Post[] {
  return onePerTranslation(posts, site.language);
}

/** `/categories/c/page/n` for n ≥ 2: the pages that show some of `posts`, as for tags. */
export function categoryPageParams(posts: readonly Post[]): { category: string; n: string }[] {
  const shown = listed(posts);
  return getCategories().flatMap((category) =>
    extraPageNumbers(postsInCategory(shown, category.slug).length, site.postsPerPage).map((n) => ({
      category: category.slug,
      n: String(n),
    })),
  );
}

/** `/page/n` for n ≥ 2: the pages that show some of `posts` (every visible post, or only the prerendered ones). */
export function homePageParams(posts: readonly Post[]): { n: string }[] {
  return extraPageNumbers(listed(posts).length, site.postsPerPage).map((n) => ({ n: String(n) }));
}

/** `/tags/t/page/n` for n ≥ 2: the pages that show some of `posts`, as for the home listing. */
export function tagPageParams(posts: readonly Post[]): { tag: string; n: string }[] {
  const shown = listed(posts);
  return getTags().flatMap((tag) =>
    extraPageNumbers(postsWithTag(shown, tag.slug).length, site.postsPerPage).map((n) => ({
      tag: tag.slug,
      n: String(n),
    })),
  );
}

/**
 * `/series/s/page/n` for n ≥ 2: the pages that show some of `posts`. A series reads oldest first,
 * so the newest posts are on its last pages: those are found in the whole listing.
 */
export function seriesPageParams(posts: readonly Post[]): { series: string; n: string }[] {
  const groups = new Set(posts.map((post) => post.translationGroup));
  const all = getListedPosts();
  return getSeries().flatMap((series) => {
    const pages = new Set(
      seriesParts(all, series.slug).flatMap((post, i) =>
        groups.has(post.translationGroup) ? [Math.floor(i / site.postsPerPage) + 1] : [],
      ),
    );
    return [...pages].filter((n) => n > 1).map((n) => ({ series: series.slug, n: String(n) }));
  });
}

/** The page of `/archives/<year>`, or null when that year has no post a reader can see (or is not a year). */
export function getArchiveYear(yearParam: string, now: Date = new Date()): ArchiveYearPage | null {
  if (!/^\d{4}$/.test(yearParam)) return null;
  const years = groupByMonth(getListedPosts({ now }));
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
  return groupByMonth(listed(prerenderedPosts())).map(({ year }) => ({ year: String(year) }));
}
