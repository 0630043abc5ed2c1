/**
 * `npm run content:publish [-- --url http://127.0.0.1:3000]`: puts new or changed posts on a running
 * server without `next build`. Contentlayer rebuilds the content store (only the files whose
 * bytes changed are rendered again: its cache is keyed by content), the server reads the new
 * store (lib/posts/queries.ts), and `POST /api/revalidate {"all": true}` makes every page, feed,
 * the sitemap and the search index render again on their next request. Needs REVALIDATE_SECRET,
 * read from the environment or `.env*` as Next.js reads it. A content error stops before the
 * server is told anything: it keeps serving what it had.
 */
import nextEnv from '@next/env';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const start = performance.now();
const seconds = () => ((performance.now() - start) / 1000).toFixed(1);

nextEnv.loadEnvConfig(process.cwd());
const urlArgument = process.argv.indexOf('--url');
const server =
  (urlArgument > 0 ? process.argv[urlArgument + 1] : undefined) ??
  `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const secret = process.env.REVALIDATE_SECRET?.trim();
if (!secret) {
  console.error(
    'REVALIDATE_SECRET is not set: the server cannot be told about new content. Set it (the same value as the server’s) in .env or the environment.',
  );
  process.exit(2);
}

// Node's own resolution (the project's node_modules, or a parent's), never a download by npx.
const contentlayer = join(
  dirname(createRequire(import.meta.url).resolve('contentlayer2/package.json')),
  'bin/cli.cjs',
);
const content = spawnSync(process.execPath, [contentlayer, 'build'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=6144' },
});
if (content.status !== 0) {
  console.error('The content did not build: nothing was published, the server is unchanged.');
  process.exit(1);
}
console.log(`Content built in ${seconds()} s.`);

let response: Response;
try {
  response = await fetch(new URL('/api/revalidate', server), {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ all: true }),
  });
} catch (error) {
  console.error(
    `No server answered at ${server} (${error instanceof Error ? error.message : String(error)}): start it, or pass --url.`,
  );
  process.exit(1);
}
if (!response.ok) {
  console.error(`${server}/api/revalidate answered ${response.status}: ${await response.text()}`);
  process.exit(1);
}
const body: unknown = await response.json();
const count =
  typeof body === 'object' &&
  body !== null &&
  'revalidated' in body &&
  Array.isArray(body.revalidated)
    ? body.revalidated.length
    : 0;
console.log(
  `Published in ${seconds()} s: ${count} pages and feeds render anew on their next request.`,
);
