/**
 * GET /api/search as the live search box and other clients call it: status, headers and JSON
 * body, over the sample content; then anything a client may send, generated.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// Hundreds of requests from one test client: the rate limit is raised as for a load test, so that
// these tests measure the search; test/app/api-rate-limits.test.ts tests the limit.
vi.hoisted(() => {
  process.env.RATE_LIMIT_SEARCH = '1000000';
});

import { DELETE, GET, PATCH, POST, PUT } from '@/app/api/search/route';
import { getAllPosts } from '@/lib/posts/queries';
import type { SearchHit as Hit } from '@/lib/search/engine';

const ENDPOINT = 'http://localhost/api/search';

function get(query: string | URLSearchParams | [string, string][]): Promise<Response> {
  const search = typeof query === 'string' ? query : new URLSearchParams(query).toString();
  return GET(new Request(`${ENDPOINT}?${search}`));
}

interface Body {
  query: string;
  total: number;
  page: number;
  limit: number;
  results: Hit[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

function isHit(value: unknown): value is Hit {
  if (!isRecord(value)) return false;
  const strings = ['slug', 'url', 'title', 'date', 'summary', 'snippet'] as const;
  return (
    strings.every((key) => typeof value[key] === 'string') &&
    isStringArray(value.tags) &&
    typeof value.score === 'number'
  );
}

function isBody(value: unknown): value is Body {
  if (!isRecord(value)) return false;
  const numbers = ['total', 'page', 'limit'] as const;
  return (
    typeof value.query === 'string' &&
    numbers.every((key) => Number.isInteger(value[key])) &&
    Array.isArray(value.results) &&
    value.results.every(isHit)
  );
}

/** The 200 body, checked field by field (no more, no fewer): a client relies on every type. */
function expectBody(value: unknown): Body {
  expect(value).toEqual({
    query: expect.any(String),
    total: expect.any(Number),
    page: expect.any(Number),
    limit: expect.any(Number),
    results: expect.any(Array),
  });
  if (isRecord(value) && Array.isArray(value.results)) {
    for (const hit of value.results) {
      expect(hit).toEqual({
        slug: expect.any(String),
        url: expect.any(String),
        title: expect.any(String),
        date: expect.any(String),
        tags: expect.any(Array),
        summary: expect.any(String),
        snippet: expect.any(String),
        score: expect.any(Number),
      });
    }
  }
  if (!isBody(value)) throw new Error(`Not a search response body: ${JSON.stringify(value)}`);
  return value;
}

/** Nothing but `<mark>` and `</mark>` opens or closes a tag; marks are not nested. */
function expectSafeSnippet(html: string): void {
  expect(html.replace(/<\/?mark>/g, ''), html).not.toMatch(/[<>]/);
  expect(html.replace(/<mark>[^<]*<\/mark>/g, ''), html).not.toMatch(/<\/?mark>/);
}

async function expectJsonError(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  const body: unknown = await response.json();
  expect(body).toEqual({ error: expect.any(String) });
  if (!isRecord(body) || typeof body.error !== 'string')
    throw new Error('unreachable: checked above');
  expect(body.error.trim()).not.toBe('');
  return body.error;
}

