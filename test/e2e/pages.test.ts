/** The served HTML of every kind of page, on the fixture blog after `next build && next start`. */
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DRAFT_MARKER,
  LONG_TITLE,
  PRERENDER_POSTS,
  SCHEDULED_MARKER,
  TAILWIND_WORDS,
  fixtureSlugs,
} from '../fixtures/site-content';
import { elementTexts } from '../support/element-texts';
import { filesUnder } from '../support/files';

const base = inject('siteUrl');
const dir = inject('siteDir');

async function get(path: string) {
  const res = await fetch(base + path, { redirect: 'manual' });
  return { status: res.status, headers: res.headers, html: await res.text() };
}

function links(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*href="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('home page', () => {
  it('lists the 10 newest published posts with date in French, tags, summary and a read-more link', async () => {
    const { status, html } = await get('/');
    expect(status).toBe(200);
    expect(html).toMatch(/<html lang="fr"/);
    const titles = elementTexts(html, 'h2');
    expect(titles).toHaveLength(10);
    expect(titles[0]).toBe('Timer systemd : remplacer une tâche cron');
    expect(html).toContain('10 mars 2024');
    // Hugo's order: the text before the more-marker, before the front-matter summary.
    expect(html).toContain('Introduction du tutoriel sur les timers.');
    expect(html).not.toContain('Un tutoriel pour passer de cron aux timers systemd.');
    expect(html).toContain('href="/tags/cerenit"');
    expect(html).toMatch(
      /aria-label="Lire la suite de « Timer systemd : remplacer une tâche cron »"/,
    );
    expect(html).toMatch(
      /<a[^>]*rel="next"[^>]*href="\/page\/2"|<a[^>]*href="\/page\/2"[^>]*rel="next"/,
    );
  });

  it('never shows a draft or a scheduled post', async () => {
    const { html } = await get('/');
    expect(html).not.toContain(DRAFT_MARKER);
    expect(html).not.toContain(SCHEDULED_MARKER);
  });
});

describe('pagination', () => {
  it('page 2 holds the rest, links back with rel="prev" and numbers the pages', async () => {
    const { status, html } = await get('/page/2');
    expect(status).toBe(200);
    expect(elementTexts(html, 'h2')).toHaveLength(5);
    expect(html).toMatch(/<a[^>]*href="\/"[^>]*rel="prev"|<a[^>]*rel="prev"[^>]*href="\/"/);
    expect(html).toContain('aria-current="page"');
  });

  it('/page/1 redirects to / and a page past the end is a 404', async () => {
    const first = await get('/page/1');
    expect([301, 308]).toContain(first.status);
    expect(first.headers.get('location')).toMatch(/\/$/);
    expect((await get('/page/3')).status).toBe(404);
    expect((await get('/page/0')).status).toBe(404);
    expect((await get('/page/abc')).status).toBe(404);
  });
});

