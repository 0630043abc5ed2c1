// @ts-check
/**
 * How many revalidations other instances have announced through Redis: shared-cache.mjs counts
 * them, lib/posts/queries.ts reads the count to read the content store again before its next
 * render. Kept on globalThis: the cache handler runs outside the app's bundles, which hold their
 * own copy of this module.
 */
const COUNT = Symbol.for('carnet.remote-revalidations');
const state = /** @type {Record<symbol, number | undefined>} */ (globalThis);

export const remoteRevalidations = () => state[COUNT] ?? 0;

export function countRemoteRevalidation() {
  state[COUNT] = remoteRevalidations() + 1;
}
