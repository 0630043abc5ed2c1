'use client';

import { t } from '@/lib/config/i18n';
import type { Tag } from '@/lib/posts/tags';
import { SearchForm } from './search-form';
import { SearchResultList } from './search-results';
import { useLiveSearch, type LiveSearchResults } from './use-live-search';

export type { LiveSearchResults } from './use-live-search';

export interface LiveSearchProps {
  /** What the server rendered for the URL's query, if any. */
  initial: LiveSearchResults | null;
  /** Suggested when nothing matches. */
  suggestedTags: Tag[];
  /** The query as the URL gave it, shown in the box even when it was refused. */
  defaultQuery: string;
  /** The server refused the URL's query (too long, bad page number). */
  invalid: boolean;
}

/**
 * The search form and results of /search. Without JavaScript it is a plain GET form and the
 * server renders the results; with it, results follow the typing (./use-live-search.ts).
 */
export function LiveSearch({ initial, suggestedTags, defaultQuery, invalid }: LiveSearchProps) {
  const { query, results, state, refused, type, submit } = useLiveSearch(
    defaultQuery,
    initial,
    invalid,
  );
  return (
    <>
      <SearchForm variant="page" t={t} value={query} onChange={type} onSubmit={submit} />
      <div aria-busy={state === 'loading'} data-state={state}>
        {state === 'failed' && <p role="alert">{t.search.failed}</p>}
        {refused && <p role="alert">{t.search.invalid}</p>}
        {results ? (
          <SearchResultList {...results} suggestedTags={suggestedTags} t={t} />
        ) : (
          !refused && <p className="text-zinc-600 dark:text-zinc-400">{t.search.empty}</p>
        )}
      </div>
    </>
  );
}
