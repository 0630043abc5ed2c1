/**
 * Hostile input on every public route of the fixture blog, generated with fast-check: random
 * Unicode, NUL bytes, path traversal in every spelling, 100 KB strings, repeated and malformed
 * query strings, every HTTP method. No answer is a 5xx, none shows a stack trace, a file path or a
 * file's content, and each is the 4xx that says what was wrong.
 *
 * Requests go out through node:http with the path exactly as generated: fetch would resolve `../`
 * and re-encode the path before sending it.
 */
import { request } from 'node:http';
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { PREVIEW_SECRET, fixtureSlugs } from '../fixtures/site-content';
import { repoRoot } from '../support/site';

const base = new URL(inject('siteUrl'));
const siteDir = inject('siteDir');

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
type Method = (typeof METHODS)[number];

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  method: Method,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        method,
        path,
        headers: {
          ...headers,
          ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

/**
 * A value as it can travel in a URL path or query without Node refusing to send it: characters
 * outside printable ASCII are percent-encoded as UTF-8, everything else (`.`, `/`, `\`, `%`, `?`…)
 * goes raw, so that traversal and malformed escapes reach the server as written.
 */
const raw = (value: string) =>
  value.replace(/[^\x21-\x7e]/gu, (c) =>
    [...Buffer.from(c, 'utf8')]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );

const TRAVERSALS = [
  '../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%252e%252e%252fetc%252fpasswd',
  '..\\..\\..\\etc\\passwd',
  '..%5c..%5cetc%5cpasswd',
  '....//....//etc/passwd',
  '%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '/etc/passwd',
  'content/posts/../../package.json',
  '../.env',
  '..%00/etc/passwd',
  `${fixtureSlugs.draft}%00.mdx`,
];

const ODD = [
  '%00',
  'a%00b',
  '%',
  '%%',
  '%ZZ',
  '%E9',
  '%C3',
  '%ED%A0%80',
  '%FF%FE',
  '\u0000',
  '\u202e',
  '\ud83e\udd84',
  '<script>alert(1)</script>',
  '{{7*7}}',
  '${7*7}',
  "' OR 1=1--",
  'a'.repeat(2000),
];

/** One path segment or query value, hostile. */
const hostile = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.constantFrom(...TRAVERSALS), weight: 2 },
  { arbitrary: fc.constantFrom(...ODD), weight: 2 },
  {
    arbitrary: fc
      .array(fc.constantFrom(...TRAVERSALS, ...ODD, 'a', '/', '.', '..', '\\'), {
        minLength: 1,
        maxLength: 6,
      })
      .map((parts) => parts.join('')),
    weight: 1,
  },
);

/** A query string: hostile names and values, repeated keys, stray `&` and `=`. */
const queryString = fc
  .array(
    fc.tuple(
      fc.constantFrom('q', 'page', 'limit', 'tag', 'slug', 'secret', 'x', ''),
      hostile,
      fc.constantFrom('=', '', '=='),
      fc.constantFrom('&', '&&', ';'),
    ),
    { maxLength: 5 },
  )
  .map((pairs) => pairs.map(([key, value, eq, sep]) => `${key}${eq}${raw(value)}${sep}`).join(''));

/** Every public route with a parameter; `{}` is where the hostile segment goes. */
const PAGE_ROUTES = [
  '/posts/{}',
  '/archives/{}',
  '/tags/{}',
  '/tags/{}/page/2',
  '/tags/veille/page/{}',
  '/page/{}',
  '/tags/{}/feed.xml',
  '/series/{}',
  '/series/web-ops-data/page/{}',
  '/series/{}/feed.xml',
  '/posts/{}/opengraph-image',
];
const STATIC_ROUTES = [
  '/',
  '/archives',
  '/tags',
  '/series',
  '/search',
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/sitemap.xml',
  '/robots.txt',
];
const API_ROUTES = [
  '/api/search',
  '/api/draft',
  '/api/draft/disable',
  '/api/revalidate',
  '/api/health',
];

/** What only an error page leaking the server's insides would show. */
function expectNothingLeaked(answer: Answer, what: string) {
  expect(answer.status, what).toBeLessThan(500);
  expect(answer.body, what).not.toMatch(/\n\s+at [^\n]+:\d+:\d+\)?/);
  expect(answer.body, what).not.toContain('node_modules');
  expect(answer.body, what).not.toContain(siteDir);
  expect(answer.body, what).not.toContain(repoRoot);
  expect(answer.body, what).not.toMatch(/ENOENT|EACCES|EISDIR|URIError|TypeError|SyntaxError: /);
  // /etc/passwd, package.json or .env read through a traversal.
  expect(answer.body, what).not.toMatch(/root:x:0:0|"devDependencies"|SITE_URL=/);
  expect(answer.headers['x-powered-by'], what).toBeUndefined();
}

const RUNS = 120;

