/**
 * Series on the fixture blog: the filler posts `veille-1` to `veille-11` form one, which the
 * draft and the scheduled post join too (test/fixtures/site-content.ts). The box on each part,
 * the series' pages and feed, the sitemap, and the draft that never counts.
 */
import { XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, inject, it } from 'vitest';
import {
  DRAFT_MARKER,
  LONG_TITLE,
  PREVIEW_SECRET,
  SCHEDULED_MARKER,
  SERIES,
  SITE_URL,
  fixtureSlugs,
} from '../fixtures/site-content';
import { elementTexts } from '../support/element-texts';
import { sitemapPaths } from '../support/sitemap';

const base = inject('siteUrl');
const seriesPage = `/series/${SERIES.slug}`;
const NBSP = '\u00a0';

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { redirect: 'manual', headers });
  return { status: res.status, html: await res.text() };
}

const partTitle = (n: number) => (n === 11 ? LONG_TITLE : `Veille numéro ${n}`);
const partPath = (n: number) => `/posts/veille-${n}`;

/** The series box of a post page: its heading, its links, and the part marked current. */
function seriesBox(html: string) {
  const box = /<nav aria-labelledby="series-nav-title"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];
  if (box === undefined) return undefined;
  const list = /<ol\b[^>]*>([\s\S]*?)<\/ol>/.exec(box)?.[1] ?? '';
  const items = [...list.matchAll(/<li\b([^>]*)>([\s\S]*?)<\/li>/g)].map(([, attributes, li]) => {
    const href = /href="([^"]*)"/.exec(li ?? '')?.[1];
    if (attributes?.includes('aria-hidden="true"')) return '…';
    if (li?.includes('aria-current="page"'))
      return `current ${elementTexts(`<div>${li}</div>`, 'div')[0]}`;
    return href ?? '?';
  });
  const links = [...box.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
  return { heading: elementTexts(box, 'h2')[0], items, links };
}

describe('the series box on a post', () => {
  it('says which part of how many, in French with non-breaking spaces inside « »', async () => {
    for (const n of [1, 3, 11]) {
      const { status, html } = await get(partPath(n));
      expect(status).toBe(200);
      expect(seriesBox(html)?.heading).toBe(
        `Série «${NBSP}Web, Ops & Data${NBSP}» — billet ${n} sur ${SERIES.parts}`,
      );
    }
  });

  it('lists the ends and the neighbours of a long series, the current part marked and not linked', async () => {
    const box = seriesBox((await get(partPath(6))).html);
    expect(box?.items).toEqual([
      partPath(1),
      '…',
      partPath(5),
      `current ${partTitle(6)}`,
      partPath(7),
      '…',
      partPath(11),
    ]);
    expect(box?.links).not.toContain(partPath(6));
    // Then the parts before and after, and the series' page.
    expect(box?.links.slice(-3)).toEqual([partPath(5), partPath(7), seriesPage]);
  });

  it('has no part before the first one, and the draft dated after the last is no next part', async () => {
    const first = seriesBox((await get(partPath(1))).html);
    expect(first?.items.slice(0, 3)).toEqual([`current ${partTitle(1)}`, partPath(2), '…']);
    expect(first?.links.slice(-2)).toEqual([partPath(2), seriesPage]);
    const last = seriesBox((await get(partPath(11))).html);
    expect(last?.items.slice(-2)).toEqual([partPath(10), `current ${LONG_TITLE}`]);
    expect(last?.links.slice(-2)).toEqual([partPath(10), seriesPage]);
  });

  it('never links or names the draft or the scheduled post of the series', async () => {
    for (const n of [1, 6, 10, 11]) {
      const { html } = await get(partPath(n));
      const box = seriesBox(html);
      expect(box?.links).not.toContain(`/posts/${fixtureSlugs.draft}`);
      expect(box?.links).not.toContain(`/posts/${fixtureSlugs.scheduled}`);
      expect(html).not.toContain(DRAFT_MARKER);
      expect(html).not.toContain(SCHEDULED_MARKER);
    }
  });

  it('is not on a post in no series', async () => {
    expect(seriesBox((await get(`/posts/${fixtureSlugs.tutorial}`)).html)).toBeUndefined();
  });

  it('counts the draft and the scheduled post in Draft Mode, where the author sees them', async () => {
    const enter = await fetch(
      `${base}/api/draft?secret=${encodeURIComponent(PREVIEW_SECRET)}&slug=${fixtureSlugs.draft}`,
      { redirect: 'manual' },
    );
    const cookie = /^([^=;]+=[^;]*)/.exec(enter.headers.get('set-cookie') ?? '')?.[1] ?? '';
    expect(cookie).not.toBe('');
    const draft = await get(`/posts/${fixtureSlugs.draft}`, { cookie });
    expect(draft.status).toBe(200);
    expect(seriesBox(draft.html)?.heading).toBe(
      `Série «${NBSP}Web, Ops & Data${NBSP}» — billet 12 sur 13`,
    );
    // Readers, without the cookie, still get the published count.
    expect(seriesBox((await get(partPath(11))).html)?.heading).toMatch(/billet 11 sur 11$/);
  });
});

