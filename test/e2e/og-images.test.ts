/** Social images as a social network fetches them: from the og:image of the served page, after `next build && next start`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LONG_TITLE, SITE_URL, fixtureSlugs } from '../fixtures/site-content';
import { elementTexts } from '../support/element-texts';

const base = inject('siteUrl');
const dir = inject('siteDir');
const longTitleSlug = 'veille-11';

async function html(path: string): Promise<string> {
  const res = await fetch(base + path);
  expect(res.status, path).toBe(200);
  return res.text();
}

function meta(page: string, attribute: 'property' | 'name', key: string): string | undefined {
  return new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`)
    .exec(page)?.[1]
    ?.replace(/&amp;/g, '&');
}

/** The og:image of a page: absolute on SITE_URL, so fetched here by its path from the server under test. */
async function ogImagePath(path: string): Promise<string> {
  const url = meta(await html(path), 'property', 'og:image');
  expect(url, `${path} has an og:image`).toBeDefined();
  expect(url?.startsWith(`${SITE_URL}/`), `${url} is absolute on SITE_URL`).toBe(true);
  const { pathname, search } = new URL(url ?? '');
  return pathname + search;
}

/** Width and height from a PNG's header: the signature, then the IHDR chunk first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    'PNG signature',
  ).toBe(true);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fetchPng(path: string): Promise<Buffer> {
  const res = await fetch(base + path);
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type'), path).toBe('image/png');
  const bytes = Buffer.from(await res.arrayBuffer());
  expect(pngSize(bytes), path).toEqual({ width: 1200, height: 630 });
  return bytes;
}

describe('a post’s social image', () => {
  it('is a 1200×630 PNG of its own, announced by og:image and twitter:image, even for a long accented title', async () => {
    const page = await html(`/posts/${longTitleSlug}`);
    expect(elementTexts(page, 'h1')).toEqual([LONG_TITLE]);
    expect(meta(page, 'property', 'og:image:width')).toBe('1200');
    expect(meta(page, 'property', 'og:image:height')).toBe('630');
    expect(meta(page, 'property', 'og:image:type')).toBe('image/png');
    // Next.js falls back to the Open Graph image for the Twitter card: no twitter-image needed.
    expect(meta(page, 'name', 'twitter:image')).toBe(meta(page, 'property', 'og:image'));

    const path = await ogImagePath(`/posts/${longTitleSlug}`);
    expect(path).toMatch(new RegExp(`^/posts/${longTitleSlug}/opengraph-image(\\?[0-9a-f]+)?$`));
    const image = await fetchPng(path);
    // Drawn for this post: not the site-wide card, nor another post's.
    expect(image.equals(await fetchPng(await ogImagePath('/')))).toBe(false);
    expect(image.equals(await fetchPng(await ogImagePath(`/posts/${fixtureSlugs.tutorial}`)))).toBe(
      false,
    );
  });

  it('is drawn on its first request, then served as drawn', async () => {
    const path = await ogImagePath(`/posts/${fixtureSlugs.hugo}`);
    const first = await fetchPng(path);
    const res = await fetch(base + path);
    expect(Buffer.from(await res.arrayBuffer()).equals(first)).toBe(true);
    expect(res.headers.get('x-nextjs-cache'), path).toBe('HIT');
  });

  it('is a 404, never cached, for a draft, a scheduled post or an unknown slug, as their pages are', async () => {
    // The URL form og:image uses, with another slug in it.
    const path = await ogImagePath(`/posts/${fixtureSlugs.tutorial}`);
    for (const slug of [fixtureSlugs.draft, fixtureSlugs.scheduled, 'nexiste-pas']) {
      for (const url of [
        path.replace(fixtureSlugs.tutorial, slug),
        `/posts/${slug}/opengraph-image`,
      ]) {
        for (let attempt = 0; attempt < 2; attempt++) {
          const res = await fetch(base + url);
          expect(res.status, url).toBe(404);
          expect(res.headers.get('content-type'), url).not.toBe('image/png');
          expect(res.headers.get('cache-control'), url).toBe('no-store');
          expect(res.headers.get('x-nextjs-cache'), url).not.toBe('HIT');
        }
      }
    }
  });
});

describe('the site-wide social image', () => {
  it('is the home page’s og:image, a 1200×630 PNG', async () => {
    const path = await ogImagePath('/');
    expect(path).toMatch(/^\/opengraph-image(\?[0-9a-f]+)?$/);
    await fetchPng(path);
  });

  it.each([
    '/page/2',
    '/tags',
    '/tags/veille',
    '/tags/veille/page/2',
    '/archives',
    '/archives/2023',
  ])('is the og:image of %s too', async (path) => {
    const home = await fetchPng(await ogImagePath('/'));
    expect((await fetchPng(await ogImagePath(path))).equals(home)).toBe(true);
  });
});

describe('build', () => {
  it('draws the site-wide image at build time, and leaves each post’s to its first request', () => {
    const manifest: { routes: Record<string, unknown> } = JSON.parse(
      readFileSync(join(dir, '.next', 'prerender-manifest.json'), 'utf8'),
    );
    const routes = Object.keys(manifest.routes);
    expect(routes).toContain('/opengraph-image');
    expect(routes).toContain(`/posts/${longTitleSlug}`);
    expect(routes.filter((route) => /^\/posts\/[^/]+\/opengraph-image/.test(route))).toEqual([]);
  });
});
