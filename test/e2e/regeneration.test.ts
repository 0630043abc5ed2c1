/**
 * A post whose regeneration fails keeps serving its last good page. The fixture fails only on
 * regeneration: the page was built and cached, then its article's file is taken out of the
 * content store, as on a damaged deployment, and the cached page is made older than the
 * regeneration period (`revalidateSeconds`), as if an hour had passed. The failure is logged once,
 * naming the post's file.
 */
import { existsSync, readdirSync, renameSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_ENV, REVALIDATE_SECRET, fixtureSlugs } from '../fixtures/site-content';
import { UNLIMITED_RATES, startSite, type RunningSite } from '../support/site';

const dir = inject('siteDir');
const slug = fixtureSlugs.tutorial;
const path = `/posts/${slug}`;
const sourcePath = `content/posts/${slug}.mdx`;
const article = join(dir, '.contentlayer/store/bodies', `${slug}.html`);
const away = `${article}.away`;
/**
 * The page's cached copies: the one the build wrote (`.next/server/app`) and the one a
 * regeneration at run time wrote (`.next/server/route-cache`), which Next.js reads first and dates
 * by its file's modification time.
 */
const cachedPages = () =>
  readdirSync(join(dir, '.next/server'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(`posts/${slug}.html`))
    .map((file) => join(dir, '.next/server', file));
let site: RunningSite;

beforeAll(async () => {
  // The page regenerated once at run time by the server every test shares, so that its cached
  // copy is one Next.js dates by its file (a copy from the build is dated by the build).
  const shared = inject('siteUrl');
  const revalidate = await fetch(`${shared}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${REVALIDATE_SECRET}` },
    body: JSON.stringify({ paths: [path] }),
  });
  expect(revalidate.status).toBe(200);
  for (let i = 0; i < 2; i++) expect((await fetch(shared + path)).status).toBe(200);
  expect(cachedPages().some((file) => file.includes('route-cache'))).toBe(true);
  renameSync(article, away);
  const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
  for (const file of cachedPages()) utimesSync(file, twoHoursAgo, twoHoursAgo);
  // A server of its own, which reads the page from disk: stale, so its next request regenerates it.
  site = await startSite(dir, { ...FIXTURE_ENV, ...UNLIMITED_RATES });
});

afterAll(async () => {
  if (existsSync(away)) renameSync(away, article);
  await site?.stop();
});

describe('a regeneration that fails', () => {
  it('keeps the last good page, and logs the failure once with the post’s file', async () => {
    const answers: { status: number; html: string }[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await fetch(site.url + path);
      answers.push({ status: res.status, html: await res.text() });
      await new Promise((r) => setTimeout(r, 100));
    }
    // The first answer is the stale page, which starts the regeneration; the failed regeneration
    // keeps it, so that every later answer is that same page, with its article.
    expect(answers.map((a) => a.status)).toEqual(Array<number>(10).fill(200));
    const [first] = answers;
    expect(first?.html).toContain('Introduction du tutoriel sur les timers.');
    for (const answer of answers) expect(answer.html).toBe(first?.html);
    const logs = site.logs();
    expect(logs.split(sourcePath).length - 1, logs).toBe(1);
  });
});
