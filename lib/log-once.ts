/**
 * One line per failure in the server's log. When a page fails to render, Next.js prints the same
 * error (the same `digest`) several times: three for one failed regeneration in
 * test/e2e/regeneration.test.ts, from its renderer and from its cache. This keeps the first and
 * drops the copies printed within the next minute; a failure that comes back later (Next.js
 * retries a failed regeneration every 30 s or so) is printed again after that.
 */
const REPEAT_WINDOW_MS = 60_000;

function digestOf(value: unknown): string | undefined {
  if (!(value instanceof Error) || !('digest' in value)) return undefined;
  return typeof value.digest === 'string' ? value.digest : undefined;
}

export function printErrorsOnce(
  console: Pick<Console, 'error'>,
  now: () => number = Date.now,
): void {
  const lastPrinted = new Map<string, number>();
  const print = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    const digest = args.map(digestOf).find((d) => d !== undefined);
    if (digest !== undefined) {
      const at = now();
      const last = lastPrinted.get(digest);
      if (last !== undefined && at - last < REPEAT_WINDOW_MS) return;
      lastPrinted.set(digest, at);
      // Forget old failures: the map stays as small as the errors of the last minute.
      for (const [key, time] of lastPrinted)
        if (at - time >= REPEAT_WINDOW_MS) lastPrinted.delete(key);
    }
    print(...args);
  };
}
