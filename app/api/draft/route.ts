import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/lib/config/env';
import { methodNotAllowed, jsonError } from '@/lib/http/responses';
import { getPost } from '@/lib/posts/queries';
import { postPath } from '@/lib/routes';
import { rateLimitRejection } from '@/lib/http/rate-limit';
import { secretMatches } from '@/lib/http/secrets';

export const dynamic = 'force-dynamic';

/**
 * `GET /api/draft?secret=<PREVIEW_SECRET>&slug=<slug>`: turns Draft Mode on and opens the post,
 * draft, scheduled or published, rendered from its file. Off (404) unless PREVIEW_SECRET is set.
 */
export async function GET(request: Request) {
  const expected = env.previewSecret;
  if (!expected) return jsonError(404, 'Not found.');
  // Counted before the secret is checked: guessing it is as slow as the limit.
  const limited = await rateLimitRejection('draft', request);
  if (limited) return limited;
  const params = new URL(request.url).searchParams;
  const secret = params.get('secret');
  if (secret === null || !secretMatches(secret, expected))
    return jsonError(401, 'Missing or wrong secret: pass ?secret=<PREVIEW_SECRET>&slug=<slug>.');
  const slug = params.get('slug');
  if (!slug) return jsonError(400, 'Missing slug: pass ?secret=<PREVIEW_SECRET>&slug=<slug>.');
  // The redirect goes to the URL of a post found here, never to anything taken from the request.
  const post = getPost(slug, { preview: true });
  if (!post) return jsonError(404, 'No post has this slug.');
  (await draftMode()).enable();
  // Its /posts/ address: a draft has no other (proxy.ts knows only what readers see), and a
  // published post's leads on to its URL.
  redirect(postPath(post.slug));
}

const refusedMethod = methodNotAllowed(
  'GET, HEAD',
  'Use GET /api/draft?secret=<PREVIEW_SECRET>&slug=<slug>.',
);
/** Off, the endpoint does not exist for any method. */
const otherMethod = () => (env.previewSecret ? refusedMethod() : jsonError(404, 'Not found.'));

export { otherMethod as POST, otherMethod as PUT, otherMethod as PATCH, otherMethod as DELETE };
