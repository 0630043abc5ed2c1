/**
 * Every page a reader can see, each with the date of the newest change it shows: the sitemap
 * lists them, and `{"all": true}` revalidation regenerates them (with the feeds).
 */
import { site } from '../config/site';
import { groupByMonth, postsIn } from '../posts/archives';
import { extraPageNumbers } from '../posts/pagination';
import {
  onePerTranslation,
  postsInCategory,
  postsWithTag,
  translationsOf,
  type Post,
} from '../posts/post';
import { countSeries, seriesParts } from '../posts/series';
import { countTags } from '../posts/tags';
import {
  allSeriesPath,
  archiveYearPath,
  archivesPath,
  categoriesPath,
  categoryPath,
  homePath,
  listingPagePath,
  seriesPath,
  tagPath,
  tagsPath,
} from '../routes';

export interface SitePage {
  path: string;
  /** ISO instant of the newest change the page shows; none for an empty listing. */
  lastModified?: string;
  /** A post with translations: the path of each version (itself included), by language. */
  languages?: Record<string, string>;
}

const lastChange = (post: Pick<Post, 'date' | 'updated'>) => post.updated ?? post.date;

/** The newest change among `posts`: a post's update can be newer than the newest post. */
function newest(posts: readonly Post[]): string | undefined {
  return posts.map(lastChange).sort().at(-1);
}

function page(path: string, lastModified: string | undefined): SitePage {
  return { path, ...(lastModified ? { lastModified } : {}) };
}

/** Every page of a listing whose page 1 is `basePath`. */
function listingPages(basePath: string, items: readonly Post[]): SitePage[] {
  const perPage = site.postsPerPage;
  return [
    page(basePath, newest(items.slice(0, perPage))),
    ...extraPageNumbers(items.length, perPage).map((n) =>
      page(listingPagePath(basePath, n), newest(items.slice((n - 1) * perPage, n * perPage))),
    ),
  ];
}

/** A post's page, with its versions by language when it has translations. */
function postPage(post: Post, all: readonly Post[]): SitePage {
  const translations = translationsOf(all, post);
  return {
    ...page(post.url, lastChange(post)),
    ...(translations.length > 0
      ? { languages: Object.fromEntries([post, ...translations].map((p) => [p.lang, p.url])) }
      : {}),
  };
}

/** `all`: the visible posts, newest first (getPosts()); listings show one per translation group. */
export function sitePages(all: readonly Post[]): SitePage[] {
  const posts = onePerTranslation(all, site.language);
  const categories = countTags(
    posts.map((post) => ({ tags: post.categories })),
    site.locale,
  );
  const series = countSeries(posts, site.locale);
  return [
    ...listingPages(homePath, posts),
    page(archivesPath, newest(posts)),
    ...groupByMonth(posts).map((archive) =>
      page(archiveYearPath(archive.year), newest(postsIn(archive))),
    ),
    page(tagsPath, newest(posts)),
    ...countTags(posts, site.locale).flatMap((tag) =>
      listingPages(tagPath(tag.slug), postsWithTag(posts, tag.slug)),
    ),
    // Categories only when some post has one: a blog without them has no such pages to list.
    ...(categories.length > 0 ? [page(categoriesPath, newest(posts))] : []),
    ...categories.flatMap((category) =>
      listingPages(categoryPath(category.slug), postsInCategory(posts, category.slug)),
    ),
    // Series likewise, each in reading order as its pages list it.
    ...(series.length > 0 ? [page(allSeriesPath, newest(posts))] : []),
    ...series.flatMap((one) => listingPages(seriesPath(one.slug), seriesParts(posts, one.slug))),
    ...all.map((post) => postPage(post, all)),
  ];
}
