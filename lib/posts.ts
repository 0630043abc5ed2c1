/**
 * Posts: pure functions over a `Post[]` argument, plus the thin bindings to Contentlayer's
 * generated data at the bottom. This is the only module that imports `contentlayer/generated`.
 */
import { allMarkdownPosts, allMdxPosts } from 'contentlayer/generated';
import type { MarkdownPost, MdxPost } from 'contentlayer/generated';
import type { TocEntry } from './content/analyze';
import { laterUpdate } from './content/dates';
import { site } from './site';
import { countTags, uniqueTags, withCanonicalTagNames, type Tag, type TagCount } from './tags';

export interface Post {
  slug: string;
  url: string;
  title: string;
  /** ISO instant. */
  date: string;
  /** ISO instant, only when later than `date`. */
  updated?: string;
  draft: boolean;
  tags: Tag[];
  excerpt: string;
  readingMinutes: number;
  wordCount: number;
  toc: TocEntry[];
  image?: string;
  sourcePath: string;
  /**
   * The article as static HTML (links as written), rendered at build time from Markdown or from
   * MDX through the shared component map: the post page and the feeds both carry it.
   */
  html: string;
  /** The article as plain text, for search. */
  text: string;
}

export type PostStatus = 'published' | 'draft' | 'scheduled';

export interface Visibility {
  now: Date;
  /** Author views (`next dev`, Draft Mode) also list drafts and scheduled posts. */
  includeUnpublished: boolean;
}

export function postStatus(post: Pick<Post, 'draft' | 'date'>, now: Date): PostStatus {
  if (post.draft) return 'draft';
  return Date.parse(post.date) > now.getTime() ? 'scheduled' : 'published';
}

/** The one visibility rule: every page, list, count and feed goes through it. */
export function isVisible(post: Pick<Post, 'draft' | 'date'>, { now, includeUnpublished }: Visibility): boolean {
  return includeUnpublished || postStatus(post, now) === 'published';
}

/** Newest first; equal dates by slug so that the order never depends on file-system order. */
export function sortNewestFirst<P extends Pick<Post, 'date' | 'slug'>>(posts: readonly P[]): P[] {
  return [...posts].sort((a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug));
}

/** The visible posts, newest first, with every tag under its canonical spelling. */
export function visiblePosts(posts: readonly Post[], visibility: Visibility): Post[] {
  const visible = sortNewestFirst(posts.filter((p) => isVisible(p, visibility)));
  return withCanonicalTagNames(visible, countTags(visible, site.locale));
}

export function findBySlug<P extends Pick<Post, 'slug'>>(posts: readonly P[], slug: string): P | undefined {
  return posts.find((p) => p.slug === slug);
}

export function postsWithTag<P extends Pick<Post, 'tags'>>(posts: readonly P[], tagSlug: string): P[] {
  return posts.filter((p) => p.tags.some((t) => t.slug === tagSlug));
}

/** In a newest-first list: `newer` is the next post in time, `older` the previous one. */
export function adjacentPosts<P extends Pick<Post, 'slug'>>(posts: readonly P[], slug: string): { newer?: P; older?: P } {
  const i = posts.findIndex((p) => p.slug === slug);
  if (i < 0) return {};
  return { newer: posts[i - 1], older: posts[i + 1] };
}

/** Up to `limit` other posts sharing the most tags with `post`; ties go to the newest. */
export function relatedPosts<P extends Pick<Post, 'slug' | 'tags' | 'date'>>(posts: readonly P[], post: P, limit: number): P[] {
  const mine = new Set(post.tags.map((t) => t.slug));
  return posts
    .filter((p) => p.slug !== post.slug)
    .map((p) => ({ p, shared: p.tags.filter((t) => mine.has(t.slug)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || Date.parse(b.p.date) - Date.parse(a.p.date) || a.p.slug.localeCompare(b.p.slug))
    .slice(0, limit)
    .map(({ p }) => p);
}

// ---- Bindings to the generated content -------------------------------------------------

export function postUrl(slug: string): string {
  return `/posts/${slug}`;
}

function toPost(doc: MdxPost | MarkdownPost): Post {
  return {
    slug: doc.postSlug,
    url: postUrl(doc.postSlug),
    title: doc.title,
    date: doc.publishedAt,
    updated: laterUpdate(doc.publishedAt, doc.updatedAt),
    draft: doc.draft,
    tags: uniqueTags(doc.tags),
    excerpt: doc.excerpt,
    readingMinutes: doc.readingMinutes,
    wordCount: doc.wordCount,
    text: doc.text,
    // Written by analyzeBody at build time; Contentlayer types a json field as any.
    toc: doc.toc as TocEntry[],
    image: doc.image,
    sourcePath: doc.sourcePath,
    html: doc.type === 'MdxPost' ? doc.html : doc.body.html,
  };
}

let everyPost: Post[] | undefined;

/** Every post on disk, drafts included. Pages want `getPosts()` instead. */
export function getAllPosts(): Post[] {
  everyPost ??= sortNewestFirst([...allMdxPosts, ...allMarkdownPosts].map(toPost));
  return everyPost;
}

/** `preview`: the request carries the Draft Mode cookie, so it comes from the author. */
export function currentVisibility(now: Date = new Date(), preview = false): Visibility {
  return { now, includeUnpublished: site.showUnpublished || preview };
}

/** The posts a reader (or, in preview, the author) may see now, newest first. */
export function getPosts(now: Date = new Date(), preview = false): Post[] {
  return visiblePosts(getAllPosts(), currentVisibility(now, preview));
}

/** The posts rendered at build time, pages and social images alike: the newest site.prerenderPosts. */
export function prerenderedPosts(now: Date = new Date()): Post[] {
  const posts = getPosts(now);
  return site.prerenderPosts === null ? posts : posts.slice(0, site.prerenderPosts);
}

export function getPost(slug: string, now: Date = new Date(), preview = false): Post | undefined {
  return findBySlug(getPosts(now, preview), slug);
}

let publicationTimes: number[] | undefined;

/**
 * How many posts are published at `now`: changes only when a scheduled post's date passes, so
 * it tells cheaply (a binary search) whether anything a reader sees may have changed.
 */
export function publishedCount(now: Date = new Date()): number {
  publicationTimes ??= getAllPosts()
    .filter((p) => !p.draft)
    .map((p) => Date.parse(p.date))
    .sort((a, b) => a - b);
  let low = 0;
  let high = publicationTimes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((publicationTimes[mid] ?? Infinity) <= now.getTime()) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function getTags(now: Date = new Date()): TagCount[] {
  return countTags(getPosts(now), site.locale);
}
