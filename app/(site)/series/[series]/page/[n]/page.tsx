import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListing } from '@/components/post-listing';
import { TagHeader } from '@/components/tag-header';
import { t } from '@/lib/config/i18n';
import { getSeriesListing, seriesPageParams } from '@/lib/posts/listings';
import { parsePageNumber } from '@/lib/posts/pagination';
import { pageMetadata } from '@/lib/seo/metadata';
import { prerenderedPosts } from '@/lib/posts/queries';
import { listingPagePath, seriesPath } from '@/lib/routes';

type Props = { params: Promise<{ series: string; n: string }> };

// Only the pages that show the posts prerendered at build time (site.prerenderPosts), as for tags.
export function generateStaticParams() {
  return seriesPageParams(prerenderedPosts());
}

async function load({ params }: Props, now?: Date) {
  const { series, n } = await params;
  const page = parsePageNumber(n);
  return page === null ? null : getSeriesListing(series, page, now);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props);
  if (!found) return {};
  const { series, listing } = found;
  return pageMetadata({
    title: `${t.seriesTitle(series.name)} — ${t.pageTitle(listing.page)}`,
    description: t.descriptions.series(series.name, series.count),
    path: listingPagePath(seriesPath(series.slug), listing.page),
    series,
  });
}

export default async function SeriesListingPage(props: Props) {
  const now = new Date();
  const found = await load(props, now);
  if (!found) notFound();
  const { series, listing } = found;
  return (
    <>
      <TagHeader
        title={t.seriesTitle(series.name)}
        count={series.count}
        page={listing.page}
        t={t}
      />
      <PostListing
        posts={listing.items}
        page={listing.page}
        totalPages={listing.totalPages}
        basePath={seriesPath(series.slug)}
        now={now}
        t={t}
      />
    </>
  );
}
