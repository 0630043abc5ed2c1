/**
 * Builds and serves a copy of the blog on fixture content, isolated from the working tree:
 * the copy lives under `.e2e/<name>/`, and Node finds the packages in the repository's
 * node_modules by walking up from there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const bin = (pkg: string, file: string) => join(repoRoot, 'node_modules', pkg, file);
export const CONTENTLAYER = bin('contentlayer2', 'bin/cli.cjs');
export const NEXT = bin('next', 'dist/bin/next');

/** Top-level entries a copy of the site does not take: outputs, tooling, and the sample content it replaces. */
const NOT_COPIED = new Set([
  '.git',
  '.next',
  '.contentlayer',
  '.e2e',
  '.env',
  '.env.local',
  'node_modules',
  // Without a lockfile of its own, the copy's Turbopack root is the repository: node_modules stays reachable.
  'package-lock.json',
  'tsconfig.tsbuildinfo',
  'content',
  'test',
  'test-results',
  'docs',
  'scripts',
  '.ci',
]);

/** A fresh copy of the project with `files` (paths relative to the copy, e.g. `content/posts/a.md`) as its content. */
export function makeSite(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(repoRoot, '.e2e', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(repoRoot)) {
    if (!NOT_COPIED.has(entry))
      cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  }
  for (const [path, text] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return dir;
}

export interface RunResult {
  code: number | null;
  output: string;
}

/** The parent's environment, without what vitest sets for itself (NODE_ENV=test breaks next build). */
export function childEnv(
  cwd: string,
  extra: Record<string, string>,
  nodeEnv: 'production' | 'development' = 'production',
): NodeJS.ProcessEnv {
  // Contentlayer takes its working folder from PWD, not from the process's cwd.
  const inherited = Object.entries(process.env).filter(
    ([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST'),
  );
  return {
    ...Object.fromEntries(inherited),
    NODE_ENV: nodeEnv,
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
    PWD: cwd,
  };
}

export function run(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, env: childEnv(cwd, env) });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

export const buildContent = (dir: string) => run(dir, [CONTENTLAYER, 'build']);

/** `npm run content:publish -- --url <url>` in the copy `dir` (scripts/publish.ts). */
export const publishContent = (dir: string, url: string, env: Record<string, string>) =>
  run(dir, ['--import', 'tsx', join(repoRoot, 'scripts/publish.ts'), '--url', url], env);

/** `next build` alone, for a Next.js app without Contentlayer (the benchmarks' empty control page). */
export const buildNext = (dir: string) => run(dir, [NEXT, 'build']);

export async function buildSite(dir: string, env: Record<string, string> = {}): Promise<RunResult> {
  const content = await run(dir, [CONTENTLAYER, 'build'], env);
  if (content.code !== 0) return content;
  const next = await run(dir, [NEXT, 'build'], env);
  return { code: next.code, output: content.output + next.output };
}

/** A TCP port nothing listens on right now, on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface RunningSite {
  url: string;
  /** The server's process (for `next start`, the one that answers requests). */
  pid: number | undefined;
  logs: () => string;
  /** Kills the server at once, as a crash or the out-of-memory killer would. */
  kill: () => void;
  stop: () => Promise<void>;
}

/**
 * Rate limits raised out of the way, for benchmarks and load tests that measure the server rather
 * than the limiter (lib/http/rate-limit.ts; the limits are per client, and every request of a load test
 * comes from one).
 */
export const UNLIMITED_RATES = {
  RATE_LIMIT_SEARCH: '999999999',
  RATE_LIMIT_DRAFT: '999999999',
  RATE_LIMIT_REVALIDATE: '999999999',
};

/** `next start` on `port` (by default a free one), resolved once it answers. */
export async function startSite(
  dir: string,
  env: Record<string, string> = {},
  port?: number,
): Promise<RunningSite> {
  port ??= await freePort();
  const child = spawn(process.execPath, [NEXT, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: childEnv(dir, env),
  });
  return serve(child, `http://127.0.0.1:${port}`, 30_000);
}

/**
 * `npm run dev` as the author runs it (Contentlayer's watcher beside `next dev`), on a free port.
 * It runs in a process group of its own, so that stopping it stops both watchers.
 */
export async function startDev(dir: string): Promise<RunningSite> {
  const port = await freePort();
  const child = spawn('npm', ['run', 'dev'], {
    cwd: dir,
    env: childEnv(dir, { PORT: String(port) }, 'development'),
    detached: true,
  });
  return serve(child, `http://localhost:${port}`, 120_000);
}

/** Resolves once `url` answers; the logs are both output streams of the child. */
export async function serve(
  child: ChildProcess,
  url: string,
  timeoutMs: number,
): Promise<RunningSite> {
  let logs = '';
  child.stdout?.on('data', (d) => (logs += d));
  child.stderr?.on('data', (d) => (logs += d));
  const stop = () =>
    new Promise<void>((done) => {
      // Already gone: it exited, or a signal (kill()) ended it.
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
        return done();
      child.once('exit', () => done());
      try {
        // The whole group when the child leads one (startDev), else the child alone.
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with ${child.exitCode}:\n${logs}`);
    try {
      await fetch(url, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`The server did not answer within ${timeoutMs / 1000} s:\n${logs}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { url, pid: child.pid, logs: () => logs, stop, kill: () => child.kill('SIGKILL') };
}
