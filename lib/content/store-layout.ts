/**
 * The content store's layout, shared by its writer (write-store.ts, run by Contentlayer) and its
 * reader (store.ts, run by the server): one index of the posts' fields, and each article's HTML
 * and text in files of their own. Why the server does not import Contentlayer's generated data:
 * docs/benchmarks.md, "The content store".
 */
import { join } from 'node:path';
import type { TocEntry } from './analyze';

/** A post's fields as the build writes them; lib/posts/post.ts derives the `Post` from it. */
export interface PostRecord {
  slug: string;
  title: string;
  /** ISO instant. */
  date: string;
  /** ISO instant, when front matter gives one. */
  updatedAt?: string;
  draft: boolean;
  /** As the front matter lists them. */
  tags: string[];
  excerpt: string;
  readingMinutes: number;
  wordCount: number;
  toc: TocEntry[];
  image?: string;
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
export const BODIES_DIR = 'bodies';

export type BodyPart = 'html' | 'txt';

export function bodyFile(dir: string, slug: string, part: BodyPart): string {
  return join(dir, BODIES_DIR, `${slug}.${part}`);
}
