/** Reading untrusted requests: bodies of bounded size, paths that may not decode. */

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
