import { revalidatePath } from 'next/cache';
import { env } from '@/lib/config/env';
import { readBodyCapped } from '@/lib/http/request';
import { rateLimitRejection } from '@/lib/http/rate-limit';
import {
  MAX_BODY_BYTES,
  parseRevalidationBody,
  pathsToRevalidate,
  sitePaths,
} from '@/lib/http/revalidation';
import { reloadContent } from '@/lib/posts/queries';
import { resetSearchIndex } from '@/lib/search';
import { bearerToken, secretMatches } from '@/lib/http/secrets';
import { jsonError, NO_STORE } from '@/lib/http/responses';

export const dynamic = 'force-dynamic';

/** Off unless REVALIDATE_SECRET is set: then this path does not exist. */
const disabled = () => jsonError(404, 'Not found.');

/** `POST /api/revalidate` with `Authorization: Bearer <REVALIDATE_SECRET>` and `{"paths": [...]}` or `{"all": true}`. */
export async function POST(request: Request) {
  const secret = env.revalidateSecret;
  if (!secret) return disabled();
  // Counted before the token is checked: guessing it is as slow as the limit.
  const limited = await rateLimitRejection('revalidate', request);
  if (limited) return limited;
  const token = bearerToken(request);
  if (token === null || !secretMatches(token, secret)) {
    return jsonError(
      401,
      'Missing or wrong token: send "Authorization: Bearer <REVALIDATE_SECRET>".',
      {
        'WWW-Authenticate': 'Bearer',
      },
    );
  }
  const text = await readBodyCapped(request, MAX_BODY_BYTES);
  if (text === null) return jsonError(413, `The body must stay under ${MAX_BODY_BYTES} bytes.`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return jsonError(
      400,
      'The body is not JSON. Send {"paths": ["/", "/posts/a-slug"]} or {"all": true}.',
    );
  }
  const parsed = parseRevalidationBody(body);
  if (!parsed.ok) return jsonError(400, parsed.error);

  const { target } = parsed;
  const all = 'all' in target;
  // A post published without a build (`npm run content:publish`): its pages and listings from now on.
  reloadContent();
  const paths = 'paths' in target ? target.paths : sitePaths();
  for (const path of pathsToRevalidate(paths)) revalidatePath(path);
  if (all) {
    // Anything not listed (an old tag page, a page past the end) goes too.
    revalidatePath('/', 'layout');
    resetSearchIndex();
  }
  return Response.json(
    { revalidated: paths, searchIndex: all },
    { status: 200, headers: NO_STORE },
  );
}

function otherMethod() {
  if (!env.revalidateSecret) return disabled();
  return jsonError(405, 'Use POST.', { Allow: 'POST' });
}

export { otherMethod as GET, otherMethod as PUT, otherMethod as PATCH, otherMethod as DELETE };
