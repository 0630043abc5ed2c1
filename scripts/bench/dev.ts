/**
 * `npm run dev` on a 1,000-post blog, as the author uses it: a post edited and saved, then the time
 * until a reload of its page shows the edit; a new post saved, then the time until the home page
 * lists it. Each three times, timed from the save. Usage: npm run bench:dev
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { makeSite, startDev } from '../../test/support/site';
import { writeSection } from './benchmarks-doc';
import { corpusFiles } from './builds';
import { generateCorpus, toMdx } from './corpus';
import { median } from './measure';

const POSTS = 1000;
const ROUNDS = 3;
const LIMIT_SECONDS = 60;
const TARGETS = { edit: 2, newPost: 5 };

async function main() {
  const corpus = generateCorpus(POSTS);
  const dir = makeSite('bench-dev', corpusFiles(corpus));
  const started = performance.now();
  const dev = await startDev(dir);
  const ready = (performance.now() - started) / 1000;
  const get = async (path: string) => (await fetch(dev.url + path)).text();
  /** Seconds from `since` until `path` satisfies `shows`, reloading it every 100 ms. */
  const until = async (since: number, path: string, shows: (html: string) => boolean) => {
    while ((performance.now() - since) / 1000 < LIMIT_SECONDS) {
      if (shows(await get(path))) return (performance.now() - since) / 1000;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(
      `${path} did not change within ${LIMIT_SECONDS} s; the end of npm run dev's output:\n${dev.logs().slice(-3000)}`,
    );
  };

  const edits: number[] = [];
  const newPosts: number[] = [];
  try {
    const post = corpus[0];
    if (!post) throw new Error('empty corpus');
    const path = `/posts/${post.slug}`;
    await get(path); // compiled once, as the author's first visit does
    await get('/');
    for (let round = 1; round <= ROUNDS; round += 1) {
      const marker = `retouchezorglub${round}`;
      const save = performance.now();
      writeFileSync(
        join(dir, 'content/posts', post.file),
        toMdx({ ...post, body: `${post.body}\n\nUne retouche ${marker}.\n` }),
      );
      edits.push(await until(save, path, (html) => html.includes(marker)));

      const slug = `nouveau-billet-${round}`;
      const added = performance.now();
      writeFileSync(
        join(dir, 'content/posts', `${slug}.mdx`),
        `---\ntitle: "Nouveau billet ${round}"\ndate: ${new Date(Date.now() - 60_000).toISOString()}\ntags: ["dev"]\n---\n\nUn nouveau billet.\n`,
      );
      newPosts.push(await until(added, '/', (html) => html.includes(`/posts/${slug}`)));
    }
  } finally {
    await dev.stop();
  }

  const row = (label: string, values: number[], target: number) =>
    `| ${label} | ${values.map((v) => `${v.toFixed(1)} s`).join(', ')} | **${median(values).toFixed(1)} s** | ≤ ${target} s: ${median(values) <= target ? 'met' : '**missed**'} |`;
  const body = `## \`npm run dev\` on ${POSTS.toLocaleString('en-US')} posts (\`npm run bench:dev\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)

- Machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}
- \`generateCorpus(${POSTS})\`; \`npm run dev\` (Contentlayer's build, then its watcher beside \`next dev\`) answered after ${ready.toFixed(0)} s. Each page was loaded once before, as the author's first visit compiles it. Times from the file's save to the first reload, every 100 ms, that shows the change; ${ROUNDS} rounds

| change | each round | median | target |
| --- | ---: | ---: | --- |
${row('an edit of a post, on its page', edits, TARGETS.edit)}
${row('a new post, on the home page', newPosts, TARGETS.newPost)}
`;
  writeSection('dev', body);
  console.log(body);
}

void main();
