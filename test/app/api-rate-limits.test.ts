/**
 * Past its limit, each API answers 429 with Retry-After and a JSON error, before it checks any
 * secret; an API that is off stays a 404. Limits are lowered through the environment, as a
 * deployment would set them.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const SECRET = 'test-rate-limit-secret-0123456789abcdef';

afterEach(() => {
  vi.unstubAllEnvs();
});

async function load<T>(route: () => Promise<T>, env: Record<string, string>): Promise<T> {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return route();
}

const from = (client: string, url: string, init: RequestInit = {}) =>
  new Request(url, {
    ...init,
    headers: { ...(init.headers as Record<string, string> | undefined), 'x-forwarded-for': client },
  });

async function expectTooMany(response: Response, limit: number) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body: unknown = await response.json();
  expect(body).toEqual({ error: expect.stringContaining(`at most ${limit} a minute`) });
}

describe('rate limits', () => {
  it('GET /api/search: RATE_LIMIT_SEARCH answers per client, then 429', async () => {
    const { GET } = await load(() => import('@/app/api/search/route'), { RATE_LIMIT_SEARCH: '3' });
    const search = (client: string) => GET(from(client, 'http://localhost/api/search?q=systemd'));
    for (let i = 0; i < 3; i++) expect((await search('203.0.113.10')).status).toBe(200);
    await expectTooMany(await search('203.0.113.10'), 3);
    expect((await search('203.0.113.11')).status).toBe(200);
  });

  it('GET /api/draft: counts wrong secrets, then refuses even the right one', async () => {
    const { GET } = await load(() => import('@/app/api/draft/route'), {
      PREVIEW_SECRET: SECRET,
      RATE_LIMIT_DRAFT: '2',
    });
    const draft = (secret: string) =>
      GET(
        from(
          '203.0.113.20',
          `http://localhost/api/draft?secret=${secret}&slug=systemd-timer-remplacer-cron`,
        ),
      );
    for (let i = 0; i < 2; i++) expect((await draft(`guess-${i}`)).status).toBe(401);
    await expectTooMany(await draft(SECRET), 2);
  });

  it('POST /api/revalidate: counts wrong tokens, then refuses even the right one', async () => {
    const { POST } = await load(() => import('@/app/api/revalidate/route'), {
      REVALIDATE_SECRET: SECRET,
      RATE_LIMIT_REVALIDATE: '2',
    });
    const revalidate = (token: string) =>
      POST(
        from('203.0.113.30', 'http://localhost/api/revalidate', {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: '{"paths":["/"]}',
        }),
      );
    for (let i = 0; i < 2; i++) expect((await revalidate(`guess-${i}`)).status).toBe(401);
    await expectTooMany(await revalidate(SECRET), 2);
  });

  it('an API that is off stays a 404 however often it is asked', async () => {
    const { POST } = await load(() => import('@/app/api/revalidate/route'), {
      REVALIDATE_SECRET: '',
      RATE_LIMIT_REVALIDATE: '1',
    });
    for (let i = 0; i < 3; i++)
      expect(
        (
          await POST(
            from('203.0.113.40', 'http://localhost/api/revalidate', { method: 'POST', body: '{}' }),
          )
        ).status,
      ).toBe(404);
  });

  it('refuses a limit that is not a whole number of requests at start-up, naming the variable', async () => {
    await expect(
      load(() => import('@/app/api/search/route'), { RATE_LIMIT_SEARCH: '0' }),
    ).rejects.toThrow(/RATE_LIMIT_SEARCH="0" must be a whole number of requests per minute/);
    await expect(
      load(() => import('@/app/api/search/route'), { RATE_LIMIT_SEARCH: 'lots' }),
    ).rejects.toThrow(/RATE_LIMIT_SEARCH="lots"/);
  });
});
