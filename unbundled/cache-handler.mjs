// @ts-check
/**
 * Next.js's incremental cache: its own file cache, or with REDIS_URL set, Redis shared by every
 * instance in front of it (shared-cache.mjs). Either way, only 200s are stored (docs/security.md,
 * "Hostile input"), and each page's HTML as latin1-html.mjs rewrites it (docs/benchmarks.md,
 * "Cached pages in Latin-1").
 */
import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { latin1Html } from './latin1-html.mjs';
import { sharedCache } from './shared-cache.mjs';

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

/**
 * Another instance revalidated these tags: this process's tag manifest learns it as if it had
 * been asked (the file cache's revalidateTag touches nothing but that manifest).
 * @param {string[]} tags
 * @param {{ expire?: number } | undefined} durations
 */
const expireTags = (tags, durations) =>
  void Cache.prototype.revalidateTag.call(null, tags, durations);

export default class BlogCache extends Cache {
  /** @param {ConstructorParameters<typeof FileSystemCache>[0]} options */
  constructor(options) {
    super(options);
    this.shared = sharedCache(options.serverDistDir ?? '.next/server', expireTags);
  }

  /** @param {Parameters<FileSystemCache['get']>} args */
  async get(...args) {
    // Redis's copy when it has one: another instance may have regenerated the page. Pages went
    // in rewritten (set() below).
    const [key, ctx] = args;
    const shared = await this.shared?.get(key, /** @type {never} */ (ctx));
    if (shared) return /** @type {Awaited<ReturnType<FileSystemCache['get']>>} */ (shared);
    // Else this instance's own: the build's prerendered pages, or what Redis could not take.
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
    const value = rewrite(data);
    await Promise.all([
      super.set(key, value, ctx),
      // A copy of the context: the library adds the page's tags to the one it is given.
      value &&
        this.shared?.set(key, /** @type {never} */ (value), /** @type {never} */ ({ ...ctx })),
    ]);
  }

  /** @param {Parameters<FileSystemCache['revalidateTag']>} args */
  async revalidateTag(...args) {
    const [tags, durations] = args;
    await super.revalidateTag(...args);
    await this.shared?.revalidateTag(typeof tags === 'string' ? [tags] : tags, durations);
  }
}
