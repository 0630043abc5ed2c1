import type { Metadata } from 'next';
import { tagPath } from '@/lib/routes';
import { notFound } from 'next/navigation';
import { PostListing } from '@/components/post-listing';
import { TagHeader } from '@/components/tag-header';
import { t } from '@/lib/config/i18n';
import { getTagListing } from '@/lib/posts/listings';
import { getTags } from '@/lib/posts/queries';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ tag: string }> };

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getTagListing((await params).tag, 1);
  if (!found) return {};
  const { tag } = found;
  return pageMetadata({
    title: t.tagTitle(tag.name),
    description: t.descriptions.tag(tag.name, tag.count),
    path: tagPath(tag.slug),
    tag,
  });
}

export default async function TagPage({ params }: Props) {
  const now = new Date();
  const found = getTagListing((await params).tag, 1, now);
  if (!found) notFound();
  const { tag, listing } = found;
  return (
    <>
      <TagHeader title={t.tagTitle(tag.name)} count={tag.count} page={1} t={t} />
      <PostListing
        posts={listing.items}
        page={1}
        totalPages={listing.totalPages}
        basePath={tagPath(tag.slug)}
        now={now}
        t={t}
      />
    </>
  );
}
