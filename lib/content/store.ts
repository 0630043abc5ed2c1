/**
 * The content store: what Contentlayer generated, in the shape the server reads it.
 *
 * Importing `contentlayer/generated` makes the bundler inline every document, bodies and MDX
 * bundles included, into each server bundle that reaches lib/posts.ts: at 1,000 posts that is
 * 46 MB of JSON copied into about ten chunks (472 MB of output, 36 s of compilation, 16 s of type
 * checking a JSON literal), and every server process holds all of it in memory. Here the
 * build writes one small index of the posts' fields and each article's HTML and text in files of
 * their own; the server reads the index once and an article when a page, feed or search needs it.
 *
 * Written by Contentlayer's onSuccess (contentlayer.config.ts, through write-store.ts), so
 * `contentlayer2 dev` rewrites it on every change, as it rewrites its generated data.
 *
 * Every path read here is marked `turbopackIgnore`, the store's folder included: Turbopack would
 * otherwise trace every file the pattern could match (all the bodies) into the file list of each
 * server route. At 10,000 posts that was 20,001 files in each of 19 lists, and `next build` took
 * 10 s and 0.66 GB more (test/e2e/pages.test.ts checks that no list names the store).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Post } from '../posts';

/**
 * A post's fields as the build wrote them: a `Post` without what lib/posts.ts derives (its URL,
 * the canonical tags, `updated` only when later) and without its article, which is in the body files.
 */
export type PostRecord = Omit<Post, 'url' | 'html' | 'text' | 'tags' | 'updated'> & {
  /** As the front matter lists them. */
  tags: string[];
  /** ISO instant, when front matter gives one. */
  updatedAt?: string;
};

export interface StoreIndex {
  posts: PostRecord[];
}

/** From the working directory, as Contentlayer's own output: `next build`, `next start` and tests run from the project. */
export const STORE_DIR = join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer', 'store');
export const INDEX_FILE = 'index.json';
export const BODIES_DIR = 'bodies';

export type BodyPart = 'html' | 'txt';
export const bodyFile = (dir: string, slug: string, part: BodyPart) => join(dir, BODIES_DIR, `${slug}.${part}`);

export interface ContentStore {
  posts: PostRecord[];
  /** Modification time of the index: changes whenever Contentlayer writes new content. */
  version: number;
}

function missingStore(dir: string): Error {
  return new Error(`No content store in ${dir}: run \`contentlayer2 build\` (\`npm run content\`) before \`next build\` or the tests.`);
}

/** The index as written by the last build. */
export function readContentStore(dir: string = STORE_DIR): ContentStore {
  const file = join(dir, INDEX_FILE);
  let text: string;
  let version: number;
  try {
    version = statSync(/* turbopackIgnore: true */ file).mtimeMs;
    text = readFileSync(/* turbopackIgnore: true */ file, 'utf8');
  } catch {
    throw missingStore(dir);
  }
  // Written by write-store.ts from Contentlayer's validated documents.
  const index = JSON.parse(text) as StoreIndex;
  return { posts: index.posts, version };
}

/** Modification time of the index, or -1 when there is none: a cheap check for new content. */
export function contentStoreVersion(dir: string = STORE_DIR): number {
  const file = join(dir, INDEX_FILE);
  try {
    return statSync(/* turbopackIgnore: true */ file).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * One part of a post's article: `html` for pages and feeds, `txt` for search. A part missing or
 * unreadable after the build (a page regenerated on a damaged deployment) is an error that names
 * the post's file, which is what the log of the failed regeneration shows.
 */
export function readPostBody(post: { slug: string; sourcePath?: string }, part: BodyPart, dir: string = STORE_DIR): string {
  const file = bodyFile(dir, post.slug, part);
  try {
    return readFileSync(/* turbopackIgnore: true */ file, 'utf8');
  } catch (error) {
    const which = post.sourcePath ?? `the post "${post.slug}"`;
    const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    throw new Error(`${which}: the content store has no ${part} for this post${reason} in ${dir}: rebuild the content (\`npm run content\`).`);
  }
}
