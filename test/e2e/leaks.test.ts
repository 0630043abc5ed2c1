/**
 * Nothing unpublished leaks: the fixture blog has a draft and a scheduled post, each carrying a
 * marker word. Every route a reader can reach (HTML, RSC payloads, feeds, search) and every file
 * of the prerendered output and of `.next/static` must be free of both markers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DRAFT_MARKER, SCHEDULED_MARKER, SITE_URL, fixtureSlugs } from '../fixtures/site-content';
import { filesUnder } from '../support/files';

const base = inject('siteUrl');
const dir = inject('siteDir');
const MARKERS = [DRAFT_MARKER, SCHEDULED_MARKER];

function leaksIn(text: string): string[] {
  return MARKERS.filter((m) => text.toLowerCase().includes(m));
}

describe('unpublished posts', () => {
  it('appear in no page, payload, feed or search result a reader can reach', async () => {
    const seen = new Set<string>();
    const queue = ['/', '/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml', '/robots.txt'];
    const leaks: string[] = [];
    while (queue.length > 0 && seen.size < 500) {
      const path = queue.shift() ?? '/';
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await fetch(base + path);
      const body = await res.text();
      for (const m of leaksIn(body)) leaks.push(`${path}: ${m}`);
      if ((res.headers.get('content-type') ?? '').includes('text/html')) {
        // The RSC payload of the page, as client-side navigation fetches it.
        const rsc = await (await fetch(base + path, { headers: { RSC: '1' } })).text();
        for (const m of leaksIn(rsc)) leaks.push(`${path} (RSC): ${m}`);
        // Links, and the feeds advertised in <head> (absolute, from SITE_URL).
        for (const [, href = ''] of body.matchAll(/href="([^"#]*)"/g)) {
          const link = href.replace(/&amp;/g, '&').replace(SITE_URL, '');
          if (!link.startsWith('/')) continue;
          if (!link.startsWith('/_next/') && !seen.has(link)) queue.push(link);
        }
      }
    }
    // Search pages repeat the query, so there the proof is that nothing is found.
    for (const marker of MARKERS) {
      const api = await (await fetch(`${base}/api/search?q=${marker}`)).json();
      expect(api.total, marker).toBe(0);
      const page = await (await fetch(`${base}/search?q=${marker}`)).text();
      expect(page, marker).toContain(`Aucun résultat pour « ${marker} »`);
    }
    // The crawl reached every kind of page and feed.
    expect([...seen]).toEqual(
      expect.arrayContaining([
        '/page/2',
        '/archives',
        '/tags',
        '/tags/veille/page/2',
        '/tags/veille/feed.xml',
        '/series/web-ops-data/page/2',
        '/series/web-ops-data/feed.xml',
        `/posts/${fixtureSlugs.hugo}`,
      ]),
    );
    expect(seen.size).toBeGreaterThan(30);
    expect(leaks).toEqual([]);
  });

  it('are 404 at their own URLs and in tag feeds', async () => {
    for (const slug of [fixtureSlugs.draft, fixtureSlugs.scheduled])
      expect((await fetch(`${base}/posts/${slug}`)).status).toBe(404);
    for (const marker of MARKERS) {
      expect((await fetch(`${base}/tags/${marker}`)).status).toBe(404);
      expect((await fetch(`${base}/tags/${marker}/feed.xml`)).status).toBe(404);
    }
  });

  it('are in no file of the prerendered output or of .next/static', () => {
    const files = [
      ...filesUnder(join(dir, '.next', 'static')),
      ...filesUnder(join(dir, '.next', 'server', 'app')),
    ];
    expect(files.length).toBeGreaterThan(50);
    const leaking = files.filter((file) => leaksIn(readFileSync(file, 'utf8')).length > 0);
    expect(leaking).toEqual([]);
  });
});
