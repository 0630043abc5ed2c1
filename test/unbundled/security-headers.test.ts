import { describe, expect, it } from 'vitest';
import { securityHeaders } from '@/unbundled/security-headers.mjs';

const header = (headers: { key: string; value: string }[], key: string) =>
  headers.find((h) => h.key === key)?.value;

describe('securityHeaders', () => {
  it('asks browsers for HTTPS only when the blog is served over HTTPS', () => {
    const https = securityHeaders({ https: true, development: false });
    expect(header(https, 'Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
    expect(header(https, 'Content-Security-Policy')).toContain('upgrade-insecure-requests');
    const http = securityHeaders({ https: false, development: false });
    expect(header(http, 'Strict-Transport-Security')).toBeUndefined();
    expect(header(http, 'Content-Security-Policy')).not.toContain('upgrade-insecure-requests');
  });

  it('allows eval and WebSockets only to the development server', () => {
    const production = header(
      securityHeaders({ https: false, development: false }),
      'Content-Security-Policy',
    );
    expect(production).not.toContain('unsafe-eval');
    expect(production).not.toContain('ws:');
    const development = header(
      securityHeaders({ https: false, development: true }),
      'Content-Security-Policy',
    );
    expect(development).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
    expect(development).toContain("connect-src 'self' ws: wss:");
  });
});
