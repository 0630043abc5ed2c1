/**
 * Reads the content store (store-layout.ts) on the server: the index once, an article when a
 * page, a feed or search needs it.
 */
import 'server-only';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  INDEX_FILE,
  STORE_DIR,
  bodyFile,
  type BodyPart,
  type PostRecord,
  type StoreIndex,
} from './store-layout';

export interface ContentStore {
  posts: PostRecord[];
  /** Modification time of the index: changes whenever Contentlayer writes new content. */
  version: number;
}

function missingStore(dir: string): Error {
  return new Error(
    `No content store in ${dir}: run \`contentlayer2 build\` (\`npm run content\`) before \`next build\` or the tests.`,
  );
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
export function storeVersion(dir: string = STORE_DIR): number {
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
export function readPostBody(
  post: { slug: string; sourcePath?: string },
  part: BodyPart,
  dir: string = STORE_DIR,
): string {
  const file = bodyFile(dir, post.slug, part);
  try {
    return readFileSync(/* turbopackIgnore: true */ file, 'utf8');
  } catch (error) {
    const which = post.sourcePath ?? `the post "${post.slug}"`;
    const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    throw new Error(
      `${which}: the content store has no ${part} for this post${reason} in ${dir}: rebuild the content (\`npm run content\`).`,
    );
  }
}
