import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListing } from '@/components/post-listing';
import { TagHeader } from '@/components/tag-header';
import { t } from '@/lib/config/i18n';
import { categoryPageParams, getCategoryListing } from '@/lib/posts/listings';
import { parsePageNumber } from '@/lib/posts/pagination';
import { pageMetadata } from '@/lib/seo/metadata';
import { prerenderedPosts } from '@/lib/posts/queries';
import { categoryPath, listingPagePath } from '@/lib/routes';

type Props = { params: Promise<{ category: string; n: string }> };

// As for tags: the pages that show the posts prerendered at build time, the deeper ones on request.
export function generateStaticParams() {
  return categoryPageParams(prerenderedPosts());
}

async function load({ params }: Props, now?: Date) {
  const { category, n } = await params;
  const page = parsePageNumber(n);
  return page === null ? null : getCategoryListing(category, page, now);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) return {};
  const { category, listing } = found;
  return pageMetadata({
    title: `${t.categoryTitle(category.name)} — ${t.pageTitle(listing.page)}`,
    description: t.descriptions.category(category.name, category.count),
    path: listingPagePath(categoryPath(category.slug), listing.page),
  });
}

export default async function CategoryListingPage(props: Props) {
  const now = new Date();
  const found = await load(props, now);
  if (!found) notFound();
  const { category, listing } = found;
  return (
    <>
      <TagHeader
        title={t.categoryTitle(category.name)}
        count={category.count}
        page={listing.page}
        t={t}
      />
      <PostListing
        posts={listing.items}
        page={listing.page}
        totalPages={listing.totalPages}
        basePath={categoryPath(category.slug)}
        now={now}
        t={t}
      />
    </>
  );
}
