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
};

const POST_URL = `/2023/07/27/${encodeURIComponent('les-index-expliqués')}`;
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
