import { methodNotAllowed, jsonError } from '@/lib/http/responses';
import { rateLimitRejection } from '@/lib/http/rate-limit';
import { searchPosts } from '@/lib/search';
import { parseSearchParams } from '@/lib/search/params';

// Answers depend on the query string: rendered per request, from an index built once per process.
export const dynamic = 'force-dynamic';

/** Results change only when posts do: shared caches may keep them a few minutes. */
const CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=3600';

export async function GET(request: Request) {
  const limited = await rateLimitRejection('search', request);
  if (limited) return limited;
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const { query } = parsed;
  const { total, hits } = searchPosts(query);
  return Response.json(
    { query: query.q, total, page: query.page, limit: query.limit, results: hits },
    { status: 200, headers: { 'Cache-Control': CACHE_CONTROL } },
  );
}

const otherMethod = methodNotAllowed(
  'GET, HEAD',
  'Only GET is supported here: GET /api/search?q=…',
);

export { otherMethod as POST, otherMethod as PUT, otherMethod as PATCH, otherMethod as DELETE };
