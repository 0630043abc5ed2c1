// @ts-check
/**
 * Next.js's own incremental cache, storing only 200s (docs/security.md, "Hostile input"), and
 * each page's HTML as latin1-html.mjs rewrites it (docs/benchmarks.md, "Cached pages in Latin-1").
 */
import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { latin1Html } from './latin1-html.mjs';

/** @typedef {import('next/dist/server/response-cache').IncrementalCacheValue} CacheValue */
/** @typedef {import('next/dist/server/response-cache').IncrementalCachedAppPageValue} AppPageValue */

// Node imports this CommonJS module with its class under `default`; a bundler, without.
const Cache =
  /** @type {{ default?: typeof FileSystemCache }} */ (/** @type {unknown} */ (FileSystemCache))
    .default ?? FileSystemCache;

/** Cached page values whose HTML is already rewritten (the memory cache hands back the same objects). */
const rewritten = new WeakSet();

/**
 * @param {CacheValue | null} value
 * @returns {value is AppPageValue}
 */
const isAppPage = (value) => String(value?.kind) === 'APP_PAGE';

/**
 * @param {CacheValue | null} value
 * @returns {CacheValue | null}
 */
function rewrite(value) {
  if (!isAppPage(value) || typeof value.html !== 'string' || rewritten.has(value)) return value;
  const page = { ...value, html: latin1Html(value.html) };
  rewritten.add(page);
  return page;
}

export default class BlogCache extends Cache {
  /** @param {Parameters<FileSystemCache['get']>} args */
  async get(...args) {
    const entry = await super.get(...args);
    if (!entry?.value) return entry;
    const value = rewrite(entry.value);
    // In place, so that the memory cache keeps the rewritten page.
    if (value !== entry.value) entry.value = value;
    return entry;
  }

  /** @param {Parameters<FileSystemCache['set']>} args */
  async set(...args) {
    const [key, data, ctx] = args;
    if (data && 'status' in data && typeof data.status === 'number' && data.status !== 200) return;
    return super.set(key, rewrite(data), ctx);
  }
}
