import type { Dictionary } from '@/lib/i18n';
import { PAGE_GAP, pageWindow } from '@/lib/pagination';
import { SiteLink } from './site-link';

/** `/base` for page 1, `/base/page/n` after; `/` is the home listing's base. */
export function pageHref(basePath: string, page: number): string {
  if (page === 1) return basePath;
  return `${basePath === '/' ? '' : basePath}/page/${page}`;
}

export function PaginationNav({
  basePath,
  page,
  totalPages,
  t,
}: {
  basePath: string;
  page: number;
  totalPages: number;
  t: Dictionary;
}) {
  if (totalPages <= 1) return null;
  const linkClass = 'rounded-md px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800';
  return (
    <nav
      aria-label={t.pagination.label}
      className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800"
    >
      <ul className="flex flex-wrap items-center justify-center gap-1 text-sm">
        {page > 1 && (
          <li>
            <SiteLink href={pageHref(basePath, page - 1)} rel="prev" className={linkClass}>
              ← {t.pagination.previous}
            </SiteLink>
          </li>
        )}
        {pageWindow(page, totalPages).map((n, i) => (
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
              <SiteLink
                href={pageHref(basePath, n)}
                aria-label={t.pagination.page(n)}
                className={linkClass}
              >
                {n}
              </SiteLink>
            )}
          </li>
        ))}
        {page < totalPages && (
          <li>
            <SiteLink href={pageHref(basePath, page + 1)} rel="next" className={linkClass}>
              {t.pagination.next} →
            </SiteLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
