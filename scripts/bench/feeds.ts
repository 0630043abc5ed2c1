/**
 * Feed readers poll: the cost of a conditional GET that answers 304, against `next start` on the
 * current build (run `npm run build` first). Usage: npm run bench:feeds
 */
import autocannon from 'autocannon';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { repoRoot, startSite } from '../../test/support/site';
import { writeSection } from './benchmarks-doc';
import { percentile } from './measure';

const COUNT = 1000;

async function timedGets(url: string, etag: string, concurrency: number) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < COUNT) {
      next += 1;
      const start = performance.now();
      const res = await fetch(url, { headers: { 'If-None-Match': etag } });
      await res.arrayBuffer();
      latencies.push(performance.now() - start);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const total = performance.now() - start;
  latencies.sort((a, b) => a - b);
  return {
    total,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    statuses: Object.fromEntries(statuses),
  };
}

async function main() {
  if (!existsSync(`${repoRoot}/.next/BUILD_ID`))
    throw new Error('No build: run `npm run build` first.');
  const site = await startSite(repoRoot);
  try {
    const url = `${site.url}/feed.xml`;
    const first = await fetch(url);
    const bytes = (await first.arrayBuffer()).byteLength;
    const etag = first.headers.get('etag');
    if (!etag) throw new Error(`${url} sent no ETag`);

    const rows: string[] = [];
    for (const concurrency of [1, 10]) {
      const r = await timedGets(url, etag, concurrency);
      if (r.statuses[304] !== COUNT)
        throw new Error(`expected ${COUNT} answers 304, got ${JSON.stringify(r.statuses)}`);
      rows.push(
        `| ${COUNT} conditional GETs, ${concurrency} at a time (Node fetch) | ${r.total.toFixed(0)} ms | ${(COUNT / (r.total / 1000)).toFixed(0)} | ${r.p50.toFixed(2)} ms | ${r.p99.toFixed(2)} ms |`,
      );
    }
    for (const [label, headers] of [
      ['autocannon 10 s, 50 connections, 304', { 'If-None-Match': etag }],
      ['autocannon 10 s, 50 connections, 200 (full feed)', {}],
    ] as const) {
      const r = await autocannon({ url, connections: 50, duration: 10, headers });
      rows.push(
        `| ${label} | ${r.requests.total} requests, ${r.non2xx} non-2xx | ${r.requests.average.toFixed(0)} | ${r.latency.p50} ms | ${r.latency.p99} ms |`,
      );
    }
    const table = [
      '| run | time | requests/s | p50 | p99 |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...rows,
    ].join('\n');
    console.log(table);
    writeSection(
      'feeds',
      `## Feeds: conditional GET

Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB), Node ${process.version}, against \`next start\` on the sample content, client on the same machine.
Command: \`npm run build && npm run bench:feeds\`. A 304 is answered by \`proxy.ts\` from validators computed once per content change; a 200 is Next.js serving the prerendered feed (${(bytes / 1024).toFixed(0)} KB before compression).

${table}`,
    );
  } finally {
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
