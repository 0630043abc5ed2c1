/**
 * Build time and memory: the blog built from scratch on 100, 1,000, 2,500 and 10,000 generated
 * posts with Node's default heap (at 10,000, the newest 1,000 prerendered, the default), the
 * content step of a fresh copy of the 1,000-post blog with Contentlayer's cache restored, the
 * 1,000-post blog rebuilt after one new post, two peers on the same 1,000 posts (./peers.ts), and
 * two floors that are not ours: the empty control app with 1,500 one-line pages (what Next.js
 * itself costs to compile and prerender as many pages as the 1,000-post blog; built after the
 * blogs, as it holds the served blog's long article), and Contentlayer with a bare configuration
 * (no plugin, no computed field) on the same 1,000 posts. At 10,000 posts, posts that were not
 * prerendered are then requested from `next start`, twice each.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bodyFile } from '../../lib/content/store-layout';
import {
  CONTENTLAYER,
  NEXT,
  UNLIMITED_RATES,
  childEnv,
  makeSite,
  repoRoot,
  startSite,
} from '../../test/support/site';
import { ARTICLE_FILE, CONTROL_DIR } from './control';
import { generateCorpus, toMdx, type CorpusPost } from './corpus';
import { buildHugo, buildStarter, type PeerBuild } from './peers';
import { timedRun, type TimedRun } from './timed-run';

export interface BuildFigures {
  label: string;
  posts: number;
  prerenderPosts?: number;
  content?: TimedRun;
  next?: TimedRun;
  /** Pages Next.js rendered at build time, from its log. */
  pages: number;
  /** Phases Next.js reports, in seconds. */
  compileSeconds?: number;
  renderSeconds?: number;
}

export const corpusFiles = (posts: readonly CorpusPost[]) =>
  Object.fromEntries(posts.map((post) => [`content/posts/${post.file}`, toMdx(post)]));

/** `12.3s`, `2.4min` or `850ms` from Next.js's log, in seconds. */
function logSeconds(output: string, pattern: RegExp): number | undefined {
  const m = pattern.exec(output);
  if (!m?.[1]) return undefined;
  const value = Number(m[1]);
  return m[2] === 'min' ? value * 60 : m[2] === 'ms' ? value / 1000 : value;
}

export function nextFigures(
  label: string,
  posts: number,
  next: TimedRun,
  content?: TimedRun,
  prerenderPosts?: number,
): BuildFigures {
  if (next.code !== 0) throw new Error(`${label}: next build failed:\n${next.output.slice(-4000)}`);
  const pages = /Generating static pages using \d+ workers? \((\d+)\/\1\)/.exec(next.output)?.[1];
  return {
    label,
    posts,
    prerenderPosts,
    content,
    next,
    pages: Number(pages ?? Number.NaN),
    compileSeconds: logSeconds(next.output, /Compiled successfully in ([\d.]+)(min|ms|s)/),
    renderSeconds: logSeconds(
      next.output,
      /Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)(min|ms|s)/,
    ),
  };
}

/** Blog sizes built from scratch; BENCH_SIZES=100 makes a quick trial run of the whole suite. */
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,2500,10000').split(',').map(Number);
/** What lib/config/site.ts prerenders when PRERENDER_POSTS is unset. */
const PRERENDERED_BY_DEFAULT = 1000;
/** The blog kept for the page-weight, HTTP and Lighthouse benchmarks. */
const SERVED = SIZES.includes(1000) ? 1000 : (SIZES[0] ?? 100);

/** About as many pages as the 1,000-post blog prerenders (posts, listings, tags, feeds). */
const CONTROL_PAGES = 1500;

/** Contentlayer's document types as bare as it allows: the same MDX files, four fields, no plugin, no computed field. */
const BARE_CONFIG = `import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.mdx',
  contentType: 'mdx',
  fields: { title: { type: 'string', required: true }, date: { type: 'string', required: true }, tags: { type: 'list', of: { type: 'string' } }, summary: { type: 'string' } },
}));
export default makeSource({ contentDirPath: 'content', documentTypes: [Post], disableImportAliasWarning: true });
`;

