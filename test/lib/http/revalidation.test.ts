import { describe, expect, it } from 'vitest';
import { MAX_PATHS, parseRevalidationBody, sitePaths } from '@/lib/http/revalidation';
import { getAllPosts, getPosts } from '@/lib/posts/queries';
import { yearMonth } from '@/lib/format/dates';

describe('parseRevalidationBody', () => {
  it('accepts a list of site paths, without duplicates, or everything', () => {
    expect(parseRevalidationBody({ paths: ['/', '/posts/x', '/'] })).toEqual({
      ok: true,
      target: { paths: ['/', '/posts/x'] },
    });
    expect(parseRevalidationBody({ all: true })).toEqual({ ok: true, target: { all: true } });
  });

  it.each([
    ['null', null],
    ['an array', ['/']],
    ['a string', '/'],
    ['an empty object', {}],
    ['both keys', { all: true, paths: ['/'] }],
    ['all: false', { all: false }],
    ['all: "true"', { all: 'true' }],
    ['an unknown key', { path: '/' }],
    ['empty paths', { paths: [] }],
    ['paths not an array', { paths: '/' }],
    ['a relative path', { paths: ['posts/x'] }],
    ['a full URL', { paths: ['https://evil.example/'] }],
    ['a query string', { paths: ['/?x=1'] }],
    ['a number', { paths: [3] }],
    ['a space', { paths: ['/a b'] }],
    ['too many paths', { paths: Array.from({ length: MAX_PATHS + 1 }, (_, i) => `/p/${i}`) }],
  ])('refuses %s with a message saying what to send', (_label, body) => {
    const parsed = parseRevalidationBody(body);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/paths|all|body/);
  });
});

describe('sitePaths', () => {
  it('lists every page and feed readers can see, and no unpublished post', () => {
    const paths = sitePaths();
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/page/2',
        '/archives',
        '/tags',
        '/tags/veille',
        '/feed.xml',
        '/atom.xml',
        '/feed.json',
        '/tags/veille/feed.xml',
        '/series',
        '/series/web-ops-data',
        '/series/web-ops-data/feed.xml',
      ]),
    );
    for (const post of getPosts()) expect(paths).toContain(post.url);
    const years = new Set(getPosts().map((post) => yearMonth(post.date).year));
    expect(years.size).toBeGreaterThan(1);
    for (const year of years) expect(paths).toContain(`/archives/${year}`);
    for (const draft of getAllPosts().filter((p) => p.draft))
      expect(paths).not.toContain(draft.url);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
