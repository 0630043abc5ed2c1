/**
 * deploy/nginx.conf as a caching reverse proxy in front of the fixture blog: what it keeps, and
 * what it must never keep (the author's drafts, 404s of posts not yet published).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DRAFT_MARKER, PREVIEW_SECRET, fixtureSlugs } from '../fixtures/site-content';
import { startNginx } from '../support/nginx';
import type { RunningSite } from '../support/site';

const blog = inject('siteUrl');
let nginx: RunningSite;

beforeAll(async () => {
  nginx = await startNginx(blog);
});

afterAll(async () => {
  await nginx?.stop();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(nginx.url + path, { headers, redirect: 'manual' });
  return {
    status: res.status,
    cache: res.headers.get('x-cache-status'),
    headers: res.headers,
    body: await res.text(),
  };
}

describe('deploy/nginx.conf in front of next start', () => {
  it('serves a post from its cache on the second request: the same page the blog serves', async () => {
    const path = `/posts/${fixtureSlugs.tutorial}`;
    const first = await get(path);
    const second = await get(path);
    expect(first.status).toBe(200);
    expect(first.cache).toBe('MISS');
    expect(second.cache).toBe('HIT');
    expect(second.body).toBe(first.body);
    expect(second.body).toBe(await (await fetch(blog + path)).text());
    expect(second.headers.get('cache-control')).toMatch(/s-maxage=\d+/);
  });

  it('asks the blog again for a page after 10 s, so that a post published without a build shows', async () => {
    const path = '/archives';
    await get(path);
    expect((await get(path)).cache).toBe('HIT');
    await new Promise((r) => setTimeout(r, 11_000));
    // Served from the cache while nginx fetches it again, or fetched again at once.
    expect(['STALE', 'UPDATING', 'EXPIRED', 'REVALIDATED']).toContain((await get(path)).cache);
    await expect.poll(async () => (await get(path)).cache).toBe('HIT');
  }, 30_000);

  it('caches feeds and the home page, compressed for readers that accept gzip', async () => {
    for (const path of ['/', '/feed.xml']) {
      await get(path);
      const again = await get(path, { 'accept-encoding': 'gzip, br' });
      expect(again.status, path).toBe(200);
      expect(again.cache, path).toBe('HIT');
    }
    const raw = await fetch(nginx.url + '/feed.xml', { headers: { 'accept-encoding': 'gzip' } });
    expect(raw.headers.get('content-encoding')).toBe('gzip');
  });

  it('keeps each resized image once per format, marked immutable for browsers', async () => {
    const page = await get(`/posts/${fixtureSlugs.images}`);
    const srcset = /srcset="([^"]+)"/i.exec(page.body)?.[1]?.replace(/&amp;|&#x26;/g, '&');
    const url = srcset?.split(', ')[0]?.split(' ')[0];
    expect(url).toMatch(/^\/_next\/image\?url=%2Fmedia%2F/);
    const webp = { accept: 'image/avif,image/webp,*/*' };
    const first = await get(url!, webp);
    const second = await get(url!, webp);
    expect(first.headers.get('content-type')).toBe('image/webp');
    expect(second.cache).toBe('HIT');
    expect(second.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // A browser without WebP gets the original format, not the copy kept for the others.
    const png = await get(url!, { accept: 'image/png,*/*' });
    expect(png.headers.get('content-type')).toBe('image/png');
  });

  it('keeps an RSC navigation payload apart from the HTML page of the same URL', async () => {
    const path = `/posts/${fixtureSlugs.tutorial}`;
    await get(path);
    const rsc = await get(path, { rsc: '1' });
    expect(rsc.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(rsc.body).not.toContain('<!DOCTYPE html>');
  });

  it('never caches Draft Mode: the author sees the draft, readers after them never do', async () => {
    const enter = await get(
      `/api/draft?secret=${encodeURIComponent(PREVIEW_SECRET)}&slug=${fixtureSlugs.draft}`,
    );
    expect(enter.status).toBe(307);
    const cookie = /^([^=;]+=[^;]*)/.exec(enter.headers.get('set-cookie') ?? '')?.[1] ?? '';
    expect(cookie).toMatch(/^__prerender_bypass=/);

    const draft = `/posts/${fixtureSlugs.draft}`;
    const author = await get(draft, { cookie });
    expect(author.status).toBe(200);
    expect(author.cache).toBe('BYPASS');
    expect(author.body).toContain(DRAFT_MARKER);
    const reader = await get(draft);
    expect(reader.status).toBe(404);
    expect(reader.body).not.toContain(DRAFT_MARKER);

    // A page readers share, seen by the author with the preview banner: neither read from nor written to the cache.
    await get('/archives');
    const authorPage = await get('/archives', { cookie });
    expect(authorPage.cache).toBe('BYPASS');
    expect(authorPage.body).toContain('data-preview-banner');
    const readerPage = await get('/archives');
    expect(readerPage.cache).toBe('HIT');
    expect(readerPage.body).not.toContain('data-preview-banner');
  });

  it('does not keep 404s, so a post scheduled for later appears at its time', async () => {
    const path = `/posts/${fixtureSlugs.scheduled}`;
    const first = await get(path);
    const second = await get(path);
    expect(first.status).toBe(404);
    expect(second.status).toBe(404);
    expect(second.cache).not.toBe('HIT');
  });
});
