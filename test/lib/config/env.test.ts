import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/config/env';

describe('parseEnv: SITE_URL', () => {
  it('defaults to the local server when unset or blank', () => {
    expect(parseEnv({}).siteUrl).toBe('http://localhost:3000');
    expect(parseEnv({ SITE_URL: '' }).siteUrl).toBe('http://localhost:3000');
    expect(parseEnv({ SITE_URL: '   ' }).siteUrl).toBe('http://localhost:3000');
  });

  it.each([
    ['https://blog.example.fr', 'https://blog.example.fr'],
    ['https://blog.example.fr/', 'https://blog.example.fr'],
    ['https://blog.example.fr//', 'https://blog.example.fr'],
    ['  https://blog.example.fr/  ', 'https://blog.example.fr'],
    ['https://example.fr/blog/', 'https://example.fr/blog'],
    ['HTTPS://Blog.Example.FR', 'https://blog.example.fr'],
    ['http://localhost:8080/', 'http://localhost:8080'],
  ])('stores %j as %j, so that `${siteUrl}/posts/x` is right', (raw, siteUrl) => {
    expect(parseEnv({ SITE_URL: raw }).siteUrl).toBe(siteUrl);
  });

  it.each([
    ['not a url', /SITE_URL="not a url" is not a URL/],
    ['blog.example.fr', /SITE_URL="blog\.example\.fr" is not a URL/],
    [
      'ftp://blog.example.fr',
      /SITE_URL="ftp:\/\/blog\.example\.fr" must start with http:\/\/ or https:\/\//,
    ],
    ['localhost:3000', /SITE_URL="localhost:3000" must start with http:\/\/ or https:\/\//],
    ['https://blog.example.fr/?ref=x', /SITE_URL=.*query string/],
    ['https://blog.example.fr/#top', /SITE_URL=.*fragment/],
  ])('refuses %j with a message naming SITE_URL and the value', (raw, message) => {
    expect(() => parseEnv({ SITE_URL: raw })).toThrow(message);
  });

  // A bare "?" or "#" has an empty query or fragment: refusing it or dropping it are both fine,
  // keeping it is not, since `${siteUrl}/posts/x` would then point at the home page.
  it.each(['https://blog.example.fr/?', 'https://blog.example.fr/#'])(
    'never keeps a bare ? or # at the end: %j',
    (raw) => {
      let siteUrl: string;
      try {
        siteUrl = parseEnv({ SITE_URL: raw }).siteUrl;
      } catch (error) {
        expect(String(error)).toContain('SITE_URL');
        return;
      }
      expect(new URL(`${siteUrl}/posts/x`).href).toBe('https://blog.example.fr/posts/x');
    },
  );
});

describe('parseEnv: PRERENDER_POSTS', () => {
  it('is unset by default (the newest 1,000 posts prerendered) and reads a whole number or all', () => {
    expect(parseEnv({}).prerenderPosts).toBeUndefined();
    expect(parseEnv({ PRERENDER_POSTS: '' }).prerenderPosts).toBeUndefined();
    expect(parseEnv({ PRERENDER_POSTS: '500' }).prerenderPosts).toBe(500);
    expect(parseEnv({ PRERENDER_POSTS: '0' }).prerenderPosts).toBe(0);
    expect(parseEnv({ PRERENDER_POSTS: 'all' }).prerenderPosts).toBe('all');
  });

  it.each(['-1', '1.5', 'tout', '1e3'])('refuses %s, naming the variable', (value) => {
    expect(() => parseEnv({ PRERENDER_POSTS: value })).toThrow(/PRERENDER_POSTS/);
  });
});

describe('parseEnv: secrets', () => {
  const strong = 'a'.repeat(32);

  it.each(['REVALIDATE_SECRET', 'PREVIEW_SECRET'])('leaves %s off when unset or empty', (name) => {
    expect(parseEnv({})).not.toHaveProperty(
      name === 'REVALIDATE_SECRET' ? 'revalidateSecret' : 'previewSecret',
    );
    expect(parseEnv({ [name]: '' })).not.toHaveProperty(
      name === 'REVALIDATE_SECRET' ? 'revalidateSecret' : 'previewSecret',
    );
  });

  it('reads PREVIEW_SECRET apart from REVALIDATE_SECRET', () => {
    const env = parseEnv({ PREVIEW_SECRET: strong, REVALIDATE_SECRET: 'b'.repeat(40) });
    expect(env.previewSecret).toBe(strong);
    expect(env.revalidateSecret).toBe('b'.repeat(40));
  });

  it('refuses a PREVIEW_SECRET under 32 characters, naming it without printing it', () => {
    const attempt = () => parseEnv({ PREVIEW_SECRET: 'hunter2-hunter2' });
    expect(attempt).toThrow(/PREVIEW_SECRET is set but has only 15 characters: use at least 32/);
    expect(attempt).not.toThrow(/hunter2/);
  });
});

describe('parseEnv: rate limits and Redis', () => {
  it('takes each RATE_LIMIT_<API> as requests per minute, and leaves the others to the site config', () => {
    expect(parseEnv({}).rateLimits).toEqual({});
    expect(parseEnv({ RATE_LIMIT_SEARCH: '1000000', RATE_LIMIT_DRAFT: ' 5 ' }).rateLimits).toEqual({
      search: 1_000_000,
      draft: 5,
    });
  });

  it.each(['0', '-3', '2.5', 'unlimited', '1e6'])(
    'refuses RATE_LIMIT_REVALIDATE=%s, naming it',
    (value) => {
      expect(() => parseEnv({ RATE_LIMIT_REVALIDATE: value })).toThrow(
        /RATE_LIMIT_REVALIDATE=.* must be a whole number of requests per minute/,
      );
    },
  );

  it('reads REDIS_URL, redis:// or rediss://', () => {
    expect(parseEnv({}).redisUrl).toBeUndefined();
    expect(parseEnv({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe(
      'redis://127.0.0.1:6379',
    );
    expect(parseEnv({ REDIS_URL: 'rediss://:pw@cache.example:6380/2' }).redisUrl).toBe(
      'rediss://:pw@cache.example:6380/2',
    );
  });

  it.each(['http://user:hunter2@cache.example', '127.0.0.1:6379 hunter2'])(
    'refuses REDIS_URL=%s without printing it',
    (value) => {
      const attempt = () => parseEnv({ REDIS_URL: value });
      expect(attempt).toThrow(/REDIS_URL is not a redis:\/\/ or rediss:\/\/ URL/);
      expect(attempt).not.toThrow(/hunter2/);
    },
  );
});
