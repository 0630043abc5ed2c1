import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListing } from '@/components/post-listing';
import { TagHeader } from '@/components/tag-header';
import { t } from '@/lib/config/i18n';
import { getTagListing, tagPageParams } from '@/lib/posts/listings';
import { parsePageNumber } from '@/lib/posts/pagination';
import { pageMetadata } from '@/lib/seo/metadata';
import { prerenderedPosts } from '@/lib/posts/queries';
import { listingPagePath, tagPath } from '@/lib/routes';

type Props = { params: Promise<{ tag: string; n: string }> };

// Only the pages that show the posts prerendered at build time (site.prerenderPosts); the deeper
// ones of a blog of thousands of posts on their first request, as the older posts themselves.
export function generateStaticParams() {
  return tagPageParams(prerenderedPosts());
}

async function load({ params }: Props, now?: Date) {
  const { tag, n } = await params;
  const page = parsePageNumber(n);
  return page === null ? null : getTagListing(tag, page, now);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) return {};
  const { tag, listing } = found;
  return pageMetadata({
    title: `${t.tagTitle(tag.name)} — ${t.pageTitle(listing.page)}`,
    description: t.descriptions.tag(tag.name, tag.count),
    path: listingPagePath(tagPath(tag.slug), listing.page),
    tag,
  });
}

export default async function TagListingPage(props: Props) {
  const now = new Date();
  const found = await load(props, now);
  if (!found) notFound();
  const { tag, listing } = found;
  return (
    <>
      <TagHeader title={t.tagTitle(tag.name)} count={tag.count} page={listing.page} t={t} />
      <PostListing
        posts={listing.items}
        page={listing.page}
        totalPages={listing.totalPages}
        basePath={tagPath(tag.slug)}
        now={now}
        t={t}
      />
    </>
  );
}
