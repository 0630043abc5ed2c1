/**
 * Posts: the `Post` a page reads, the one visibility rule, and pure functions over a `Post[]`
 * argument. The bindings to the content store are in ./queries.ts.
 */
import type { PostRecord } from '../content/store-layout';
import { site } from '../config/site';
import { sameLanguage } from '../format/languages';
import { countSeries, withCanonicalSeriesNames } from './series';
import { countTags, withCanonicalTagNames, type Tag } from './tags';

/** A post as pages, feeds and search read it: its stored record, with what is derived from it. */
export interface Post extends Omit<PostRecord, 'tags' | 'categories' | 'series' | 'updatedAt'> {
  url: string;
  /** ISO instant, only when later than `date`. */
  updated?: string;
  /** Without duplicates, each under its canonical spelling (./tags.ts). */
  tags: Tag[];
  /** Without duplicates, as written. */
  categories: Tag[];
  /** The series the post is part of, under its canonical spelling (./series.ts). */
  series?: Tag;
  /**
   * The article as static HTML (links as written), rendered at build time from Markdown or from
   * MDX through the shared component map: the post page and the feeds both carry it. For posts
   * from the content store, read from disk when asked for (only a page, a feed or search does).
   */
  readonly html: string;
  /** The article as plain text, for search; read from disk when asked for, as `html`. */
  readonly text: string;
}

export type PostStatus = 'published' | 'draft' | 'scheduled' | 'expired';

export interface Visibility {
  now: Date;
  /** Author views (`next dev`, Draft Mode) also list drafts and scheduled posts. */
  includeUnpublished: boolean;
}

type Timing = Pick<Post, 'draft' | 'date' | 'publishAt' | 'expiresAt'>;

/** Scheduled until its publishAt (else its date), expired from its expiresAt. */
export function postStatus(post: Timing, now: Date): PostStatus {
  if (post.draft) return 'draft';
  if (Date.parse(post.publishAt ?? post.date) > now.getTime()) return 'scheduled';
  if (post.expiresAt !== undefined && Date.parse(post.expiresAt) <= now.getTime()) return 'expired';
  return 'published';
}

/** The one visibility rule: every page, list, count and feed goes through it. */
export function isVisible(post: Timing, { now, includeUnpublished }: Visibility): boolean {
  return includeUnpublished || postStatus(post, now) === 'published';
}

/** Newest first; equal dates by slug so that the order never depends on file-system order. */
export function sortNewestFirst<P extends Pick<Post, 'date' | 'slug'>>(posts: readonly P[]): P[] {
  return [...posts].sort(
    (a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug),
  );
}

/** The visible posts, newest first, with every tag and series under its canonical spelling. */
export function visiblePosts(posts: readonly Post[], visibility: Visibility): Post[] {
  const visible = sortNewestFirst(posts.filter((p) => isVisible(p, visibility)));
  const tagged = withCanonicalTagNames(visible, countTags(visible, site.locale));
  return withCanonicalSeriesNames(tagged, countSeries(tagged, site.locale));
}

type Translatable = Pick<Post, 'slug' | 'lang' | 'translationGroup'>;

/**
 * One post per translation group, in the order of `posts`: the one in `language` (the site's)
 * when the group has one, else the first. What listings, tag counts and feeds show.
 */
export function onePerTranslation<P extends Translatable>(
  posts: readonly P[],
  language: string,
): P[] {
  const chosen = new Map<string, P>();
  for (const post of posts) {
    const held = chosen.get(post.translationGroup);
    if (!held || (!sameLanguage(held.lang, language) && sameLanguage(post.lang, language)))
      chosen.set(post.translationGroup, post);
  }
  const kept = new Set(chosen.values());
  return posts.filter((post) => kept.has(post));
}

/** The other posts of `post`'s translation group, by language. */
export function translationsOf<P extends Translatable>(posts: readonly P[], post: P): P[] {
  return posts
    .filter((p) => p.translationGroup === post.translationGroup && p.slug !== post.slug)
    .sort((a, b) => a.lang.localeCompare(b.lang));
}

export function findBySlug<P extends Pick<Post, 'slug'>>(
  posts: readonly P[],
  slug: string,
): P | undefined {
  return posts.find((p) => p.slug === slug);
}

export function postsInCategory<P extends Pick<Post, 'categories'>>(
  posts: readonly P[],
  categorySlug: string,
): P[] {
  return posts.filter((p) => p.categories.some((c) => c.slug === categorySlug));
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
