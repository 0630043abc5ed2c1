/**
 * What search engines are told to crawl: every page a reader can see now, each with the date of
 * the newest post it shows, so that unchanged pages are not fetched again.
 */
import type { MetadataRoute } from 'next';
import { archiveYearPath, archivesPath, groupByMonth, postsIn } from './archives';
import { extraPageNumbers } from './pagination';
import { postsWithTag, type Post } from './posts';
import { site } from './site';
import { countTags, tagPath } from './tags';

const lastChange = (post: Pick<Post, 'date' | 'updated'>) => post.updated ?? post.date;

/** The newest change among `posts` (newest first): a post's update can be newer than the newest post. */
function newest(posts: readonly Post[]): string | undefined {
  return posts.map(lastChange).sort().at(-1);
}

/** `posts`: the visible posts, newest first (getPosts()). */
export function sitemapEntries(posts: readonly Post[]): MetadataRoute.Sitemap {
  const entry = (
    path: string,
    lastModified: string | undefined,
  ): MetadataRoute.Sitemap[number] => ({
    url: `${site.url}${path}`,
    ...(lastModified ? { lastModified } : {}),
  });
  const listing = (basePath: string, items: readonly Post[]) => [
    entry(basePath, newest(items.slice(0, site.postsPerPage))),
    ...extraPageNumbers(items.length, site.postsPerPage).map((n) =>
      entry(
        `${basePath === '/' ? '' : basePath}/page/${n}`,
        newest(items.slice((n - 1) * site.postsPerPage, n * site.postsPerPage)),
      ),
    ),
  ];
  const tags = countTags(posts, site.locale);
  return [
    ...listing('/', posts),
    entry(archivesPath, newest(posts)),
    ...groupByMonth(posts).map((archive) =>
      entry(archiveYearPath(archive.year), newest(postsIn(archive))),
    ),
    entry('/tags', newest(posts)),
    ...tags.flatMap((tag) => listing(tagPath(tag.slug), postsWithTag(posts, tag.slug))),
    ...posts.map((post) => entry(post.url, lastChange(post))),
  ];
}
