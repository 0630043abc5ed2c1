/** Search as readers use it on `next start`: the JSON API, the page without JavaScript, live results, the `/` key. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DRAFT_MARKER, SCHEDULED_MARKER, fixtureSlugs } from '../fixtures/site-content';
import { launchBrowser } from '../support/browser';

const base = inject('siteUrl');

async function api(query: string, init?: RequestInit) {
  const res = await fetch(`${base}/api/search${query}`, init);
  return { status: res.status, headers: res.headers, body: await res.json() };
}

describe('GET /api/search', () => {
  it('finds a post by a word of its title, with a marked snippet and public caching', async () => {
    const { status, headers, body } = await api('?q=Timers');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(headers.get('cache-control')).toMatch(/public/);
    expect(body).toMatchObject({ query: 'Timers', page: 1, limit: 10 });
    expect(body.results[0]).toMatchObject({
      slug: fixtureSlugs.tutorial,
      url: `/posts/${fixtureSlugs.tutorial}`,
    });
    expect(body.results[0].snippet).toMatch(/<mark>timers?<\/mark>/i);
  });

  it('never finds a draft or a scheduled post', async () => {
    for (const marker of [DRAFT_MARKER, SCHEDULED_MARKER, 'Brouillon', 'Programmé']) {
      const { body } = await api(`?q=${encodeURIComponent(marker)}`);
      expect(
        body.results.map((r: { slug: string }) => r.slug),
        marker,
      ).not.toContain(fixtureSlugs.draft);
      expect(
        body.results.map((r: { slug: string }) => r.slug),
        marker,
      ).not.toContain(fixtureSlugs.scheduled);
    }
  });

  it('answers bad input with a 4xx and a JSON error', async () => {
    for (const query of [
      '',
      '?q=',
      '?q=%20%20',
      `?q=${'a'.repeat(201)}`,
      '?q=a&page=0',
      '?q=a&limit=51',
      '?q=a&limit=x',
    ]) {
      const { status, body } = await api(query);
      expect(status, query).toBe(400);
      expect(typeof body.error, query).toBe('string');
    }
    const post = await api('?q=a', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.body.error).toMatch(/GET/);
    expect((await api('?q=timer&tag=inconnu')).body).toMatchObject({ total: 0, results: [] });
  });
});

describe('the search page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(options: {
    javaScriptEnabled: boolean;
  }): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    return { page, errors, close: () => context.close() };
  }

  it('works without JavaScript: form, count, marked snippets, and submitting a new query', async () => {
    const { page, errors, close } = await open({ javaScriptEnabled: false });
    await page.goto(`${base}/search?q=timer`);
    expect(await page.getByTestId('result-count').textContent()).toMatch(
      /résultats? pour « timer »/,
    );
    expect(await page.locator('[data-testid="results"] mark').count()).toBeGreaterThan(0);
    await page.fill('#search-page-input', 'kubernetes');
    await Promise.all([page.waitForURL(/q=kubernetes/), page.press('#search-page-input', 'Enter')]);
    expect(await page.getByTestId('result-count').textContent()).toContain('« kubernetes »');
    expect(await page.locator('[data-testid="results"] h2').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('suggests the most used tags when nothing matches', async () => {
    const { page, close } = await open({ javaScriptEnabled: false });
    await page.goto(`${base}/search?q=introuvablissime`);
    expect(await page.getByTestId('no-results').textContent()).toContain(
      'Aucun article ne correspond',
    );
    expect(await page.locator('[data-testid="no-results"] a[href="/tags/veille"]').count()).toBe(1);
    await close();
  });

  it('shows a hostile query as text, never as markup', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    for (const javaScriptEnabled of [false, true]) {
      const { page, errors, close } = await open({ javaScriptEnabled });
      await page.goto(`${base}/search?q=${encodeURIComponent(hostile)}`);
      expect(await page.inputValue('#search-page-input')).toBe(hostile);
      expect(await page.getByTestId('result-count').textContent()).toContain(hostile);
      expect(await page.locator('main img').count()).toBe(0);
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('updates results while typing, keeps the URL in step, and drops stale answers', async () => {
    const { page, errors, close } = await open({ javaScriptEnabled: true });
    await page.goto(`${base}/search`);
    // The answer for the first query is held back until after the second one has been shown.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/search?q=timer', async (route) => {
      await held;
      await route.continue();
    });
    await page.fill('#search-page-input', 'timer');
    await page.waitForRequest((r) => r.url().includes('/api/search?q=timer'));
    await page.fill('#search-page-input', 'kubernetes');
    await page.waitForURL(/\/search\?q=kubernetes$/);
    await expect
      .poll(() => page.getByTestId('result-count').textContent())
      .toContain('« kubernetes »');
    release();
    await page.waitForTimeout(500);
    // The late answer for "timer" was aborted: the page still shows "kubernetes".
    expect(await page.getByTestId('result-count').textContent()).toContain('« kubernetes »');
    expect(page.url()).toBe(`${base}/search?q=kubernetes`);
    expect(errors.filter((e) => !e.includes('ERR_FAILED') && !e.includes('aborted'))).toEqual([]);
    await close();
  });

  it('focuses the search box with "/" from any page, but not while typing elsewhere', async () => {
    const { page, close } = await open({ javaScriptEnabled: true });
    await page.goto(`${base}/posts/${fixtureSlugs.tutorial}`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    // Inside a text field, "/" is just a character.
    await page.keyboard.type('kube/');
    expect(await page.inputValue('#site-search')).toBe('kube/');
    await Promise.all([page.waitForURL(/\/search\?q=kube/), page.keyboard.press('Enter')]);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
    await close();
  });
});
