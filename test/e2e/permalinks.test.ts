/**
 * A blog moved in from Hugo, Jekyll and another engine, on a build of its own with Hugo's
 * permalink pattern set (`lib/config/urls.ts`): every post answers at its old URL, every old
 * address (aliases, redirect_from, the slashed form, /posts/<slug>) is one 308 to it, and every
 * link the site writes is the post's URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, makeSite, startSite, type RunningSite } from '../support/site';

const URLS = `export interface UrlConfig {
  postPermalink: string;
  removePathAccents: boolean;
}

export const siteUrls = {
  postPermalink: '/:year/:month/:day/:slug/',
  removePathAccents: false,
} satisfies UrlConfig;
`;

const FILES: Record<string, string> = {
  'lib/config/urls.ts': URLS,
  // Hugo: TOML, no slug (the title makes it, accents kept), aliases with and without slashes.
  'content/posts/index-expliques.md': `+++
title = "Les index expliqués"
date = 2023-07-27T22:30:00-05:00
tags = ["postgresql"]
aliases = ["/billets/index/", "ancien-index"]
+++

Le corps du billet sur les index.
`,
  // Jekyll: dated file name, redirect_from with a .html address, no date in front matter.
  'content/posts/2015-03-04-premier-billet.md': `---
layout: post
title: "Premier billet"
redirect_from:
  - /2015/03/04/premier-billet.html
---

Le premier billet.
`,
  // An exact url.
  'content/posts/a-propos-du-blog.md': `---
title: "À propos"
date: 2020-01-01
url: /blog/a-propos/
---

Qui écrit ici.
`,
  // Hugo's translation by file name: the same post in English, under /en/.
  'content/posts/index-expliques.en.md': `+++
title = "Indexes explained"
date = 2023-07-27T22:30:00-05:00
tags = ["postgresql"]
+++

The body of the post about indexes.
`,
  // Hugo's per-language content folder, a post with no French version.
  'content/en/posts/english-only.md': `---
title: "Only in English"
date: 2022-05-02
---

A post the author wrote in English only.
`,
  // Translations tied by translationKey, whatever their files' names.
  'content/posts/sauvegardes.md': `---
title: "Sauvegardes"
date: 2021-06-01
translationKey: backups
---

Le billet sur les sauvegardes.
`,
  'content/posts/backups.md': `---
title: "Backups"
date: 2021-06-01
lang: en
translationKey: backups
---

The post about backups.
`,
};

const POST_URL = `/2023/07/27/${encodeURIComponent('les-index-expliqués')}`;
const ENGLISH_URL = '/en/2023/07/27/indexes-explained';
const ENGLISH_ONLY_URL = '/en/2022/05/02/only-in-english';
let site: RunningSite | undefined;

beforeAll(async () => {
  const dir = makeSite('permalinks-blog', FILES);
  const env = { SITE_URL: 'https://carnet.example' };
  const build = await buildSite(dir, env);
  if (build.code !== 0) throw new Error(`The permalinks blog did not build:\n${build.output}`);
  site = await startSite(dir, env);
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

const get = (path: string) => fetch(`${site?.url}${path}`, { redirect: 'manual' });

describe('a blog with Hugo’s permalink pattern', () => {
  it('serves each post at its URL, with that URL as canonical', async () => {
    for (const [path, text] of [
      [POST_URL, 'Le corps du billet sur les index.'],
      ['/2015/03/04/premier-billet', 'Le premier billet.'],
      ['/blog/a-propos', 'Qui écrit ici.'],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html, path).toContain(text);
      expect(html, path).toContain(`<link rel="canonical" href="https://carnet.example${path}"`);
    }
  });

  it('answers every old address with one 308 to the post', async () => {
    const cases: Array<[string, string]> = [
      [`${POST_URL}/`, POST_URL],
      ['/billets/index/', POST_URL],
      ['/billets/index', POST_URL],
      ['/2023/07/27/ancien-index', POST_URL],
      ['/posts/index-expliques', POST_URL],
      ['/2015/03/04/premier-billet.html', '/2015/03/04/premier-billet'],
      ['/2015/03/04/premier-billet/', '/2015/03/04/premier-billet'],
      // Jekyll kept the file name's case in its URLs.
      ['/2015/03/04/Premier-Billet/', '/2015/03/04/premier-billet'],
      ['/2015/03/04/Premier-Billet', '/2015/03/04/premier-billet'],
      ['/blog/a-propos/', '/blog/a-propos'],
      ['/tags/postgresql/', '/tags/postgresql'],
      ['/billets/index/?ref=rss', `${POST_URL}?ref=rss`],
    ];
    for (const [from, to] of cases) {
      const res = await get(from);
      expect(res.status, from).toBe(308);
      // One Location: Next.js sends a cached redirect's twice unless patched (patches/next+…).
      expect(res.headers.get('location'), from).not.toContain(',');
      const location = new URL(res.headers.get('location') ?? '', 'https://carnet.example');
      expect(location.pathname + location.search, from).toBe(to);
      const next = await get(location.pathname + location.search);
      expect(next.status, `${from} → ${to}`).toBe(200);
    }
  });

  it('links to the post’s URL from the listings, the feed and the sitemap', async () => {
    const home = await (await get('/')).text();
    expect(home).toContain(`href="${POST_URL}"`);
    expect(home).not.toContain('href="/posts/');
    expect(await (await get('/feed.xml')).text()).toContain(`https://carnet.example${POST_URL}`);
    expect(await (await get('/sitemap.xml')).text()).toContain(
      `https://carnet.example${POST_URL}<`,
    );
  });

  it('never redirects off the site, whatever the path says', async () => {
    for (const path of ['//evil.example/', '/\\evil.example/', '//evil.example/x/']) {
      const res = await get(path);
      expect(res.status, path).toBe(308);
      const location = res.headers.get('location') ?? '';
      // Relative or absolute, the redirect stays on the site's host.
      expect(new URL(location, site?.url).host, `${path} → ${location}`).toBe(
        new URL(site?.url ?? '').host,
      );
    }
  });

  it('answers 404 for an address no post had', async () => {
    const unknown = await get('/2023/07/27/inconnu');
    expect(unknown.status).toBe(404);
    // The site's own 404 page, rendered on the server: no page catches every path.
    expect(await unknown.text()).toMatch(/<h1[^>]*>Page introuvable<\/h1>/);
    expect((await get('/posts/inconnu')).status).toBe(404);
  });
});

describe('posts in another language', () => {
  it('serves a translation in its own language, linked to the other', async () => {
    const res = await get(ENGLISH_URL);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('The body of the post about indexes.');
    // Dates and interface strings in English: 22:30 in Chicago is the 28th in Paris.
    expect(html).toContain('July 28, 2023');
    expect(html).toContain('min read');
    expect(html).not.toContain('min de lecture');
    // hreflang alternates, and a visible link to the French version.
    expect(html).toContain(
      `<link rel="alternate" hrefLang="fr" href="https://carnet.example${POST_URL}"/>`,
    );
    expect(html).toContain(
      `<link rel="alternate" hrefLang="x-default" href="https://carnet.example${POST_URL}"/>`,
    );
    expect(html).toMatch(new RegExp(`<a [^>]*href="${POST_URL}"[^>]*>Français</a>`));

    const french = await (await get(POST_URL)).text();
    expect(french).toMatch(/<html lang="fr"/);
    expect(french).toContain('28 juillet 2023');
    expect(french).toContain(
      `<link rel="alternate" hrefLang="en" href="https://carnet.example${ENGLISH_URL}"/>`,
    );
    expect(french).toMatch(new RegExp(`<a [^>]*href="${ENGLISH_URL}"[^>]*>English</a>`));
  });

  it('ties translations by translationKey too', async () => {
    const html = await (await get('/en/2021/06/01/backups')).text();
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<a [^>]*href="\/2021\/06\/01\/sauvegardes"[^>]*>Français<\/a>/);
  });

  it('lists one entry per translation group, with a badge on a post in another language', async () => {
    const home = await (await get('/')).text();
    expect(home).toContain(`href="${POST_URL}"`);
    expect(home).not.toContain(`href="${ENGLISH_URL}"`);
    expect(home).not.toContain('href="/en/2021/06/01/backups"');
    // The post with no French version is listed, in English and marked so.
    expect(home).toContain(`href="${ENGLISH_ONLY_URL}"`);
    expect(home).toMatch(/<span lang="en" dir="auto" data-language="en"[^>]*>English<\/span>/);
    expect(home).toMatch(/<h2[^>]* lang="en"[^>]*><a [^>]*>Only in English<\/a><\/h2>/);
  });

  it('says each feed item’s language', async () => {
    const json = (await (await get('/feed.json')).json()) as {
      items: Array<{ url: string; language?: string }>;
    };
    const byUrl = new Map(json.items.map((item) => [item.url, item.language]));
    expect(byUrl.get(`https://carnet.example${ENGLISH_ONLY_URL}`)).toBe('en');
    expect(byUrl.get(`https://carnet.example${POST_URL}`)).toBe('fr-FR');
    expect(byUrl.has(`https://carnet.example${ENGLISH_URL}`)).toBe(false);
    const atom = await (await get('/atom.xml')).text();
    expect(atom).toMatch(
      /<entry xml:lang="en">\s*<title[^>]*><!\[CDATA\[Only in English\]\]><\/title>/,
    );
    const rss = await (await get('/feed.xml')).text();
    expect(rss).toMatch(
      /<title><!\[CDATA\[Only in English\]\]><\/title>[\s\S]*?<dc:language>en<\/dc:language>/,
    );
  });
});
