/**
 * Builds the fixture blog, fetches every page the sitemap lists plus feeds, API answers and error
 * pages, and writes what a reader or a client gets into one folder, for a refactor to be diffed
 * against: `tsx scripts/snapshot-site.ts <out-dir>` before and after, then `diff -r`.
 * Scripts other than JSON-LD are dropped from the HTML and asset names and build ids masked, since those change with
 * any edit to the code, and class names sorted.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_ENV, fixtureContent, fixtureSlugs } from '../test/fixtures/site-content';
import { sitemapPaths } from '../test/support/sitemap';
import { UNLIMITED_RATES, buildSite, makeSite, startSite } from '../test/support/site';

const out = process.argv[2];
if (!out) throw new Error('Usage: tsx scripts/snapshot-site.ts <out-dir>');

/** Requests beyond the sitemap's pages: feeds, the search API, errors. */
const EXTRA: Array<[string, RequestInit?]> = [
  ['/feed.xml'],
  ['/atom.xml'],
  ['/feed.json'],
  ['/tags/systemd/feed.xml'],
  ['/series/web-ops-data/feed.xml'],
  ['/robots.txt'],
  ['/sitemap.xml'],
  ['/search?q=systemd'],
  ['/search?q=timer&page=2'],
  ['/search'],
  ['/api/search?q=systemd'],
  ['/api/search?q=s&limit=2&page=2'],
  ['/api/search?q=hugo&tag=cerenit'],
  ['/api/search'],
  ['/api/search?q=x&limit=0'],
  ['/api/search?q=x', { method: 'POST' }],
  ['/api/revalidate', { method: 'POST' }],
  ['/api/revalidate', { method: 'POST', headers: { authorization: 'Bearer wrong' } }],
  ['/api/draft'],
  ['/api/draft?secret=wrong&slug=x'],
  ['/api/health'],
  ['/nope'],
  [`/posts/${fixtureSlugs.draft}`],
  [`/posts/${fixtureSlugs.scheduled}`],
  ['/page/99'],
  ['/archives/1999'],
  ['/tags/inconnu'],
  ['/series/inconnue'],
];

function normalize(body: string, buildId: string): string {
  return (
    body
      .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '<script/>')
      .replace(/<link rel="(?:preload|modulepreload|stylesheet)"[^>]*>/g, '<link/>')
      .replaceAll(buildId, 'BUILD_ID')
      .replace(/\/_next\/static\/[^"'\s)]+/g, '/_next/static/ASSET')
      // Next.js versions social images by a hash of their route's code.
      .replace(/opengraph-image\?[0-9a-f]+/g, 'opengraph-image?HASH')
      .replace(/(<lastBuildDate>|<updated>)[^<]+/g, '$1DATE')
      // Tailwind classes in a canonical order: the formatter sorts them in the source.
      .replace(
        / class="([^"]*)"/g,
        (_, names: string) => ` class="${names.split(/\s+/).sort().join(' ')}"`,
      )
  );
}

const dir = makeSite('snapshot', fixtureContent());
const build = await buildSite(dir, FIXTURE_ENV);
if (build.code !== 0) throw new Error(`The fixture blog did not build:\n${build.output}`);
const buildId = readFileSync(join(dir, '.next', 'BUILD_ID'), 'utf8').trim();
const site = await startSite(dir, { ...FIXTURE_ENV, ...UNLIMITED_RATES });
try {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const requests: Array<[string, RequestInit?]> = [
    ...(await sitemapPaths(site.url)).map((p): [string] => [p]),
    ...EXTRA,
  ];
  const written = new Set<string>();
  for (const [path, init] of requests) {
    const response = await fetch(site.url + path, { redirect: 'manual', ...init });
    const headers = [
      'content-type',
      'cache-control',
      'etag',
      'last-modified',
      'location',
      'content-security-policy',
    ]
      .map((h) => `${h}: ${response.headers.get(h) ?? ''}`)
      .join('\n');
    const body = normalize(await response.text(), buildId);
    let name = `${init?.method ?? 'GET'} ${path}`.replace(/[^a-zA-Z0-9.-]+/g, '_');
    while (written.has(name)) name += '+';
    written.add(name);
    writeFileSync(join(out, name), `${response.status}\n${headers}\n\n${body}\n`);
  }
  console.log(`${requests.length} answers written to ${out}`);
} finally {
  await site.stop();
  rmSync(dir, { recursive: true, force: true });
}
