/**
 * The container image and the compose file (README, "Running more than one instance"): what no
 * Docker engine here can run is checked as written. test/e2e/instances.test.ts runs the same
 * topology with processes, and the image's health check against a running instance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/site';

const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8');
/** Instructions with their continuation lines joined, comments dropped. */
const instructions = dockerfile
  .replace(/\\\n\s*/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const stages = instructions
  .join('\n')
  .split(/^(?=FROM )/m)
  .map((stage) => stage.split('\n'));
const finalStage = stages.at(-1) ?? [];

describe('Dockerfile', () => {
  it('builds in stages on Node 20 slim, and runs the standalone output', () => {
    const bases = instructions.filter((line) => line.startsWith('FROM '));
    expect(bases.length).toBeGreaterThanOrEqual(2);
    for (const base of bases) expect(base).toMatch(/^FROM node:20-slim\b/);
    expect(instructions).toContain('RUN npm run build:standalone');
    expect(finalStage).toContain('CMD ["node", "server.js"]');
    expect(finalStage.some((line) => line.startsWith('COPY --from=build'))).toBe(true);
  });

  it('runs as a user without rights', () => {
    const user = finalStage.filter((line) => line.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^USER (root|0)\b/);
  });

  it('checks its health on /api/health', () => {
    const check = finalStage.find((line) => line.startsWith('HEALTHCHECK '));
    expect(check).toContain('/api/health');
  });

  it('bakes in no secret', () => {
    const declared = instructions
      .filter((line) => /^(ARG|ENV) /.test(line))
      .flatMap((line) => line.slice(4).split(/\s+/))
      .map((pair) => pair.split('=')[0]);
    for (const name of declared) expect(name).not.toMatch(/SECRET|PASSWORD|REDIS_URL|TOKEN|KEY/);
  });
});

describe('compose.yaml', () => {
  const compose = parse(readFileSync(join(repoRoot, 'compose.yaml'), 'utf8')) as {
    services: Record<string, { environment?: Record<string, string>; volumes?: string[] }>;
  };

  it('runs nginx, two instances of the blog and Redis, the instances sharing Redis', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['blog-1', 'blog-2', 'nginx', 'redis']);
    for (const name of ['blog-1', 'blog-2'])
      expect(compose.services[name]?.environment?.REDIS_URL).toMatch(/^redis:\/\/:.*@redis:6379$/);
  });

  it('gives nginx deploy/nginx.conf and the two instances as its upstream', () => {
    const volumes = compose.services.nginx?.volumes ?? [];
    expect(volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
    const upstream = volumes.find((v) => v.includes('blog-upstream.conf'))?.split(':')[0] ?? '';
    const servers = readFileSync(join(repoRoot, upstream), 'utf8').match(/^\s*server (\S+)/gm);
    expect(servers?.map((line) => line.trim())).toEqual([
      'server blog-1:3000',
      'server blog-2:3000',
    ]);
  });
});
