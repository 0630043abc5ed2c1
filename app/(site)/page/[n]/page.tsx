import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListing } from '@/components/post-listing';
import { t } from '@/lib/config/i18n';
import { getHomeListing, homePageParams } from '@/lib/posts/listings';
import { parsePageNumber } from '@/lib/posts/pagination';
import { pageMetadata } from '@/lib/seo/metadata';
import { prerenderedPosts } from '@/lib/posts/queries';
import { site } from '@/lib/config/site';
import { homePath, listingPagePath } from '@/lib/routes';

type Props = { params: Promise<{ n: string }> };

// Only the pages that show the posts prerendered at build time (site.prerenderPosts); the deeper
// ones of a blog of thousands of posts on their first request, as the older posts themselves.
export function generateStaticParams() {
  return homePageParams(prerenderedPosts());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).n);
  return page
    ? pageMetadata({
        title: `${t.nav.posts} — ${t.pageTitle(page)}`,
        description: t.descriptions.page(page, site.title),
        path: listingPagePath(homePath, page),
      })
    : {};
}

export default async function HomeListingPage({ params }: Props) {
  const page = parsePageNumber((await params).n);
  const now = new Date();
  const listing = page === null ? null : getHomeListing(page, now);
  if (!listing) notFound();
  return (
    <>
      <h1 className="mb-8 text-sm font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">
        {t.nav.posts} — {t.pageTitle(listing.page)}
      </h1>
      <PostListing
        posts={listing.items}
        page={listing.page}
        totalPages={listing.totalPages}
        basePath="/"
        now={now}
        t={t}
      />
    </>
  );
}
