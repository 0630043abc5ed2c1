/**
 * Builds the fixture blog once for every end-to-end test file, serves it with `next start`,
 * and hands its URL and folder to the tests.
 */
import type { TestProject } from 'vitest/node';
import { FIXTURE_ENV, fixtureContent } from '../fixtures/site-content';
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
  const build = await buildSite(dir, FIXTURE_ENV);
  if (build.code !== 0) throw new Error(`The fixture blog did not build:\n${build.output}`);
  // Every test file shares this server and its one client address: the limits are tested on a
  // server of their own (rate-limits.test.ts).
  site = await startSite(dir, { ...FIXTURE_ENV, ...UNLIMITED_RATES });
  project.provide('siteUrl', site.url);
  project.provide('siteDir', dir);
}

export async function teardown() {
  await site?.stop();
}
