import { draftMode } from 'next/headers';
import { site } from '@/lib/config/site';
import { MEDIA_DIRS } from '@/lib/content/store-layout';
import { jsonError, methodNotAllowed } from '@/lib/http/responses';
import { contentTypeOf } from '@/lib/media/files';
import { publishedFileId, readPublished } from '@/lib/media/published';

// The files of posts, as the build published them under their content hash (lib/media/library.ts):
// a URL always serves the same bytes, so browsers and caches keep them for a year.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ hash: string; name: string }> };

const IMMUTABLE = 'public, max-age=31536000, immutable';

export async function GET(_request: Request, { params }: Props) {
  const { hash, name } = await params;
  const id = publishedFileId(hash, name);
  if (!id) return jsonError(404, 'No such file.');
  // Drafts' files, and those the live preview published, only for the author.
  const author = site.liveContent || (await draftMode()).isEnabled;
  const dirs = author
    ? [MEDIA_DIRS.published, MEDIA_DIRS.drafts, MEDIA_DIRS.live]
    : [MEDIA_DIRS.published];
  const bytes = await readPublished(dirs, id);
  if (!bytes) return jsonError(404, 'No such file.');
  const type = contentTypeOf(name);
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': type,
      'Content-Length': String(bytes.length),
      // An author's drafts stay out of shared caches.
      'Cache-Control': author ? 'private, no-store' : IMMUTABLE,
      'X-Content-Type-Options': 'nosniff',
      // An SVG opened on its own runs no script and loads nothing.
      ...(type === 'image/svg+xml'
        ? { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" }
        : {}),
    },
  });
}

const otherMethod = methodNotAllowed('GET, HEAD', 'Use GET.');

export { otherMethod as POST, otherMethod as PUT, otherMethod as PATCH, otherMethod as DELETE };
