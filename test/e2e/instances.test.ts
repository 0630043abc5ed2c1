/**
 * Two instances of the blog as the container image runs them (`node server.js` from the
 * standalone output, test/support/standalone.ts), sharing their page cache in Redis over TLS and
 * with a password, behind deploy/nginx.conf: a revalidation or a scheduled post reaches both, and
 * neither Redis nor an instance going away fails a reader's request.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_SECRET, REVALIDATE_SECRET, SITE_URL } from '../fixtures/site-content';
import { startNginx } from '../support/nginx';
import {
  startRedis,
  tlsCertificate,
  type RunningRedis,
  type TlsCertificate,
} from '../support/redis';
import {
  UNLIMITED_RATES,
  buildContent,
  freePort,
  makeSite,
  repoRoot,
  type RunningSite,
} from '../support/site';
import { buildStandalone, standaloneCopy, startStandalone } from '../support/standalone';
import { timeUntil } from '../support/time-until';

const EDITED = { slug: 'article-modifie', file: 'content/posts/article-modifie.mdx' };
const DRAFT = { slug: 'brouillon-partage', marker: 'brouillonpartagesecret' };
const PASSWORD = 'mot-de-passe-redis-0123456789';

const post = (title: string, date: string, text: string, extra = '') =>
  `---\ntitle: "${title}"\ndate: ${date}\ntags: ["veille"]\n${extra}---\n\n${text}\n`;

const CONTENT = {
  [EDITED.file]: post(
    'Un article qui va changer',
    '2024-03-01T10:00:00+01:00',
    'Première version de l’article, où l’on parle de systemd.',
  ),
  'content/posts/deja-publie.mdx': post(
    'Déjà publié',
    '2024-01-10T10:00:00+01:00',
    'Un article publié depuis longtemps, à propos de TimescaleDB.',
  ),
  [`content/posts/${DRAFT.slug}.mdx`]: post(
    `Un brouillon ${DRAFT.marker}`,
    '2024-04-01T10:00:00+01:00',
    `Le texte du brouillon ${DRAFT.marker}.`,
    'draft: true\n',
  ),
};

let dir: string;
let tls: TlsCertificate;
let redis: RunningRedis | undefined;
let env: Record<string, string>;
const instances: RunningSite[] = [];
const others: RunningSite[] = [];

const copies = new Map<string, string>();

/** Starts instance `name` from its own copy of the standalone output, on `port` or a free one. */
async function startInstance(name: string, extra: Record<string, string> = {}, port?: number) {
  return startStandalone(copies.get(name) as string, { ...env, ...extra }, port);
}

async function text(url: string, init?: RequestInit): Promise<{ status: number; body: string }> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  return { status: response.status, body: await response.text() };
}

