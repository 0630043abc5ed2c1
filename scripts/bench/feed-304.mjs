// Time for N conditional GETs of a feed that answer 304, against a running server.
// Usage: node scripts/bench/feed-304.mjs [baseUrl] [path] [count] [concurrency]
const [base = 'http://localhost:3000', path = '/feed.xml', countArg = '1000', concurrencyArg = '1'] = process.argv.slice(2);
const count = Number(countArg);
const concurrency = Number(concurrencyArg);
const url = new URL(path, base).href;

const first = await fetch(url);
await first.arrayBuffer();
const etag = first.headers.get('etag');
if (!etag) throw new Error(`${url} sent no ETag`);

let next = 0;
const statuses = new Map();
const latencies = [];
async function worker() {
  while (next < count) {
    next += 1;
    const start = performance.now();
    const res = await fetch(url, { headers: { 'If-None-Match': etag } });
    await res.arrayBuffer();
    latencies.push(performance.now() - start);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  }
}
const start = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const total = performance.now() - start;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(2);
console.log(
  `${count} conditional GETs of ${path} (concurrency ${concurrency}): ${total.toFixed(0)} ms in all, ` +
    `${(count / (total / 1000)).toFixed(0)} req/s, p50 ${pct(50)} ms, p99 ${pct(99)} ms, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
);
