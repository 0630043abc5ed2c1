/**
 * HTTP caching for generated documents (feeds): a strong ETag from the body, Last-Modified from
 * the content, and the 304 for a client that already has this version.
 */
import { createHash } from 'node:crypto';

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** True when the request's validators say the client's copy is current (RFC 9110 §13.2.2). */
export function isNotModified(request: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch !== null) {
    return (
      ifNoneMatch.trim() === '*' ||
      ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
    );
  }
  const ifModifiedSince = Date.parse(request.headers.get('if-modified-since') ?? '');
  // HTTP dates have one-second precision.
  return (
    Number.isFinite(ifModifiedSince) &&
    Math.floor(lastModified.getTime() / 1000) * 1000 <= ifModifiedSince
  );
}

export interface CachedDocument {
  body: string;
  contentType: string;
  lastModified: Date;
}

/** Public caches may keep it for a while and serve it stale while the server regenerates it. */
export const PUBLIC_CACHE_CONTROL =
  'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';

function validatorHeaders(etag: string, lastModified: Date): Record<string, string> {
  return {
    ETag: etag,
    'Last-Modified': lastModified.toUTCString(),
    'Cache-Control': PUBLIC_CACHE_CONTROL,
  };
}

export function documentResponse({ body, contentType, lastModified }: CachedDocument): Response {
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': contentType, ...validatorHeaders(etagOf(body), lastModified) },
  });
}

export function notModifiedResponse(etag: string, lastModified: Date): Response {
  return new Response(null, { status: 304, headers: validatorHeaders(etag, lastModified) });
}