describe('GET /api/search', () => {
  describe('200', () => {
    it('answers with the query, the counts and the results', async () => {
      const response = await get('q=systemd+timer');
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      const body = expectBody(await response.json());
      expect(body).toMatchObject({ query: 'systemd timer', page: 1, limit: 10 });
      expect(body.total).toBeGreaterThanOrEqual(body.results.length);
      expect(body.results.map((r) => r.slug)).toContain('systemd-timer-remplacer-cron');
      for (const hit of body.results) {
        expect(hit.url).toBe(`/posts/${hit.slug}`);
        expect(new Date(hit.date).toISOString()).toBe(hit.date);
        expect(hit.score).toBeGreaterThan(0);
        expectSafeSnippet(hit.snippet);
      }
      const scores = body.results.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    });

    it('marks the matched words in the snippets', async () => {
      const body = expectBody(await (await get('q=conteneur')).json());
      expect(body.results.length).toBeGreaterThan(0);
      expect(body.results.some((r) => /<mark>conteneurs?<\/mark>/i.test(r.snippet))).toBe(true);
    });

    it('escapes the text of the posts in snippets: Hugo shortcodes {{< figure >}} arrive as &lt; and &gt;', async () => {
      const body = expectBody(await (await get('q=figure+youtube')).json());
      const hit = body.results.find((r) => r.slug === 'migrer-de-hugo-vers-nextjs');
      expect(hit?.snippet).toContain(
        '{{&lt; <mark>figure</mark> &gt;}} ou de {{&lt; <mark>youtube</mark> id &gt;}}',
      );
      if (hit) expectSafeSnippet(hit.snippet);
    });

    it('may be cached publicly for a while', async () => {
      const cacheControl = (await get('q=docker')).headers.get('Cache-Control') ?? '';
      expect(cacheControl).toMatch(/(^|,\s*)public(,|$)/);
      expect(cacheControl).toMatch(/(^|,\s*)max-age=[1-9]\d*(,|$)/);
    });

    it('answers an empty list, not an error, when nothing matches or the query holds only stop words', async () => {
      for (const q of ['xyzzyplugh', 'le la les', '.*+?^${}()|[]\\']) {
        const response = await get([['q', q]]);
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({
          query: q,
          total: 0,
          page: 1,
          limit: 10,
          results: [],
        });
      }
    });

    it('pages: page 2 with a limit of 1 is the second result, and the total counts them all', async () => {
      const all = expectBody(await (await get('q=docker&limit=50')).json());
      expect(all.results.length).toBeGreaterThan(2);
      const second = expectBody(await (await get('q=docker&page=2&limit=1')).json());
      expect(second).toMatchObject({ page: 2, limit: 1, total: all.total });
      expect(second.results).toEqual([all.results[1]]);
    });

    it('filters by tag slug, and finds nothing under an unknown tag', async () => {
      const all = expectBody(await (await get('q=docker&limit=50')).json());
      const first = getAllPosts().find((p) => p.slug === all.results[0]?.slug);
      const tag = first?.tags[0];
      if (!tag)
        throw new Error('the first result for "docker" should have a tag in the sample content');
      const tagged = expectBody(await (await get(`q=docker&limit=50&tag=${tag.slug}`)).json());
      expect(tagged.total).toBeGreaterThan(0);
      expect(tagged.total).toBeLessThanOrEqual(all.total);
      for (const hit of tagged.results) {
        const post = getAllPosts().find((p) => p.slug === hit.slug);
        expect(post?.tags.map((t) => t.slug)).toContain(tag.slug);
      }
      const unknown = await get('q=docker&tag=tag-qui-n-existe-pas');
      expect(unknown.status).toBe(200);
      expect(expectBody(await unknown.json())).toMatchObject({ total: 0, results: [] });
    });
  });

  describe('400', () => {
    const longQuery = 'résolveurs dns '.repeat(14).slice(0, 200);
    const cases: Array<[string, string, string]> = [
      ['missing q', '', 'q'],
      ['missing q, other parameters given', 'page=2', 'q'],
      ['empty q', 'q=', 'q'],
      ['blank q', 'q=%20%20%20', 'q'],
      ['q of 201 characters', new URLSearchParams({ q: `${longQuery}x` }).toString(), 'q'],
      ['q twice', 'q=timer&q=cron', 'q'],
      ...['0', '-1', '1.5', 'abc', '01'].flatMap((v): Array<[string, string, string]> => [
        [`page=${v}`, `q=docker&page=${v}`, 'page'],
        [`limit=${v}`, `q=docker&limit=${v}`, 'limit'],
      ]),
      ['limit=51', 'q=docker&limit=51', 'limit'],
      ['page twice', 'q=docker&page=1&page=2', 'page'],
      ['tag twice', 'q=docker&tag=docker&tag=traefik', 'tag'],
    ];

    it('accepts exactly 200 characters', async () => {
      expect(longQuery).toHaveLength(200);
      expect((await get([['q', longQuery]])).status).toBe(200);
    });

    it.each(cases)(
      'refuses %s with a JSON error naming the parameter',
      async (_label, query, parameter) => {
        const response = await get(query);
        const error = await expectJsonError(response, 400);
        expect(error).toMatch(new RegExp(`(^|[^\\p{L}])${parameter}([^\\p{L}]|$)`, 'u'));
        expect(response.headers.get('Cache-Control') ?? '').not.toMatch(/public/);
      },
    );
  });

  describe('other methods', () => {
    const handlers: Array<[string, (request: Request) => Response]> = [
      ['POST', POST],
      ['PUT', PUT],
      ['PATCH', PATCH],
      ['DELETE', DELETE],
    ];

    it.each(handlers)(
      '%s gets a 405 with a JSON error and an Allow header',
      async (method, handler) => {
        const response = handler(
          new Request(`${ENDPOINT}?q=docker`, { method, body: '{"q":"docker"}' }),
        );
        await expectJsonError(response, 405);
        const allow = (response.headers.get('Allow') ?? '').split(',').map((m) => m.trim());
        expect(allow).toContain('GET');
        expect(allow).not.toContain(method);
      },
    );
  });

  describe('any input', () => {
    const hostile = fc.constantFrom(
      '.*+?^${}()|[]\\',
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      '%00',
      '\u0000',
      '%',
      '%E9',
      '&amp;',
      '&',
      '=',
      '#',
      '<mark>',
      '</mark>',
      "l'",
      'l’accessibilité',
      '\u202e',
      '🔍',
      '\ud800',
      '',
      ' ',
    );
    const word = fc.constantFrom(
      'systemd',
      'timer',
      'timers',
      'Traefik',
      'docker',
      'conteneurs',
      'kube',
      'InfluxDB',
      "l'écosystème",
      'Let’s',
      'réseaux',
      'OCSP',
      'sécurité',
    );
    // Words of the sample content joined by separators that tokenize to nothing: these find posts.
    const findable = fc
      .tuple(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(' ', ' .*+? ', ' <> ', ' & ', ' " ', ' $ ', ' () '),
      )
      .map(([words, separator]) => words.join(separator));
    const text = fc.oneof(
      { arbitrary: findable, weight: 4 },
      { arbitrary: hostile, weight: 2 },
      {
        arbitrary: fc
          .array(fc.oneof(word, hostile), { maxLength: 5 })
          .map((parts) => parts.join('')),
        weight: 2,
      },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 80 }), weight: 2 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }), weight: 1 },
      { arbitrary: fc.string({ minLength: 190, maxLength: 210 }), weight: 1 },
      { arbitrary: fc.string({ minLength: 1_000, maxLength: 10_000 }), weight: 1 },
    );
    const number = fc.oneof(
      fc.constantFrom(
        '0',
        '-1',
        '1.5',
        'abc',
        '01',
        '51',
        '1',
        '2',
        '10',
        '50',
        '',
        ' 1',
        '1e3',
        '9'.repeat(30),
      ),
      fc.integer({ min: -3, max: 60 }).map(String),
      text,
    );
    const tag = fc.oneof(
      fc.constantFrom('docker', 'traefik', 'time-series', 'securite', 'inconnu', ''),
      text,
    );
    const name = fc.oneof(
      fc.constantFrom('q', 'page', 'limit', 'tag', 'Q', 'q[]', 'utm_source'),
      fc.string({ maxLength: 8 }),
    );

    /** A query string as a client builds it: the usual parameters, any of them missing, some repeated. */
    const params = fc
      .record({
        q: fc.option(text, { freq: 6 }),
        page: fc.option(number, { freq: 1 }),
        limit: fc.option(number, { freq: 1 }),
        tag: fc.option(tag, { freq: 1 }),
        extra: fc.array(fc.tuple(name, text), { maxLength: 2 }),
      })
      .map(({ q, page, limit, tag, extra }) => {
        const pairs: [string, string][] = [];
        if (q !== null) pairs.push(['q', q]);
        if (page !== null) pairs.push(['page', page]);
        if (limit !== null) pairs.push(['limit', limit]);
        if (tag !== null) pairs.push(['tag', tag]);
        return [...pairs, ...extra];
      })
      .map((pairs) => new URLSearchParams(pairs).toString());

    /** Raw query strings, malformed percent-encoding included. */
    const raw = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc
        .array(
          fc.constantFrom(
            'q=',
            'q=docker',
            'page=',
            'limit=',
            'tag=',
            '%',
            '%0',
            '%00',
            '%E9',
            '%C3%A9',
            '%ZZ',
            '%u00e9',
            '&',
            '=',
            '+',
            '#',
            '?',
            ';',
            'traefik',
          ),
          { maxLength: 8 },
        )
        .map((parts) => parts.join('')),
    );

    it('never throws, and answers 200 with safe snippets or 400, always in JSON', async () => {
      let withResults = 0;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ arbitrary: params, weight: 4 }, { arbitrary: raw, weight: 1 }),
          async (query) => {
            const response = await GET(new Request(`${ENDPOINT}?${query}`));
            expect([200, 400]).toContain(response.status);
            expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
            const body: unknown = await response.json();
            if (response.status === 400) {
              refused += 1;
              expect(body).toEqual({ error: expect.any(String) });
              return;
            }
            const ok = expectBody(body);
            expect(ok.results.length).toBeLessThanOrEqual(ok.limit);
            expect(ok.total).toBeGreaterThanOrEqual(ok.results.length);
            if (ok.results.length > 0) withResults += 1;
            for (const hit of ok.results) expectSafeSnippet(hit.snippet);
          },
        ),
        { numRuns: 300 },
      );
      // Both branches were exercised, snippets included.
      expect(withResults).toBeGreaterThan(30);
      expect(refused).toBeGreaterThan(30);
    });
  });
});
