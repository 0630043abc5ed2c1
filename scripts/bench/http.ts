/**
 * Requests per second and latency under load: autocannon, 50 connections, 15 s per target, load
 * generator and servers on the same machine. Each target is warmed up first (ISR fills its cache,
 * nginx its own), and the control is measured first and last to show the run's drift.
 */
import autocannon from 'autocannon';
import { BENCH_QUERIES } from './corpus';

export const CONNECTIONS = 50;
export const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const WARM_UP = 3;

export interface LoadTarget {
  label: string;
  url: string;
  /** Paths cycled through, one per request; the URL's own path when absent. */
  paths?: string[];
  headers?: Record<string, string>;
  /** The status every answer must have. */
  status: 200 | 304;
}

export interface LoadResult {
  target: LoadTarget;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers with another status, errors and timeouts. */
  failures: number;
}

async function hammer(target: LoadTarget, duration: number) {
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const options: autocannon.Options = {
      url: target.url,
      connections: CONNECTIONS,
      duration,
      headers: target.headers,
      requests: target.paths?.map((path) => ({ method: 'GET', path })),
    };
    const instance = autocannon(options, (error, finished) => (error ? fail(error) : done(finished)));
    instance.on('response', (_client, statusCode) => statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1));
  });
  return { result, statuses };
}

export async function load(target: LoadTarget): Promise<LoadResult> {
  await hammer(target, WARM_UP);
  const { result, statuses } = await hammer(target, DURATION);
  const expected = statuses.get(target.status) ?? 0;
  const answered = [...statuses.values()].reduce((a, b) => a + b, 0);
  return {
    target,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: answered - expected + result.errors + result.timeouts,
  };
}

export const searchPaths = BENCH_QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`);
