/** Timing and memory helpers shared by the benchmarks. */

export const MB = 1024 * 1024;

/** A full collection, twice so that objects freed by finalizers go too. */
export function collectGarbage(): void {
  const gc = globalThis.gc;
  if (!gc)
    throw new Error(
      'The benchmark needs `node --expose-gc`: run it through its npm script (see package.json).',
    );
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

/** The median (the lower of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export interface Latencies {
  /** Timed calls. */
  calls: number;
  p50: number;
  p99: number;
  max: number;
  /** Median per query, in query order. */
  perQuery: number[];
}

function summarize(samples: readonly number[][]): Latencies {
  const all = samples.flat().sort((a, b) => a - b);
  const perQuery = samples.map(median);
  return {
    calls: all.length,
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    max: all.at(-1) ?? Number.NaN,
    perQuery,
  };
}

/**
 * Timed passes over the queries, the runs interleaved call by call so that figures meant to be
 * compared see the same machine load. One sample per call: p99 over 50 queries × 5 rounds is the
 * third slowest of 250 calls. The caller warms up first.
 */
export function timeInterleaved(
  runs: ReadonlyArray<(q: string) => unknown>,
  queries: readonly string[],
  rounds: number,
): Latencies[] {
  const samples = runs.map(() => queries.map((): number[] => []));
  for (let round = 0; round < rounds; round++) {
    queries.forEach((q, i) => {
      runs.forEach((run, r) => {
        const start = performance.now();
        run(q);
        samples[r]?.[i]?.push(performance.now() - start);
      });
    });
  }
  return samples.map(summarize);
}

/** Every query once to warm up (JIT, caches), unless the caller did, then `rounds` timed passes. */
export function timeQueries(
  run: (q: string) => unknown,
  queries: readonly string[],
  rounds: number,
  warmUp = true,
): Latencies {
  if (warmUp) for (const q of queries) run(q);
  const [latencies] = timeInterleaved([run], queries, rounds);
  if (!latencies) throw new Error('timeInterleaved returned no figures');
  return latencies;
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

export const formatMs = (ms: number): string =>
  ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
export const formatMb = (bytes: number): string => (bytes / MB).toFixed(1);
export const formatInt = (n: number): string => n.toLocaleString('en-US');
