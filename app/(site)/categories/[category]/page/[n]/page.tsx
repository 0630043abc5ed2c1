import type { Metadata } from 'next';
import { categoryPageParams } from '@/lib/posts/listings';
import { parsePageNumber } from '@/lib/posts/pagination';
import { prerenderedPosts } from '@/lib/posts/queries';
import { TermListingPage, termListingMetadata } from '@/app/term-listing';

type Props = { params: Promise<{ category: string; n: string }> };

// As for tags: the pages that show the posts prerendered at build time, the deeper ones on request.
export function generateStaticParams() {
  return categoryPageParams(prerenderedPosts());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category, n } = await params;
  return termListingMetadata('category', category, parsePageNumber(n));
}

export default async function CategoryListingPage({ params }: Props) {
  const { category, n } = await params;
  return <TermListingPage taxonomy="category" slug={category} page={parsePageNumber(n)} />;
}
