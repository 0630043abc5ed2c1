/**
 * The pages of a tag, a category or a series (app/(site)/tags/, categories/, series/): one
 * listing, its page 1 at the term's path and the next ones under /page/<n>.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostListing } from '@/components/post-listing';
import { TagHeader } from '@/components/tag-header';
import { t } from '@/lib/config/i18n';
import { getTermListing, type Taxonomy } from '@/lib/posts/listings';
import { pageMetadata } from '@/lib/seo/metadata';
import { categoryPath, listingPagePath, seriesPath, tagPath } from '@/lib/routes';

const PAGES: Record<
  Taxonomy,
  {
    title: (name: string) => string;
    description: (name: string, count: number) => string;
    path: (slug: string) => string;
  }
> = {
  tag: { title: t.tagTitle, description: t.descriptions.tag, path: tagPath },
  category: { title: t.categoryTitle, description: t.descriptions.category, path: categoryPath },
  series: { title: t.seriesTitle, description: t.descriptions.series, path: seriesPath },
};

/** `page`: null for a page parameter that is no page number. */
function load(taxonomy: Taxonomy, slug: string, page: number | null, now?: Date) {
  return page === null ? null : getTermListing(taxonomy, slug, page, now);
}

export function termListingMetadata(
  taxonomy: Taxonomy,
  slug: string,
  page: number | null,
): Metadata {
  const found = load(taxonomy, slug, page);
  if (!found) return {};
  const { term, listing } = found;
  const { title, description, path } = PAGES[taxonomy];
  return pageMetadata({
    title:
      listing.page === 1 ? title(term.name) : `${title(term.name)} — ${t.pageTitle(listing.page)}`,
    description: description(term.name, term.count),
    path: listingPagePath(path(term.slug), listing.page),
    // Tags and series have feeds of their own, advertised on their pages.
    ...(taxonomy === 'tag' ? { tag: term } : taxonomy === 'series' ? { series: term } : {}),
  });
}

export function TermListingPage({
  taxonomy,
  slug,
  page,
}: {
  taxonomy: Taxonomy;
  slug: string;
  page: number | null;
}) {
  const now = new Date();
  const found = load(taxonomy, slug, page, now);
  if (!found) notFound();
  const { term, listing } = found;
  const { title, path } = PAGES[taxonomy];
  return (
    <>
      <TagHeader title={title(term.name)} count={term.count} page={listing.page} t={t} />
      <PostListing
        posts={listing.items}
        page={listing.page}
        totalPages={listing.totalPages}
        basePath={path(term.slug)}
        now={now}
        t={t}
      />
    </>
  );
}