describe('series pages', () => {
  it('/series lists each series once with its number of parts', async () => {
    const { status, html } = await get('/series');
    expect(status).toBe(200);
    expect(elementTexts(html, 'h1')).toEqual(['Toutes les séries']);
    expect(html.match(new RegExp(`href="${seriesPage}"`, 'g'))).toHaveLength(1);
    expect(elementTexts(html, 'li').join('\n')).toContain(`${SERIES.name}${SERIES.parts} articles`);
  });

  it('a series’ page lists its parts in reading order, paginated like tags', async () => {
    const first = await get(seriesPage);
    expect(first.status).toBe(200);
    expect(elementTexts(first.html, 'h1')).toEqual([`Série «${NBSP}Web, Ops & Data${NBSP}»`]);
    expect(elementTexts(first.html, 'h2')).toEqual(
      Array.from({ length: 10 }, (_, i) => partTitle(i + 1)),
    );
    expect(first.html).toMatch(
      new RegExp(
        `<a[^>]*rel="next"[^>]*href="${seriesPage}/page/2"|<a[^>]*href="${seriesPage}/page/2"[^>]*rel="next"`,
      ),
    );
    const second = await get(`${seriesPage}/page/2`);
    expect(second.status).toBe(200);
    expect(elementTexts(second.html, 'h2')).toEqual([LONG_TITLE]);
    for (const page of [first, second]) {
      expect(page.html).not.toContain(DRAFT_MARKER);
      expect(page.html).not.toContain(SCHEDULED_MARKER);
    }
  });

  it('send page 1 to the series’ own page, and answer 404 past the end or for an unknown series', async () => {
    expect((await get(`${seriesPage}/page/3`)).status).toBe(404);
    const pageOne = await fetch(`${base}${seriesPage}/page/1`, { redirect: 'manual' });
    expect(pageOne.status).toBe(308);
    expect(new URL(pageOne.headers.get('location') ?? '', base).pathname).toBe(seriesPage);
    expect((await get('/series/inconnue')).status).toBe(404);
    expect((await get('/series/inconnue/feed.xml')).status).toBe(404);
  });

  it('are linked from the header of every page', async () => {
    for (const path of ['/', partPath(2)]) {
      const header = /<header[\s\S]*?<\/header>/.exec((await get(path)).html)?.[0];
      expect(header, path).toContain('href="/series"');
    }
  });

  it('are in the sitemap, every page of each series', async () => {
    const paths = await sitemapPaths(base);
    expect(paths).toEqual(expect.arrayContaining(['/series', seriesPage, `${seriesPage}/page/2`]));
    expect(paths.filter((p) => p.startsWith('/series'))).toHaveLength(3);
  });
});

describe('a series’ feed', () => {
  it('is valid RSS holding its published parts, newest first, advertised on its page', async () => {
    const res = await fetch(`${base}${seriesPage}/feed.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const body = await res.text();
    expect(XMLValidator.validate(body)).toBe(true);
    const feed = await new Parser().parseString(body);
    expect(feed.title).toBe('Carnet Tech — Web, Ops & Data');
    expect(feed.link).toBe(`${SITE_URL}${seriesPage}`);
    expect(feed.items.map((i) => i.link)).toEqual(
      Array.from({ length: SERIES.parts }, (_, i) => `${SITE_URL}${partPath(SERIES.parts - i)}`),
    );
    expect(body).not.toContain(DRAFT_MARKER);
    expect(body).not.toContain(SCHEDULED_MARKER);
    const page = (await get(seriesPage)).html;
    expect(page).toMatch(
      new RegExp(
        `<link rel="alternate" type="application/rss\\+xml"[^>]*href="${SITE_URL}${seriesPage}/feed.xml"`,
      ),
    );
  });
});