describe('hostile input on every public route', () => {
  it.each(PAGE_ROUTES)(
    '%s: never a 5xx nor a leak; an unknown value is a 404 (a malformed one a 400)',
    async (route) => {
      await fc.assert(
        fc.asyncProperty(hostile, fc.constantFrom<Method>('GET', 'HEAD'), async (value, method) => {
          const path = route.replace('{}', raw(value));
          const answer = await send(method, path);
          expectNothingLeaked(answer, `${method} ${path}`);
          // 308: Next.js normalises a trailing slash or a doubled one before routing. A path whose
          // dot segments lead elsewhere (`/posts/..` is `/`) may be a page of the site.
          const elsewhere = new URL(path, 'http://localhost').pathname !== path;
          expect(elsewhere ? [200, 400, 404, 308] : [400, 404, 308], `${method} ${path}`).toContain(
            answer.status,
          );
        }),
        { numRuns: RUNS },
      );
    },
  );

  it.each([...STATIC_ROUTES, ...PAGE_ROUTES.map((r) => r.replace('{}', fixtureSlugs.tutorial))])(
    '%s: hostile query strings and every method, never a 5xx nor a leak',
    async (route) => {
      await fc.assert(
        fc.asyncProperty(queryString, fc.constantFrom(...METHODS), async (query, method) => {
          const path = `${route}?${query}`;
          const answer = await send(method, path);
          expectNothingLeaked(answer, `${method} ${path}`);
        }),
        { numRuns: 40 },
      );
    },
  );

  it.each(API_ROUTES)(
    '%s: hostile query strings, bodies and methods, answered in JSON with a 4xx when refused',
    async (route) => {
      await fc.assert(
        fc.asyncProperty(
          queryString,
          fc.constantFrom(...METHODS),
          fc.option(hostile),
          async (query, method, body) => {
            const path = `${route}?${query}`;
            const answer = await send(
              method,
              path,
              { 'content-type': 'application/json', authorization: `Bearer ${raw(body ?? '')}` },
              body ?? undefined,
            );
            expectNothingLeaked(answer, `${method} ${path}`);
            if (answer.status >= 400 && method !== 'HEAD') {
              expect(answer.headers['content-type'], `${method} ${path}`).toMatch(
                /^application\/json/,
              );
              expect(JSON.parse(answer.body), `${method} ${path}`).toEqual({
                error: expect.any(String),
              });
            }
          },
        ),
        { numRuns: RUNS },
      );
    },
  );

  it('answers a 100 KB path or query with a 4xx, and a 100 KB body to the APIs too', async () => {
    const long = 'é/..%2f'.repeat(15_000);
    for (const path of [
      `/posts/${raw(long)}`,
      `/api/search?q=${raw(long)}`,
      `/search?q=${raw(long)}`,
    ]) {
      // Past 16 KB of headers, Node.js answers 431 and closes the connection, sometimes before
      // the client has finished sending: a reset is a refusal too.
      const answer = await send('GET', path).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNRESET' || error.code === 'EPIPE')
          return { status: 431, headers: {}, body: '' };
        throw error;
      });
      expect(answer.status, path.slice(0, 40)).toBeGreaterThanOrEqual(400);
      expectNothingLeaked(answer, path.slice(0, 40));
    }
    const body = JSON.stringify({ paths: ['/'.repeat(100_000)] });
    const answer = await send(
      'POST',
      '/api/revalidate',
      { 'content-type': 'application/json' },
      body,
    );
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });
});

describe('other methods and the cache', () => {
  it('an OPTIONS, POST, PUT or DELETE first to a social image not yet drawn or an unknown tag’s feed does not decide what the next GET gets', async () => {
    for (const [path, status, type] of [
      ['/posts/veille-3/opengraph-image', 200, 'image/png'],
      ['/tags/tag-inconnu/feed.xml', 404, 'application/json'],
    ] as const) {
      for (const method of ['OPTIONS', 'POST', 'PUT', 'DELETE'] as const) {
        const answer = await send(method, path, { 'content-type': 'application/json' }, '{}');
        expect(answer.status, `${method} ${path}`).toBeLessThan(500);
      }
      const answer = await send('GET', path);
      expect(answer.status, path).toBe(status);
      expect(String(answer.headers['content-type']), path).toContain(type);
    }
  });
});

describe('draft preview and path traversal', () => {
  it('a traversal slug, with the right secret, finds no post and reads no file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...TRAVERSALS), hostile), async (slug) => {
        const answer = await send(
          'GET',
          `/api/draft?secret=${encodeURIComponent(PREVIEW_SECRET)}&slug=${raw(slug)}`,
        );
        expectNothingLeaked(answer, slug);
        expect([400, 404], slug).toContain(answer.status);
        expect(answer.headers['set-cookie'], slug).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('in Draft Mode, a traversal in a post URL is a 404 that reads no file', async () => {
    const enter = await send(
      'GET',
      `/api/draft?secret=${encodeURIComponent(PREVIEW_SECRET)}&slug=${fixtureSlugs.draft}`,
    );
    expect(enter.status).toBe(307);
    const cookie = String(enter.headers['set-cookie'] ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/=/);
    for (const slug of TRAVERSALS) {
      const answer = await send('GET', `/posts/${slug}`, { cookie });
      expectNothingLeaked(answer, slug);
      expect([400, 404, 308], slug).toContain(answer.status);
    }
  });
});
