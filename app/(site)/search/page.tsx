import type { Metadata } from 'next';
import { LiveSearch, type LiveSearchResults } from '@/components/live-search';
import { t } from '@/lib/config/i18n';
import { pageMetadata } from '@/lib/seo/metadata';
import { getTags } from '@/lib/posts/queries';
import { searchPosts } from '@/lib/search';
import { parseSearchParams } from '@/lib/search/params';
import { searchPath } from '@/lib/routes';

export const metadata: Metadata = {
  ...pageMetadata({ title: t.search.title, description: t.descriptions.search, path: searchPath }),
  // Result pages are endless variations of the same posts: followed, not indexed.
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Rendered on the server from the same search module as the API: the page works without JavaScript. */
export default async function SearchPage({ searchParams }: Props) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      params.append(key, v);
  }
  const asked = params.has('q') && (params.get('q') ?? '').trim() !== '';
  const parsed = parseSearchParams(params);
  let initial: LiveSearchResults | null = null;
  if (parsed.ok) {
    const { query } = parsed;
    const { total, hits } = searchPosts(query);
    initial = { query: query.q, total, hits, page: query.page, limit: query.limit };
  }
  const suggestedTags = getTags()
    .slice(0, 8)
    .map(({ slug, name }) => ({ slug, name }));
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t.search.title}</h1>
      <LiveSearch
        initial={initial}
        suggestedTags={suggestedTags}
        defaultQuery={params.get('q') ?? ''}
        invalid={asked && !parsed.ok}
      />
      <p className="mt-12 text-sm text-zinc-600 dark:text-zinc-400">{t.search.shortcutHint}</p>
    </>
  );
}
