/**
 * Rate limits on the APIs: a window of one minute per client and per API, counted by
 * rate-limiter-flexible in this process's memory, or in Redis when REDIS_URL is set, so that every
 * instance behind a load balancer shares one count. When Redis fails, each process counts in its
 * own memory until Redis is back: the APIs stay up, with a looser limit.
 */
import 'server-only';
import { isIP } from 'node:net';
import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { env, type RateLimitedApi } from '../config/env';
import { site } from '../config/site';
import { jsonError } from './responses';

const WINDOW_SECONDS = 60;

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request from `client`. */
  consume: (client: string) => Promise<RateVerdict>;
  /** Resolves once the Redis connection, if any, is up: until then, requests are counted in memory. */
  ready: () => Promise<void>;
  /** Closes the Redis connection, if any. */
  close: () => Promise<void>;
}

function redisClient(url: string): Redis {
  // No queue while disconnected: a request is counted in memory at once rather than kept waiting.
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  });
  // The URL may hold a password: only the host is printed, once per outage.
  const host = new URL(url).host;
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    console.error(
      `Rate limits: Redis at ${host} is unreachable (${error.message}); counting in memory until it is back.`,
    );
  });
  client.on('ready', () => {
    if (down) console.error(`Rate limits: Redis at ${host} is back.`);
    down = false;
  });
  return client;
}

/** A limiter of `perMinute` requests per client for `api`, shared through Redis when `redisUrl` is given. */
export function createRateLimiter(
  api: RateLimitedApi,
  perMinute: number,
  redisUrl?: string,
): RateLimiter {
  const options = { keyPrefix: `carnet:${api}`, points: perMinute, duration: WINDOW_SECONDS };
  const memory = new RateLimiterMemory(options);
  const redis = redisUrl ? redisClient(redisUrl) : undefined;
  const limiter: RateLimiterAbstract = redis
    ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory })
    : memory;
  return {
    async consume(client) {
      try {
        await limiter.consume(client);
        return { allowed: true };
      } catch (rejection) {
        // Past the limit; any other rejection is an error neither store could absorb.
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
        };
      }
    },
    async ready() {
      if (redis && redis.status !== 'ready') await new Promise((done) => redis.once('ready', done));
    },
    async close() {
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}

/**
 * The client a request counts against: the last address in X-Forwarded-For, which the proxy in
 * front appends (deploy/nginx.conf) and which Next.js sets from the connection when there is no
 * such header. Anything that is not an IP address counts as one client, "unknown".
 */
export function clientAddress(request: Request): string {
  const last = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() ?? '';
  return isIP(last) ? last : 'unknown';
}

const limiters = new Map<RateLimitedApi, RateLimiter>();

function limiterFor(api: RateLimitedApi): RateLimiter {
  let limiter = limiters.get(api);
  if (!limiter) {
    limiter = createRateLimiter(api, site.rateLimits[api], env.redisUrl);
    limiters.set(api, limiter);
  }
  return limiter;
}

/** The 429 for a client past `api`'s limit, or null when the request may go on. */
export async function rateLimitRejection(
  api: RateLimitedApi,
  request: Request,
): Promise<Response | null> {
  const verdict = await limiterFor(api).consume(clientAddress(request));
  if (verdict.allowed) return null;
  const seconds = verdict.retryAfterSeconds;
  return jsonError(
    429,
    `Too many requests: at most ${site.rateLimits[api]} a minute. Try again in ${seconds} s.`,
    { 'Retry-After': String(seconds) },
  );
}
