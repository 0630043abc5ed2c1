/**
 * What search engines and link previews read, parsed from the fixture blog as served: titles,
 * descriptions, canonical URLs, Open Graph and Twitter cards, JSON-LD, the sitemap and robots.txt.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { DRAFT_MARKER, SCHEDULED_MARKER, SITE_URL, fixtureSlugs } from '../fixtures/site-content';

const base = inject('siteUrl');

function elements(node: Root | Element, tagName: string): Element[] {
  return node.children.flatMap((child) =>
    child.type === 'element'
      ? [...(child.tagName === tagName ? [child] : []), ...elements(child, tagName)]
      : [],
  );
}

interface Head {
  title: string;
  /** `name` or `property` → every `content` given. */
  meta: Map<string, string[]>;
  links: { rel: string; href: string; type?: string }[];
  jsonLd: unknown[];
}

async function head(path: string): Promise<Head> {
  const res = await fetch(base + path);
  expect(res.status, path).toBe(200);
  const tree = fromHtml(await res.text());
  const meta = new Map<string, string[]>();
  for (const el of elements(tree, 'meta')) {
    const key = String(el.properties.name ?? el.properties.property ?? '');
    if (key) meta.set(key, [...(meta.get(key) ?? []), String(el.properties.content ?? '')]);
  }
  const links = elements(tree, 'link').map((el) => ({
    rel: [el.properties.rel].flat().join(' '),
    href: String(el.properties.href),
    ...(el.properties.type ? { type: String(el.properties.type) } : {}),
  }));
  const jsonLd = elements(tree, 'script')
    .filter((el) => el.properties.type === 'application/ld+json')
    .map((el) => JSON.parse(toString(el)) as unknown);
  return {
    title: toString(elements(tree, 'title')[0] ?? { type: 'root', children: [] }),
    meta,
    links,
    jsonLd,
  };
}

const one = (h: Head, key: string) => {
  expect(h.meta.get(key), key).toHaveLength(1);
  return h.meta.get(key)?.[0];
};
/** Normalised: `https://x` and `https://x/` are one URL. */
const absolute = (url: string | undefined) => (url === undefined ? url : new URL(url).href);
const canonical = (h: Head) =>
  h.links.filter((l) => l.rel === 'canonical').map((l) => absolute(l.href));

describe('every page', () => {
  it.each([
    ['/', `${SITE_URL}/`],
    ['/page/2', `${SITE_URL}/page/2`],
    ['/tags', `${SITE_URL}/tags`],
    ['/tags/veille', `${SITE_URL}/tags/veille`],
    ['/tags/veille/page/2', `${SITE_URL}/tags/veille/page/2`],
    ['/series', `${SITE_URL}/series`],
    ['/series/web-ops-data', `${SITE_URL}/series/web-ops-data`],
    ['/series/web-ops-data/page/2', `${SITE_URL}/series/web-ops-data/page/2`],
    ['/archives', `${SITE_URL}/archives`],
    ['/archives/2023', `${SITE_URL}/archives/2023`],
    [`/posts/${fixtureSlugs.tutorial}`, `${SITE_URL}/posts/${fixtureSlugs.tutorial}`],
  ])(
    '%s has one absolute canonical URL, a description, a card and the feeds',
    async (path, url) => {
      const h = await head(path);
      expect(canonical(h)).toEqual([url]);
      expect(one(h, 'description')?.length).toBeGreaterThan(20);
      expect(absolute(one(h, 'og:url'))).toBe(url);
      expect(one(h, 'og:locale')).toBe('fr_FR');
      expect(one(h, 'og:site_name')).toBe('Carnet Tech');
      expect(one(h, 'twitter:card')).toBe('summary_large_image');
      expect(one(h, 'og:image')).toMatch(new RegExp(`^${SITE_URL}/`));
      const feeds = h.links.filter((l) => l.rel === 'alternate').map((l) => `${l.type} ${l.href}`);
      expect(feeds).toEqual(
        expect.arrayContaining([
          `application/rss+xml ${SITE_URL}/feed.xml`,
          `application/atom+xml ${SITE_URL}/atom.xml`,
          `application/feed+json ${SITE_URL}/feed.json`,
        ]),
      );
    },
  );

  it('titles pages "Page — Blog", and the home page with the blog’s name alone', async () => {
    expect((await head('/')).title).toBe('Carnet Tech');
    expect((await head('/archives')).title).toBe('Archives — Carnet Tech');
    expect((await head('/archives/2023')).title).toBe('Archives 2023 — Carnet Tech');
    expect((await head('/tags/veille')).title).toBe('Articles sur « veille » — Carnet Tech');
    expect((await head(`/posts/${fixtureSlugs.tutorial}`)).title).toBe(
      'Timer systemd : remplacer une tâche cron — Carnet Tech',
    );
  });
});

