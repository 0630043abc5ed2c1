import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/json-ld';
import { PostListing } from '@/components/post-listing';
import { t } from '@/lib/config/i18n';
import { getHomeListing } from '@/lib/posts/listings';
import { pageMetadata } from '@/lib/seo/metadata';
import { homeJsonLd } from '@/lib/seo/json-ld';
import { site } from '@/lib/config/site';

export const metadata: Metadata = pageMetadata({ path: '/' });

export default function HomePage() {
  const now = new Date();
  const listing = getHomeListing(1, now);
  // Page 1 exists even with no post at all.
  if (!listing) notFound();
  return (
    <>
      <JsonLd data={homeJsonLd()} />
      <h1 className="sr-only">{site.title}</h1>
      <PostListing
        posts={listing.items}
        page={1}
        totalPages={listing.totalPages}
        basePath="/"
        now={now}
        t={t}
      />
    </>
  );
}
