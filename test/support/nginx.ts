/**
 * Debian's nginx running deploy/nginx.conf in front of a running blog, on loopback. The file is
 * used as shipped: only its listen port, upstream address and paths under /var and /run change.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort, repoRoot, serve, type RunningSite } from './site';

export const NGINX_CONF = join(repoRoot, 'deploy/nginx.conf');
const UPSTREAM_CONF = join(repoRoot, 'deploy/blog-upstream.conf');
const NGINX = process.env.NGINX ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

/** Replaces `from`, which must occur exactly once: a changed deploy file fails here, not silently. */
function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1)
    throw new Error(`${NGINX_CONF}: expected "${from}" once, found it ${count} times`);
  return text.replace(from, to);
}

/**
 * nginx on the configuration `render` returns for a fresh folder and a free port. The folder goes
 * when nginx stops, or when it does not start.
 */
async function runNginx(
  prefix: string,
  render: (dir: string, port: number) => string,
): Promise<RunningSite> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  let server: RunningSite;
  try {
    const confPath = join(dir, 'nginx.conf');
    writeFileSync(confPath, render(dir, port));
    const child = spawn(NGINX, ['-c', confPath, '-p', dir, '-g', 'daemon off;'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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

/**
 * Starts nginx with deploy/nginx.conf, proxying to `upstreams` (e.g. http://127.0.0.1:3000), each
 * a line of deploy/blog-upstream.conf as shipped. Without its `cache`, nginx only spreads the
 * requests (the benchmark of several instances measures them, not nginx's cache).
 */
export function startNginx(
  upstreams: string | string[],
  { cache = true }: { cache?: boolean } = {},
): Promise<RunningSite> {
  upstreams = [upstreams].flat();
  return runNginx('nginx-blog-', (dir, port) => {
    // The workers run as www-data, as in production: they must be able to write the cache here.
    chmodSync(dir, 0o777);
    const upstream = readFileSync(UPSTREAM_CONF, 'utf8');
    const shipped = upstream.split('\n').find((line) => line.trim().startsWith('server '));
    if (!shipped) throw new Error(`${UPSTREAM_CONF}: no server line`);
    const servers = upstreams.map((url) => shipped.replace('127.0.0.1:3000', new URL(url).host));
    writeFileSync(join(dir, 'blog-upstream.conf'), upstream.replace(shipped, servers.join('\n')));
    let conf = readFileSync(NGINX_CONF, 'utf8');
    if (!cache) conf = conf.replaceAll('proxy_cache blog;', 'proxy_cache off;');
    conf = replaceOnce(conf, 'listen 80;', `listen 127.0.0.1:${port};`);
    conf = replaceOnce(
      conf,
      'proxy_cache_path /var/cache/nginx/blog ',
      `proxy_cache_path ${join(dir, 'cache')} `,
    );
    conf = replaceOnce(conf, 'pid /run/nginx-blog.pid;', `pid ${join(dir, 'nginx.pid')};`);
    conf = replaceOnce(
      conf,
      'error_log /var/log/nginx/blog-error.log ',
      `error_log ${join(dir, 'error.log')} `,
    );
    return conf;
  });
}

/**
 * Debian's nginx serving `files` (path → content, e.g. `post.html`) with the same worker and
 * connection settings as deploy/nginx.conf: the ceiling a page can reach on this machine
 * (scripts/bench/http.ts).
 */
export function startNginxFiles(files: Record<string, string>): Promise<RunningSite> {
  return runNginx('nginx-files-', (dir, port) => {
    // nginx's workers run as nobody: everything they read must be readable by all.
    chmodSync(dir, 0o755);
    const root = join(dir, 'root');
    for (const [path, text] of Object.entries(files)) {
      const file = join(root, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    return `worker_processes auto;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  server_tokens off;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  default_type text/html;
  server {
    listen 127.0.0.1:${port};
    root ${root};
  }
}
`;
  });
}
