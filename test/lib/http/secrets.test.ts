import { describe, expect, it } from 'vitest';
import { bearerToken, secretMatches } from '@/lib/http/secrets';

describe('secretMatches', () => {
  const secret = 'a'.repeat(40);
  it('is true only for the exact secret', () => {
    expect(secretMatches(secret, secret)).toBe(true);
    expect(secretMatches(`${secret}a`, secret)).toBe(false);
    expect(secretMatches(secret.slice(1), secret)).toBe(false);
    expect(secretMatches('', secret)).toBe(false);
    expect(secretMatches('A'.repeat(40), secret)).toBe(false);
  });
});

describe('bearerToken', () => {
  const request = (authorization?: string) =>
    new Request('http://localhost/', authorization ? { headers: { authorization } } : {});
  it('reads the token of a Bearer header, in any case of the scheme', () => {
    expect(bearerToken(request('Bearer abc.def'))).toBe('abc.def');
    expect(bearerToken(request('bearer abc'))).toBe('abc');
  });
  it('is null without a header or with another scheme or two tokens', () => {
    expect(bearerToken(request())).toBeNull();
    expect(bearerToken(request('Basic YWJj'))).toBeNull();
    expect(bearerToken(request('Bearer'))).toBeNull();
    expect(bearerToken(request('Bearer a b'))).toBeNull();
  });
});
