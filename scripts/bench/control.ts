/**
 * The control for the benchmarks and the audit: `scripts/bench/empty-app`, an App Router page with
 * nothing of ours, built by the same Next.js from the same node_modules and served by `next start`
 * on the same machine in the same run. What it scores, downloads and serves is the framework's
 * floor, against which our own pages are read.
 */
import { join } from 'node:path';
import { buildNext, repoRoot, startSite, type RunningSite } from '../../test/support/site';

export const CONTROL_DIR = join(repoRoot, 'scripts/bench/empty-app');

/**
 * The control's pages: the empty page; one of its numbered one-line pages, prerendered under a
 * dynamic route as a post page is (`/n/[id]`, built with CONTROL_PAGES > 0), to tell what Next.js
 * spends matching such a route from what our pages cost; the served blog's longest article alone in
 * a page (its HTML written to ARTICLE_FILE before the control is built), to tell what a post page
 * costs by its size from what our components add; and a 304 from a proxy that looks nothing up, to
 * tell what Next.js's proxy costs from what the feeds' lookup adds.
 */
export const CONTROL_PATHS = {
  empty: '/',
  dynamic: '/n/1',
  article: '/article',
  notModified: '/not-modified',
} as const;
export const ARTICLE_FILE = join(CONTROL_DIR, 'article.html');

/** Builds the empty page and serves it; the caller stops it. */
export async function startControl(): Promise<RunningSite> {
  const build = await buildNext(CONTROL_DIR);
  if (build.code !== 0)
    throw new Error(`The empty control page (${CONTROL_DIR}) did not build:\n${build.output}`);
  return startSite(CONTROL_DIR);
}
