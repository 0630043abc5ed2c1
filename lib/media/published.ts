/**
 * Reads back what the build published (./library.ts): for app/media, which serves it, and for the
 * social image of a post with a cover.
 */
import 'server-only';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MEDIA_PATH_PREFIX } from '../../unbundled/images.mjs';
import { HASH_LENGTH } from './files';

const HASH = new RegExp(`^[0-9a-f]{${HASH_LENGTH}}$`);
/** What ./library.ts names a file: no slash, no dot-dot, nothing to escape. */
const NAME = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9]+)?$/;

/** A published file's hash and name, if these are ones the build could have written. */
export function publishedFileId(
  hash: string,
  name: string,
): { hash: string; name: string } | undefined {
  return HASH.test(hash) && NAME.test(name) ? { hash, name } : undefined;
}

/** The same, from its URL (`/media/<hash>/<name>`). */
export function publishedFileIdOf(src: string): { hash: string; name: string } | undefined {
  if (!src.startsWith(MEDIA_PATH_PREFIX)) return undefined;
  const [hash = '', name = '', ...rest] = src.slice(MEDIA_PATH_PREFIX.length).split('/');
  return rest.length === 0 ? publishedFileId(hash, name) : undefined;
}

/** The file from the first of `dirs` that has it. */
export async function readPublished(
  dirs: string[],
  { hash, name }: { hash: string; name: string },
): Promise<Buffer | undefined> {
  for (const dir of dirs) {
    try {
      return await readFile(/* turbopackIgnore: true */ join(dir, hash, name));
    } catch {
      // Not in this folder: the next one, if any.
    }
  }
  return undefined;
}
