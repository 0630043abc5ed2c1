/**
 * How published files are named and served: their content hash, and their content type. Light
 * enough for the route that serves them (no image library).
 */
import { createHash } from 'node:crypto';

/** 64 bits of SHA-256: no two files of one blog share it, and nobody can guess an unpublished one. */
export const HASH_LENGTH = 16;

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, HASH_LENGTH);
}

/** The content type of a file served by extension; images are named by their format's extension. */
const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json',
  zip: 'application/zip',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
};

/** Sample configs and scripts, shown as text (never run: the answer says `nosniff`). */
const TEXT_EXTENSIONS = new Set(
  'txt md conf cfg ini toml yaml yml sh bash zsh py js mjs ts go rs sql service timer env'.split(
    ' ',
  ),
);

export function contentTypeOf(fileName: string): string {
  const extension = /\.([a-z\d]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (TEXT_EXTENSIONS.has(extension)) return 'text/plain; charset=utf-8';
  return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
