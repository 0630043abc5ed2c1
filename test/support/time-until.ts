import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Milliseconds until `check` holds, asking every `everyMs`; throws once `limitMs` have passed
 * without it.
 */
export async function timeUntil(
  check: () => boolean | Promise<boolean>,
  limitMs: number,
  everyMs = 100,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check()) return performance.now() - started;
    if (performance.now() - started > limitMs) throw new Error(`Not within ${limitMs} ms`);
    await sleep(everyMs);
  }
}
