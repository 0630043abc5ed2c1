/** The paginated listings (home, each tag) and the params to prerender them. */
import { extraPageNumbers, paginate, type Page } from './pagination';
import { getPosts, getTags, postsWithTag, type Post } from './posts';
import { site } from './site';
import type { TagCount } from './tags';

export function getHomeListing(page: number, now: Date = new Date()): Page<Post> | null {
  return paginate(getPosts(now), page, site.postsPerPage);
}

export function getTagListing(tagSlug: string, page: number, now: Date = new Date()): { tag: TagCount; listing: Page<Post> } | null {
  const tag = getTags(now).find((t) => t.slug === tagSlug);
  if (!tag) return null;
  const listing = paginate(postsWithTag(getPosts(now), tag.slug), page, site.postsPerPage);
  return listing && { tag, listing };
}

/** `/page/n` for n ≥ 2. */
export function homePageParams(): { n: string }[] {
  return extraPageNumbers(getPosts().length, site.postsPerPage).map((n) => ({ n: String(n) }));
}

/** `/tags/t/page/n` for n ≥ 2. */
export function tagPageParams(): { tag: string; n: string }[] {
  return getTags().flatMap((tag) => extraPageNumbers(tag.count, site.postsPerPage).map((n) => ({ tag: tag.slug, n: String(n) })));
}
