/** A reader in real Chromium: browse, follow links, switch theme, with no console error on the way. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { DRAFT_MARKER, PREVIEW_SECRET, fixtureSlugs } from '../fixtures/site-content';
import { launchBrowser } from '../support/browser';

const base = inject('siteUrl');

let browser: Browser;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ colorScheme: 'light' });
  page = await context.newPage();
  consoleErrors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterEach(async () => {
  await context.close();
});

const isDark = (p: Page) => p.evaluate(() => document.documentElement.classList.contains('dark'));
const bodyBackground = (p: Page) =>
  p.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('reading the blog', () => {
  it('goes from the home page to a post, then to one of its tags, without console errors', async () => {
    await page.goto(base + '/');
    const firstTitle = page.locator('main article h2 a').first();
    const title = (await firstTitle.textContent())?.trim();
    expect(title).toBeTruthy();

    await firstTitle.click();
    await page.waitForURL(/\/posts\//);
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);

    const tagLink = page
      .locator('main article header')
      .getByRole('list', { name: 'Tags de l’article' })
      .locator('a')
      .first();
    const tagName = (await tagLink.textContent())?.trim() ?? '';
    await tagLink.click();
    await page.waitForURL(/\/tags\//);
    await expect.poll(() => page.locator('h1').textContent()).toContain(tagName);
    expect(await page.locator('main article h2 a', { hasText: title ?? '' }).count()).toBe(1);

    expect(consoleErrors).toEqual([]);
  });

  it('fetches none of the pages a listing links to, but prefetches a post once the pointer is on its link', async () => {
    const prefetched: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.searchParams.has('_rsc')) prefetched.push(url.pathname);
    });
    await page.goto(base + '/', { waitUntil: 'networkidle' });
    expect(prefetched).toEqual([]);

    const link = page.locator('main article h2 a').first();
    const href = await link.getAttribute('href');
    await link.hover();
    await expect.poll(() => prefetched).toContain(href);

    // Still a client-side navigation: the page that was loaded stays, only its content changes.
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
    await link.click();
    await page.waitForURL(base + href);
    expect(await page.evaluate(() => 'loadedOnce' in window)).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('keeps working at 320 px wide without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(base + '/posts/timer-systemd');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(consoleErrors).toEqual([]);
  });
});

describe('a video in a post', () => {
  it('loads nothing from the video’s site until the reader clicks, then its privacy-enhanced player', async () => {
    const thirdParty: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(base)) thirdParty.push(request.url());
    });
    // No network here: the player answers from the test.
    await context.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>Lecteur</p>' }),
    );
    await page.goto(`${base}/posts/${fixtureSlugs.hugo}`);
    const play = page.getByRole('link', { name: /La démo en vidéo/ });
    await play.scrollIntoViewIfNeeded();
    expect(await page.locator('iframe').count()).toBe(0);
    expect(thirdParty).toEqual([]);

    await play.click();
    const frame = page.locator('figure.video-embed iframe');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toBe(
      'https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc?autoplay=1',
    );
    expect(await frame.getAttribute('title')).toBe('La démo en vidéo');
    await expect
      .poll(() => thirdParty)
      .toEqual(['https://www.youtube-nocookie.com/embed/w7Ft2ymGmfc?autoplay=1']);
    // The CSP let the frame in: the player's document is there.
    await expect
      .poll(() =>
        page.frames().some((f) => f.url().startsWith('https://www.youtube-nocookie.com/')),
      )
      .toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});

describe('dark mode', () => {
  it('follows the system theme when the reader has not chosen', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark' });
    const p = await dark.newPage();
    await p.goto(base + '/');
    expect(await isDark(p)).toBe(true);
    await dark.close();
  });

  it('toggles, survives a reload, and is applied before any framework script runs', async () => {
    await page.goto(base + '/');
    expect(await isDark(page)).toBe(false);
    const lightBackground = await bodyBackground(page);

    await page.getByTestId('theme-toggle').click();
    expect(await isDark(page)).toBe(true);
    expect(await bodyBackground(page)).not.toBe(lightBackground);

    await page.reload();
    expect(await isDark(page)).toBe(true);

    // With every JavaScript file blocked, only the inline pre-paint script can set the theme:
    // if the page is dark now, it is dark from the first paint (no flash of the light theme).
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(base + '/archives');
    expect(await isDark(page)).toBe(true);
    expect(await bodyBackground(page)).not.toBe(lightBackground);
    await page.unroute('**/*.js');

    await page.goto(base + '/');
    await page.getByTestId('theme-toggle').click();
    await page.reload();
    expect(await isDark(page)).toBe(false);
    expect(consoleErrors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
  });
});

describe('the author in Draft Mode', () => {
  it('opens a draft from the preview link, reads it with the banner, then leaves preview from the banner', async () => {
    await page.goto(`${base}/api/draft?secret=${PREVIEW_SECRET}&slug=${fixtureSlugs.draft}`);
    expect(new URL(page.url()).pathname).toBe(`/posts/${fixtureSlugs.draft}`);
    await expect(page.locator('article').textContent()).resolves.toContain(DRAFT_MARKER);
    const banner = page.locator('[data-preview-banner]');
    expect(await banner.isVisible()).toBe(true);

    await banner.getByRole('link').click();
    await page.waitForURL(`${base}/`);
    expect(await page.locator('[data-preview-banner]').count()).toBe(0);
    const response = await page.goto(`${base}/posts/${fixtureSlugs.draft}`);
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain(DRAFT_MARKER);
    expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
