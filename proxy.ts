/**
 * Answers given before routing (docs/security.md, "Hostile input"; README, "Moving in"):
 * - a post whose URL is outside /posts/ (a permalink pattern, a front-matter `url`): rewritten to
 *   its page, app/(site)/posts/[slug]/permalink, or app/(other-languages)/ for a post in another
 *   language than the site's;
 * - one 308 for an old address of a post (aliases, redirect_from), and for a path with a
 *   trailing slash: to the post it is an old address of, else to the same path without the slash
 *   (Next.js's own redirect is off, so that an old Hugo address takes one hop, not two);
 * - the 304 of a conditional GET on a feed, which Next.js never answers itself;
 * - a 400 for a path whose percent-escape does not decode, which Next.js answers with a bare 500;
 * - OPTIONS on a post's social image, whose 204 Next.js's own cache of that route fails to send.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { feedValidators } from '@/lib/feeds/site-feeds';
import { hasMalformedEscape } from '@/lib/http/request';
import { isNotModified, notModifiedResponse } from '@/lib/http/cache-validators';
import { getPostByUrl, redirectFor } from '@/lib/posts/queries';
import { postPagePath, postPath } from '@/lib/routes';

export function proxy(request: NextRequest): Response | undefined {
  if (hasMalformedEscape(request.nextUrl.pathname)) {
    return new Response('400 Bad Request: this address holds a malformed percent-escape.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const { pathname, origin, search } = request.nextUrl;
  // On nextUrl's origin, the host the reader asked for (nginx passes it on). The origin is
  // prefixed, not resolved against: `//evil.example/` must stay a path of this site. Plain URLs:
  // a NextURL would put the request's trailing slash back.
  const to = (path: string) => new URL(`${origin}/${path.replace(/^[/\\]+/, '')}${search}`);
  if (pathname.length > 1 && pathname.endsWith('/')) {
    const bare = pathname.replace(/\/+$/, '') || '/';
    return NextResponse.redirect(to(redirectFor(bare) ?? bare), 308);
  }
  const post = getPostByUrl(pathname);
  if (post && post.url !== postPath(post.slug)) return NextResponse.rewrite(to(postPagePath(post)));
  const target = redirectFor(pathname);
  if (target) return NextResponse.redirect(to(target), 308);
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

// Only conditional requests to feeds, paths with a `%` or a trailing slash, social images, and
// paths outside the site's own folders and files (where a post's permalink or an old address may
// be) reach the proxy: every other request skips it entirely (going through it halves a feed's
// requests/s). (Next.js reads this config statically: it must stay a literal.)
export const config = {
  matcher: [
    '/:path(.*%.*)',
    '/:path(.*/)',
    '/:path((?!_next/|api/|media/|posts/|tags(?:/|$)|categories(?:/|$)|series(?:/|$)|archives(?:/|$)|search$|page/|images/|feed\\.xml$|atom\\.xml$|feed\\.json$|sitemap\\.xml$|robots\\.txt$|icon\\.svg|opengraph-image|favicon\\.ico$).+)',
    '/posts/:slug/opengraph-image',
    { source: '/feed.xml', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/feed.xml', has: [{ type: 'header', key: 'if-modified-since' }] },
    { source: '/atom.xml', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/atom.xml', has: [{ type: 'header', key: 'if-modified-since' }] },
    { source: '/feed.json', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/feed.json', has: [{ type: 'header', key: 'if-modified-since' }] },
    { source: '/tags/:tag/feed.xml', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/tags/:tag/feed.xml', has: [{ type: 'header', key: 'if-modified-since' }] },
    { source: '/series/:series/feed.xml', has: [{ type: 'header', key: 'if-none-match' }] },
    { source: '/series/:series/feed.xml', has: [{ type: 'header', key: 'if-modified-since' }] },
  ],
};
