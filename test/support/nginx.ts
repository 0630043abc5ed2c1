/**
 * Debian's nginx running deploy/nginx.conf in front of a running blog, on loopback. The file is
 * used as shipped: only its listen port, upstream address and paths under /var and /run change.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, repoRoot, serve, type RunningSite } from './site';

export const NGINX_CONF = join(repoRoot, 'deploy/nginx.conf');
const NGINX = process.env.NGINX ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

/** Replaces `from`, which must occur exactly once: a changed deploy file fails here, not silently. */
function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${NGINX_CONF}: expected "${from}" once, found it ${count} times`);
  return text.replace(from, to);
}

/** Starts nginx with deploy/nginx.conf, proxying to `upstream` (e.g. http://127.0.0.1:3000). */
export async function startNginx(upstream: string): Promise<RunningSite> {
  const { host } = new URL(upstream);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'nginx-blog-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  let server: RunningSite;
  try {
    // The workers run as www-data, as in production: they must be able to write the cache here.
    chmodSync(dir, 0o777);
    let conf = readFileSync(NGINX_CONF, 'utf8');
    conf = replaceOnce(conf, 'listen 80;', `listen 127.0.0.1:${port};`);
    conf = replaceOnce(conf, 'server 127.0.0.1:3000;', `server ${host};`);
    conf = replaceOnce(conf, 'proxy_cache_path /var/cache/nginx/blog ', `proxy_cache_path ${join(dir, 'cache')} `);
    conf = replaceOnce(conf, 'pid /run/nginx-blog.pid;', `pid ${join(dir, 'nginx.pid')};`);
    conf = replaceOnce(conf, 'error_log /var/log/nginx/blog-error.log ', `error_log ${join(dir, 'error.log')} `);
    const confPath = join(dir, 'nginx.conf');
    writeFileSync(confPath, conf);
    const child = spawn(NGINX, ['-c', confPath, '-p', dir, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
    server = await serve(child, `http://127.0.0.1:${port}`, 15_000);
  } catch (error) {
    removeDir();
    throw error;
  }
  return {
    ...server,
    stop: async () => {
      await server.stop();
      removeDir();
    },
  };
}
