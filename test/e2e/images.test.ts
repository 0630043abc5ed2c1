/**
 * Images in posts as readers get them from `next start`: published under content-hashed URLs,
 * sized, responsive, lazy below the first, and never a draft's.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { IMAGE_FILES, SITE_URL, fixtureSlugs } from '../fixtures/site-content';
import { launchBrowser } from '../support/browser';
import { png } from '../support/png';
import { attribute, imgTags } from '../support/img-tags';

const base = inject('siteUrl');
const postUrl = `/posts/${fixtureSlugs.images}`;

const text = async (path: string) => (await fetch(base + path)).text();

/** The article's images, in order, with the cover first. */
async function postImages() {
  return imgTags(await text(postUrl));
}

describe('a post with images', () => {
  it('gives every local image its size, and only the first (the cover) loads at once', async () => {
    const tags = await postImages();
    const local = tags.filter((tag) => attribute(tag, 'src')?.startsWith('/media/'));
    // Cover, figure, SVG, content/images/, public/.
    expect(local).toHaveLength(5);
    for (const tag of local) {
      expect(Number(attribute(tag, 'width')), tag).toBeGreaterThan(0);
      expect(Number(attribute(tag, 'height')), tag).toBeGreaterThan(0);
    }
    const [cover, ...rest] = local;
    expect(attribute(cover!, 'fetchpriority')).toBe('high');
    expect(attribute(cover!, 'loading')).not.toBe('lazy');
    expect([attribute(cover!, 'width'), attribute(cover!, 'height')]).toEqual(['1600', '900']);
    expect(attribute(cover!, 'alt')).toBe('Un aplat bleu');
    for (const tag of rest) {
      expect(attribute(tag, 'loading'), tag).toBe('lazy');
      expect(attribute(tag, 'decoding'), tag).toBe('async');
      expect(attribute(tag, 'fetchpriority'), tag).toBeUndefined();
    }
  });

  it('shows a titled image as a figure with its caption, an SVG as it is', async () => {
    const html = await text(postUrl);
    expect(html).toMatch(
      /<figure><img [^>]*alt="Le schéma du réseau"[^>]*><figcaption>Vue d(’|&#x2019;)ensemble du réseau<\/figcaption><\/figure>/,
    );
    const svg = (await postImages()).find((tag) => attribute(tag, 'src')?.endsWith('.svg'))!;
    expect([attribute(svg, 'width'), attribute(svg, 'height'), attribute(svg, 'srcset')]).toEqual([
      '400',
      '150',
      undefined,
    ]);
  });

  it('keeps a remote image as written', async () => {
    const remote = (await postImages()).find((tag) =>
      attribute(tag, 'src')?.startsWith('https://'),
    );
    expect(attribute(remote!, 'src')).toBe('https://images.example.org/photo.png');
    expect(attribute(remote!, 'loading')).toBe('lazy');
  });

  it('serves every image URL, original and resized, as an image kept for a year', async () => {
    const urls = new Set<string>();
    for (const tag of await postImages()) {
      const src = attribute(tag, 'src')!;
      if (src.startsWith('https://')) continue;
      urls.add(src);
      for (const candidate of attribute(tag, 'srcset')?.split(', ') ?? [])
        urls.add(candidate.split(' ')[0]!);
    }
    expect(urls.size).toBeGreaterThan(10);
    for (const url of urls) {
      const res = await fetch(base + url, { headers: { Accept: 'image/avif,image/webp,image/*' } });
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type'), url).toMatch(/^image\//);
      if (url.startsWith('/media/'))
        expect(res.headers.get('cache-control'), url).toBe('public, max-age=31536000, immutable');
      else expect(res.headers.get('cache-control'), url).toMatch(/public, max-age=31536000\b/);
      await res.arrayBuffer();
    }
  });

  it('serves the published file byte for byte, and resized ones as WebP never wider than the original', async () => {
    const cover = (await postImages())[0]!;
    const original = Buffer.from(
      await (await fetch(base + attribute(cover, 'src')!)).arrayBuffer(),
    );
    expect(original.equals(IMAGE_FILES.cover)).toBe(true);
    const candidates = attribute(cover, 'srcset')!
      .split(', ')
      .map((c) => c.split(' ') as [string, string]);
    for (const [url, descriptor] of candidates) {
      const res = await fetch(base + url, { headers: { Accept: 'image/webp,image/*' } });
      expect(res.headers.get('content-type')).toBe('image/webp');
      const { width } = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
      expect(`${width}w`).toBe(descriptor);
      expect(width).toBeLessThanOrEqual(1600);
    }
  });

  it('serves the files it links to, under their hash', async () => {
    const href = /<a href="(\/media\/[0-9a-f]{16}\/slides\.pdf)">diapositives<\/a>/.exec(
      await text(postUrl),
    )?.[1];
    expect(href).toBeDefined();
    const res = await fetch(base + href!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('resolves a Gatsby-style ../images/ path and a public/ one in other posts too', async () => {
    const hugo = imgTags(await text(`/posts/${fixtureSlugs.hugo}`));
    expect(attribute(hugo[0]!, 'src')).toMatch(/^\/media\/[0-9a-f]{16}\/capture\.png$/);
    const escapes = imgTags(await text(`/posts/${fixtureSlugs.escapes}`));
    expect(attribute(escapes[0]!, 'src')).toMatch(/^\/media\/[0-9a-f]{16}\/schema\.png$/);
  });

  it('has its cover as its social image, cropped to 1200×630', async () => {
    const html = await text(postUrl);
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(og).toBeDefined();
    const res = await fetch(base + new URL(og!).pathname + new URL(og!).search);
    expect(res.headers.get('content-type')).toBe('image/png');
    const image = sharp(Buffer.from(await res.arrayBuffer()));
    expect(await image.metadata()).toMatchObject({ width: 1200, height: 630 });
    // The cover's blue, not the drawn card's white.
    const { dominant } = await image.stats();
    expect(dominant.b).toBeGreaterThan(dominant.r);
  });

  it('shows the cover on its card in the listings', async () => {
    const home = await text('/');
    const card = imgTags(home).find((tag) => attribute(tag, 'src')?.startsWith('/media/'));
    expect(card).toBeDefined();
    expect(attribute(card!, 'width')).toBe('1600');
    // Beside the post's title, in its link: decorative there.
    expect(attribute(card!, 'alt')).toBe('');
  });

  it('carries its images with absolute URLs in the feeds', async () => {
    const feed = await text('/feed.xml');
    expect(feed).toMatch(
      new RegExp(`<img src="${SITE_URL}/media/[0-9a-f]{16}/schema-reseau\\.png"`),
    );
    expect(feed).not.toMatch(/<img src="\/media\//);
  });
});

describe('what the image URLs refuse', () => {
  it('a file the build did not publish, or a name that leaves the folder', async () => {
    for (const path of [
      '/media/0123456789abcdef/absent.png',
      '/media/..%2F..%2Fpackage.json/x',
      '/media/0123456789abcdef/..%2F..%2Fstore%2Findex.json',
    ]) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(404);
    }
  });

  it('a draft’s images, even to someone who knows their hash', async () => {
    const hash = createHash('sha256').update(IMAGE_FILES.draft).digest('hex').slice(0, 16);
    expect((await fetch(`${base}/media/${hash}/brouillon.png`)).status).toBe(404);
  });

  it('through the optimizer: a path outside /media/, a remote image, a width it does not make', async () => {
    const published = attribute((await postImages())[0]!, 'src')!;
    for (const url of [
      '/images/banniere.png',
      'https://images.example.org/photo.png',
      '/media/../.contentlayer/store/index.json',
    ]) {
      const res = await fetch(`${base}/_next/image?url=${encodeURIComponent(url)}&w=640&q=75`);
      expect(res.status, url).toBe(400);
    }
    expect(
      (await fetch(`${base}/_next/image?url=${encodeURIComponent(published)}&w=641&q=75`)).status,
    ).toBe(400);
    expect(
      (await fetch(`${base}/_next/image?url=${encodeURIComponent(published)}&w=640&q=90`)).status,
    ).toBe(400);
  });
});

describe('in a browser, on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the page does not move as images load, and every image loads', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    // No network here: the remote image is answered locally, as its server would.
    await page.route('https://images.example.org/**', (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: png(600, 400, [0, 0, 0]) }),
    );
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(base + postUrl, { waitUntil: 'networkidle' });
    // Scroll through the article so that every lazy image loads.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    await page.waitForLoadState('networkidle');
    const images = await page.$$eval('article img', (imgs: HTMLImageElement[]) =>
      imgs.map((img) => ({ src: img.currentSrc, complete: img.complete, width: img.naturalWidth })),
    );
    expect(images).toHaveLength(6);
    for (const image of images) {
      expect(image.complete, image.src).toBe(true);
      expect(image.width, image.src).toBeGreaterThan(0);
    }
    // At 390 px and 2× the cover comes resized, not as its 1600 px original.
    expect(images[0]!.src).toMatch(/\/_next\/image\?url=.*&w=(640|828)&/);
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: number[] }).__shifts,
    );
    expect(shifts.reduce((a, b) => a + b, 0)).toBe(0);
    await context.close();
  });
});