async function contentlayerFloor(corpus: readonly CorpusPost[]): Promise<BuildFigures> {
  // Inside the repository, so that Node finds contentlayer2 in its node_modules.
  const dir = join(repoRoot, '.e2e', 'bench-contentlayer-floor');
  rmSync(dir, { recursive: true, force: true });
  const files = {
    ...corpusFiles(corpus),
    'contentlayer.config.js': BARE_CONFIG,
    'package.json': '{ "type": "module" }\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const content = await timedRun(dir, [process.execPath, CONTENTLAYER, 'build'], childEnv(dir, {}));
  rmSync(dir, { recursive: true, force: true });
  if (content.code !== 0)
    throw new Error(`bare contentlayer2 build failed:\n${content.output.slice(-4000)}`);
  return {
    label: 'floor: contentlayer2 alone, bare configuration',
    posts: corpus.length,
    content,
    pages: 0,
  };
}

async function buildBlog(
  dir: string,
  label: string,
  posts: number,
  prerenderPosts?: number,
): Promise<BuildFigures> {
  // As `npm run build` runs it, with the heap Node gives by default.
  const env = childEnv(dir, {});
  const content = await timedRun(dir, [process.execPath, CONTENTLAYER, 'build'], env);
  if (content.code !== 0)
    throw new Error(`${label}: contentlayer2 build failed:\n${content.output.slice(-4000)}`);
  const next = await timedRun(dir, [process.execPath, NEXT, 'build'], env);
  return nextFigures(label, posts, next, content, prerenderPosts);
}

/** Posts not prerendered, each requested twice from `next start` after the build. */
export interface FirstRequests {
  posts: number;
  /** Milliseconds to the whole page, per request. */
  first: number[];
  second: number[];
  /** `x-nextjs-cache` of the second answers. */
  secondCache: string[];
}

export interface BuildResults {
  runs: BuildFigures[];
  peers: PeerBuild[];
  firstRequests?: FirstRequests;
  /** The 1,000-post blog (SERVED), built and left in place for the page-weight and HTTP benchmarks. */
  servedDir: string;
  servedPosts: CorpusPost[];
  /** Its longest post: the 1,500-word page the HTML target is about, whose article the control holds. */
  longPost: CorpusPost;
}

const longest = (posts: readonly CorpusPost[]) =>
  [...posts].sort((a, b) => b.body.length - a.body.length)[0];

/** Every 300th of the posts older than the prerendered ones: spread over the years. */
async function requestOldPosts(dir: string, corpus: readonly CorpusPost[]): Promise<FirstRequests> {
  const old = [...corpus]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(PRERENDERED_BY_DEFAULT)
    .filter((_, i) => i % 300 === 0);
  const site = await startSite(dir, UNLIMITED_RATES);
  const timed = async (path: string) => {
    const started = performance.now();
    const response = await fetch(site.url + path);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    return {
      ms: performance.now() - started,
      cache: response.headers.get('x-nextjs-cache') ?? '–',
    };
  };
  const result: FirstRequests = { posts: old.length, first: [], second: [], secondCache: [] };
  try {
    for (const post of old) {
      result.first.push((await timed(`/posts/${post.slug}`)).ms);
      const again = await timed(`/posts/${post.slug}`);
      result.second.push(again.ms);
      result.secondCache.push(again.cache);
    }
  } finally {
    await site.stop();
  }
  return result;
}

export async function benchBuilds(log: (line: string) => void): Promise<BuildResults> {
  const runs: BuildFigures[] = [];
  const peers: PeerBuild[] = [];
  let firstRequests: FirstRequests | undefined;
  let servedDir = '';

  log(`Contentlayer alone, bare configuration, ${SERVED} posts…`);
  runs.push(await contentlayerFloor(generateCorpus(SERVED)));

  for (const count of SIZES) {
    const prerender = count > PRERENDERED_BY_DEFAULT ? PRERENDERED_BY_DEFAULT : undefined;
    const corpus = generateCorpus(count);
    const dir = makeSite(`bench-build-${count}`, corpusFiles(corpus));
    log(`Building ${count} posts in ${dir}…`);
    runs.push(
      await buildBlog(
        dir,
        `${count.toLocaleString('en-US')} posts, from scratch`,
        count,
        prerender,
      ),
    );
    log(
      `  ${runs.at(-1)?.content?.seconds.toFixed(1)} s content + ${runs.at(-1)?.next?.seconds.toFixed(1)} s next build`,
    );
    if (prerender !== undefined && count === SIZES.at(-1)) {
      log(`Requesting posts that were not prerendered…`);
      firstRequests = await requestOldPosts(dir, corpus);
    }
    if (count === SERVED) servedDir = dir;
    else rmSync(dir, { recursive: true, force: true });
  }

  // A fresh clone whose CI restored Contentlayer's cache folder: new files, same bytes.
  const restored = makeSite(`bench-build-${SERVED}-restored`, corpusFiles(generateCorpus(SERVED)));
  cpSync(join(servedDir, '.contentlayer', '.cache'), join(restored, '.contentlayer', '.cache'), {
    recursive: true,
  });
  log(`Content step of a fresh copy with the content cache restored…`);
  const content = await timedRun(
    restored,
    [process.execPath, CONTENTLAYER, 'build'],
    childEnv(restored, {}),
  );
  if (content.code !== 0) throw new Error(`restored build failed:\n${content.output.slice(-4000)}`);
  runs.push({
    label: `${SERVED.toLocaleString('en-US')} posts, fresh copy, content cache restored (content step)`,
    posts: SERVED,
    content,
    pages: 0,
  });
  rmSync(restored, { recursive: true, force: true });

  log(`Peers on the same ${SERVED} posts…`);
  const starter = await buildStarter(generateCorpus(SERVED), log);
  if (starter) peers.push(starter);
  peers.push(await buildHugo(generateCorpus(SERVED)));
  for (const peer of peers) log(`  ${peer.label}: ${peer.build.seconds.toFixed(1)} s`);
  // The control, built once the served blog's long post has its article's HTML.
  const longPost = longest(generateCorpus(SERVED));
  if (!longPost) throw new Error('The corpus is empty');
  writeFileSync(
    ARTICLE_FILE,
    readFileSync(bodyFile(join(servedDir, '.contentlayer', 'store'), longPost.slug, 'html')),
  );
  rmSync(join(CONTROL_DIR, '.next'), { recursive: true, force: true });
  log(`Building the empty control app with ${CONTROL_PAGES} one-line pages…`);
  const control = await timedRun(
    CONTROL_DIR,
    [process.execPath, NEXT, 'build'],
    childEnv(CONTROL_DIR, { CONTROL_PAGES: String(CONTROL_PAGES) }),
  );
  runs.unshift(
    nextFigures(
      `floor: empty App Router app + ${CONTROL_PAGES.toLocaleString('en-US')} one-line pages (control)`,
      0,
      control,
    ),
  );

  // Publishing: one more post on the 1,000-post blog, built with the caches of the previous build.
  // The same seed draws the same first 1,000 posts, then this one.
  const corpus = generateCorpus(SERVED + 1);
  const added = corpus.at(-1) as CorpusPost;
  const target = join(servedDir, 'content/posts', added.file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, toMdx(added));
  log('Rebuilding the 1,000-post blog after one new post…');
  runs.push(
    await buildBlog(
      servedDir,
      `${SERVED.toLocaleString('en-US')} posts + 1 new, caches kept`,
      SERVED + 1,
    ),
  );

  return { runs, peers, firstRequests, servedDir, servedPosts: corpus, longPost };
}
