import { longDate } from '@/lib/date-format';
import type { Dictionary } from '@/lib/i18n';
import type { SearchHit } from '@/lib/search/engine';
import { tagPath, type Tag } from '@/lib/tags';

export interface SearchResultsProps {
  query: string;
  total: number;
  hits: readonly SearchHit[];
  page: number;
  limit: number;
  /** Shown when nothing matches. */
  suggestedTags: readonly Tag[];
  locale: string;
  timeZone: string;
  t: Dictionary;
}

export function searchHref(query: string, page = 1): string {
  return `/search?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ''}`;
}

/** A page of search results. Pure markup: the server page and the live search both render it. */
export function SearchResultList({
  query,
  total,
  hits,
  page,
  limit,
  suggestedTags,
  locale,
  timeZone,
  t,
}: SearchResultsProps) {
  const totalPages = Math.ceil(total / limit);
  return (
    <>
      <p
        role="status"
        className="mb-6 text-sm text-zinc-600 dark:text-zinc-400"
        data-testid="result-count"
      >
        {t.search.resultCount(total, query)}
      </p>
      {total === 0 && (
        <div data-testid="no-results">
          <p>{t.search.noResults(query)}</p>
          {suggestedTags.length > 0 && (
            <>
              <p className="mt-4">{t.search.suggestTags}</p>
              <ul className="mt-2 flex flex-wrap gap-2">
                {suggestedTags.map((tag) => (
                  <li key={tag.slug}>
                    <a
                      href={tagPath(tag.slug)}
                      className="rounded-full bg-zinc-100 px-3 py-1 text-sm no-underline hover:bg-zinc-200 dark:bg-zinc-800 dark:hover:bg-zinc-700"
                    >
                      {tag.name}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <ol className="space-y-8" data-testid="results">
        {hits.map((hit) => (
          <li key={hit.slug}>
            <article>
              <h2 className="text-xl font-bold tracking-tight">
                <a
                  href={hit.url}
                  className="no-underline hover:text-accent-600 dark:hover:text-accent-400"
                >
                  {hit.title}
                </a>
              </h2>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                <time dateTime={hit.date}>{longDate(hit.date, locale, timeZone)}</time>
                {hit.tags.length > 0 && <span> · {hit.tags.join(', ')}</span>}
              </p>
              {/* The snippet is escaped HTML from lib/search/snippet.ts: only <mark> is markup. */}
              <p
                className="mt-2 leading-relaxed text-zinc-700 dark:text-zinc-300 [&_mark]:rounded [&_mark]:bg-amber-200 [&_mark]:px-0.5 [&_mark]:text-zinc-900 dark:[&_mark]:bg-amber-300"
                dangerouslySetInnerHTML={{ __html: hit.snippet }}
              />
            </article>
          </li>
        ))}
      </ol>
      {totalPages > 1 && (
        <nav
          aria-label={t.pagination.label}
          className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800"
        >
          <ul className="flex flex-wrap items-center justify-center gap-1 text-sm">
            {page > 1 && (
              <li>
                <a
                  href={searchHref(query, page - 1)}
                  rel="prev"
                  className="rounded-md px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
                >
                  ← {t.pagination.previous}
                </a>
              </li>
            )}
            <li aria-current="page" className="px-3 py-2">
              {t.pagination.page(page)} / {totalPages}
            </li>
            {page < totalPages && (
              <li>
                <a
                  href={searchHref(query, page + 1)}
                  rel="next"
                  className="rounded-md px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800"
                >
                  {t.pagination.next} →
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
