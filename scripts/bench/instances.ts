/**
 * More than one instance (README, "Running more than one instance"): a 1,000-post blog built
 * as the container image runs it (`npm run build:standalone`, `node server.js`), then, in one run:
 * - how long a revalidation sent to instance A takes to reach instance B through Redis;
 * - requests/s and p99 on a post, the home page and a feed: one instance with its file cache
 *   (measured first and last, to show the run's drift), the same with the cache in Redis (what a
 *   hit costs there), and one then two instances behind deploy/nginx.conf without its own cache
 *   (nginx spreading requests, the instances answering them).
 * Usage: npm run bench:instances
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { startNginx } from '../../test/support/nginx';
import { startRedis, type RunningRedis } from '../../test/support/redis';
import { UNLIMITED_RATES, buildContent, makeSite, type RunningSite } from '../../test/support/site';
import { buildStandalone, standaloneCopy, startStandalone } from '../../test/support/standalone';
import { timeUntil } from '../../test/support/time-until';
import { writeSection } from './benchmarks-doc';
import { corpusFiles } from './builds';
import { generateCorpus, type CorpusPost } from './corpus';
import { CONNECTIONS, DURATION, load, type LoadResult } from './http';
import { median } from './measure';

const POSTS = 1000;
const SECRET = 'bench-instances-secret-0123456789abcdef0123';
const PROPAGATIONS = 5;

const log = (line: string) => console.log(`[instances] ${line}`);

/** Milliseconds from a revalidation sent to A until B serves the edited post, `times` times. */
async function propagation(
  dir: string,
  { file: name, slug: post }: CorpusPost,
  a: RunningSite,
  b: RunningSite,
  times: number,
): Promise<number[]> {
  const file = join(dir, 'content/posts', name);
  const figures: number[] = [];
  for (let i = 1; i <= times; i++) {
    const marker = `zorglubversion${i}`;
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n\nÉdition ${marker}.\n`);
    const built = await buildContent(dir);
    if (built.code !== 0) throw new Error(`content build failed:\n${built.output.slice(-2000)}`);
    const start = performance.now();
    const answer = await fetch(`${a.url}/api/revalidate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ paths: [`/posts/${post}`] }),
    });
    if (answer.status !== 200) throw new Error(`revalidate answered ${answer.status}`);
    const served = async () =>
      (await fetch(`${b.url}/posts/${post}`).then((r) => r.text())).includes(marker);
    await timeUntil(served, 30_000, 20);
    figures.push(performance.now() - start);
  }
  return figures;
}

const perSecond = (r: LoadResult | undefined) => Math.round(r?.requestsPerSecond ?? NaN);

function section(results: LoadResult[], propagations: number[], redisVersion: string): string {
  const rows = results.map(
    (r) =>
      `| ${r.target.label} | ${perSecond(r)} | ${r.p50} | ${r.p99} | ${r.cpuMicroseconds === undefined ? '–' : Math.round(r.cpuMicroseconds)} | ${r.failures} |`,
  );
  const [control, redis, nginxOne, nginxTwo, controlAgain] = results;
  const gain = perSecond(nginxTwo) / perSecond(nginxOne) - 1;
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  return `## More than one instance (\`npm run bench:instances\`, ${when} UTC)

- Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${redisVersion}
- A ${POSTS.toLocaleString('en')}-post generated blog, built by \`npm run build:standalone\` and run as the image runs it (\`node server.js\`), Redis on loopback, load generator on the same machine (autocannon, ${CONNECTIONS} connections, ${DURATION} s per row, cycling through a post, the home page and the RSS feed). nginx runs \`deploy/nginx.conf\` without its own cache, so that the instances answer every request.
- A revalidation sent to instance A reaches instance B (B serves the edited post) in **${Math.round(median(propagations))} ms** (median of ${propagations.length}: ${propagations.map((ms) => Math.round(ms)).join(', ')} ms; each includes B rendering the page).

| setup | requests/s | p50 (ms) | p99 (ms) | server CPU per request (µs) | failed |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

- A cache hit in Redis against the file cache: ${perSecond(redis)} requests/s against ${perSecond(control)} and ${perSecond(controlAgain)} (the control, first and last), ${Math.round(redis?.cpuMicroseconds ?? NaN)} µs of the server's CPU per request against ${Math.round(control?.cpuMicroseconds ?? NaN)}.
- Two instances behind nginx against one: ${gain >= 0 ? '+' : ''}${Math.round(gain * 100)} % requests/s, p99 ${nginxTwo?.p99} ms against ${nginxOne?.p99} ms. Both instances share these two cores with nginx, Redis and the load generator; a second instance buys throughput where it has a core of its own, and here buys availability: a second server to take the requests when one goes away.`;
}

async function main() {
  const corpus = generateCorpus(POSTS);
  const edited = corpus[0] as CorpusPost;
  const dir = makeSite('bench-instances', corpusFiles(corpus));
  log('Building the standalone blog…');
  const built = await buildStandalone(dir, { REVALIDATE_SECRET: SECRET });
  if (built.code !== 0) throw new Error(`build failed:\n${built.output.slice(-3000)}`);
  const copies = ['a', 'b'].map((name) => standaloneCopy(dir, name));
  const servers: RunningSite[] = [];
  let redis: RunningRedis | undefined;
  const start = async (copy: string, redisUrl?: string) => {
    const server = await startStandalone(copy, {
      ...UNLIMITED_RATES,
      REVALIDATE_SECRET: SECRET,
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    });
    servers.push(server);
    return server;
  };
  try {
    redis = await startRedis();
    const redisVersion = execFileSync('redis-server', ['--version'], { encoding: 'utf8' })
      .split(' ')
      .slice(0, 3)
      .join(' ');
    const paths = [`/posts/${edited.slug}`, '/', '/feed.xml'];
    const results: LoadResult[] = [];
    /** `pid`: the process whose CPU time is measured, when one process answers. */
    const measure = async (label: string, server: RunningSite, pid: number | undefined) => {
      log(label);
      results.push(await load({ label, url: server.url, paths, status: 200, serverPid: pid }));
    };

    const alone = await start(copies[0] as string);
    await measure('one instance, file cache (control)', alone, alone.pid);
    await alone.stop();

    const a = await start(copies[0] as string, redis.url);
    await measure('one instance, cache in Redis', a, a.pid);
    const single = await startNginx(a.url, { cache: false });
    servers.push(single);
    await measure('nginx → one instance, cache in Redis', single, a.pid);
    await single.stop();

    const b = await start(copies[1] as string, redis.url);
    const both = await startNginx([a.url, b.url], { cache: false });
    servers.push(both);
    await measure('nginx → two instances, cache in Redis', both, undefined);

    log('Revalidation from A to B…');
    const propagations = await propagation(dir, edited, a, b, PROPAGATIONS);

    await a.stop();
    await b.stop();
    const last = await start(copies[0] as string);
    await measure('one instance, file cache (control, again)', last, last.pid);

    const body = section(results, propagations, redisVersion);
    writeSection('instances', body);
    console.log(body);
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await redis?.stop();
  }
}

await main();
