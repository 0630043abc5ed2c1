/**
 * On-demand regeneration: which paths a `POST /api/revalidate` may name, and every path of the
 * site for `{ "all": true }`.
 */
import 'server-only';
import { getPostByUrl, getPosts, getSeries, getTags } from '../posts/queries';
import {
  FEED_PATHS,
  postPagePath,
  postPath,
  seriesFeedPath,
  sitemapPath,
  tagFeedPath,
} from '../routes';
import { sitePages } from '../seo/site-pages';

export const MAX_PATHS = 1000;
/** A request body larger than this is refused before it is read. */
export const MAX_BODY_BYTES = 64 * 1024;

export type RevalidationTarget = { all: true } | { paths: string[] };

export type ParsedRevalidation =
  { ok: true; target: RevalidationTarget } | { ok: false; error: string };

const SITE_PATH = /^\/[^\s?#\\]*$/;

const USAGE = 'Send {"paths": ["/", "/posts/a-slug"]} or {"all": true}.';

export function parseRevalidationBody(body: unknown): ParsedRevalidation {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { ok: false, error: `The body must be a JSON object. ${USAGE}` };
  const keys = Object.keys(body);
  if ('all' in body && keys.length === 1) {
    return body.all === true
      ? { ok: true, target: { all: true } }
      : { ok: false, error: `"all" must be true. ${USAGE}` };
  }
  if (!('paths' in body) || keys.length !== 1)
    return { ok: false, error: `Expected exactly one of "paths" or "all". ${USAGE}` };
  const { paths } = body;
  if (!Array.isArray(paths) || paths.length === 0)
    return { ok: false, error: `"paths" must be a non-empty array of paths. ${USAGE}` };
  if (paths.length > MAX_PATHS)
    return {
      ok: false,
      error: `At most ${MAX_PATHS} paths at once; use {"all": true} for the whole site.`,
    };
  const bad = paths.find((p) => typeof p !== 'string' || p.length > 512 || !SITE_PATH.test(p));
  if (bad !== undefined)
    return {
      ok: false,
      error: `${JSON.stringify(bad)} is not a path of this site: paths start with "/", without query string.`,
    };
  return { ok: true, target: { paths: [...new Set(paths as string[])] } };
}

/** Every page and feed of the site, and the sitemap, as readers can see them now. */
export function sitePaths(now: Date = new Date()): string[] {
  return [
    ...sitePages(getPosts({ now })).map((page) => page.path),
    ...Object.values(FEED_PATHS),
    ...getTags(now).map((tag) => tagFeedPath(tag.slug)),
    ...getSeries(now).map((series) => seriesFeedPath(series.slug)),
    sitemapPath,
  ];
}

/**
 * `paths`, and the route that renders each post among them whose URL is not its /posts/ path
 * (proxy.ts rewrites it there): Next.js keeps that page under the route's path, not the URL's.
 */
export function pathsToRevalidate(paths: readonly string[]): string[] {
  return [
    ...new Set(
      paths.flatMap((path) => {
        const post = getPostByUrl(path);
        return post && post.url !== postPath(post.slug) ? [path, postPagePath(post)] : [path];
      }),
    ),
  ];
}
