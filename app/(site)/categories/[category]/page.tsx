import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListing } from '@/components/post-listing';
import { TagHeader } from '@/components/tag-header';
import { t } from '@/lib/config/i18n';
import { getCategoryListing } from '@/lib/posts/listings';
import { getCategories } from '@/lib/posts/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { categoryPath } from '@/lib/routes';

type Props = { params: Promise<{ category: string }> };

export function generateStaticParams() {
  return getCategories().map((category) => ({ category: category.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getCategoryListing((await params).category, 1);
  if (!found) return {};
  const { category } = found;
  return pageMetadata({
    title: t.categoryTitle(category.name),
    description: t.descriptions.category(category.name, category.count),
    path: categoryPath(category.slug),
  });
}

export default async function CategoryPage({ params }: Props) {
  const now = new Date();
  const found = getCategoryListing((await params).category, 1, now);
  if (!found) notFound();
  const { category, listing } = found;
  return (
    <>
      <TagHeader title={t.categoryTitle(category.name)} count={category.count} page={1} t={t} />
      <PostListing
        posts={listing.items}
        page={1}
        totalPages={listing.totalPages}
        basePath={categoryPath(category.slug)}
        now={now}
        t={t}
      />
    </>
  );
}
