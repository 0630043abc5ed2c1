/**
 * Posts: pure functions over a `Post[]` argument, plus the thin bindings to the content the build
 * generated at the bottom (read through lib/content/store.ts, never bundled).
 */
import type { TocEntry } from './content/analyze';
import { laterUpdate } from './content/dates';
import {
  contentStoreVersion,
  readContentStore,
  readPostBody,
  type PostRecord,
} from './content/store';
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
   * MDX through the shared component map: the post page and the feeds both carry it. For posts
   * from the content store, read from disk when asked for (only a page, a feed or search does).
   */
  readonly html: string;
  /** The article as plain text, for search; read from disk when asked for, as `html`. */
  readonly text: string;
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
export function isVisible(
  post: Pick<Post, 'draft' | 'date'>,
  { now, includeUnpublished }: Visibility,
): boolean {
  return includeUnpublished || postStatus(post, now) === 'published';
}

/** Newest first; equal dates by slug so that the order never depends on file-system order. */
export function sortNewestFirst<P extends Pick<Post, 'date' | 'slug'>>(posts: readonly P[]): P[] {
  return [...posts].sort(
    (a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug),
  );
}

/** The visible posts, newest first, with every tag under its canonical spelling. */
export function visiblePosts(posts: readonly Post[], visibility: Visibility): Post[] {
  const visible = sortNewestFirst(posts.filter((p) => isVisible(p, visibility)));
  return withCanonicalTagNames(visible, countTags(visible, site.locale));
}

export function findBySlug<P extends Pick<Post, 'slug'>>(
  posts: readonly P[],
  slug: string,
): P | undefined {
  return posts.find((p) => p.slug === slug);
}

export function postsWithTag<P extends Pick<Post, 'tags'>>(
  posts: readonly P[],
  tagSlug: string,
): P[] {
  return posts.filter((p) => p.tags.some((t) => t.slug === tagSlug));
}

/** In a newest-first list: `newer` is the next post in time, `older` the previous one. */
export function adjacentPosts<P extends Pick<Post, 'slug'>>(
  posts: readonly P[],
  slug: string,
): { newer?: P; older?: P } {
  const i = posts.findIndex((p) => p.slug === slug);
  if (i < 0) return {};
  return { newer: posts[i - 1], older: posts[i + 1] };
}

/** Up to `limit` other posts sharing the most tags with `post`; ties go to the newest. */
export function relatedPosts<P extends Pick<Post, 'slug' | 'tags' | 'date'>>(
  posts: readonly P[],
  post: P,
  limit: number,
): P[] {
  const mine = new Set(post.tags.map((t) => t.slug));
  return posts
    .filter((p) => p.slug !== post.slug)
    .map((p) => ({ p, shared: p.tags.filter((t) => mine.has(t.slug)).length }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        Date.parse(b.p.date) - Date.parse(a.p.date) ||
        a.p.slug.localeCompare(b.p.slug),
    )
    .slice(0, limit)
    .map(({ p }) => p);
}

// ---- Bindings to the generated content -------------------------------------------------

export function postUrl(slug: string): string {
  return `/posts/${slug}`;
}

function toPost(record: PostRecord): Post {
  const { slug } = record;
  return {
    slug,
    url: postUrl(slug),
    title: record.title,
    date: record.date,
    updated: laterUpdate(record.date, record.updatedAt),
    draft: record.draft,
    tags: uniqueTags(record.tags),
    excerpt: record.excerpt,
    readingMinutes: record.readingMinutes,
    wordCount: record.wordCount,
    toc: record.toc,
    image: record.image,
    sourcePath: record.sourcePath,
    // Ten thousand articles would not fit in every server process: each is read when needed.
    get html() {
      return readPostBody(record, 'html');
    },
    get text() {
      return readPostBody(record, 'txt');
    },
  };
}

interface Loaded {
  version: number;
  /** Bumped at each load, so that caches over the posts can tell new content from old. */
  generation: number;
  posts: Post[];
  /** Publication instants of the posts that are not drafts, ascending. */
  publicationTimes: number[];
  visible: Map<string, Post[]>;
  tags: Map<string, TagCount[]>;
}

let loaded: Loaded | undefined;

/**
 * The posts of the content store, read once per process; outside production the store is
 * checked on each call (a `stat`), since `contentlayer2 dev` rewrites it while `next dev` runs.
 */
function content(): Loaded {
  if (loaded && (process.env.NODE_ENV === 'production' || contentStoreVersion() === loaded.version))
    return loaded;
  const store = readContentStore();
  const posts = sortNewestFirst(store.posts.map(toPost));
  loaded = {
    version: store.version,
    generation: (loaded?.generation ?? 0) + 1,
    posts,
    publicationTimes: posts
      .filter((p) => !p.draft)
      .map((p) => Date.parse(p.date))
      .sort((a, b) => a - b),
    visible: new Map(),
    tags: new Map(),
  };
  return loaded;
}

/** Every post on disk, drafts included. Pages want `getPosts()` instead. */
export function getAllPosts(): Post[] {
  return content().posts;
}

/** `preview`: the request carries the Draft Mode cookie, so it comes from the author. */
export function currentVisibility(now: Date = new Date(), preview = false): Visibility {
  return { now, includeUnpublished: site.showUnpublished || preview };
}

/** Every page asks for the visible posts, and they only change when a scheduled post's time comes. */
function visibilityKey(visibility: Visibility): string {
  return visibility.includeUnpublished ? 'all' : String(publishedCount(visibility.now));
}

/** The posts a reader (or, in preview, the author) may see now, newest first (one shared array: do not change it). */
export function getPosts(now: Date = new Date(), preview = false): Post[] {
  const visibility = currentVisibility(now, preview);
  const key = visibilityKey(visibility);
  const { visible } = content();
  let posts = visible.get(key);
  if (!posts) {
    posts = visiblePosts(getAllPosts(), visibility);
    visible.set(key, posts);
  }
  return posts;
}

/** The posts rendered at build time, pages and social images alike: the newest site.prerenderPosts. */
export function prerenderedPosts(now: Date = new Date()): Post[] {
  const posts = getPosts(now);
  return site.prerenderPosts === null ? posts : posts.slice(0, site.prerenderPosts);
}

export function getPost(slug: string, now: Date = new Date(), preview = false): Post | undefined {
  return findBySlug(getPosts(now, preview), slug);
}

/**
 * How many posts are published at `now`: changes only when a scheduled post's date passes, so
 * it tells cheaply (a binary search) whether anything a reader sees may have changed.
 */
export function publishedCount(now: Date = new Date()): number {
  const { publicationTimes } = content();
  let low = 0;
  let high = publicationTimes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((publicationTimes[mid] ?? Infinity) <= now.getTime()) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Changes whenever what readers see may have: new content from the build (or from
 * `contentlayer2 dev`), or a scheduled post whose time has come. Caches over the published posts
 * (search index, feed validators) are kept while it stays the same.
 */
export function contentEpoch(now: Date = new Date()): string {
  return `${contentGeneration()}:${publishedCount(now)}`;
}

/** Changes whenever the build (or `contentlayer2 dev`) writes new content. */
export function contentGeneration(): number {
  return content().generation;
}

export function getTags(now: Date = new Date()): TagCount[] {
  const key = visibilityKey(currentVisibility(now));
  const { tags } = content();
  let counts = tags.get(key);
  if (!counts) {
    counts = countTags(getPosts(now), site.locale);
    tags.set(key, counts);
  }
  return counts;
}
