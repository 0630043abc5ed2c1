/** Timing and memory helpers shared by the in-process benchmarks. */

export const MB = 1024 * 1024;

/** A full collection, twice so that objects freed by finalizers go too. */
export function collectGarbage(): void {
  const gc = globalThis.gc;
  if (!gc) throw new Error('The benchmark needs `node --expose-gc`: run it through its npm script (see package.json).');
  gc();
  gc();
}

/** Live heap after a full collection, in bytes. */
export function liveHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** Nearest-rank percentile of ascending values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export interface Latencies {
  p50: number;
  p99: number;
  max: number;
  /** Median per query, in query order. */
  perQuery: number[];
}

/**
 * Every query once to warm up (JIT, caches), then `rounds` timed passes. One sample per call, so
 * p99 over 50 queries × 5 rounds is the third slowest of 250 calls.
 */
export function timeQueries(run: (q: string) => unknown, queries: readonly string[], rounds: number): Latencies {
  for (const q of queries) run(q);
  const samples: number[][] = queries.map(() => []);
  for (let round = 0; round < rounds; round++) {
    queries.forEach((q, i) => {
      const start = performance.now();
      run(q);
      samples[i]?.push(performance.now() - start);
    });
  }
  const all = samples.flat().sort((a, b) => a - b);
  const perQuery = samples.map((s) => percentile([...s].sort((a, b) => a - b), 50));
  return { p50: percentile(all, 50), p99: percentile(all, 99), max: all.at(-1) ?? Number.NaN, perQuery };
}

export interface Built<T> {
  value: T;
  ms: number;
  /** Live heap growth, in bytes, with the result still referenced. */
  heap: number;
}

/** Build time and retained heap of `build()`. */
export function measureBuild<T>(build: () => T): Built<T> {
  const before = liveHeap();
  const start = performance.now();
  const value = build();
  const ms = performance.now() - start;
  const heap = liveHeap() - before;
  return { value, ms, heap };
}

export const formatMs = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
export const formatMb = (bytes: number): string => (bytes / MB).toFixed(1);
export const formatInt = (n: number): string => n.toLocaleString('en-US');
