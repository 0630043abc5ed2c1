/**
 * `npm run standalone:smoke` (run by CI after `npm run build:standalone`): the standalone folder
 * as the container image runs it, from the project's root (the Dockerfile's layout, which the
 * e2e copies under .e2e/ do not have). Every kind of page, feed and API answers without a 5xx,
 * a post's image is resized, Draft Mode renders a post from its file, and the server logs no
 * error. Exits 1 and lists what failed otherwise.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { INDEX_FILE, STORE_DIR, type StoreIndex } from '../lib/content/store-layout';
import { startStandalone } from '../test/support/standalone';
import { standaloneApp } from './standalone-app';

const root = process.cwd();
const app = standaloneApp(root);
if (!app) {
  console.error('No server.js under .next/standalone: run npm run build:standalone first.');
  process.exit(1);
}

// The copy of the content store beside server.js, where the server reads it.
const index = JSON.parse(
  readFileSync(join(app, relative(root, STORE_DIR), INDEX_FILE), 'utf8'),
) as StoreIndex;
const posts = index.posts.filter((post) => !post.draft);

const secret = randomBytes(24).toString('hex');
const server = await startStandalone(app, { PREVIEW_SECRET: secret });
const failures: string[] = [];
const get = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
  const body = await response.text();
  return { status: response.status, body, headers: response.headers };
};
const expectStatus = async (path: string, status: number) => {
  const { status: got } = await get(path);
  if (got !== status) failures.push(`${path}: ${got}, expected ${status}`);
};

try {
  for (const path of [
    '/',
    '/tags',
    '/archives',
    '/search?q=test',
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/sitemap.xml',
    '/robots.txt',
    '/api/health',
    '/api/search?q=test',
    ...posts.map((post) => post.url),
  ])
    await expectStatus(path, 200);
  await expectStatus('/posts/cette-adresse-nexiste-pas', 404);

  // A post's image, through the optimizer (sharp, which writes its cache under .next/).
  const pages = await Promise.all(posts.map((post) => get(post.url)));
  const image = pages
    .map(
      (page) =>
        /\/_next\/image\?url=[^"\s]+?&(?:amp;|#x26;)w=\d+&(?:amp;|#x26;)q=\d+/.exec(page.body)?.[0],
    )
    .find(Boolean)
    ?.replace(/&(?:amp;|#x26;)/g, '&');
  if (image) await expectStatus(image, 200);

  // Draft Mode: the post rendered from its file at request time (next-mdx-remote).
  const [first] = posts;
  if (first) {
    const enter = await get(`/api/draft?secret=${secret}&slug=${first.slug}`);
    const cookie = enter.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    if (enter.status !== 307) failures.push(`/api/draft: ${enter.status}, expected 307`);
    const location = enter.headers.get('location') ?? `/posts/${first.slug}`;
    const preview = await get(location, { headers: { cookie }, redirect: 'follow' });
    if (preview.status !== 200) failures.push(`Draft Mode ${location}: ${preview.status}`);
  }
} finally {
  await server.stop();
}

const errors = server
  .logs()
  .split('\n')
  .filter((line) => line.includes('⨯') || /\bError\b/.test(line));
failures.push(...errors.map((line) => `server log: ${line}`));
if (failures.length > 0) {
  console.error(
    `The standalone server failed ${failures.length} check(s):\n${failures.join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `The standalone server answered ${posts.length} posts, the listings, feeds, APIs, an image and Draft Mode without an error.`,
);
