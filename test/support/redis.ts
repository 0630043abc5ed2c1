/**
 * Debian's Redis on loopback and a free port, with nothing written to disk: for the rate limits
 * and the page cache that instances of the blog share.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './site';

const REDIS_SERVER =
  process.env.REDIS_SERVER ??
  (existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : 'redis-server');

export interface RedisOptions {
  /** The port to listen on (to start Redis again where it was); a free one by default. */
  port?: number;
  /** Clients must give it (`requirepass`). */
  password?: string;
  /** TLS only (`rediss://`), with a certificate for 127.0.0.1 from `tlsCertificate()`. */
  tls?: TlsCertificate;
}

export interface RunningRedis {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

export interface TlsCertificate {
  cert: string;
  key: string;
}

/** A self-signed certificate for 127.0.0.1, valid a day; clients trust it through NODE_EXTRA_CA_CERTS. */
export function tlsCertificate(): TlsCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'redis-tls-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
      ['-keyout', key, '-out', cert, '-subj', '/CN=127.0.0.1'],
      ['-addext', 'subjectAltName=IP:127.0.0.1'],
    ].flat(),
    { stdio: 'ignore' },
  );
  return { cert, key };
}

const accepts = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });

export async function startRedis(options: RedisOptions = {}): Promise<RunningRedis> {
  const port = options.port ?? (await freePort());
  const { password, tls } = options;
  const listen = tls
    ? ['--port', '0', '--tls-port', String(port), '--tls-cert-file', tls.cert]
    : ['--port', String(port)];
  const args = [
    ...listen,
    ...(tls ? ['--tls-key-file', tls.key, '--tls-ca-cert-file', tls.cert] : []),
    ...(tls ? ['--tls-auth-clients', 'no'] : []),
    ...(password ? ['--requirepass', password] : []),
    ...['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
  ];
  const child = spawn(REDIS_SERVER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let logs = '';
  child.stdout.on('data', (d) => (logs += d));
  child.stderr.on('data', (d) => (logs += d));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGKILL');
    });
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`Redis did not start on port ${port}:\n${logs}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const auth = password ? `:${encodeURIComponent(password)}@` : '';
  return { url: `${tls ? 'rediss' : 'redis'}://${auth}127.0.0.1:${port}`, port, stop };
}
