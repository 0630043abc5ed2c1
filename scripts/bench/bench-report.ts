/** The sections `npm run bench` writes into docs/benchmarks.md: one table per figure, with its targets. */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../test/support/site';
import type { LighthouseResult } from '../audit/lighthouse';
import type { BuildResults } from './builds';
import { CONTROL_PATHS } from './control';
import type { CorpusPost } from './corpus';
import { CONNECTIONS, DURATION, type LoadResult } from './http';
import { median } from './measure';
import type { PageWeight } from './page-weight';

export interface Environment {
  date: string;
  machine: string;
  versions: string;
}

const version = (pkg: string): string => {
  const manifest: { version?: string } = JSON.parse(
    readFileSync(join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8'),
  );
  return `${pkg} ${manifest.version ?? '?'}`;
};

export function environment(nginx: string): Environment {
  return {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; load average ${loadavg()[0]?.toFixed(2)} at the start`,
    versions: [
      `Node ${process.version}`,
      ...['next', 'react', 'contentlayer2', 'autocannon', 'lighthouse'].map(version),
      nginx.replace(/^nginx version: /, ''),
    ].join(', '),
  };
}

const header = (title: string, env: Environment, extra = '') =>
  `## ${title}\n\n- Measured ${env.date} by \`npm run bench\` (scripts/bench/index.ts)\n- Machine: ${env.machine}\n- ${env.versions}${extra ? `\n${extra}` : ''}\n`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const s = (seconds: number | undefined) =>
  seconds === undefined ? '–' : `${seconds.toFixed(1)} s`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

/** Issue #20's targets: a full build from scratch within these seconds and this memory. */
const BUILD_TARGETS: Record<number, { seconds: number; memory: number }> = {
  1000: { seconds: 60, memory: 2 * 2 ** 30 },
  10_000: { seconds: 300, memory: 3 * 2 ** 30 },
};
/** At most a third of the starter's time on the same 1,000 posts. */
const STARTER_RATIO = 3;
const CACHED_CONTENT_SECONDS = 5;
const FIRST_REQUEST_MS = 150;

const ms = (seconds: number | undefined, posts: number) =>
  seconds === undefined || posts === 0 ? '–' : `${((seconds * 1000) / posts).toFixed(1)} ms`;

export function buildSection(
  { runs, peers, firstRequests }: Pick<BuildResults, 'runs' | 'peers' | 'firstRequests'>,
  env: Environment,
): string {
  const starter = peers.find((peer) => peer.label.includes('starter'));
  const rows = runs.map((run) => {
    const total = (run.content?.seconds ?? 0) + (run.next?.seconds ?? 0);
    const memory = Math.max(run.content?.peakTreeRss ?? 0, run.next?.peakTreeRss ?? 0);
    const largest = Math.max(run.content?.maxProcessRss ?? 0, run.next?.maxProcessRss ?? 0);
    const scratch = run.label.includes('from scratch');
    const target = scratch ? BUILD_TARGETS[run.posts] : undefined;
    const targets = [
      target ? `≤ ${target.seconds} s: ${verdict(total <= target.seconds)}` : '',
      target ? `memory < ${gb(target.memory)}: ${verdict(memory < target.memory)}` : '',
      target && run.posts === starter?.posts
        ? `≤ starter / ${STARTER_RATIO} (${s(starter.build.seconds / STARTER_RATIO)}): ${verdict(total * STARTER_RATIO <= starter.build.seconds)}`
        : '',
      run.label.includes('cache restored')
        ? `≤ ${CACHED_CONTENT_SECONDS} s: ${verdict((run.content?.seconds ?? Infinity) <= CACHED_CONTENT_SECONDS)}`
        : '',
    ].filter(Boolean);
    const perPost = scratch
      ? `${ms(run.content?.seconds, run.posts)} / ${ms(run.next?.seconds, run.posts)}`
      : '';
    const prerendered = run.prerenderPosts ?? (run.posts > 0 && run.next ? 'all' : '');
    return `| ${run.label} | ${prerendered} | ${run.next ? run.pages : ''} | ${s(run.content?.seconds)} | ${run.next ? `${s(run.next.seconds)} (${s(run.compileSeconds)} / ${s(run.renderSeconds)})` : '–'} | **${s(total)}** | ${perPost} | ${gb(memory)} (${gb(largest)}) | ${targets.join('; ')} |`;
  });
  const peerRows = peers.map(
    (peer) =>
      `| ${peer.label} | | | – | – | **${s(peer.build.seconds)}** | ${ms(peer.build.seconds, peer.posts)} | ${gb(peer.build.peakTreeRss)} (${gb(peer.build.maxProcessRss)}) | ${peer.source} |`,
  );
  const requests = firstRequests
    ? `\n${firstRequests.posts} posts of the 10,000-post blog that were not prerendered, each requested twice from \`next start\` in turn: first request median **${median(firstRequests.first).toFixed(0)} ms** (max ${Math.max(...firstRequests.first).toFixed(0)} ms; target ≤ ${FIRST_REQUEST_MS} ms: ${verdict(median(firstRequests.first) <= FIRST_REQUEST_MS)}), second median ${median(firstRequests.second).toFixed(0)} ms, \`x-nextjs-cache\` of the second: ${[...new Set(firstRequests.secondCache)].join(', ')}.\n`
    : '';
  return `${header(
    'Build',
    env,
    "- Corpus: `generateCorpus(n, 42)` (scripts/bench/corpus.ts), `.mdx` files; each build starts from a fresh copy of the project without `.contentlayer` or `.next`, except the rebuild, which keeps both caches, and the restored one, a fresh copy given the 1,000-post build's `.contentlayer/.cache`\n- Node's default heap everywhere; the newest 1,000 posts prerendered (the default: every post up to 1,000)\n- Time: wall time from `/usr/bin/time -v` of `contentlayer2 build`, then of `next build` (its compile and prerender phases from its log); per post: each step's time divided by the posts. Memory: the peak of the sum of the resident sets of the build's processes (`next build` prerenders in worker processes), sampled every 100 ms; in brackets the largest single process, from `/usr/bin/time`\n- Peers (scripts/bench/peers.ts): the same 1,000 posts, their own whole build, in the same run",
  )}
| build | prerendered posts | pages prerendered | contentlayer2 build | next build (compile / prerender) | total | per post (content / next) | peak memory (largest process) | target |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${[...rows, ...peerRows].join('\n')}
${requests}`;
}

const CONTROL_NAMES: Record<string, string> = {
  [CONTROL_PATHS.empty]: 'empty App Router page (control)',
  [CONTROL_PATHS.article]: 'the long post’s article alone (control)',
};

export function weightSection(
  { pages, controls }: { pages: PageWeight[]; controls: PageWeight[] },
  longPost: CorpusPost,
  env: Environment,
): string {
  const words = longPost.body.split(/\s+/).filter(Boolean).length;
  const control = controls[0];
  if (!control) throw new Error('No control page was weighed');
  const rows = [...controls, ...pages].map((page, i) => {
    const isControl = i < controls.length;
    const ours = page.jsGzip - control.jsGzip;
    const targets = page.path.startsWith('/posts/')
      ? [
          `ours ≤ 8 KB: ${verdict(ours <= 8 * 1024)}`,
          `HTML ≤ 25 KB: ${verdict(page.htmlGzip <= 25 * 1024)}`,
        ]
      : [];
    const name = isControl ? (CONTROL_NAMES[page.path] ?? page.path) : `\`${page.path}\``;
    return `| ${name} | ${kb(page.htmlBytes)} | ${kb(page.htmlGzip)} | ${page.scripts} | ${kb(page.jsGzip)} | ${isControl ? '' : kb(ours)} | ${targets.join('; ')} |`;
  });
  return `${header('Page weight', env, `- The 1,000-post blog of the build benchmark; the post is the corpus’s longest (${words} words, code block${longPost.body.includes('| Outil |') ? ', table' : ''}); the tag page is the biggest tag’s first page\n- Gzip level 9 of the HTML and of every script a modern browser loads (\`noModule\` excluded). “Ours” is the page’s JavaScript minus the control’s, which is the framework’s own`)}
| page | HTML | HTML (gzip) | scripts | JavaScript (gzip) | ours (gzip) | target |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}
`;
}

export function httpSection(
  results: readonly LoadResult[],
  posts: number,
  env: Environment,
): string {
  const find = (label: string) => results.find((r) => r.target.label.startsWith(label));
  const controls = results.filter((r) => r.target.label.startsWith('empty App Router page'));
  const control = Math.max(...controls.map((r) => r.requestsPerSecond));
  const ceiling = find('post page as a file')?.requestsPerSecond ?? Number.NaN;
  const target = (r: LoadResult): string => {
    const label = r.target.label;
    const share = (other: LoadResult | undefined) =>
      other ? `${((100 * other.requestsPerSecond) / control).toFixed(0)} %` : 'not measured';
    if (label.startsWith('post page, ')) {
      return `≥ 90 % of the control: ${verdict(r.requestsPerSecond >= 0.9 * control)} (a one-line page under a dynamic route: ${share(find('a one-line page under a dynamic route'))}; the article alone: ${share(find('the post’s article alone'))})`;
    }
    if (label.startsWith('`/feed.xml`, 304'))
      return `≥ the control: ${verdict(r.requestsPerSecond >= control)} (a proxy that looks nothing up: ${share(find('304 from a proxy'))})`;
    if (label.startsWith('post page through'))
      return `≥ 50 % of the file, p99 < 20 ms: ${verdict(r.requestsPerSecond >= 0.5 * ceiling && r.p99 < 20)}`;
    return '';
  };
  const cpu = (r: LoadResult) =>
    r.cpuMicroseconds === undefined
      ? ''
      : `${Math.round(r.cpuMicroseconds).toLocaleString('en-US')} µs`;
  const rows = results.map(
    (r) =>
      `| ${r.target.label} | ${Math.round(r.requestsPerSecond).toLocaleString('en-US')} | ${((100 * r.requestsPerSecond) / control).toFixed(0)} % | ${((100 * r.requestsPerSecond) / ceiling).toFixed(1)} % | ${r.p50} ms | ${r.p99} ms | ${cpu(r)} | ${r.failures} | ${target(r)} |`,
  );
  return `${header('HTTP load', env, `- autocannon, ${CONNECTIONS} connections, ${DURATION} s per target after a 3 s warm-up, load generator and servers on the same machine; the blog of the build benchmark (${posts.toLocaleString('en-US')} posts) on \`next start\`\n- “vs control” is against the better of the two control runs (first and last: the gap between them is this machine’s noise); “vs file” is against nginx serving the same post’s HTML as a file\n- “server CPU” is the CPU time (user + system, from /proc) \`next start\` spent per answer, which the load generator running beside it does not blur`)}
| target | requests/s | vs control | vs file | p50 | p99 | server CPU | failures | target |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}
`;
}

export function lighthouseSection(results: readonly LighthouseResult[], env: Environment): string {
  const rows = results.map((r) => {
    const isControl = r.page.name.includes('control');
    return `| ${r.page.name} | \`${r.page.path}\` | **${r.scores.performance}** | ${r.performanceRuns.join(', ')} | ${r.benchmarkIndex} | ${isControl ? '' : `≥ 98: ${verdict(r.scores.performance >= 98)}`} |`;
  });
  const shortfalls = results
    .map(
      (r) =>
        `- ${r.page.name}: ${
          r.shortfalls
            .filter((f) => f.category === 'performance')
            .map((f) => `${f.title}${f.value ? ` (${f.value})` : ''}`)
            .join('; ') || 'none'
        }`,
    )
    .join('\n');
  return `${header('Lighthouse (mobile, performance)', env, '- Lighthouse’s default mobile emulation (simulated slow 4G, 4× CPU slowdown) in Debian’s Chromium, each page run 5 times in turns with the control; the median run counts')}
| page | path | performance (median) | every run | benchmark index | target |
| --- | --- | ---: | --- | ---: | --- |
${rows.join('\n')}

Performance audits below full marks in the median run:
${shortfalls}
`;
}