describe('a post', () => {
  it('is an Open Graph article with its dates and one tag per tag', async () => {
    const h = await head(`/posts/${fixtureSlugs.tutorial}`);
    expect(one(h, 'og:type')).toBe('article');
    expect(one(h, 'og:title')).toBe('Timer systemd : remplacer une tâche cron');
    expect(one(h, 'og:description')).toBe('Introduction du tutoriel sur les timers.');
    expect(one(h, 'article:published_time')).toBe('2024-03-10T08:00:00.000Z');
    expect(one(h, 'article:modified_time')).toBe('2024-04-01T22:00:00.000Z');
    expect(h.meta.get('article:tag')).toEqual(['systemd', 'Cérénit', 'time series']);
    expect(one(h, 'twitter:title')).toBe('Timer systemd : remplacer une tâche cron');
  });

  it('carries a BlogPosting in JSON-LD', async () => {
    const h = await head(`/posts/${fixtureSlugs.tutorial}`);
    expect(h.jsonLd).toEqual([
      expect.objectContaining({
        '@context': 'https://schema.org',
        '@type': 'BlogPosting',
        headline: 'Timer systemd : remplacer une tâche cron',
        description: 'Introduction du tutoriel sur les timers.',
        datePublished: '2024-03-10T08:00:00.000Z',
        dateModified: '2024-04-01T22:00:00.000Z',
        author: { '@type': 'Person', name: 'Nicolas Martin' },
        keywords: ['systemd', 'Cérénit', 'time series'],
        image: `${SITE_URL}/posts/${fixtureSlugs.tutorial}/opengraph-image`,
        url: `${SITE_URL}/posts/${fixtureSlugs.tutorial}`,
        inLanguage: 'fr-FR',
      }),
    ]);
  });

  it('keeps a hostile title inside its JSON-LD', async () => {
    const h = await head(`/posts/${fixtureSlugs.escapes}`);
    expect(h.jsonLd).toEqual([expect.objectContaining({ headline: 'Tom & Jerry <3 "x" 🦄' })]);
  });
});

describe('the home page', () => {
  it('is a website card and declares the Blog and a WebSite searchable through /search', async () => {
    const h = await head('/');
    expect(one(h, 'og:type')).toBe('website');
    const [graph] = h.jsonLd as [
      { '@graph': { '@type': string; potentialAction?: { target: { urlTemplate: string } } }[] },
    ];
    expect(graph['@graph'].map((n) => n['@type'])).toEqual(['Blog', 'WebSite']);
    expect(graph['@graph'][1]?.potentialAction?.target.urlTemplate).toBe(
      `${SITE_URL}/search?q={search_term_string}`,
    );
  });
});

describe('sitemap.xml', () => {
  const parser = new XMLParser({ isArray: (name) => name === 'url' });

  it('lists every published post with its last change, the listings, tags and archives, and nothing unpublished', async () => {
    const res = await fetch(`${base}/sitemap.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/xml/);
    const xml = await res.text();
    expect(xml).not.toContain(DRAFT_MARKER);
    expect(xml).not.toContain(SCHEDULED_MARKER);
    const urls: { loc: string; lastmod?: string }[] = parser.parse(xml).urlset.url;
    const locs = urls.map((u) => u.loc);
    expect(locs.every((loc) => loc.startsWith(`${SITE_URL}/`))).toBe(true);
    expect(locs).toEqual(
      expect.arrayContaining([
        `${SITE_URL}/`,
        `${SITE_URL}/page/2`,
        `${SITE_URL}/archives`,
        `${SITE_URL}/tags`,
        `${SITE_URL}/tags/veille`,
      ]),
    );
    // Each year with a published post; not 2099, which has only the scheduled one.
    expect(locs.filter((loc) => loc.startsWith(`${SITE_URL}/archives/`))).toEqual(
      [2024, 2023, 2020].map((year) => `${SITE_URL}/archives/${year}`),
    );
    const posts = locs.filter((loc) => loc.includes('/posts/'));
    expect(posts).toHaveLength(15);
    expect(posts).not.toContain(`${SITE_URL}/posts/${fixtureSlugs.draft}`);
    expect(posts).not.toContain(`${SITE_URL}/posts/${fixtureSlugs.scheduled}`);
    expect(urls.find((u) => u.loc === `${SITE_URL}/posts/${fixtureSlugs.tutorial}`)?.lastmod).toBe(
      '2024-04-01T22:00:00.000Z',
    );
    // Every URL it gives is a page of the site.
    for (const loc of locs)
      expect((await fetch(base + loc.slice(SITE_URL.length))).status, loc).toBe(200);
  });
});

describe('robots.txt', () => {
  it('lets crawlers in but out of /api/, and points at the sitemap', async () => {
    const res = await fetch(`${base}/robots.txt`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/User-Agent: \*\nAllow: \/\nDisallow: \/api\//i);
    expect(text).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });
});
