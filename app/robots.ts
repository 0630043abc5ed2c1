import type { MetadataRoute } from 'next';
import { site } from '@/lib/config/site';
import { apiPathPrefix, homePath, sitemapPath } from '@/lib/routes';

/** Everything but the API is for crawlers; the sitemap lists it. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: homePath, disallow: apiPathPrefix },
    sitemap: `${site.url}${sitemapPath}`,
  };
}
