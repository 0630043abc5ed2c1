/**
 * unbundled/shared-cache.mjs against a real Redis: two instances (two SharedCache objects, each
 * with its own connections) share pages, hear each other's revalidations, and an instance whose
 * Redis is down answers at once and joins it once it is up.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteRevalidations } from '@/unbundled/remote-revalidations.mjs';
import { SharedCache } from '@/unbundled/shared-cache.mjs';
import { startRedis, type RunningRedis } from '../support/redis';
import { freePort } from '../support/site';
import { timeUntil } from '../support/time-until';

/** A `.next/server` folder whose BUILD_ID is `id`. */
function serverDist(id: string): string {
  const next = mkdtempSync(join(tmpdir(), 'shared-cache-'));
  mkdirSync(join(next, 'server'));
  writeFileSync(join(next, 'BUILD_ID'), id);
  return join(next, 'server');
}

const page = (html: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from('0:["rsc"]'),
  headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/posts/a' },
  postponed: undefined,
  status: 200,
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
});
const GET_CONTEXT = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false } as const;
const SET_CONTEXT = {
  isRoutePPREnabled: false,
  isFallback: false,
  cacheControl: { revalidate: 3600 },
};

/** Until `check` holds, asked every 20 ms; 5 s at most unless `limitMs` says otherwise. */
const until = (check: () => boolean, limitMs = 5_000) => timeUntil(check, limitMs, 20);

describe('SharedCache', () => {
  let redis: RunningRedis;
  const caches: SharedCache[] = [];
  const cache = (url: string, dist: string, expired: string[][] = []) => {
    const created = new SharedCache(url, dist, (tags) => void expired.push(tags));
    caches.push(created);
    return created;
  };

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const created of caches) await created.close();
    await redis.stop();
  });

  it('serves on one instance the page another stored, and tells it of revalidations', async () => {
    const dist = serverDist('build-1');
    const heardByA: string[][] = [];
    const heardByB: string[][] = [];
    const a = cache(redis.url, dist, heardByA);
    const b = cache(redis.url, dist, heardByB);
    await until(() => a.usable && b.usable);

    await a.set('/posts/a', page('<p>Première version</p>') as never, SET_CONTEXT as never);
    const entry = await b.get('/posts/a', GET_CONTEXT as never);
    expect(entry?.value).toMatchObject({ kind: 'APP_PAGE', html: '<p>Première version</p>' });

    const before = remoteRevalidations();
    await a.revalidateTag(['_N_T_/posts/a'], undefined);
    await until(() => heardByB.length > 0);
    expect(heardByB).toEqual([['_N_T_/posts/a']]);
    // The sender has marked its own manifest already: it ignores its own message.
    expect(heardByA).toEqual([]);
    // B reads the content store again before its next render.
    expect(remoteRevalidations()).toBe(before + 1);
    // And Redis no longer has the page.
    expect(await b.get('/posts/a', GET_CONTEXT as never)).toBeNull();
  });

  it('keeps the pages of two builds apart', async () => {
    const first = cache(redis.url, serverDist('build-old'));
    const second = cache(redis.url, serverDist('build-new'));
    await until(() => first.usable && second.usable);
    await first.set('/', page('<p>ancienne</p>') as never, SET_CONTEXT as never);
    expect(await second.get('/', GET_CONTEXT as never)).toBeNull();
    expect((await first.get('/', GET_CONTEXT as never))?.value).toMatchObject({
      html: '<p>ancienne</p>',
    });
  });

  it('answers at once while Redis is down, and joins it once it is up', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args.join(' '));
    try {
      const lonely = cache(url, serverDist('build-2'));
      const started = performance.now();
      expect(await lonely.get('/', GET_CONTEXT as never)).toBeUndefined();
      await lonely.set('/', page('<p>x</p>') as never, SET_CONTEXT as never);
      expect(performance.now() - started).toBeLessThan(100);
      expect(lonely.usable).toBe(false);

      const late = await startRedis({ port });
      try {
        await until(() => lonely.usable, 10_000);
        await lonely.set('/', page('<p>partagée</p>') as never, SET_CONTEXT as never);
        expect((await lonely.get('/', GET_CONTEXT as never))?.value).toMatchObject({
          html: '<p>partagée</p>',
        });
      } finally {
        await lonely.close();
        await late.stop();
      }
      // Once when it is gone, once when it is back: not once per call or reconnection.
      expect(errors.filter((line) => line.includes('is unreachable'))).toHaveLength(1);
      expect(errors.filter((line) => line.includes('is back;'))).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});
