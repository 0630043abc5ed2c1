import type { MetadataRoute } from 'next';
import { site } from '@/lib/config/site';

/** Everything but the API is for crawlers; the sitemap lists it. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: '/api/' },
    sitemap: `${site.url}/sitemap.xml`,
  };
}
