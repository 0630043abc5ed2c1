/**
 * `npm run bench`: builds, page weight, HTTP load and Lighthouse on generated blogs, each against
 * the empty Next.js control page and, for HTTP, nginx serving the same HTML as a file. Writes the
 * figures into docs/benchmarks.md (scripts/bench/bench-report.ts) and prints them.
 * Over an hour on 2 cores, most of it Contentlayer on 10,000 posts; `BENCH_SIZES=100,1000` skips
 * those and takes about 15 minutes.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { startNginx, startNginxFiles } from '../../test/support/nginx';
import { UNLIMITED_RATES, startSite, type RunningSite } from '../../test/support/site';
import { tagSlug } from '../../lib/posts/tags';
import { CONTROL_PAGE } from '../audit/pages';
import { runLighthouse } from '../audit/lighthouse';
import { writeSection } from './benchmarks-doc';
import { benchBuilds } from './builds';
import { CONTROL_DIR, CONTROL_PATHS } from './control';
import {
  buildSection,
  environment,
  httpSection,
  lighthouseSection,
  weightSection,
} from './bench-report';
import { load, searchPaths, type LoadResult, type LoadTarget } from './http';
import { pageWeights } from './page-weight';

const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`);

/** `nginx version: nginx/1.26.3`, which nginx prints on stderr. */
function nginxVersion(): string {
  const result = spawnSync('/usr/sbin/nginx', ['-v'], { encoding: 'utf8' });
  return `${result.stderr ?? ''}${result.stdout ?? ''}`.trim() || 'nginx (version unknown)';
}

async function main() {
  const env = environment(nginxVersion());
  const builds = await benchBuilds(log);
  writeSection('build', buildSection(builds, env));
  log('Build figures written to docs/benchmarks.md.');

  const { longPost } = builds;
  const tagCounts = new Map<string, number>();
  for (const post of builds.servedPosts)
    for (const tag of post.tags)
      tagCounts.set(tagSlug(tag), (tagCounts.get(tagSlug(tag)) ?? 0) + 1);
  const biggestTag = [...tagCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const pages = { home: '/', post: `/posts/${longPost.slug}`, tag: `/tags/${biggestTag}` };

  const servers: RunningSite[] = [];
  try {
    const control = await startSite(CONTROL_DIR);
    servers.push(control);
    const blog = await startSite(builds.servedDir, UNLIMITED_RATES);
    servers.push(blog);

    log('Page weight…');
    const weights = await pageWeights(blog.url, Object.values(pages), control.url, [
      CONTROL_PATHS.empty,
      CONTROL_PATHS.article,
    ]);
    writeSection('page-weight', weightSection(weights, longPost, env));

    log('HTTP load…');
    const postHtml = await (await fetch(blog.url + pages.post)).text();
    const files = await startNginxFiles({ 'post.html': postHtml });
    servers.push(files);
    const proxy = await startNginx(blog.url);
    servers.push(proxy);
    const feed = await fetch(`${blog.url}/feed.xml`);
    await feed.arrayBuffer();
    const etag = feed.headers.get('etag');
    if (!etag) throw new Error('/feed.xml sent no ETag');
    const onControl = { serverPid: control.pid };
    const onBlog = { serverPid: blog.pid };
    const targets: LoadTarget[] = [
      {
        label: 'empty App Router page (control), `next start`',
        url: control.url + '/',
        status: 200,
        ...onControl,
      },
      { label: 'post page, `next start`', url: blog.url + pages.post, status: 200, ...onBlog },
      {
        label: 'a one-line page under a dynamic route (control), `next start`',
        url: control.url + CONTROL_PATHS.dynamic,
        status: 200,
        ...onControl,
      },
      {
        label: 'the post’s article alone in an empty page (control), `next start`',
        url: control.url + CONTROL_PATHS.article,
        status: 200,
        ...onControl,
      },
      { label: 'home page, `next start`', url: blog.url + pages.home, status: 200, ...onBlog },
      { label: '`/feed.xml`, 200', url: `${blog.url}/feed.xml`, status: 200, ...onBlog },
      {
        label: '`/feed.xml`, 304 (If-None-Match)',
        url: `${blog.url}/feed.xml`,
        headers: { 'if-none-match': etag },
        status: 304,
        ...onBlog,
      },
      {
        label: '304 from a proxy that looks nothing up (control), `next start`',
        url: control.url + CONTROL_PATHS.notModified,
        status: 304,
        ...onControl,
      },
      {
        label: '`/api/search`, the 50 benchmark queries',
        url: blog.url,
        paths: searchPaths,
        status: 200,
        ...onBlog,
      },
      { label: 'post page as a file, nginx (ceiling)', url: `${files.url}/post.html`, status: 200 },
      { label: 'post page through deploy/nginx.conf', url: proxy.url + pages.post, status: 200 },
      {
        label: 'empty App Router page (control), again',
        url: control.url + '/',
        status: 200,
        ...onControl,
      },
    ];
    const results: LoadResult[] = [];
    for (const target of targets) {
      log(`  ${target.label}`);
      results.push(await load(target));
    }
    writeSection('http', httpSection(results, builds.servedPosts.length, env));

    log('Lighthouse…');
    const lighthouse = await runLighthouse([
      { page: CONTROL_PAGE, baseUrl: control.url },
      { page: { name: 'home', path: pages.home, status: 200 }, baseUrl: blog.url },
      { page: { name: 'long post', path: pages.post, status: 200 }, baseUrl: blog.url },
      {
        page: {
          name: 'the long post’s article alone (control)',
          path: CONTROL_PATHS.article,
          status: 200,
        },
        baseUrl: control.url,
      },
    ]);
    writeSection('lighthouse', lighthouseSection(lighthouse, env));
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
  rmSync(builds.servedDir, { recursive: true, force: true });
  log('Done: docs/benchmarks.md is up to date.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
