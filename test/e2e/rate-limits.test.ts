/**
 * Rate limits as deployed: deploy/nginx.conf in front of `next start`, with a low limit on search
 * set through the environment. Behind the proxy, a client cannot escape its count by forging
 * X-Forwarded-For: the address nginx appends is the one counted.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_ENV } from '../fixtures/site-content';
import { startNginx } from '../support/nginx';
import { startSite, type RunningSite } from '../support/site';

const LIMIT = 5;
const servers: RunningSite[] = [];
let nginx: RunningSite;

beforeAll(async () => {
  // A second server on the fixture blog's build, with its own limits.
  const blog = await startSite(inject('siteDir'), {
    ...FIXTURE_ENV,
    RATE_LIMIT_SEARCH: String(LIMIT),
  });
  servers.push(blog);
  nginx = await startNginx(blog.url);
  servers.push(nginx);
});

afterAll(async () => {
  for (const server of servers.reverse()) await server.stop();
});

describe('rate limits behind deploy/nginx.conf', () => {
  it('answers 429 with Retry-After and a JSON error past the limit, whatever X-Forwarded-For the client forges', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i <= LIMIT; i++) {
      // A new query each time: nginx may cache a search's answer, and a cached answer costs no count.
      last = await fetch(`${nginx.url}/api/search?q=systemd&limit=${i + 1}`, {
        headers: { 'x-forwarded-for': `198.51.100.${i + 1}` },
      });
      statuses.push(last.status);
      if (i < LIMIT) await last.arrayBuffer();
    }
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429]);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(last?.headers.get('content-type')).toMatch(/^application\/json/);
    expect(last?.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await last?.json()).toEqual({
      error: expect.stringContaining(`at most ${LIMIT} a minute`),
    });
  });
});
