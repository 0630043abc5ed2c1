import type { Metadata } from 'next';
import { getCategories } from '@/lib/posts/queries';
import { TermListingPage, termListingMetadata } from '@/app/term-listing';

type Props = { params: Promise<{ category: string }> };

export function generateStaticParams() {
  return getCategories().map((category) => ({ category: category.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return termListingMetadata('category', (await params).category, 1);
}

export default async function CategoryPage({ params }: Props) {
  return <TermListingPage taxonomy="category" slug={(await params).category} page={1} />;
}
