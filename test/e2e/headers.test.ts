/**
 * The security headers of every kind of answer the fixture blog gives (next.config.mjs,
 * unbundled/security-headers.mjs): pages, 404s, feeds and their 304s, API answers and errors, static files.
 */
import { describe, expect, inject, it } from 'vitest';
import { fixtureSlugs } from '../fixtures/site-content';

const base = inject('siteUrl');

/** `directive` → its sources, from a Content-Security-Policy header. */
function policy(header: string | null): Map<string, string[]> {
  const directives = (header ?? '')
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((words) => words[0]);
  return new Map(directives.map(([name = '', ...sources]) => [name, sources]));
}

async function firstScript(): Promise<string> {
  const html = await (await fetch(`${base}/`)).text();
  const src = /<script\b[^>]*\bsrc="([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error('The home page loads no script');
  return src;
}

describe('security headers', () => {
  it.each([
    ['the home page', '/', 200],
    ['a post', `/posts/${fixtureSlugs.tutorial}`, 200],
    ['a tag page', '/tags/veille', 200],
    ['an unknown page', '/page-introuvable', 404],
    ['an unknown post', '/posts/..%2f..%2fetc%2fpasswd', 404],
    ['the RSS feed', '/feed.xml', 200],
    ['the JSON feed', '/feed.json', 200],
    ['a search', '/api/search?q=systemd', 200],
    ['a search without a query', '/api/search', 400],
    ['Draft Mode without its secret', '/api/draft?slug=x', 401],
    ['the sitemap', '/sitemap.xml', 200],
    ['the icon', '/icon.svg', 200],
  ])('are on %s (%s)', async (_name, path, status) => {
    const res = await fetch(base + path, { redirect: 'manual' });
    await res.arrayBuffer();
    expect(res.status).toBe(status);
    const csp = policy(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // Frames from the privacy-enhanced video players only (lib/content/embeds.ts).
    expect(csp.get('frame-src')).toEqual([
      'https://www.youtube-nocookie.com',
      'https://player.vimeo.com',
    ]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    // Scripts from this origin and inline ones only (see unbundled/security-headers.mjs), never eval.
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toMatch(/(^|, )camera=\(\)/);
    expect(res.headers.get('permissions-policy')).toMatch(/(^|, )geolocation=\(\)/);
    // The fixture blog's SITE_URL is an https:// one.
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('are on the static scripts and on a feed’s 304', async () => {
    const script = await fetch(new URL(await firstScript(), base));
    await script.arrayBuffer();
    expect(script.status).toBe(200);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(script.headers.get('content-security-policy')).toContain("default-src 'self'");

    const feed = await fetch(`${base}/feed.xml`);
    await feed.arrayBuffer();
    const notModified = await fetch(`${base}/feed.xml`, {
      headers: { 'if-none-match': feed.headers.get('etag') ?? '' },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('x-content-type-options')).toBe('nosniff');
    expect(notModified.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
