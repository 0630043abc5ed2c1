/**
 * Next.js's own incremental cache, with two changes:
 *
 * - Only a 200 is stored. Without this, every unknown slug under a dynamic route (/posts/x,
 *   /tags/x, /page/9999…) would be rendered once and then kept in memory and written to
 *   .next/server/route-cache, so a crawler inventing URLs could fill the disk. Worse, the first
 *   request to a route handler not yet cached (a social image, an unknown tag's feed) decided what
 *   every reader after it got: an OPTIONS stored Next.js's 204, which no GET could then answer
 *   (500), and a POST its 405 (found by test/e2e/fuzz.test.ts). Anything else is cheap to answer
 *   again, and a scheduled post's URL answers the moment the post is published.
 * - A page's HTML is kept without characters above U+00FF (lib/latin1-html.mjs): the page is the
 *   same, and Node 20 sends a French post page with about a fifth less CPU. Each cached page is rewritten once, when it
 *   is stored or first read from the files `next build` wrote.
 */
import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { latin1Html } from './lib/latin1-html.mjs';

const Cache = FileSystemCache.default ?? FileSystemCache;

/** Cached page values whose HTML is already rewritten (the memory cache hands back the same objects). */
const rewritten = new WeakSet();

function rewrite(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || rewritten.has(value))
    return value;
  const page = { ...value, html: latin1Html(value.html) };
  rewritten.add(page);
  return page;
}

export default class BlogCache extends Cache {
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (!entry?.value) return entry;
    const value = rewrite(entry.value);
    // In place, so that the memory cache keeps the rewritten page.
    if (value !== entry.value) entry.value = value;
    return entry;
  }

  async set(key, data, ctx) {
    if (data && typeof data.status === 'number' && data.status !== 200) return;
    return super.set(key, rewrite(data), ctx);
  }
}
