/**
 * Every path the site builds, in one place: pages, components, the sitemap, feeds and
 * revalidation all call these, so that no path is spelled twice. Client-safe.
 */
import { IMAGE_QUALITY, MEDIA_PATH_PREFIX } from '../unbundled/images.mjs';
import { siteLocale } from './config/locale';
import { sameLanguage } from './format/languages';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const homePath = '/';
export const tagsPath = '/tags';
export const categoriesPath = '/categories';
/** Every series; one series is `seriesPath(slug)`. */
export const allSeriesPath = '/series';
export const archivesPath = '/archives';
export const searchPath = '/search';
export const sitemapPath = '/sitemap.xml';
/** Every route handler of the API lives under it; crawlers are kept out. */
export const apiPathPrefix = '/api/';
export const draftDisablePath = '/api/draft/disable';

/** The site-wide feeds. */
export const FEED_PATHS: Record<FeedFormat, string> = {
  rss: '/feed.xml',
  atom: '/atom.xml',
  json: '/feed.json',
};

export function postPath(slug: string): string {
  return `/posts/${slug}`;
}

/** Under it, the posts in another language than the site's: app/(other-languages)/. */
export const otherLanguagesPath = '/translated';

/**
 * Where proxy.ts renders a post whose URL is not its /posts/ path: in the site's language,
 * app/(site)/posts/[slug]/permalink; in another, app/(other-languages)/, whose root layout has
 * that language.
 */
export function postPagePath(post: { slug: string; lang: string }): string {
  return sameLanguage(post.lang, siteLocale.language)
    ? `${postPath(post.slug)}/permalink`
    : otherLanguagePostPath(post.lang, post.slug);
}

export function otherLanguagePostPath(lang: string, slug: string): string {
  return `${otherLanguagesPath}/${lang.toLowerCase()}/${slug}`;
}

/** The site-wide social image (app/opengraph-image.tsx). */
export const siteImagePath = '/opengraph-image';

/** A post's generated social image (app/posts/[slug]/opengraph-image.tsx), wherever its page is. */
export function postImagePath(post: { slug: string }): string {
  return `${postPath(post.slug)}/opengraph-image`;
}

/** A file of a post as the build published it, under its content hash (lib/media/publish.ts). */
export function mediaPath(hash: string, name: string): string {
  return `${MEDIA_PATH_PREFIX}${hash}/${name}`;
}

/** KaTeX's stylesheet of `version`, beside its fonts (app/katex/), for the pages that have math. */
export function katexStylesheetPath(version: string): string {
  return `/katex/${version}/katex.min.css`;
}

/** The copy button of code blocks, for the pages that have code (app/code-copy/). */
export function codeCopyScriptPath(version: string): string {
  return `/code-copy/${version}.js`;
}

/** A published image resized by Next.js's image optimizer to `width` (one of IMAGE_WIDTHS). */
export function optimizedImagePath(src: string, width: number): string {
  return `/_next/image?url=${encodeURIComponent(src)}&w=${width}&q=${IMAGE_QUALITY}`;
}

export function tagPath(slug: string): string {
  return `${tagsPath}/${slug}`;
}

export function categoryPath(slug: string): string {
  return `${categoriesPath}/${slug}`;
}

export function seriesPath(slug: string): string {
  return `${allSeriesPath}/${slug}`;
}

export function seriesFeedPath(slug: string): string {
  return `${seriesPath(slug)}/feed.xml`;
}

const SERIES_FEED = new RegExp(`^${allSeriesPath}/([^/]+)/feed\\.xml$`);

/** The slug of a series' feed path, or undefined when `pathname` is not one. */
export function seriesOfFeedPath(pathname: string): string | undefined {
  return SERIES_FEED.exec(pathname)?.[1];
}

export function tagFeedPath(slug: string): string {
  return `${tagPath(slug)}/feed.xml`;
}

/** The slug of a tag's feed path, or undefined when `pathname` is not one. */
export function tagOfFeedPath(pathname: string): string | undefined {
  return /^\/tags\/([^/]+)\/feed\.xml$/.exec(pathname)?.[1];
}

/** Page `page` of the listing whose page 1 is `basePath` (`/`, a tag's or a series' path): `/page/n` after 1. */
export function listingPagePath(basePath: string, page: number): string {
  if (page === 1) return basePath;
  return `${basePath === homePath ? '' : basePath}/page/${page}`;
}

export function archiveYearPath(year: number): string {
  return `${archivesPath}/${year}`;
}

/** The anchor of a month on its year's page. */
export function archiveMonthId(year: number, month: number): string {
  return `mois-${year}-${month}`;
}

/** The search page for `query`, at `page`. */
export function searchPagePath(query: string, page = 1): string {
  return `${searchPath}?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ''}`;
}

/** The search API for `query` (components/live-search.tsx). */
export function searchApiPath(query: string): string {
  return `/api/search?q=${encodeURIComponent(query)}`;
}

/**
 * Paths the site's own pages, feeds and files take (a post's URL or an old address may not):
 * these exact paths, and anything under the folders.
 */
export const RESERVED_PATHS = {
  exact: [
    homePath,
    searchPath,
    sitemapPath,
    '/robots.txt',
    '/icon.svg',
    siteImagePath,
    ...Object.values(FEED_PATHS),
  ],
  folders: [
    tagsPath,
    categoriesPath,
    allSeriesPath,
    archivesPath,
    otherLanguagesPath,
    '/page',
    '/api',
    '/media',
    '/katex',
    '/code-copy',
    '/_next',
  ],
};
