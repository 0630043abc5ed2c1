import type { ReactNode } from 'react';
import type { Dictionary } from '@/lib/config/i18n';
import { PAGE_GAP, pageWindow } from '@/lib/posts/pagination';
import { SiteLink } from './site-link';

export interface PaginationNavProps {
  page: number;
  totalPages: number;
  /** The address of page `n`. */
  href: (n: number) => string;
  t: Dictionary;
  /**
   * Search results: "Page 2 / 5" instead of page numbers, and links that load the page, since the
   * live search keeps its results in the page (a client-side navigation would keep the old ones).
   */
  compact?: boolean;
}

const linkClass = 'rounded-md px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800';

/** The pagination bar of the listings and of the search results. */
export function PaginationNav({ page, totalPages, href, t, compact = false }: PaginationNavProps) {
  if (totalPages <= 1) return null;
  const Link = compact ? 'a' : SiteLink;
  const pageLink = (n: number, children: ReactNode, rel?: 'prev' | 'next') => (
    <Link
      href={href(n)}
      rel={rel}
      aria-label={rel ? undefined : t.pagination.page(n)}
      className={linkClass}
    >
      {children}
    </Link>
  );
  return (
    <nav
      aria-label={t.pagination.label}
      className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800"
    >
      <ul className="flex flex-wrap items-center justify-center gap-1 text-sm">
        {page > 1 && <li>{pageLink(page - 1, <>← {t.pagination.previous}</>, 'prev')}</li>}
        {compact ? (
          <li aria-current="page" className="px-3 py-2">
            {t.pagination.page(page)} / {totalPages}
          </li>
        ) : (
          pageWindow(page, totalPages).map((n, i) => (
            <li key={n === PAGE_GAP ? `gap-${i}` : n} aria-hidden={n === PAGE_GAP || undefined}>
              {n === PAGE_GAP ? (
                <span className="px-2 py-2 text-zinc-500 dark:text-zinc-400">…</span>
              ) : n === page ? (
                <span
                  aria-current="page"
                  className="rounded-md bg-zinc-900 px-3 py-2 font-semibold text-white dark:bg-zinc-100 dark:text-zinc-900"
                >
                  <span className="sr-only">{t.pagination.page(n)}</span>
                  <span aria-hidden="true">{n}</span>
                </span>
              ) : (
                pageLink(n, n)
              )}
            </li>
          ))
        )}
        {page < totalPages && <li>{pageLink(page + 1, <>{t.pagination.next} →</>, 'next')}</li>}
      </ul>
    </nav>
  );
}
