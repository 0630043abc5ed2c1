/**
 * The rate limiter: a count per client and per minute, in memory or shared through Redis by
 * several instances, and still counting when Redis is down. The client is read from the address
 * the proxy in front appends.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clientAddress, createRateLimiter, type RateLimiter } from '@/lib/http/rate-limit';
import { freePort } from '../../support/site';
import { startRedis, type RunningRedis } from '../../support/redis';

async function consumeTimes(limiter: RateLimiter, client: string, times: number) {
  const verdicts = [];
  for (let i = 0; i < times; i++) verdicts.push(await limiter.consume(client));
  return verdicts;
}

describe('createRateLimiter, in memory', () => {
  it('lets a client make its requests of the minute, then refuses with the seconds to wait', async () => {
    const limiter = createRateLimiter('search', 3);
    const verdicts = await consumeTimes(limiter, '192.0.2.1', 4);
    expect(verdicts.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    const refused = verdicts[3];
    expect(refused?.allowed).toBe(false);
    if (refused?.allowed === false) {
      expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });

  it('counts each client apart', async () => {
    const limiter = createRateLimiter('search', 1);
    expect(await limiter.consume('192.0.2.1')).toEqual({ allowed: true });
    expect((await limiter.consume('192.0.2.1')).allowed).toBe(false);
    expect(await limiter.consume('192.0.2.2')).toEqual({ allowed: true });
  });
});

describe('createRateLimiter, through Redis', () => {
  let redis: RunningRedis;
  const limiters: RateLimiter[] = [];
  const limiter = (...args: Parameters<typeof createRateLimiter>) => {
    const created = createRateLimiter(...args);
    limiters.push(created);
    return created;
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const created of limiters) await created.close();
    await redis?.stop();
  });

  it('shares one count between two instances', async () => {
    const first = limiter('draft', 4, redis.url);
    const second = limiter('draft', 4, redis.url);
    await Promise.all([first.ready(), second.ready()]);
    expect(await consumeTimes(first, '198.51.100.1', 2)).toEqual([
      { allowed: true },
      { allowed: true },
    ]);
    expect(await consumeTimes(second, '198.51.100.1', 2)).toEqual([
      { allowed: true },
      { allowed: true },
    ]);
    // Each instance alone has seen only two requests: only a shared count refuses the fifth.
    expect((await first.consume('198.51.100.1')).allowed).toBe(false);
    expect((await second.consume('198.51.100.1')).allowed).toBe(false);
  });

  it('keeps the APIs apart', async () => {
    const search = limiter('search', 1, redis.url);
    const revalidate = limiter('revalidate', 1, redis.url);
    await Promise.all([search.ready(), revalidate.ready()]);
    expect(await search.consume('198.51.100.2')).toEqual({ allowed: true });
    expect(await revalidate.consume('198.51.100.2')).toEqual({ allowed: true });
    expect((await search.consume('198.51.100.2')).allowed).toBe(false);
  });

  it('counts in memory while Redis is unreachable, and says so once without the password', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const port = await freePort();
      const down = limiter('search', 2, `redis://:s3cret-password@127.0.0.1:${port}`);
      expect(await consumeTimes(down, '198.51.100.3', 2)).toEqual([
        { allowed: true },
        { allowed: true },
      ]);
      expect((await down.consume('198.51.100.3')).allowed).toBe(false);
      // Give the client time to fail a few reconnections: still one message.
      await new Promise((r) => setTimeout(r, 500));
      const messages = errors.mock.calls.map((call) => call.join(' '));
      expect(messages.filter((m) => m.includes('unreachable'))).toHaveLength(1);
      expect(messages.join('\n')).toContain(`127.0.0.1:${port}`);
      expect(messages.join('\n')).not.toContain('s3cret-password');
    } finally {
      errors.mockRestore();
    }
  });
});

describe('clientAddress', () => {
  const request = (forwardedFor?: string) =>
    new Request('http://localhost/api/search', {
      headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
    });

  it.each([
    ['203.0.113.7', '203.0.113.7'],
    // A proxy appends the address it saw: the last one is the only one a client cannot choose.
    ['10.1.1.1, 203.0.113.7', '203.0.113.7'],
    ['1.2.3.4,203.0.113.7 ', '203.0.113.7'],
    ['2001:db8::1', '2001:db8::1'],
  ])('reads %j as %j', (header, client) => {
    expect(clientAddress(request(header))).toBe(client);
  });

  it.each([
    ['no header', undefined],
    ['an empty one', ''],
    ['a name', 'not-an-address'],
    ['a path last', '203.0.113.7, ../../etc/passwd'],
    ['an impossible address', '999.1.1.1'],
    ['100 KB of x', 'x'.repeat(100_000)],
  ])('counts %s as the one unknown client', (_label, header) => {
    expect(clientAddress(request(header))).toBe('unknown');
  });
});
