import type { Dictionary } from '@/lib/config/i18n';
import { formatDate } from '@/lib/format/dates';
import type { Tag } from '@/lib/posts/tags';
import { searchPagePath } from '@/lib/routes';
import type { SearchHit } from '@/lib/search/engine';
import { PaginationNav } from './pagination-nav';
import { TagList } from './tag-list';
import { PostHeading } from './post-heading';

export interface SearchResultsProps {
  query: string;
  total: number;
  hits: readonly SearchHit[];
  page: number;
  limit: number;
  /** Shown when nothing matches. */
  suggestedTags: readonly Tag[];
  t: Dictionary;
}

/** A page of search results. Pure markup: the server page and the live search both render it. */
export function SearchResultList({
  query,
  total,
  hits,
  page,
  limit,
  suggestedTags,
  t,
}: SearchResultsProps) {
  const totalPages = Math.ceil(total / limit);
  const pageHref = (n: number) => searchPagePath(query, n);
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
              <div className="mt-2">
                <TagList tags={suggestedTags} />
              </div>
            </>
          )}
        </div>
      )}
      <ol className="space-y-8" data-testid="results">
        {hits.map((hit) => (
          <li key={hit.slug}>
            <article>
              <PostHeading
                href={hit.url}
                title={hit.title}
                className="text-xl font-bold tracking-tight"
                documentLink
              />
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                <time dateTime={hit.date}>{formatDate(hit.date)}</time>
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
      <PaginationNav page={page} totalPages={totalPages} href={pageHref} t={t} compact />
    </>
  );
}
