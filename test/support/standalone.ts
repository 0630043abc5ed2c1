/**
 * The blog as the container image runs it (Dockerfile): `npm run build:standalone`, then
 * `node server.js` from a copy of `.next/standalone/` per instance, as each container has its
 * own. The copies share the site's `.contentlayer/` (the content store), as containers would
 * share a volume, so that content published without a build reaches them all.
 */
import { spawn } from 'node:child_process';
import { cpSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { standaloneApp } from '../../scripts/standalone-app';
import {
  buildSite,
  childEnv,
  freePort,
  repoRoot,
  run,
  serve,
  type RunResult,
  type RunningSite,
} from './site';

/** `npm run build:standalone` in the site copy `dir`. */
export async function buildStandalone(
  dir: string,
  env: Record<string, string> = {},
): Promise<RunResult> {
  const built = await buildSite(dir, { ...env, CARNET_STANDALONE: '1' });
  if (built.code !== 0) return built;
  const completed = await run(dir, ['--import', 'tsx', join(repoRoot, 'scripts/standalone.ts')]);
  return { code: completed.code, output: built.output + completed.output };
}

/**
 * A copy of the site's standalone output at `<dir>-<name>`, reading the site's content store:
 * the folder to run `server.js` in.
 */
export function standaloneCopy(dir: string, name: string): string {
  const app = standaloneApp(dir);
  if (!app) throw new Error(`${dir}: no standalone output`);
  const copy = `${dir}-${name}`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(join(dir, '.next', 'standalone'), copy, { recursive: true });
  const copiedApp = join(copy, relative(join(dir, '.next', 'standalone'), app));
  rmSync(join(copiedApp, '.contentlayer'), { recursive: true, force: true });
  symlinkSync(join(dir, '.contentlayer'), join(copiedApp, '.contentlayer'));
  return copiedApp;
}

/** `node server.js` in a standalone copy, as the image's CMD, on `port` (by default a free one). */
export async function startStandalone(
  copy: string,
  env: Record<string, string> = {},
  port?: number,
): Promise<RunningSite> {
  port ??= await freePort();
  const child = spawn(process.execPath, ['server.js'], {
    cwd: copy,
    env: childEnv(copy, { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' }),
  });
  return serve(child, `http://127.0.0.1:${port}`, 30_000);
}
