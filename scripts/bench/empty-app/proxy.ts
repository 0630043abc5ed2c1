/**
 * The framework's cost of a 304 answered by a Next.js proxy (what `proxy.ts` does for the blog's
 * feeds): a constant 304 on `/not-modified`, without looking anything up. No other path reaches it.
 */
export function proxy(): Response {
  return new Response(null, { status: 304, headers: { etag: '"control"' } });
}

export const config = { matcher: '/not-modified' };
