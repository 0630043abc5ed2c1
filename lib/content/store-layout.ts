/**
 * The content store's layout, shared by its writer (write-store.ts, run by Contentlayer) and its
 * reader (store.ts, run by the server): one index of the posts' fields, and each article's HTML
 * and text in files of their own. Why the server does not import Contentlayer's generated data:
 * docs/benchmarks.md, "The content store".
 */
import { join } from 'node:path';
import type { CoverImage } from '../media/publish-article';
import type { TocEntry } from './analyze';

/** A post's fields as the build writes them; lib/posts/post.ts derives the `Post` from it. */
export interface PostRecord {
  slug: string;
  /** The path the post answers at (lib/content/permalink.ts). */
  url: string;
  /** Old paths that lead to it with one redirect. */
  aliases?: string[];
  title: string;
  /** ISO instant: the date shown. */
  date: string;
  /** ISO instant, when front matter gives one. */
  updatedAt?: string;
  /** ISO instant from which readers see the post, when not `date` (Hugo's publishDate). */
  publishAt?: string;
  /** ISO instant from which readers no longer see the post (Hugo's expiryDate). */
  expiresAt?: string;
  draft: boolean;
  /** BCP 47 tag: the site's language unless the post says otherwise (lib/content/post-fields.ts). */
  lang: string;
  /** Shared by the post's translations, and by no other post (lib/content/slug.ts). */
  translationGroup: string;
  /** As the front matter lists them. */
  tags: string[];
  /** The second taxonomy (Hugo, Jekyll), as the front matter lists them. */
  categories: string[];
  /** The series the post is part of, as written (lib/content/series-fields.ts). */
  series?: string;
  /** Its place in the series, when its date does not give it. */
  seriesOrder?: number;
  excerpt: string;
  readingMinutes: number;
  wordCount: number;
  toc: TocEntry[];
  /** Set when it has code blocks, math: what its page loads only then. */
  hasCode?: true;
  hasMath?: true;
  /** The front-matter `image`, as written. */
  image?: string;
  /** That image, published: shown above the post and on its card, and its social image. */
  cover?: CoverImage;
  sourcePath: string;
}

export interface StoreIndex {
  posts: PostRecord[];
}

/**
 * From the working directory, as Contentlayer's own output. Marked `turbopackIgnore`, like every
 * path read from it, or Turbopack would trace every article into each server route.
 */
export const STORE_DIR = join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer', 'store');
export const INDEX_FILE = 'index.json';

/**
 * Files of posts, published under their content hash (lib/media/library.ts): those of posts
 * readers may see, those of drafts, and those the live preview published at request time. The
 * last two are served only under Draft Mode or `next dev` (app/media/).
 */
export const MEDIA_DIRS = {
  published: join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer', 'media'),
  drafts: join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer', 'media-drafts'),
  live: join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer', 'media-live'),
};
export const BODIES_DIR = 'bodies';

export type BodyPart = 'html' | 'txt';

export function bodyFile(dir: string, slug: string, part: BodyPart): string {
  return join(dir, BODIES_DIR, `${slug}.${part}`);
}
