/**
 * Page metadata, the one place that builds it: title, description, canonical URL, feed
 * autodiscovery, Open Graph and Twitter cards. Next.js replaces a parent's `alternates` or
 * `openGraph` as a whole when a page sets its own, so every page gets all of them from here.
 * URLs stay relative: the root layout's `metadataBase` (SITE_URL) makes them absolute.
 */
import type { Metadata, Viewport } from 'next';
import { FEED_PATHS, postImagePath, seriesFeedPath, siteImagePath, tagFeedPath } from '../routes';
import { ogImageContentType, ogImageSize, siteOgImageAlt } from './og-image';
import type { Post } from '../posts/post';
import { t } from '../config/i18n';
import { site } from '../config/site';
import { localeOf, sameLanguage } from '../format/languages';
import type { Tag } from '../posts/tags';

type Alternates = NonNullable<Metadata['alternates']>;

/** What every page inherits, from whichever root layout (app/(site)/, app/(other-languages)/). */
export const rootMetadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.title, template: `%s — ${site.title}` },
  description: site.description,
  authors: [{ name: site.author.name }],
  alternates: alternates(),
};

/** The site's 404 page, in whichever root layout (or none, app/global-not-found.tsx) it is. */
export const notFoundMetadata: Metadata = { title: t.notFound.title, robots: { index: false } };

export const rootViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

/** `<link rel="alternate">` for the site's three feeds, and a tag's or a series' own feed on its pages. */
export function feedAlternates(tag?: Tag, series?: Tag): Alternates['types'] {
  const rss = [{ url: FEED_PATHS.rss, title: `${site.title} (RSS)` }];
  if (tag) rss.push({ url: tagFeedPath(tag.slug), title: `${site.title} — ${tag.name} (RSS)` });
  if (series)
    rss.push({ url: seriesFeedPath(series.slug), title: `${site.title} — ${series.name} (RSS)` });
  return {
    'application/rss+xml': rss,
    'application/atom+xml': [{ url: FEED_PATHS.atom, title: `${site.title} (Atom)` }],
    'application/feed+json': [{ url: FEED_PATHS.json, title: `${site.title} (JSON Feed)` }],
  };
}

export function alternates(canonicalPath?: string, tag?: Tag, series?: Tag): Alternates {
  return {
    ...(canonicalPath ? { canonical: canonicalPath } : {}),
    types: feedAlternates(tag, series),
  };
}

/** `fr-FR` → `fr_FR`, the form Open Graph wants. */
function toOpenGraphLocale(locale: string): string {
  return locale.replace(/-/g, '_');
}

export const openGraphLocale = toOpenGraphLocale(site.locale);

/** The Open Graph locale of a post: the site's, or its own language's. */
function postLocale(post: Pick<Post, 'lang'>): string {
  return toOpenGraphLocale(localeOf(post.lang));
}

/**
 * `hreflang` alternates of a post with translations: each version by its language, and the one
 * in the site's language as `x-default` (none without translations: a page alone has no
 * alternates to declare).
 */
function languageAlternates(
  post: Post,
  translations: readonly Post[],
): Alternates['languages'] | undefined {
  if (translations.length === 0) return undefined;
  const versions = [post, ...translations];
  const byDefault = versions.find((p) => sameLanguage(p.lang, site.language));
  return {
    ...Object.fromEntries(versions.map((p) => [p.lang, p.url])),
    ...(byDefault ? { 'x-default': byDefault.url } : {}),
  };
}

export interface PageDescription {
  /** Without the site's name: the layout's template adds it. Omitted on the home page. */
  title?: string;
  description?: string;
  /** The canonical path: page 1 of a listing is the listing itself. */
  path: string;
  /** On a tag's pages: its feed is advertised too. */
  tag?: Tag;
  /** On a series' pages: its feed is advertised too. */
  series?: Tag;
}

/**
 * The site-wide card (app/opengraph-image.tsx), named explicitly: a page that sets its own
 * `openGraph` would otherwise lose the image the root segment's file adds.
 */
export const siteImage = {
  url: siteImagePath,
  ...ogImageSize,
  type: ogImageContentType,
  alt: siteOgImageAlt,
};

/** Any page but a post: a website card with the site's image. */
export function pageMetadata({
  title,
  description = site.description,
  path,
  tag,
  series,
}: PageDescription): Metadata {
  const cardTitle = title ?? site.title;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: alternates(path, tag, series),
    openGraph: {
      type: 'website',
      siteName: site.title,
      locale: openGraphLocale,
      url: path,
      title: cardTitle,
      description,
      images: [siteImage],
    },
    twitter: { card: 'summary_large_image', title: cardTitle, description },
  };
}

/**
 * A post: an article card with its dates and tags, and its translations' languages. Its image,
 * app/posts/[slug]/opengraph-image.tsx, is named here for every post: it sits outside the route
 * groups (inside one, Next.js would add a hash to its path), so no page inherits it by itself.
 */
export function postMetadata(post: Post, translations: readonly Post[] = []): Metadata {
  const languages = languageAlternates(post, translations);
  return {
    title: post.title,
    description: post.excerpt,
    alternates: { ...alternates(post.url), ...(languages ? { languages } : {}) },
    openGraph: {
      type: 'article',
      siteName: site.title,
      locale: postLocale(post),
      ...(translations.length > 0 ? { alternateLocale: translations.map(postLocale) } : {}),
      url: post.url,
      title: post.title,
      description: post.excerpt,
      publishedTime: post.date,
      modifiedTime: post.updated ?? post.date,
      authors: [site.author.name],
      tags: post.tags.map((t) => t.name),
      images: [
        { url: postImagePath(post), ...ogImageSize, type: ogImageContentType, alt: post.title },
      ],
    },
    twitter: { card: 'summary_large_image', title: post.title, description: post.excerpt },
  };
}
