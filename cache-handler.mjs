/**
 * Next.js's own incremental cache, except that a 404 is never stored. Without this, every
 * unknown slug under a dynamic route (/posts/x, /tags/x, /page/9999…) would be rendered once and
 * then kept in memory and written to .next/server/route-cache, so a crawler inventing URLs could
 * fill the disk. A 404 is cheap to render again, and a scheduled post's URL then answers the
 * moment the post is published.
 */
import FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

const Cache = FileSystemCache.default ?? FileSystemCache;

export default class NoNotFoundCache extends Cache {
  async set(key, data, ctx) {
    if (data && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}
