/**
 * Requests per second and latency under load: autocannon, 50 connections, 15 s per target, load
 * generator and servers on the same machine. Each target is warmed up first (ISR fills its cache,
 * nginx its own), and the control is measured first and last to show the run's drift.
 *
 * The load generator takes part of the two cores, and more of them the bigger the answers; the
 * server's own CPU time per request (from /proc, when its process is known) is the figure it does
 * not blur.
 */
import { readFileSync } from 'node:fs';
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
  status: 200 | 304 | 308;
  /** The process that serves it, whose CPU time is measured. */
  serverPid?: number;
}

export interface LoadResult {
  target: LoadTarget;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Answers with another status, errors and timeouts. */
  failures: number;
  /** The server's CPU time (user + system) per answered request, in microseconds. */
  cpuMicroseconds?: number;
}

/** CPU time a process has used, in clock ticks (USER_HZ, 100 a second on Linux). */
function cpuTicks(pid: number): number {
  // The command name, in parentheses, may hold spaces: count the fields after it.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /s, '')
    .split(' ');
  return Number(fields[11]) + Number(fields[12]);
}
const MICROSECONDS_PER_TICK = 10_000;

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
    const instance = autocannon(options, (error, finished) =>
      error ? fail(error) : done(finished),
    );
    instance.on('response', (_client, statusCode) =>
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1),
    );
  });
  return { result, statuses };
}

export async function load(target: LoadTarget): Promise<LoadResult> {
  await hammer(target, WARM_UP);
  const ticksBefore = target.serverPid === undefined ? 0 : cpuTicks(target.serverPid);
  const { result, statuses } = await hammer(target, DURATION);
  const ticks =
    target.serverPid === undefined ? undefined : cpuTicks(target.serverPid) - ticksBefore;
  const expected = statuses.get(target.status) ?? 0;
  const answered = [...statuses.values()].reduce((a, b) => a + b, 0);
  return {
    cpuMicroseconds:
      ticks === undefined || answered === 0
        ? undefined
        : (ticks * MICROSECONDS_PER_TICK) / answered,
    target,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    failures: answered - expected + result.errors + result.timeouts,
  };
}

export const searchPaths = BENCH_QUERIES.map((q) => `/api/search?q=${encodeURIComponent(q)}`);
