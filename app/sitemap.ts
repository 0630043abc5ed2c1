import type { MetadataRoute } from 'next';
import { getPosts } from '@/lib/posts/queries';
import { sitemapEntries } from '@/lib/seo/sitemap';

// Regenerated with the pages (site.revalidateSeconds), so a scheduled post joins it on time.
export const revalidate = 3600;

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getPosts());
}
