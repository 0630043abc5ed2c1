/**
 * Builds the fixture blog once for every end-to-end test file, serves it with `next start`,
 * and hands its URL and folder to the tests.
 */
import type { TestProject } from 'vitest/node';
import { PRERENDER_POSTS, PREVIEW_SECRET, REVALIDATE_SECRET, SITE_URL, fixtureContent } from '../fixtures/site-content';
import { UNLIMITED_RATES, buildSite, makeSite, startSite, type RunningSite } from '../support/site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
  }
}

let site: RunningSite | undefined;

export async function setup(project: TestProject) {
  // E2E_SITE names the copy, so that two test runs on one machine do not share a folder.
  const dir = makeSite(process.env.E2E_SITE ?? 'fixture-blog', fixtureContent());
  // A public address unlike the default one, to check that absolute links come from SITE_URL.
  const env = { SITE_URL, REVALIDATE_SECRET, PREVIEW_SECRET, PRERENDER_POSTS: String(PRERENDER_POSTS) };
  const build = await buildSite(dir, env);
  if (build.code !== 0) throw new Error(`The fixture blog did not build:\n${build.output}`);
  // Every test file shares this server and its one client address: the limits are tested on a
  // server of their own (rate-limits.test.ts).
  site = await startSite(dir, { ...env, ...UNLIMITED_RATES });
  project.provide('siteUrl', site.url);
  project.provide('siteDir', dir);
}

export async function teardown() {
  await site?.stop();
}
