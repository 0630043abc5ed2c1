/** The answers route handlers share: JSON errors, never stored by any cache. */

export const NO_STORE = { 'Cache-Control': 'no-store' };

/** `{ "error": message }` with `status`, kept by no cache. */
export function jsonError(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return Response.json({ error: message }, { status, headers: { ...NO_STORE, ...headers } });
}

/**
 * A route handler for the methods a route does not take: 405 with `Allow` and a JSON error that
 * says what to send instead (Next.js's own 405 has no body).
 */
export function methodNotAllowed(allow: string, hint: string): () => Response {
  return () => jsonError(405, hint, { Allow: allow });
}
