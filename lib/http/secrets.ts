import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a secret a client sent with the expected one in constant time: both are hashed
 * first, so neither their content nor their length shows in the time taken.
 */
export function secretMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}
