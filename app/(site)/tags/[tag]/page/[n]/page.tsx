import type { Metadata } from 'next';
import { tagPageParams } from '@/lib/posts/listings';
import { parsePageNumber } from '@/lib/posts/pagination';
import { prerenderedPosts } from '@/lib/posts/queries';
import { TermListingPage, termListingMetadata } from '@/app/term-listing';

type Props = { params: Promise<{ tag: string; n: string }> };

// Only the pages that show the posts prerendered at build time (site.prerenderPosts); the deeper
// ones of a blog of thousands of posts on their first request, as the older posts themselves.
export function generateStaticParams() {
  return tagPageParams(prerenderedPosts());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, n } = await params;
  return termListingMetadata('tag', tag, parsePageNumber(n));
}

export default async function TagListingPage({ params }: Props) {
  const { tag, n } = await params;
  return <TermListingPage taxonomy="tag" slug={tag} page={parsePageNumber(n)} />;
}
