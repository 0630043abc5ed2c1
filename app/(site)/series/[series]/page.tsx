import type { Metadata } from 'next';
import { getSeries } from '@/lib/posts/queries';
import { TermListingPage, termListingMetadata } from '@/app/term-listing';

type Props = { params: Promise<{ series: string }> };

export function generateStaticParams() {
  return getSeries().map((series) => ({ series: series.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return termListingMetadata('series', (await params).series, 1);
}

export default async function SeriesPage({ params }: Props) {
  return <TermListingPage taxonomy="series" slug={(await params).series} page={1} />;
}
