/**
 * What search engines are told to crawl: every page a reader can see now, each with the date of
 * the newest post it shows, so that unchanged pages are not fetched again.
 */
import type { MetadataRoute } from 'next';
import { site } from '../config/site';
import type { Post } from '../posts/post';
import { sitePages } from './site-pages';

/** `posts`: the visible posts, newest first (getPosts()). */
export function sitemapEntries(posts: readonly Post[]): MetadataRoute.Sitemap {
  return sitePages(posts).map(({ path, lastModified, languages }) => ({
    url: `${site.url}${path}`,
    ...(lastModified ? { lastModified } : {}),
    ...(languages
      ? {
          alternates: {
            languages: Object.fromEntries(
              Object.entries(languages).map(([lang, url]) => [lang, `${site.url}${url}`]),
            ),
          },
        }
      : {}),
  }));
}
