/**
 * A crash under load: `next start` on the fixture blog is killed (SIGKILL, as the out-of-memory
 * killer would) while autocannon sends it requests and it renders every page again, then
 * started again on the same port. It answers again, and every page, feed and search reads as it
 * did before the crash: nothing it had cached is lost or left half-written.
 */
import autocannon from 'autocannon';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_ENV, REVALIDATE_SECRET } from '../fixtures/site-content';
import { UNLIMITED_RATES, startSite, type RunningSite } from '../support/site';
import { sitemapPaths } from '../support/sitemap';

const dir = inject('siteDir');
const env = { ...FIXTURE_ENV, ...UNLIMITED_RATES };
const servers: RunningSite[] = [];

afterAll(async () => {
  for (const server of servers) await server.stop();
});

/**
 * Each page as its cache serves it: the second answer. (A page rendered afresh, because its cached
 * copy was stale or lost, is sent once as rendered, then kept with its characters above U+00FF
 * written as references: the same page to a browser, not the same bytes. See unbundled/cache-handler.mjs.)
 * Inline scripts are left out: the React payload in them carries Next.js's prefetch hints, which
 * differ between a page rendered by `next build` and the same page rendered again at run time.
 */
async function snapshot(base: string, paths: readonly string[]): Promise<Map<string, string>> {
  const bodies = new Map<string, string>();
  for (const path of paths) {
    for (let i = 0; i < 2; i++) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
      bodies.set(
        path,
        (await res.text()).replace(/(<script\b[^>]*>)[^]*?<\/script>/g, '$1</script>'),
      );
    }
  }
  return bodies;
}

describe('restart under load', () => {
  it('killed mid-load and started again, serves the same pages', async () => {
    const first = await startSite(dir, env);
    servers.push(first);
    const pages = await sitemapPaths(first.url);
    const paths = [...pages, '/feed.xml', '/atom.xml', '/feed.json', '/api/search?q=systemd'];
    const before = await snapshot(first.url, paths);
    // Every page stale: under the load, each is rendered again and written to the cache, so that
    // the kill may land in the middle of a write.
    const revalidate = await fetch(`${first.url}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${REVALIDATE_SECRET}` },
      body: '{"all":true}',
    });
    expect(revalidate.status).toBe(200);

    const statuses = new Map<number, number>();
    const load = new Promise<autocannon.Result>((done, fail) => {
      const instance = autocannon(
        {
          url: first.url,
          connections: 20,
          duration: 8,
          requests: paths.map((path) => ({ method: 'GET', path })),
        },
        (error, result) => (error ? fail(error) : done(result)),
      );
      instance.on('response', (_client, status) =>
        statuses.set(status, (statuses.get(status) ?? 0) + 1),
      );
    });
    await new Promise((r) => setTimeout(r, 2000));
    first.kill();
    const second = await startSite(dir, env, Number(new URL(first.url).port));
    servers.push(second);
    const result = await load;

    // Refused connections while it was down; not one answer other than a 200.
    expect([...statuses.keys()]).toEqual([200]);
    expect(result.requests.total).toBeGreaterThan(0);
    const after = await snapshot(second.url, paths);
    for (const path of paths) expect(after.get(path), path).toBe(before.get(path));
  });
});
