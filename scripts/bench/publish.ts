/**
 * Publishing without a build (`npm run content:publish`, README): a 1,000-post blog built and
 * served, a new post written, then the time until each page that lists it shows it, while a
 * reader keeps loading pages (none may fail). Usage: npm run bench:publish
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildSite, makeSite, publishContent, startSite } from '../../test/support/site';
import { writeSection } from './benchmarks-doc';
import { corpusFiles } from './builds';
import { generateCorpus } from './corpus';

const POSTS = 1000;
const SECRET = 'bench-publish-secret-0123456789abcdef0123';
const SLUG = 'publie-sans-build';
const MARKER = 'zorglubpublie';
const TAG = 'publication-directe';

async function main() {
  const dir = makeSite('bench-publish', corpusFiles(generateCorpus(POSTS)));
  const env = { REVALIDATE_SECRET: SECRET };
  const built = await buildSite(dir, env);
  if (built.code !== 0) throw new Error(`build failed:\n${built.output.slice(-3000)}`);
  const site = await startSite(dir, env);
  const get = async (path: string) => {
    const res = await fetch(site.url + path);
    return { status: res.status, text: await res.text() };
  };
  let reading = true;
  try {
    // A reader all along: the home page and a post, over and over.
    const failures: string[] = [];
    let reads = 0;
    const reader = (async () => {
      while (reading) {
        for (const path of ['/', '/posts/article-00001', '/feed.xml']) {
          const status = await get(path).then(
            (r) => r.status,
            (error: unknown) => (error instanceof Error ? error.message : String(error)),
          );
          reads += 1;
          if (status !== 200) failures.push(`${path}: ${status}`);
        }
      }
    })();

    writeFileSync(
      join(dir, 'content/posts', `${SLUG}.mdx`),
      `---\ntitle: "Publié sans build"\ndate: ${new Date().toISOString()}\ntags: ["${TAG}"]\n---\n\nUn billet ${MARKER} arrivé sans next build.\n`,
    );
    const start = performance.now();
    const publish = await publishContent(dir, site.url, env);
    const published = (performance.now() - start) / 1000;
    if (publish.code !== 0) throw new Error(`publish failed:\n${publish.output.slice(-3000)}`);

    const checks: Array<[string, string, (text: string) => boolean]> = [
      ['the post', `/posts/${SLUG}`, (t) => t.includes(MARKER)],
      ['home', '/', (t) => t.includes(`/posts/${SLUG}`)],
      ['its tag', `/tags/${TAG}`, (t) => t.includes(`/posts/${SLUG}`)],
      ['archives of the year', `/archives/${new Date().getFullYear()}`, (t) => t.includes(SLUG)],
      ['RSS feed', '/feed.xml', (t) => t.includes(SLUG)],
      ['sitemap', '/sitemap.xml', (t) => t.includes(SLUG)],
      ['search', `/api/search?q=${MARKER}`, (t) => t.includes(SLUG)],
    ];
    const rows: string[] = [];
    for (const [label, path, shows] of checks) {
      let seen: number | undefined;
      while (seen === undefined && (performance.now() - start) / 1000 < 60) {
        const { status, text } = await get(path);
        if (status === 200 && shows(text)) seen = (performance.now() - start) / 1000;
        else await new Promise((r) => setTimeout(r, 100));
      }
      rows.push(
        `| ${label} (\`${path}\`) | ${seen === undefined ? 'not within 60 s' : `${seen.toFixed(1)} s`} |`,
      );
    }
    reading = false;
    await reader;
    const table = ['| shows the new post | after |', '| --- | ---: |', ...rows].join('\n');
    console.log(
      `publish: ${published.toFixed(1)} s\n${table}\nreader: ${reads} requests, ${failures.length} failed`,
    );
    writeSection(
      'publish',
      `## Publishing without a build (\`npm run bench:publish\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)

- Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}
- A ${POSTS.toLocaleString('en')}-post generated blog built (\`contentlayer2 build && next build\`) and served by \`next start\`; one new post written, then \`npm run content:publish\` (Contentlayer with its cache, the server told through \`/api/revalidate\`): **${published.toFixed(1)} s**
- Meanwhile a reader loaded the home page, a post and the feed in a loop: ${reads} requests, ${failures.length} not 200${failures.length ? ` (${failures.slice(0, 5).join(', ')})` : ''}
- Time from the start of the command until each page shows the new post (polled every 100 ms):

${table}`,
    );
    if (failures.length > 0) process.exitCode = 1;
  } finally {
    reading = false;
    await site.stop();
  }
}

await main();
