/**
 * Two answers given before routing:
 *
 * - Conditional GETs on feeds. Next.js serves prerendered route handlers from its cache but never
 *   answers If-None-Match / If-Modified-Since itself; feed readers poll every few minutes, so the
 *   304 is answered here, before the cache, from validators computed once per content change.
 * - A 400 for a path with a percent-escape that does not decode (`/posts/%E9`, `/tags/%ZZ`): Next.js
 *   16 answers those under a dynamic route with a bare 500 (its 400 page does not exist in an App
 *   Router app), which scanners would otherwise collect by the thousand.
 * - OPTIONS on a post's social image, drawn on its first request: Next.js answers it with a 204
 *   that its own cache of that route then fails to send (a 500). A metadata image route cannot
 *   export an OPTIONS handler of its own, as the tag feeds do. Both found by test/e2e/fuzz.test.ts.
 */
import type { NextRequest } from 'next/server';
import { feedValidators } from '@/lib/feeds';
import { hasMalformedEscape, isNotModified, notModifiedResponse } from '@/lib/http';

export function proxy(request: NextRequest): Response | undefined {
  if (hasMalformedEscape(request.nextUrl.pathname)) {
    return new Response('400 Bad Request: this address holds a malformed percent-escape.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  if (request.method === 'OPTIONS') {
    return new Response(null, {
      status: 204,
      headers: { Allow: 'GET, HEAD, OPTIONS', 'Cache-Control': 'no-store' },
    });
  }
  const validators = feedValidators(request.nextUrl.pathname);
  if (validators && isNotModified(request, validators.etag, validators.lastModified)) {
    return notModifiedResponse(validators.etag, validators.lastModified);
  }
  // Anything else continues to the route as if the proxy were not there.
  return undefined;
}

// Only conditional requests to feeds, paths with a `%` and social images reach the proxy: every
// other request skips it entirely (going through it halves a feed's requests/s). (Next.js reads
// this config statically: it must stay a literal.)
export const config = {
  matcher: [
    '/:path(.*%.*)',
    '/posts/:slug/opengraph-image',
    { source: '/feed.xml', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/feed.xml', has: [{ type: 'header', key: 'if-modified-since' }] },
    { source: '/atom.xml', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/atom.xml', has: [{ type: 'header', key: 'if-modified-since' }] },
    { source: '/feed.json', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/feed.json', has: [{ type: 'header', key: 'if-modified-since' }] },
    { source: '/tags/:tag/feed.xml', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/tags/:tag/feed.xml', has: [{ type: 'header', key: 'if-modified-since' }] },
  ],
};
