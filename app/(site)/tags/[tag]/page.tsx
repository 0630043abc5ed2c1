import type { Metadata } from 'next';
import { getTags } from '@/lib/posts/queries';
import { TermListingPage, termListingMetadata } from '@/app/term-listing';

type Props = { params: Promise<{ tag: string }> };

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return termListingMetadata('tag', (await params).tag, 1);
}

export default async function TagPage({ params }: Props) {
  return <TermListingPage taxonomy="tag" slug={(await params).tag} page={1} />;
}