describe('post page', () => {
  it('shows title, dates, reading time, tags, table of contents, highlighted code and GFM', async () => {
    const { status, html } = await get(`/posts/${fixtureSlugs.tutorial}`);
    expect(status).toBe(200);
    expect(elementTexts(html, 'h1')).toEqual(['Timer systemd : remplacer une tâche cron']);
    expect(html).toContain('10 mars 2024');
    expect(html).toMatch(/mis à jour le.*2 avril 2024/);
    expect(html).toMatch(/\d+ min de lecture/);
    expect(html).toContain('Sommaire');
    // Accented headings get ASCII ids, and the table of contents points at them.
    expect(html).toContain('id="mise-en-oeuvre"');
    expect(html).toContain('href="#mise-en-oeuvre"');
    expect(html).toContain('id="etape-1-le-service"');
    // Shiki highlights at build time: coloured spans, no highlighter shipped to the browser.
    expect(html).toMatch(/<pre class="shiki[^"]*"/);
    expect(html).toContain('--shiki-dark');
    expect(html).toContain('<table tabindex="0">');
    expect(html).toContain('type="checkbox"');
    expect(html).toContain('<del>barré</del>');
    expect(html).toContain('data-footnote-ref');
    // Footnotes are labelled in French, not GFM's English default.
    expect(html).toMatch(/id="footnote-label"[^>]*>Notes</);
    expect(html).not.toContain('>Footnotes<');
    expect(html).toContain('class="callout callout-tip"');
  });

  it('renders a Hugo .md post with CRLF endings as Markdown, keeping raw HTML and text with < and {', async () => {
    const { status, html } = await get(`/posts/${fixtureSlugs.hugo}`);
    expect(status).toBe(200);
    expect(html).toContain('14 mai 2020');
    expect(html).toContain('<kbd>Ctrl</kbd>');
    expect(html).toMatch(/Si a (&lt;|&#x3C;) b et un objet \{clé: valeur\}/);
    expect(html).toContain('<a href="https://gohugo.io/">https://gohugo.io/</a>');
    // The indented block is a code block (highlighted as plain text), not a paragraph.
    expect(html).toMatch(/<pre class="shiki[^>]*><code[^>]*>(?:<span[^>]*>)+code indenté/);
    expect(html).not.toContain('<!--more-->');
  });

  it('links the previous and next posts and related posts by shared tags', async () => {
    const { html } = await get(`/posts/${fixtureSlugs.hugo}`);
    const hrefs = links(html);
    // The Hugo post (2020) is the oldest: it has a newer neighbour only.
    expect(html).toContain('rel="next"');
    expect(html).toContain('À lire aussi');
    expect(hrefs).toContain(`/posts/${fixtureSlugs.tutorial}`);
  });

  it('is a 404 for drafts, scheduled posts and unknown slugs', async () => {
    for (const slug of [fixtureSlugs.draft, fixtureSlugs.scheduled, 'nexiste-pas']) {
      const { status, html } = await get(`/posts/${slug}`);
      expect(status, slug).toBe(404);
      expect(html).toContain('Page introuvable');
    }
  });
});

describe('tags', () => {
  it('/tags lists every tag once with its count, spellings merged', async () => {
    const { status, html } = await get('/tags');
    expect(status).toBe(200);
    expect(html).toContain('href="/tags/time-series"');
    expect(html).toContain('href="/tags/cerenit"');
    expect(html).toMatch(/veille<\/span><span[^>]*>11 articles/);
    expect(html).not.toContain(DRAFT_MARKER);
    expect(html).not.toContain(SCHEDULED_MARKER);
    // "Time Series" (Hugo post) and "time series" (tutorial) are one tag.
    expect(html.match(/href="\/tags\/time-series"/g)).toHaveLength(1);
  });

  it('a tag page lists its posts under the tag as written, paginated', async () => {
    const { status, html } = await get('/tags/cerenit');
    expect(status).toBe(200);
    expect(html).toContain('Articles sur « Cérénit »');
    expect(elementTexts(html, 'h2')).toEqual(['Timer systemd : remplacer une tâche cron']);
    const veille = await get('/tags/veille');
    expect(elementTexts(veille.html, 'h2')).toHaveLength(10);
    const veille2 = await get('/tags/veille/page/2');
    expect(veille2.status).toBe(200);
    expect(elementTexts(veille2.html, 'h2')).toHaveLength(1);
    expect([301, 308]).toContain((await get('/tags/veille/page/1')).status);
    expect((await get('/tags/veille/page/3')).status).toBe(404);
  });

  it('/categories lists the second taxonomy, spellings merged; each has its page', async () => {
    const { status, html } = await get('/categories');
    expect(status).toBe(200);
    // "Ops" (Hugo post) and "ops" (tutorial) are one category, under the newer post's spelling.
    expect(html.match(/href="\/categories\/ops"/g)).toHaveLength(1);
    expect(html).toMatch(/>ops<\/span><span[^>]*>2 articles/);
    const ops = await get('/categories/ops');
    expect(ops.status).toBe(200);
    expect(ops.html).toContain('Catégorie « ops »');
    expect(elementTexts(ops.html, 'h2')).toEqual([
      'Timer systemd : remplacer une tâche cron',
      'Import depuis Hugo',
    ]);
    expect((await get('/categories/inconnue')).status).toBe(404);
    const post = await get(`/posts/${fixtureSlugs.tutorial}`);
    expect(post.html).toContain('href="/categories/tutoriels"');
    // Cached pages write the characters above U+00FF (the apostrophe) as references.
    expect(post.html).toMatch(/aria-label="Catégories de l(’|&#x2019;|&#8217;)article"/);
    const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
    expect(sitemap).toContain('/categories/ops<');
  });

  it('an unknown tag, or a tag only a draft uses, is a 404', async () => {
    expect((await get('/tags/inconnu')).status).toBe(404);
    expect((await get(`/tags/${DRAFT_MARKER}`)).status).toBe(404);
  });
});

describe('archives', () => {
  it('list the years, newest first, each with its months and how many posts each has', async () => {
    const { status, html } = await get('/archives');
    expect(status).toBe(200);
    expect(elementTexts(html, 'h2')).toEqual(['2024', '2023', '2020']);
    const hrefs = links(html);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/archives/2024',
        '/archives/2023',
        '/archives/2020',
        '/archives/2023#mois-2023-6',
      ]),
    );
    // June 2023: the eleven filler posts, the one with characters to escape, the one with images.
    expect(html).toMatch(/juin<span class="sr-only"> 2023<\/span> <span[^>]*>\(13\)<\/span>/);
    // The index names the years and months; the posts are on the year pages.
    expect(hrefs.filter((href) => href.startsWith('/posts/'))).toEqual([]);
    expect(html).not.toContain(DRAFT_MARKER);
  });

  it('give each year a page of its posts by month, linked to the years around it', async () => {
    const { status, html } = await get('/archives/2023');
    expect(status).toBe(200);
    expect(elementTexts(html, 'h1')).toEqual(['Archives 2023']);
    expect(elementTexts(html, 'h2')).toEqual(['juin 2023']);
    expect(html).toContain('id="mois-2023-6"');
    expect(html).toContain('13 articles');
    const hrefs = links(html);
    expect(hrefs.filter((href) => href.startsWith('/posts/'))).toHaveLength(13);
    expect(hrefs).toEqual(
      expect.arrayContaining(['/archives', '/archives/2024', '/archives/2020']),
    );
    expect(html).toContain('aria-label="Archives 2024"');

    const newest = await get('/archives/2024');
    expect(elementTexts(newest.html, 'h2')).toEqual(['mars 2024']);
    expect(links(newest.html)).toEqual(
      expect.arrayContaining([`/posts/${fixtureSlugs.tutorial}`, '/archives/2023']),
    );
    expect(newest.html).not.toContain(DRAFT_MARKER);
    expect(newest.html).not.toContain(SCHEDULED_MARKER);
  });

  it('answer 404 for a year without posts (2099 has only the scheduled one), or a path that is not a year', async () => {
    for (const path of [
      '/archives/2099',
      '/archives/2021',
      '/archives/1999',
      '/archives/20233',
      '/archives/deux-mille',
      '/archives/2023/06',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});

describe('404', () => {
  it('is in French and links home and to the tags', async () => {
    const { status, html } = await get('/une/page/qui/nexiste/pas');
    expect(status).toBe(404);
    expect(html).toContain('Page introuvable');
    expect(links(html)).toEqual(expect.arrayContaining(['/', '/tags']));
  });
});

describe('health', () => {
  it('/api/health answers 200 and is never cached', async () => {
    const res = await fetch(base + '/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('style sheet', () => {
  it('has rules for the classes the code uses, none for words of the posts', async () => {
    const { html: post } = await get('/posts/veille-1');
    expect(post).toContain(TAILWIND_WORDS);
    const sheets = [...post.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(sheets).not.toEqual([]);
    const css = (
      await Promise.all(sheets.map(async (href) => (await fetch(base + href)).text()))
    ).join('\n');
    expect(css).toMatch(/\.tag-chip\b/);
    expect(css).toMatch(/\.prose\b/);
    const fromProse = ['container', 'italic', 'fixed', 'transform'].filter((word) =>
      new RegExp(`\\.${word}(?![\\w\\\\-])`).test(css),
    );
    expect(fromProse).toEqual([]);
  });
});

describe('large blogs', () => {
  it('render only the newest PRERENDER_POSTS posts at build time, the others on first request', async () => {
    const prerendered = readdirSync(join(dir, '.next', 'server', 'app', 'posts')).filter((f) =>
      f.endsWith('.html'),
    );
    expect(prerendered).toHaveLength(PRERENDER_POSTS);
    expect(prerendered).toContain(`${fixtureSlugs.tutorial}.html`);
    // The oldest post was not prerendered: it is rendered now, then served from the cache.
    expect(prerendered).not.toContain(`${fixtureSlugs.hugo}.html`);
    const first = await fetch(`${base}/posts/${fixtureSlugs.hugo}`);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('Import depuis Hugo');
    const second = await fetch(`${base}/posts/${fixtureSlugs.hugo}`);
    expect(second.status).toBe(200);
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT');
  });

  it('render only the listing pages that show those posts at build time, the deeper ones on first request', async () => {
    const manifest: { routes: Record<string, unknown> } = JSON.parse(
      readFileSync(join(dir, '.next', 'prerender-manifest.json'), 'utf8'),
    );
    const routes = Object.keys(manifest.routes);
    // PRERENDER_POSTS (5) fit on the first page of each listing, newest first. A series reads
    // oldest first: the newest of its parts, prerendered, is on its last page.
    expect(routes).toContain('/');
    expect(routes).toContain('/tags/veille');
    expect(routes).toContain('/series/web-ops-data');
    expect(routes.filter((route) => /\/page\/\d+$/.test(route))).toEqual([
      '/series/web-ops-data/page/2',
    ]);
    for (const path of ['/page/2', '/tags/veille/page/2']) {
      const first = await fetch(base + path);
      expect(first.status, path).toBe(200);
      const second = await fetch(base + path);
      expect(second.headers.get('x-nextjs-cache'), path).toBe('HIT');
    }
  });

  it('trace none of the content store into the server: each route would otherwise list every article', () => {
    const traces = filesUnder(join(dir, '.next', 'server')).filter((file) =>
      file.endsWith('.nft.json'),
    );
    expect(traces.length).toBeGreaterThan(10);
    // lib/content/store.ts reads the store at run time; a path Turbopack can resolve at build time
    // (the store's folder from process.cwd()) put its 20,000 files in each of 19 traces at 10,000 posts.
    const traced = traces.flatMap((file) =>
      (JSON.parse(readFileSync(file, 'utf8')) as { files: string[] }).files.filter((f) =>
        f.includes('.contentlayer/'),
      ),
    );
    expect(traced).toEqual([]);
  });

  it('send a cached page without characters above U+00FF, which a browser reads as the same text', async () => {
    const path = '/posts/veille-11';
    await get(path);
    const { html } = await get(path);
    expect(html).not.toMatch(/[^\u0000-\u00ff]/u);
    // Written as references: the title's œ, — and ’ (unbundled/cache-handler.mjs, unbundled/latin1-html.mjs).
    expect(elementTexts(html, 'h1')).toEqual([LONG_TITLE]);
  });

  it('never cache an unknown URL: each is a fresh 404, and nothing is written for it', async () => {
    const unknown = 'jamais-publie-qwzx';
    const paths = [
      `/posts/${unknown}`,
      `/tags/${unknown}`,
      `/tags/${unknown}/feed.xml`,
      `/tags/${unknown}/page/2`,
      '/page/999',
    ];
    for (const path of paths) {
      for (let attempt = 0; attempt < 2; attempt++) {
        const res = await fetch(base + path);
        expect(res.status, path).toBe(404);
        expect(res.headers.get('x-nextjs-cache'), path).not.toBe('HIT');
      }
    }
    expect(
      filesUnder(join(dir, '.next')).filter(
        (file) => file.includes(unknown) || /\/page\/999\b/.test(file),
      ),
    ).toEqual([]);
  });
});
