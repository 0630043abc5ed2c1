import type { Metadata } from 'next';
import { seriesPageParams } from '@/lib/posts/listings';
import { parsePageNumber } from '@/lib/posts/pagination';
import { prerenderedPosts } from '@/lib/posts/queries';
import { TermListingPage, termListingMetadata } from '@/app/term-listing';

type Props = { params: Promise<{ series: string; n: string }> };

// Only the pages that show the posts prerendered at build time (site.prerenderPosts), as for tags.
export function generateStaticParams() {
  return seriesPageParams(prerenderedPosts());
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { series, n } = await params;
  return termListingMetadata('series', series, parsePageNumber(n));
}

export default async function SeriesListingPage({ params }: Props) {
  const { series, n } = await params;
  return <TermListingPage taxonomy="series" slug={series} page={parsePageNumber(n)} />;
}
