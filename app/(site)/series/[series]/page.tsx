import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListing } from '@/components/post-listing';
import { TagHeader } from '@/components/tag-header';
import { t } from '@/lib/config/i18n';
import { getSeriesListing } from '@/lib/posts/listings';
import { getSeries } from '@/lib/posts/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { seriesPath } from '@/lib/routes';

type Props = { params: Promise<{ series: string }> };

export function generateStaticParams() {
  return getSeries().map((series) => ({ series: series.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getSeriesListing((await params).series, 1);
  if (!found) return {};
  const { series } = found;
  return pageMetadata({
    title: t.seriesTitle(series.name),
    description: t.descriptions.series(series.name, series.count),
    path: seriesPath(series.slug),
    series,
  });
}

export default async function SeriesPage({ params }: Props) {
  const now = new Date();
  const found = getSeriesListing((await params).series, 1, now);
  if (!found) notFound();
  const { series, listing } = found;
  return (
    <>
      <TagHeader title={t.seriesTitle(series.name)} count={series.count} page={1} t={t} />
      <PostListing
        posts={listing.items}
        page={1}
        totalPages={listing.totalPages}
        basePath={seriesPath(series.slug)}
        now={now}
        t={t}
      />
    </>
  );
}
