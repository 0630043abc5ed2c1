/**
 * Three answers given before routing (docs/security.md, "Hostile input"):
 * - the 304 of a conditional GET on a feed, which Next.js never answers itself;
 * - a 400 for a path whose percent-escape does not decode, which Next.js answers with a bare 500;
 * - OPTIONS on a post's social image, whose 204 Next.js's own cache of that route fails to send.
 */
import type { NextRequest } from 'next/server';
import { feedValidators } from '@/lib/feeds/site-feeds';
import { hasMalformedEscape } from '@/lib/http/request';
import { isNotModified, notModifiedResponse } from '@/lib/http/cache-validators';

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
