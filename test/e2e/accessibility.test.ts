/**
 * Accessibility of the fixture blog in Chromium: axe-core finds nothing on any kind of page, in
 * either theme, with the rules `npm run audit` applies to the sample content (here on a phone
 * screen, where code blocks and tables overflow; the audit adds a desktop one), and a keyboard
 * user can skip to the content and scroll a code block.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtureSlugs } from '../fixtures/site-content';
import { THEMES, axeViolations, describeViolations } from '../support/axe';
import { launchBrowser } from '../support/browser';

const base = inject('siteUrl');

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'page 2', path: '/page/2' },
  { name: 'post with code and a table', path: `/posts/${fixtureSlugs.tutorial}` },
  { name: 'Markdown post with math and a diff', path: `/posts/${fixtureSlugs.escapes}` },
  { name: 'tags', path: '/tags' },
  { name: 'tag', path: '/tags/systemd' },
  { name: 'series', path: '/series' },
  { name: 'a series', path: '/series/web-ops-data' },
  { name: 'post in a series', path: '/posts/veille-6' },
  { name: 'archives', path: '/archives' },
  { name: 'archives of a year', path: '/archives/2023' },
  { name: 'search', path: '/search?q=timer' },
  { name: '404', path: '/page-introuvable' },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('axe-core finds no violation', () => {
  const cases = PAGES.flatMap((page) => THEMES.map((theme) => ({ ...page, theme })));
  it.each(cases)('$name ($path), $theme theme', async ({ path, theme }) => {
    expect(describeViolations(await axeViolations(browser, base + path, theme, 'phone'))).toEqual(
      [],
    );
  });
});

describe('with the keyboard only', () => {
  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement;
      if (!element) return null;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        text: element.textContent?.trim() ?? '',
        inMain: element.closest('main') !== null,
        visible: box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < innerHeight,
        outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      };
    });

  it('the first Tab reaches a visible skip link, which moves focus to the content', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + '/');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({
      tag: 'a',
      text: 'Aller au contenu',
      visible: true,
      outline: true,
    });

    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'contenu' });
    // The next Tab goes on from the content, past the header.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', inMain: true });
    await context.close();
  });

  it('a code block too wide for a phone takes focus, shows it, and scrolls with the arrow keys', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${base}/posts/${fixtureSlugs.tutorial}`);
    let reached = false;
    for (let i = 0; i < 100 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = (await focused(page))?.tag === 'pre';
    }
    expect(reached, 'no code block on the Tab path').toBe(true);
    expect(await focused(page)).toMatchObject({ visible: true, outline: true });

    const scroll = () =>
      page.evaluate(() => ({
        left: document.activeElement?.scrollLeft ?? 0,
        overflow:
          (document.activeElement?.scrollWidth ?? 0) - (document.activeElement?.clientWidth ?? 0),
      }));
    expect((await scroll()).overflow).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await scroll()).left).toBeGreaterThan(0);
    await context.close();
  });
});
