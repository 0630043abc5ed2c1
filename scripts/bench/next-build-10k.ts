/**
 * `npm run bench:next-10k`: `next build` of a 10,000-post blog (PRERENDER_POSTS=500), without the
 * 35 minutes Contentlayer takes to write its store at that size (`BENCH_SIZES=10000 npm run bench`
 * measures both, in over an hour).
 *
 * `next build` reads only the content store (lib/content/store.ts), so the script writes one: a
 * record per post of the 10,000-post corpus, with that post's slug, title, date, tags and source
 * file, and the article (HTML and text), excerpt and table of contents of a post of a 1,000-post
 * store: the one `npm run bench` leaves in .e2e/bench-build-1000, or one this script builds and
 * keeps in .e2e/bench-next-10k-source. The blog's content/ holds the 10,000 corpus files, as a
 * real one would. Two builds from scratch; the figures are printed and written to the section
 * "next build, 10,000 posts" of docs/benchmarks.md.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BODIES_DIR,
  INDEX_FILE,
  bodyFile,
  type PostRecord,
  type StoreIndex,
} from '../../lib/content/store-layout';
import { NEXT, buildContent, childEnv, makeSite, repoRoot } from '../../test/support/site';
import { environment } from './bench-report';
import { writeSection } from './benchmarks-doc';
import { corpusFiles, nextFigures, type BuildFigures } from './builds';
import { generateCorpus, type CorpusPost } from './corpus';
import { timedRun, type TimedRun } from './timed-run';

const POSTS = 10_000;
const PRERENDER_POSTS = 500;
const ROUNDS = 2;
const SOURCE_POSTS = 1000;
const SOURCE_SITE = 'bench-next-10k-source';

const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const storeOf = (dir: string) => join(dir, '.contentlayer', 'store');

/** A 1,000-post store: the bench's, else one this script built before, else one built now. */
async function sourceStore(): Promise<string> {
  for (const name of ['bench-build-1000', SOURCE_SITE]) {
    const store = storeOf(join(repoRoot, '.e2e', name));
    if (existsSync(join(store, INDEX_FILE))) return store;
  }
  const dir = makeSite(SOURCE_SITE, corpusFiles(generateCorpus(SOURCE_POSTS)));
  console.log(`No 1,000-post store from npm run bench: building one in ${dir}…`);
  const built = await buildContent(dir);
  if (built.code !== 0)
    throw new Error(`contentlayer2 build failed:\n${built.output.slice(-4000)}`);
  return storeOf(dir);
}

/** The 10,000 posts' own fields over the 1,000 posts' articles, their bodies hard-linked. */
function writeStore(corpus: readonly CorpusPost[], from: string, to: string): void {
  const source = (JSON.parse(readFileSync(join(from, INDEX_FILE), 'utf8')) as StoreIndex).posts;
  const posts: PostRecord[] = corpus.map((post, i) => {
    const model = source[i % source.length];
    if (!model) throw new Error(`${from} has no posts`);
    for (const part of ['html', 'txt'] as const)
      linkSync(bodyFile(from, model.slug, part), bodyFile(to, post.slug, part));
    return {
      ...model,
      slug: post.slug,
      title: post.title,
      date: new Date(post.date).toISOString(),
      updatedAt: undefined,
      tags: post.tags,
      sourcePath: `content/posts/${post.file}`,
      draft: false,
    };
  });
  writeFileSync(join(to, INDEX_FILE), JSON.stringify({ posts } satisfies StoreIndex));
}

async function main() {
  const from = await sourceStore();
  const corpus = generateCorpus(POSTS);
  const dir = makeSite('bench-next-10k', corpusFiles(corpus));
  mkdirSync(join(storeOf(dir), BODIES_DIR), { recursive: true });
  writeStore(corpus, from, storeOf(dir));
  const runs: Array<{ next: TimedRun; figures: BuildFigures }> = [];
  for (let round = 1; round <= ROUNDS; round++) {
    rmSync(join(dir, '.next'), { recursive: true, force: true });
    const next = await timedRun(
      dir,
      [process.execPath, NEXT, 'build'],
      childEnv(dir, { PRERENDER_POSTS: String(PRERENDER_POSTS) }),
    );
    runs.push({
      next,
      figures: nextFigures(
        `next build ${round}/${ROUNDS}`,
        POSTS,
        next,
        undefined,
        PRERENDER_POSTS,
      ),
    });
    console.log(
      `next build ${round}/${ROUNDS}: ${next.seconds.toFixed(1)} s, peak ${gb(next.peakTreeRss)} (largest process ${gb(next.maxProcessRss)})`,
    );
  }
  const env = environment('');
  const versions = env.versions.replace(/, $/, '');
  const rows = runs.map(
    ({ next, figures }, i) =>
      `| ${i + 1} | ${figures.pages} | ${next.seconds.toFixed(1)} s | ${figures.compileSeconds?.toFixed(1) ?? '–'} s | ${gb(next.peakTreeRss)} | ${gb(next.maxProcessRss)} |`,
  );
  writeSection(
    'next-build-10k',
    `## next build, 10,000 posts (${env.date})

Command: \`npm run bench:next-10k\` (scripts/bench/next-build-10k.ts), \`PRERENDER_POSTS=${PRERENDER_POSTS}\`, ${ROUNDS} builds from scratch. The store holds the 10,000 corpus posts' own fields over the articles of a 1,000-post store (see the script); Contentlayer is not run. ${env.machine}; ${versions}.

| build | pages prerendered | next build | compile | peak memory, all processes | largest process |
| ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}
`,
  );
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
