/**
 * Writing about code and data, on the fixture blog: code blocks with titles, highlighted and
 * changed lines, the copy button in Chromium, math, and headings a reader can link to.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { SITE_URL, fixtureSlugs } from '../fixtures/site-content';
import { launchBrowser } from '../support/browser';

const base = inject('siteUrl');

async function get(path: string) {
  const res = await fetch(base + path);
  return { status: res.status, headers: res.headers, body: await res.text() };
}

const scripts = (html: string) =>
  [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map((m) => m[1] ?? '').sort();
const stylesheets = (html: string) =>
  [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]*)"/g)].map((m) => m[1] ?? '');
const COPY_SCRIPT = /^\/code-copy\/[0-9a-f]{16}\.js$/;
const KATEX_STYLES = /^\/katex\/[\d.]+\/katex\.min\.css$/;

describe('the served HTML', () => {
  it('shows a code block’s title, its highlighted line, its numbers and its changed lines', async () => {
    const { body } = await get(`/posts/${fixtureSlugs.tutorial}`);
    expect(body).toContain(
      '<figure class="code-block"><figcaption class="code-title">/etc/systemd/system/cleanup.service</figcaption><pre class="shiki',
    );
    expect(body).toMatch(/<pre class="[^"]*\bline-numbers\b/);
    expect(body).toMatch(
      /<span class="line highlighted"><span [^>]*>Type<\/span><span [^>]*>=oneshot</,
    );
    expect(body).toMatch(/<span class="line diff remove"><span class="diff-marker no-copy">-</);
    expect(body).toMatch(/<span class="line diff add"><span class="diff-marker no-copy">\+</);
    expect(body).not.toContain('[!code');
  });

  it('gives h2 to h4 a link to themselves, beside the heading', async () => {
    const { body } = await get(`/posts/${fixtureSlugs.tutorial}`);
    expect(body).toMatch(
      /<div class="heading-anchor"><h2 id="mise-en-oeuvre">(?:(?!<\/h2>).)*Mise en (?:œ|&#x153;)uvre<\/h2><a class="heading-link" href="#mise-en-oeuvre" aria-label="Lien vers cette section">#<\/a><\/div>/,
    );
    expect(body).toContain('href="#etape-1-le-service" aria-label="Lien vers cette section"');
  });

  it('typesets math at build time in a .md post, with KaTeX’s styles served by the site', async () => {
    const { body } = await get(`/posts/${fixtureSlugs.escapes}`);
    expect(body).toContain('<annotation encoding="application/x-tex">E = mc^2</annotation>');
    expect(body).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    // Dollars that open no formula stay dollars.
    expect(body).toContain('Un prix de 5 $ et 10 $, puis une formule');
    const [katex] = stylesheets(body).filter((href) => KATEX_STYLES.test(href));
    expect(katex).toBeDefined();
    const css = await get(katex ?? '');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const font = /url\((fonts\/KaTeX_Main-Regular\.woff2)\)/.exec(css.body)?.[1];
    expect(font).toBeDefined();
    const fontResponse = await fetch(new URL(font ?? '', base + (katex ?? '')));
    expect(fontResponse.status).toBe(200);
    expect(fontResponse.headers.get('content-type')).toBe('font/woff2');
    // Nothing else of the package, and no other version.
    expect((await get(katex?.replace('katex.min.css', 'katex.js') ?? '')).status).toBe(404);
    expect((await get('/katex/0.0.1/katex.min.css')).status).toBe(404);
  });

  it('loads the copy button and KaTeX’s styles only where there is code or math', async () => {
    const withCode = await get(`/posts/${fixtureSlugs.tutorial}`);
    const withMath = await get(`/posts/${fixtureSlugs.escapes}`);
    const neither = await get(`/posts/${fixtureSlugs.images}`);
    const copyScripts = (html: string) => scripts(html).filter((src) => COPY_SCRIPT.test(src));
    expect(copyScripts(withCode.body)).toHaveLength(1);
    expect(copyScripts(neither.body)).toEqual([]);
    // A page without code loads exactly the scripts every post page loads: the button adds one.
    expect(scripts(withCode.body).filter((src) => !COPY_SCRIPT.test(src))).toEqual(
      scripts(neither.body),
    );
    expect(stylesheets(withCode.body).some((href) => KATEX_STYLES.test(href))).toBe(false);
    expect(stylesheets(neither.body).some((href) => KATEX_STYLES.test(href))).toBe(false);
    expect(stylesheets(withMath.body).filter((href) => KATEX_STYLES.test(href))).toHaveLength(1);

    const script = await get(copyScripts(withCode.body)[0] ?? '');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/code-copy/0000000000000000.js')).status).toBe(404);
  });

  it('feeds keep code titles and MathML, without buttons, heading links or KaTeX’s HTML', async () => {
    const { body } = await get('/feed.xml');
    const item = (slug: string) =>
      body
        .split('<item>')
        .find((part) => part.includes(`<link>${SITE_URL}/posts/${slug}</link>`)) ?? '';
    const tutorial = item(fixtureSlugs.tutorial);
    expect(tutorial).toContain(
      '<figcaption class="code-title">/etc/systemd/system/cleanup.service</figcaption>',
    );
    expect(tutorial).toContain(
      '<h2 id="mise-en-oeuvre"><span id="mise-en-œuvre"></span>Mise en œuvre</h2>',
    );
    expect(tutorial).not.toContain('heading-link');
    expect(tutorial).not.toContain('code-copy');
    const escapes = item(fixtureSlugs.escapes);
    expect(escapes).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(escapes).not.toContain('katex');
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    page = await context.newPage();
  });
  afterEach(async () => {
    await context.close();
  });

  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const liveRegion = () =>
    page.evaluate(() => document.querySelector('p[aria-live="polite"]')?.textContent ?? null);

  it('copies exactly the code: no line numbers, prompts, output or removed lines', async () => {
    await page.goto(`${base}/posts/${fixtureSlugs.tutorial}`);
    // Not by name: a button's name changes once it has copied.
    const buttons = page.locator('button.code-copy');
    await expect.poll(() => buttons.count()).toBe(3);

    await buttons.nth(0).click();
    await expect
      .poll(clipboard)
      .toBe(
        '[Unit]\nDescription=Nettoyage\n\n[Service]\nType=oneshot\nExecStart=/usr/local/bin/cleanup.sh',
      );
    await expect.poll(() => buttons.nth(0).textContent()).toBe('Copié');
    await expect.poll(liveRegion).toBe('Copié');

    // From the keyboard, as any button.
    await buttons.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(clipboard)
      .toBe('systemctl enable --now cleanup.timer\nsystemctl list-timers');

    await buttons.nth(2).focus();
    await page.keyboard.press(' ');
    await expect.poll(clipboard).toBe("const nouveau = 'timer';");
  });

  it('selects the code for the reader when the clipboard is refused', async () => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('refusé'));
    });
    await page.goto(`${base}/posts/${fixtureSlugs.escapes}`);
    await page.getByRole('button', { name: 'Copier' }).first().click();
    await expect
      .poll(() => page.evaluate(() => getSelection()?.toString() ?? ''))
      .toContain('titre = "nouveau"');
    await expect.poll(liveRegion).toContain('Code sélectionné');
  });

  it('equips the code of a post reached by a client-side navigation', async () => {
    await page.goto(`${base}/`);
    expect(await page.locator('.code-copy').count()).toBe(0);
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
    await page.locator(`main a[href="/posts/${fixtureSlugs.tutorial}"]`).first().click();
    await page.waitForURL(new RegExp(`/posts/${fixtureSlugs.tutorial}$`));
    await expect.poll(() => page.locator('.code-copy').count()).toBe(3);
    // The page was not loaded again: the script came with the post.
    expect(await page.evaluate(() => 'loadedOnce' in window)).toBe(true);
  });

  it('shows a heading’s link on focus only, and it leads to the section', async () => {
    await page.goto(`${base}/posts/${fixtureSlugs.tutorial}`);
    const link = page.locator('a.heading-link[href="#mise-en-oeuvre"]');
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await link.focus();
    await expect.poll(() => link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#mise-en-oeuvre$/);
    // Every section of the article, but the footnotes' heading, for screen readers only.
    const headings = await page.locator('article .prose :is(h2, h3, h4)[id]:not(.sr-only)').count();
    expect(headings).toBe(5);
    expect(await page.getByRole('link', { name: 'Lien vers cette section' }).count()).toBe(
      headings,
    );
  });
});
