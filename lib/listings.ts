/** The paginated listings (home, each tag) and the params to prerender them. */
import { extraPageNumbers, paginate, type Page } from './pagination';
import { getPosts, getTags, postsWithTag, type Post } from './posts';
import { site } from './site';
import type { TagCount } from './tags';

export function getHomeListing(page: number, now: Date = new Date()): Page<Post> | null {
  return paginate(getPosts(now), page, site.postsPerPage);
}

export function getTagListing(
  tagSlug: string,
  page: number,
  now: Date = new Date(),
): { tag: TagCount; listing: Page<Post> } | null {
  const tag = getTags(now).find((t) => t.slug === tagSlug);
  if (!tag) return null;
  const listing = paginate(postsWithTag(getPosts(now), tag.slug), page, site.postsPerPage);
  return listing && { tag, listing };
}

/** `/page/n` for n ≥ 2: the pages that show some of `posts` (every visible post, or only the prerendered ones). */
export function homePageParams(posts: readonly Post[]): { n: string }[] {
  return extraPageNumbers(posts.length, site.postsPerPage).map((n) => ({ n: String(n) }));
}

/** `/tags/t/page/n` for n ≥ 2: the pages that show some of `posts`, as for the home listing. */
export function tagPageParams(posts: readonly Post[]): { tag: string; n: string }[] {
  return getTags().flatMap((tag) =>
    extraPageNumbers(postsWithTag(posts, tag.slug).length, site.postsPerPage).map((n) => ({
      tag: tag.slug,
      n: String(n),
    })),
  );
}