function revalidate(instance: RunningSite, body: unknown) {
  return fetch(`${instance.url}/api/revalidate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${REVALIDATE_SECRET}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

interface LoadOutcome {
  requests: number;
  failures: string[];
  /** When each failed request was sent (Date.now()). */
  failedAt: number[];
}

/**
 * `workers` readers, each asking for `urls(i)` one after the other for `ms`: every answer that is
 * not a 200 (or a network error) is a failure.
 */
async function loadRun(
  ms: number,
  urls: (i: number) => string,
  during: () => Promise<void>,
  workers = 8,
): Promise<LoadOutcome> {
  const end = Date.now() + ms;
  const outcome: LoadOutcome = { requests: 0, failures: [], failedAt: [] };
  const reader = async (worker: number) => {
    for (let i = worker; Date.now() < end; i += workers) {
      const url = urls(i);
      const sent = Date.now();
      let failure: string | undefined;
      try {
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.status !== 200) failure = `${response.status} ${url}`;
      } catch (error) {
        failure = `${String(error)} ${url}`;
      }
      if (failure) {
        outcome.failures.push(failure);
        outcome.failedAt.push(sent);
      }
      outcome.requests++;
    }
  };
  await Promise.all([...Array.from({ length: workers }, (_, w) => reader(w)), during()]);
  return outcome;
}

/** Every value Redis holds, as text: what the shared cache stores. */
async function redisContents(url: string): Promise<string> {
  const client = new Redis(url, { tls: { ca: readFileSync(tls.cert) } });
  try {
    const keys = await client.keys('*');
    const values = await Promise.all(
      keys.map(async (key) => {
        const type = await client.type(key);
        if (type === 'string') return (await client.get(key)) ?? '';
        if (type === 'hash') return JSON.stringify(await client.hgetall(key));
        return '';
      }),
    );
    return [...keys, ...values].join('\n');
  } finally {
    client.disconnect();
  }
}

beforeAll(async () => {
  dir = makeSite('instances-blog', CONTENT);
  const build = await buildStandalone(dir, { SITE_URL });
  if (build.code !== 0) throw new Error(`The standalone blog did not build:\n${build.output}`);
  for (const name of ['a', 'b', 'c']) copies.set(name, standaloneCopy(dir, name));
  tls = tlsCertificate();
  redis = await startRedis({ password: PASSWORD, tls });
  env = {
    ...UNLIMITED_RATES,
    SITE_URL,
    REVALIDATE_SECRET,
    PREVIEW_SECRET,
    REDIS_URL: redis.url,
    NODE_EXTRA_CA_CERTS: tls.cert,
  };
  instances.push(await startInstance('a'), await startInstance('b'));
}, 300_000);

afterAll(async () => {
  for (const server of [...others, ...instances]) await server.stop();
  await redis?.stop();
  if (tls) rmSync(dirname(tls.cert), { recursive: true, force: true });
});

const [a, b] = [() => instances[0] as RunningSite, () => instances[1] as RunningSite];

describe('two instances sharing their cache in Redis (rediss://, with a password)', () => {
  it('serves a post edited on disk and revalidated through one instance, new on the other within 5 s', async () => {
    const path = `/posts/${EDITED.slug}`;
    expect((await text(`${b().url}${path}`)).body).toContain('Première version');
    // Cached on both before the change.
    expect((await text(`${a().url}${path}`)).body).toContain('Première version');

    const file = join(dir, EDITED.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Première version', 'Seconde version'));
    appendFileSync(file, '\nOn y parle désormais de zéphyrine.\n');
    const content = await buildContent(dir);
    expect(content.code, content.output).toBe(0);

    expect((await revalidate(a(), { paths: [path] })).status).toBe(200);
    const elapsed = await timeUntil(
      async () => (await text(`${b().url}${path}`)).body.includes('Seconde version'),
      5_000,
    );
    expect(elapsed).toBeLessThan(5_000);

    // B's search index follows the content too.
    const search = await text(`${b().url}/api/search?q=z%C3%A9phyrine`);
    expect(JSON.parse(search.body)).toMatchObject({ total: 1 });

    // Now read from Redis: the page as A stored it, every character in Latin-1 (a French page
    // costs no more to send than from the file cache).
    const again = await fetch(`${b().url}${path}`);
    const html = await again.text();
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(html).toContain('Seconde version');
    expect(html).not.toMatch(/[^\u0000-\u00ff]/u);
  });

  it('shows a post scheduled a few seconds ahead on both instances at its time', async () => {
    const slug = 'programme-partage';
    const at = new Date(Math.ceil((Date.now() + 8_000) / 1000) * 1000);
    writeFileSync(
      join(dir, `content/posts/${slug}.mdx`),
      post('Programmé sur deux instances', at.toISOString(), 'Bientôt sur les deux.'),
    );
    const content = await buildContent(dir);
    expect(content.code, content.output).toBe(0);
    expect((await revalidate(a(), { all: true })).status).toBe(200);
    expect(Date.now()).toBeLessThan(at.getTime());
    for (const instance of [a(), b()])
      expect((await text(`${instance.url}/posts/${slug}`)).status).toBe(404);

    await sleep(Math.max(0, at.getTime() - Date.now()));
    for (const instance of [a(), b()]) {
      const elapsed = await timeUntil(
        async () => (await text(`${instance.url}/posts/${slug}`)).status === 200,
        5_000,
      );
      expect(elapsed).toBeLessThan(5_000);
    }
    // Listings follow the next revalidation, on both.
    expect((await revalidate(a(), { all: true })).status).toBe(200);
    const elapsed = await timeUntil(
      async () => (await text(`${b().url}/`)).body.includes('Programmé sur deux instances'),
      5_000,
    );
    expect(elapsed).toBeLessThan(5_000);
  });

  it('keeps no draft in the shared cache, even after the author previews it', async () => {
    const enter = await fetch(`${a().url}/api/draft?secret=${PREVIEW_SECRET}&slug=${DRAFT.slug}`, {
      redirect: 'manual',
    });
    expect(enter.status).toBe(307);
    const cookies = enter.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; ');
    const preview = await text(`${a().url}/posts/${DRAFT.slug}`, { headers: { cookie: cookies } });
    expect(preview.body).toContain(DRAFT.marker);
    for (const instance of [a(), b()])
      expect((await text(`${instance.url}/posts/${DRAFT.slug}`)).status).toBe(404);
    const stored = await redisContents(env.REDIS_URL as string);
    // The cache does hold the published pages…
    expect(stored).toContain('Seconde version');
    // …and nothing of the draft.
    expect(stored).not.toContain(DRAFT.marker);
  });

  it('answers every request while Redis is killed and started again, then shares pages again', async () => {
    const port = redis?.port as number;
    const paths = ['/', `/posts/${EDITED.slug}`, '/posts/deja-publie', '/feed.xml', '/tags/veille'];
    const outcome = await loadRun(
      9_000,
      (i) => `${(i % 2 ? a() : b()).url}${paths[i % paths.length]}`,
      async () => {
        await sleep(2_000);
        await redis?.stop();
        await sleep(3_000);
        redis = await startRedis({ port, password: PASSWORD, tls });
      },
    );
    expect(outcome.failures).toEqual([]);
    expect(outcome.requests).toBeGreaterThan(100);

    for (const instance of [a(), b()]) {
      await timeUntil(async () => instance.logs().includes('pages are shared again'), 10_000);
      // Said once, not once per request.
      expect(instance.logs().match(/Shared cache: Redis at .* is unreachable/g)).toHaveLength(1);
      expect(instance.logs()).not.toContain(PASSWORD);
    }
    // Shared again: a revalidation through B reaches A.
    const file = join(dir, EDITED.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Seconde version', 'Troisième version'));
    expect((await buildContent(dir)).code).toBe(0);
    expect((await revalidate(b(), { paths: [`/posts/${EDITED.slug}`] })).status).toBe(200);
    await timeUntil(
      async () =>
        (await text(`${a().url}/posts/${EDITED.slug}`)).body.includes('Troisième version'),
      5_000,
    );
    expect(await redisContents(env.REDIS_URL as string)).toContain('Troisième version');
  });

  it('starts with Redis down, serves from its own cache, and joins Redis once it is up', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const c = await startInstance('c', { REDIS_URL: url });
    others.push(c);
    const before = Date.now();
    const home = await text(`${c.url}/`);
    expect(home.status).toBe(200);
    expect(Date.now() - before).toBeLessThan(2_000);
    expect((await text(`${c.url}/posts/deja-publie`)).status).toBe(200);
    const plain = await startRedis({ port });
    try {
      await timeUntil(async () => c.logs().includes('pages are shared again'), 10_000);
      // A page C renders now goes to Redis.
      expect((await revalidate(c, { paths: ['/posts/deja-publie'] })).status).toBe(200);
      expect((await text(`${c.url}/posts/deja-publie`)).status).toBe(200);
      const client = new Redis(plain.url);
      const keys = await client.keys('*deja-publie*');
      client.disconnect();
      expect(keys.length).toBeGreaterThan(0);
    } finally {
      await plain.stop();
    }
  });
});

describe("the container image's health check", () => {
  /** The Dockerfile's HEALTHCHECK command, run here against `port`. */
  function healthCheck(port: number): number | null {
    const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ');
    const command = /^HEALTHCHECK .*?CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    const [program, ...args] = JSON.parse(command ?? '[]') as string[];
    const run = spawnSync(program === 'node' ? process.execPath : (program ?? ''), args, {
      env: { ...process.env, PORT: String(port) },
      timeout: 10_000,
    });
    return run.status;
  }

  it('passes on a running instance and fails where none answers', async () => {
    expect(healthCheck(Number(new URL(b().url).port))).toBe(0);
    expect(healthCheck(await freePort())).toBe(1);
  });
});

describe('behind deploy/nginx.conf with both instances upstream', () => {
  const paths = ['/', `/posts/${EDITED.slug}`, '/posts/deja-publie', '/feed.xml'];
  let nginx: RunningSite;
  let pid = 0;
  beforeAll(async () => {
    nginx = await startNginx([a().url, b().url]);
    others.push(nginx);
  });
  // A query string of its own per request: nginx's cache does not answer, an instance does.
  const run = (during: () => Promise<void>) =>
    loadRun(6_000, (i) => `${nginx.url}${paths[i % paths.length]}?reader=${pid}-${i++}`, during);

  it('loses no request when one instance is stopped during a load run (a deploy, docker stop)', async () => {
    pid = 1;
    const outcome = await run(async () => {
      await sleep(2_000);
      await a().stop();
    });
    expect(outcome.failures).toEqual([]);
    expect(outcome.requests).toBeGreaterThan(100);
  });

  it('sends every request to the other instance once one is killed during a load run', async () => {
    pid = 2;
    // A again, where nginx expects it.
    instances[0] = await startInstance('a', {}, Number(new URL(a().url).port));
    let killedAt = Infinity;
    const outcome = await run(async () => {
      await sleep(2_000);
      killedAt = Date.now();
      a().kill();
    });
    expect(outcome.requests).toBeGreaterThan(100);
    // A crash may cut an answer that instance had begun to send (nginx cannot send a request
    // again once the reader has its first bytes): at most one per reader, sent before the kill.
    // Every request sent after it succeeds.
    expect(outcome.failures.length).toBeLessThanOrEqual(8);
    expect(outcome.failedAt.filter((sent) => sent >= killedAt)).toEqual([]);
  });
});
