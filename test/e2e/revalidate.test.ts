/** On-demand regeneration on `next start`, with REVALIDATE_SECRET set. */
import { describe, expect, inject, it } from 'vitest';
import { REVALIDATE_SECRET, fixtureSlugs } from '../fixtures/site-content';

const base = inject('siteUrl');

function revalidate(body: unknown, token: string = REVALIDATE_SECRET) {
  return fetch(`${base}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('POST /api/revalidate', () => {
  it('regenerates the paths it is given and says which', async () => {
    const res = await revalidate({ paths: ['/', `/posts/${fixtureSlugs.tutorial}`] });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      revalidated: ['/', `/posts/${fixtureSlugs.tutorial}`],
      searchIndex: false,
    });
    // The pages are served as before, then from their new generation.
    for (const path of ['/', `/posts/${fixtureSlugs.tutorial}`])
      expect((await fetch(base + path)).status).toBe(200);
  });

  it('with {"all": true}, regenerates every page, feed and the search index', async () => {
    const res = await revalidate({ all: true });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.searchIndex).toBe(true);
    expect(body.revalidated).toEqual(
      expect.arrayContaining([
        '/',
        '/page/2',
        '/archives',
        '/tags',
        '/tags/veille',
        '/series',
        '/series/web-ops-data',
        '/series/web-ops-data/feed.xml',
        `/posts/${fixtureSlugs.tutorial}`,
        '/feed.xml',
        '/atom.xml',
        '/feed.json',
      ]),
    );
    expect(body.revalidated).not.toContain(`/posts/${fixtureSlugs.draft}`);
    expect((await fetch(`${base}/api/search?q=timer`)).status).toBe(200);
    expect((await fetch(`${base}/feed.xml`)).status).toBe(200);
  });

  it('refuses a wrong token (401) and a malformed body (400)', async () => {
    expect((await revalidate({ all: true }, 'x'.repeat(40))).status).toBe(401);
    expect((await revalidate({ paths: 'nope' })).status).toBe(400);
    const get = await fetch(`${base}/api/revalidate`);
    expect(get.status).toBe(405);
  });
});
