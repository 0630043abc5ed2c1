// @ts-check
/**
 * The incremental cache that every instance of the blog shares when REDIS_URL is set (README,
 * "Running more than one instance"). The pages live in Redis through
 * @trieb.work/nextjs-turbo-redis-cache (why this library: docs/benchmarks.md, "Shared cache");
 * what it does not do is here:
 * - revalidation reaches every instance: each one tells the others on a Redis channel, and they
 *   mark the same tags expired in their own Next.js tag manifest, and read the content store again;
 * - Redis may come and go: an instance that cannot reach it serves from its own cache, says so
 *   once, and goes back to Redis when it answers again.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { RedisStringsHandler } from '@trieb.work/nextjs-turbo-redis-cache';
import { countRemoteRevalidation } from './remote-revalidations.mjs';

/** What a page read from Redis may take before the instance renders the page itself. */
const GET_TIMEOUT_MS = 500;
/** Writes and revalidations wait no longer for Redis: the local cache already has them. */
const WRITE_TIMEOUT_MS = 1000;
/**
 * The library keeps what it read this long in memory: a page another instance regenerated
 * reaches this one within this time (revalidations, through the channel, at once).
 */
const IN_MEMORY_MS = 1000;
/** A library handler whose connections are not up by then is dropped, and made again later. */
const SETUP_TIMEOUT_MS = 5000;

/** @typedef {(tags: string[], durations?: { expire?: number }) => void} TagsExpirer */

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T>}
 */
function within(promise, ms) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`no answer within ${ms} ms`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() =>
    clearTimeout(timer),
  );
}

