/**
 * One line per failure in the server's log: Next.js prints one failed render several times (the
 * same `digest`); copies within a minute are dropped (docs/security.md, "Faults").
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
