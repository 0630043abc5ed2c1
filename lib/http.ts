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

/**
 * The request's body as text, or null once it passes `maxBytes`: read piece by piece and dropped
 * there, whatever Content-Length says (a chunked body has none).
 */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A route handler for the methods a route does not take: 405 with `Allow` and a JSON error that
 * says what to send instead (Next.js's own 405 has no body).
 */
export function methodNotAllowed(allow: string, hint: string): () => Response {
  return () =>
    Response.json(
      { error: hint },
      { status: 405, headers: { Allow: allow, 'Cache-Control': 'no-store' } },
    );
}

/** True when a path holds a percent-escape that does not decode (`%ZZ`, `%E9` alone, a lone surrogate). */
export function hasMalformedEscape(pathname: string): boolean {
  if (!pathname.includes('%')) return false;
  try {
    for (const segment of pathname.split('/')) decodeURIComponent(segment);
    return false;
  } catch {
    return true;
  }
}