/** The build's ID: pages of one build never reach the instances of another (their scripts differ). */
function buildId(/** @type {string} */ serverDistDir) {
  try {
    return readFileSync(join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'dev';
  }
}

/** The library's Redis connections, which it would otherwise log about on every reconnection. */
function libraryClients(/** @type {RedisStringsHandler} */ store) {
  const maps = [
    store['sharedTagsMap'],
    store['revalidatedTagsMap'],
    store['inMemoryDeduplicationCache'],
  ];
  return [store['client'], ...maps.map((map) => map['subscriberClient'])];
}

export class SharedCache {
  /**
   * @param {string} url REDIS_URL
   * @param {string} serverDistDir Next.js's `.next/server`
   * @param {TagsExpirer} expireTags marks tags expired in this process's tag manifest
   */
  constructor(url, serverDistDir, expireTags) {
    const parsed = new URL(url);
    this.url = url;
    // Printed instead of the URL, which may hold a password.
    this.host = parsed.host;
    this.database = Number(parsed.pathname.slice(1)) || 0;
    this.prefix = `carnet:${buildId(serverDistDir)}:`;
    this.channel = `${this.prefix}revalidated`;
    this.instance = randomUUID();
    this.expireTags = expireTags;
    /** @type {RedisStringsHandler | undefined} */
    this.store = undefined;
    /** @type {Promise<void> | undefined} */
    this.settingUp = undefined;
    this.up = false;
    this.closed = false;
    this.said = /** @type {'up' | 'down' | undefined} */ (undefined);

    // No queue while disconnected: a request goes to the local cache at once rather than wait.
    const options = {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      retryStrategy: () => 1000,
    };
    this.publisher = new Redis(url, options);
    this.subscriber = new Redis(url, { ...options, enableOfflineQueue: true });
    this.publisher.on('error', (/** @type {Error} */ error) => this.down(error.message));
    this.subscriber.on('error', () => {});
    this.publisher.on('close', () => this.down('connection closed'));
    this.publisher.on('ready', () => void this.ready());
    this.subscriber.on('message', (/** @type {string} */ _channel, /** @type {string} */ text) =>
      this.receive(text),
    );
    void this.subscriber.subscribe(this.channel).catch(() => {});
  }

  /** Pages go to Redis only while it answers, and its handler is set up. */
  get usable() {
    return this.up && this.store !== undefined && Boolean(this.store['client'].isReady);
  }

  /** @param {string} reason */
  down(reason) {
    this.up = false;
    if (this.said === 'down' || this.closed) return;
    this.said = 'down';
    console.error(
      `Shared cache: Redis at ${this.host} is unreachable (${reason}); serving from this instance's own cache until it is back.`,
    );
  }

  async ready() {
    // One library handler, however many times the connection comes back while it is set up.
    this.settingUp ??= this.store ? Promise.resolve() : this.setUpStore();
    await this.settingUp;
    this.settingUp = undefined;
    this.up = this.store !== undefined;
    if (!this.up) return;
    if (this.said === 'down')
      console.error(`Shared cache: Redis at ${this.host} is back; pages are shared again.`);
    else if (this.said === undefined) console.log(`Shared cache: pages in Redis at ${this.host}.`);
    this.said = 'up';
  }

  async setUpStore() {
    // The library checks that Redis announces expired keys, a setting managed Redis services
    // often refuse to show: without it, it only keeps a few names of expired pages longer.
    process.env.SKIP_KEYSPACE_CONFIG_CHECK ??= 'true';
    const store = new RedisStringsHandler({
      redisUrl: this.url,
      database: this.database,
      keyPrefix: this.prefix,
      getTimeoutMs: GET_TIMEOUT_MS,
      inMemoryCachingTime: IN_MEMORY_MS,
      // Pages are regenerated every hour (site.revalidateSeconds): Redis drops them after a day.
      estimateExpireAge: () => 24 * 3600,
    });
    const clients = libraryClients(store);
    const quiet = () => {
      for (const client of clients) {
        client.removeAllListeners('error');
        client.on('error', () => {});
      }
    };
    quiet();
    try {
      await within(
        Promise.all([
          store['sharedTagsMap'].waitUntilReady(),
          store['revalidatedTagsMap'].waitUntilReady(),
        ]),
        SETUP_TIMEOUT_MS,
      );
      // Its own listeners, added while it connected, reconnect by hand and log each attempt: the
      // Redis client reconnects by itself, and this module says when Redis is gone and back.
      quiet();
      this.store = store;
    } catch {
      for (const client of clients) void client.disconnect().catch(() => {});
    }
  }

  /**
   * @param {Parameters<RedisStringsHandler['get']>} args
   * @returns {Promise<Awaited<ReturnType<RedisStringsHandler['get']>> | undefined>} undefined when Redis could not answer
   */
  async get(...args) {
    if (!this.store || !this.usable) return undefined;
    try {
      return await within(this.store.get(...args), GET_TIMEOUT_MS + 100);
    } catch {
      return undefined;
    }
  }

  /** @param {Parameters<RedisStringsHandler['set']>} args */
  async set(...args) {
    if (!this.store || !this.usable) return;
    await within(this.store.set(...args), WRITE_TIMEOUT_MS).catch(() => {});
  }

  /**
   * Tells every other instance, and drops the pages from Redis.
   * @param {string[]} tags
   * @param {{ expire?: number } | undefined} durations
   */
  async revalidateTag(tags, durations) {
    if (!this.up) return;
    const message = JSON.stringify({ from: this.instance, tags, durations });
    await Promise.all([
      within(this.publisher.publish(this.channel, message), WRITE_TIMEOUT_MS),
      this.store && this.usable && within(this.store.revalidateTag(tags), WRITE_TIMEOUT_MS),
    ]).catch(() => {});
  }

  /** Closes every connection (tests; a server process simply exits). */
  async close() {
    this.closed = true;
    const clients = this.store ? libraryClients(this.store) : [];
    await Promise.all([
      this.publisher.quit().catch(() => {}),
      this.subscriber.quit().catch(() => {}),
      ...clients.map((client) => client.disconnect().catch(() => {})),
    ]);
  }

  /** @param {string} text */
  receive(text) {
    /** @type {unknown} */
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const { from, tags, durations } = /** @type {Record<string, unknown>} */ (message);
    if (from === this.instance || !Array.isArray(tags)) return;
    const names = tags.filter((tag) => typeof tag === 'string');
    // First the content, so that a page rendered once the tags have expired reads the new store.
    countRemoteRevalidation();
    const expire =
      typeof durations === 'object' && durations !== null && 'expire' in durations
        ? Number(durations.expire)
        : undefined;
    this.expireTags(names, expire === undefined || Number.isNaN(expire) ? undefined : { expire });
  }
}

/** Next.js may load this module more than once in a process: one shared cache whatever. */
const SHARED = Symbol.for('carnet.shared-cache');

/**
 * The process's one shared cache (Next.js makes a cache handler per request), or undefined
 * without REDIS_URL.
 * @param {string} serverDistDir
 * @param {TagsExpirer} expireTags
 */
export function sharedCache(serverDistDir, expireTags) {
  const url = process.env.REDIS_URL?.trim();
  // `next build` writes its pages to .next/ for every instance: nothing to share yet.
  if (!url || process.env.NEXT_PHASE === 'phase-production-build') return undefined;
  const record = /** @type {Record<symbol, SharedCache | null | undefined>} */ (globalThis);
  if (record[SHARED] === undefined) {
    // lib/config/env.ts refuses such a URL with a message of its own: no second one here.
    const valid = URL.canParse(url) && /^rediss?:$/.test(new URL(url).protocol);
    record[SHARED] = valid ? new SharedCache(url, serverDistDir, expireTags) : null;
  }
  return record[SHARED] ?? undefined;
}
