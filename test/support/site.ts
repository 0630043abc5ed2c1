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
const CONTENTLAYER = bin('contentlayer2', 'bin/cli.cjs');
const NEXT = bin('next', 'dist/bin/next');

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
export function makeSite(name: string, files: Record<string, string>): string {
  const dir = join(repoRoot, '.e2e', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(repoRoot)) {
    if (!NOT_COPIED.has(entry)) cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
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
function childEnv(cwd: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  // Contentlayer takes its working folder from PWD, not from the process's cwd.
  const inherited = Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST'));
  return { ...Object.fromEntries(inherited), NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...extra, PWD: cwd };
}

export function run(cwd: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
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

export async function buildSite(dir: string, env: Record<string, string> = {}): Promise<RunResult> {
  const content = await run(dir, [CONTENTLAYER, 'build'], env);
  if (content.code !== 0) return content;
  const next = await run(dir, [NEXT, 'build'], env);
  return { code: next.code, output: content.output + next.output };
}

async function freePort(): Promise<number> {
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
  logs: () => string;
  stop: () => Promise<void>;
}

/** `next start` on a free port, resolved once it answers. */
export async function startSite(dir: string, env: Record<string, string> = {}): Promise<RunningSite> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [NEXT, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env: childEnv(dir, env),
  });
  let logs = '';
  child.stdout?.on('data', (d) => (logs += d));
  child.stderr?.on('data', (d) => (logs += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${logs}`);
    try {
      await fetch(url, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`next start did not answer within 30 s:\n${logs}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    url,
    logs: () => logs,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
