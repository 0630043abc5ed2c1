/**
 * Draft Mode on the fixture blog (`next start`, PREVIEW_SECRET set): the way in and out, the
 * preview of a draft read from its file on disk, and the same HTML as the built pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DRAFT_MARKER,
  PREVIEW_SECRET,
  SCHEDULED_MARKER,
  fixtureSlugs,
} from '../fixtures/site-content';
import { articleHtml } from '../support/article-html';

const base = inject('siteUrl');
const dir = inject('siteDir');

const draftFile = join(dir, `content/posts/${fixtureSlugs.draft}.mdx`);
const originalDraft = readFileSync(draftFile, 'utf8');

const enter = (query: string) => fetch(`${base}/api/draft${query}`, { redirect: 'manual' });
const query = (secret: string, slug: string) =>
  `?secret=${encodeURIComponent(secret)}&slug=${encodeURIComponent(slug)}`;

/** The Draft Mode cookie, as `name=value`, from a successful /api/draft. */
let cookie: string;

beforeAll(async () => {
  const res = await enter(query(PREVIEW_SECRET, fixtureSlugs.draft));
  cookie = /^([^=;]+=[^;]*)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
});

afterEach(() => {
  writeFileSync(draftFile, originalDraft);
});

const page = async (path: string, withCookie: boolean) => {
  const res = await fetch(base + path, {
    headers: withCookie ? { cookie } : {},
    redirect: 'manual',
  });
  return {
    status: res.status,
    cacheControl: res.headers.get('cache-control') ?? '',
    html: await res.text(),
  };
};

describe('GET /api/draft', () => {
  it('with the secret and a draft slug: turns Draft Mode on and redirects to the post', async () => {
    const res = await enter(query(PREVIEW_SECRET, fixtureSlugs.draft));
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(`/posts/${fixtureSlugs.draft}`);
    expect(res.headers.get('set-cookie')).toMatch(/^__prerender_bypass=\w+;.*HttpOnly/i);
    expect(cookie).toMatch(/^__prerender_bypass=\w+$/);
  });

  it('answers 401 with a wrong or missing secret, without a cookie', async () => {
    for (const q of [
      query('x'.repeat(40), fixtureSlugs.draft),
      `?slug=${fixtureSlugs.draft}`,
      query(`${PREVIEW_SECRET}x`, fixtureSlugs.draft),
    ]) {
      const res = await enter(q);
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.json()).toEqual({ error: expect.stringContaining('secret') });
    }
  });

  it('answers 404 for an unknown slug and never redirects off the site', async () => {
    for (const slug of [
      'nope',
      '//evil.example',
      'https://evil.example/',
      '../api/health',
      `${fixtureSlugs.draft}/../../x`,
    ]) {
      const res = await enter(query(PREVIEW_SECRET, slug));
      expect(res.status).toBe(404);
      expect(res.headers.get('location')).toBeNull();
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.json()).toEqual({ error: expect.any(String) });
    }
  });

  it('answers 400 without a slug', async () => {
    const res = await enter(`?secret=${PREVIEW_SECRET}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: expect.stringContaining('slug') });
  });
});

describe('a post in Draft Mode', () => {
  it('the draft renders with the preview banner and a private, no-store answer; without the cookie it is a 404', async () => {
    const preview = await page(`/posts/${fixtureSlugs.draft}`, true);
    expect(preview.status).toBe(200);
    expect(preview.html).toContain(`Texte du brouillon ${DRAFT_MARKER}`);
    expect(preview.html).toContain('data-preview-banner');
    expect(preview.html).toContain('href="/api/draft/disable"');
    expect(preview.html).toContain('data-status="draft"');
    expect(preview.cacheControl).toMatch(/private/);
    expect(preview.cacheControl).toMatch(/no-store/);

    const reader = await page(`/posts/${fixtureSlugs.draft}`, false);
    expect(reader.status).toBe(404);
    expect(reader.html).not.toContain(DRAFT_MARKER);
  });

  it('a scheduled post renders with its "Programmé" badge', async () => {
    const preview = await page(`/posts/${fixtureSlugs.scheduled}`, true);
    expect(preview.status).toBe(200);
    expect(preview.html).toContain(SCHEDULED_MARKER);
    expect(preview.html).toMatch(/Programmé \(1 janvier 2099\)/);
    expect((await page(`/posts/${fixtureSlugs.scheduled}`, false)).status).toBe(404);
  });

  it.each([
    ['MDX with a component, code, a table, task lists and a footnote', fixtureSlugs.tutorial],
    ['Markdown from Hugo, CRLF, with raw HTML', fixtureSlugs.hugo],
    ['Markdown with characters to escape, an aligned table and a footnote', fixtureSlugs.escapes],
  ])('renders %s exactly as the built page', async (_, slug) => {
    const built = await page(`/posts/${slug}`, false);
    const preview = await page(`/posts/${slug}`, true);
    expect(built.status).toBe(200);
    expect(preview.html).toContain('data-preview-banner');
    expect(built.html).not.toContain('data-preview-banner');
    const builtArticle = articleHtml(built.html);
    expect(builtArticle.length).toBeGreaterThan(100);
    expect(articleHtml(preview.html)).toBe(builtArticle);
  });

  it('shows an edit of the file on disk at the next load, without a rebuild', async () => {
    const edited = originalDraft
      .replace('Texte du brouillon', 'Texte remanié du brouillon')
      .replace(/^title: .*$/m, 'title: "Titre tout neuf"');
    writeFileSync(draftFile, `${edited}\n## Une section ajoutée\n\nAvec \`du code\`.\n`);
    const { html } = await page(`/posts/${fixtureSlugs.draft}`, true);
    expect(html).toContain(`Texte remanié du brouillon ${DRAFT_MARKER}`);
    expect(html).toContain('Titre tout neuf');
    expect(html).toMatch(
      /<h2 id="une-section-ajoutee"><span id="une-section-ajoutée"><\/span>Une section ajoutée<\/h2>/,
    );
  });

  it('shows what is wrong with a file that no longer compiles, above the last built version', async () => {
    writeFileSync(draftFile, `${originalDraft}\nUn composant <Callout type="tip"> jamais fermé.\n`);
    const { status, html } = await page(`/posts/${fixtureSlugs.draft}`, true);
    expect(status).toBe(200);
    expect(html).toContain('data-preview-error');
    expect(html).toContain(`content/posts/${fixtureSlugs.draft}.mdx`);
    expect(html).toMatch(/Callout/);
    expect(html).toContain(`Texte du brouillon ${DRAFT_MARKER}`);
  });
});

describe('GET /api/draft/disable', () => {
  it('leaves Draft Mode (the cookie expires) and goes home', async () => {
    const res = await fetch(`${base}/api/draft/disable`, {
      headers: { cookie },
      redirect: 'manual',
    });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('/');
    expect(res.headers.get('set-cookie')).toMatch(
      /^__prerender_bypass=;.*(Expires=Thu, 01 Jan 1970|Max-Age=0)/i,
    );
  });
});
