/**
 * `npm run bench:aliases`: what thousands of old addresses (Hugo's `aliases`, Jekyll's
 * `redirect_from`) cost the pages that are not redirects. The same generated blog, moved in from
 * Hugo (its permalink pattern set, so that every post page goes through proxy.ts and its lookups),
 * is built twice: without aliases and with 5,000 of them spread over its posts. Both servers run
 * side by side and a post page is loaded on each in turn (A, B, A, B), so that the machine's drift
 * touches both. The redirects themselves are measured too, for the record. Rewrites the
 * **Aliases** section of docs/benchmarks.md.
 */
import { rmSync } from 'node:fs';
import { buildSite, makeSite, startSite, type RunningSite } from '../../test/support/site';
import { writeSection } from './benchmarks-doc';
import { generateCorpus, toMdx, type CorpusPost } from './corpus';
import { load, type LoadResult } from './http';

const POSTS = Number(process.env.BENCH_ALIAS_POSTS ?? 200);
const ALIASES = Number(process.env.BENCH_ALIASES ?? 5000);
const ROUNDS = 2;
const log = (line: string) => console.log(`[bench:aliases] ${line}`);

/** Old addresses of `post`, as a blog that moved twice has them: with and without slashes. */
function aliasesOf(post: CorpusPost, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0 ? `/ancien/${i}/${post.slug}/` : `/${2000 + (i % 20)}/${post.slug}-${i}.html`,
  );
}

const PERMALINK = '/:year/:month/:day/:slug/';
const URLS = `export interface UrlConfig {
  postPermalink: string;
  removePathAccents: boolean;
}
export const siteUrls = { postPermalink: '${PERMALINK}', removePathAccents: true } satisfies UrlConfig;
`;

function files(posts: readonly CorpusPost[], perPost: number): Record<string, string> {
  return Object.fromEntries([
    ['lib/config/urls.ts', URLS],
    ...posts.map((post) => {
      const text = toMdx(post);
      const aliases = aliasesOf(post, perPost);
      return [
        `content/posts/${post.file}`,
        aliases.length === 0
          ? text
          : text.replace(/^---\n/, `---\naliases: ${JSON.stringify(aliases)}\n`),
      ];
    }),
  ]);
}

async function blog(name: string, perPost: number, posts: readonly CorpusPost[]) {
  const dir = makeSite(name, files(posts, perPost));
  const build = await buildSite(dir, {});
  if (build.code !== 0) throw new Error(`${name} did not build:\n${build.output.slice(-3000)}`);
  return { dir, site: await startSite(dir, {}) };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const rps = (results: LoadResult[]) => mean(results.map((r) => r.requestsPerSecond));
const p99 = (results: LoadResult[]) => Math.max(...results.map((r) => r.p99));

async function main() {
  const posts = generateCorpus(POSTS);
  const perPost = Math.ceil(ALIASES / POSTS);
  log(`Building ${POSTS} posts without aliases, then with ${perPost * POSTS}…`);
  const without = await blog('bench-aliases-without', 0, posts);
  const withAliases = await blog('bench-aliases-with', perPost, posts);
  const servers: RunningSite[] = [without.site, withAliases.site];
  try {
    // The newest post: prerendered, as the pages readers land on are. Its URL from the home page.
    const newest = [...posts].sort((a, b) => b.date.localeCompare(a.date))[0];
    if (!newest) throw new Error('no post');
    const home = await (await fetch(without.site.url)).text();
    const postPath = /href="(\/\d{4}\/\d{2}\/\d{2}\/[^"]+)"/.exec(home)?.[1];
    if (!postPath) throw new Error('no post URL on the home page');
    const page = (site: RunningSite, label: string) =>
      load({ label, url: site.url + postPath, status: 200, serverPid: site.pid });
    const runs: { without: LoadResult[]; with: LoadResult[] } = { without: [], with: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      log(`Round ${round + 1}: the post page, without then with aliases…`);
      runs.without.push(await page(without.site, 'without aliases'));
      runs.with.push(await page(withAliases.site, `with ${perPost * POSTS} aliases`));
    }
    log('The redirects…');
    const slashed = await load({
      label: 'old address with a slash (proxy.ts)',
      url: withAliases.site.url,
      paths: posts.map((p) => aliasesOf(p, 1)[0] ?? '/'),
      status: 308,
      serverPid: withAliases.site.pid,
    });
    const plain = await load({
      label: 'old .html address (proxy.ts)',
      url: withAliases.site.url,
      paths: posts.map((p) => aliasesOf(p, 2)[1] ?? '/'),
      status: 308,
      serverPid: withAliases.site.pid,
    });

    const change = (rps(runs.with) / rps(runs.without) - 1) * 100;
    const row = (label: string, results: LoadResult[]) =>
      `| ${label} | ${results.map((r) => r.requestsPerSecond.toFixed(0)).join(', ')} | ${rps(results).toFixed(0)} | ${p99(results)} ms | ${results.reduce((a, r) => a + r.failures, 0)} |`;
    const section = `## Aliases (\`npm run bench:aliases\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)

${POSTS} generated posts with Hugo's permalink pattern \`${PERMALINK}\`, built twice: without old addresses, and with ${perPost * POSTS} (${perPost} a post, half with a trailing slash, half \`.html\`). Both servers run side by side; the post page \`${postPath}\` (rewritten by \`proxy.ts\` to its page) is loaded on each in turn, ${ROUNDS} rounds of ${process.env.BENCH_DURATION ?? 15} s, 50 connections.

| post page | requests/s per round | mean | worst p99 | failures |
| --- | --- | ---: | ---: | ---: |
${row('without aliases', runs.without)}
${row(`with ${perPost * POSTS} aliases`, runs.with)}

With the aliases, the post page serves **${change >= 0 ? '+' : ''}${change.toFixed(1)} %** requests per second (target: within 5 %). A request outside the site's own folders costs \`proxy.ts\` two lookups in maps built once per set of visible posts (URL → post, old address → URL), whatever their size.

The redirects themselves, on the blog with aliases: ${slashed.requestsPerSecond.toFixed(0)} requests/s for an old address with a slash (one 308 from \`proxy.ts\`, p99 ${slashed.p99} ms, ${slashed.failures} failures), ${plain.requestsPerSecond.toFixed(0)} for an old \`.html\` address (one 308 from \`proxy.ts\`, p99 ${plain.p99} ms, ${plain.failures} failures).
`;
    console.log(section);
    writeSection('aliases', section);
  } finally {
    for (const server of servers) await server.stop();
    rmSync(without.dir, { recursive: true, force: true });
    rmSync(withAliases.dir, { recursive: true, force: true });
  }
}

await main();
