import type { Dictionary } from '@/lib/config/i18n';

/** The heading of a tag's or a category's listing: its title, the page, how many posts. */
export function TagHeader({
  title,
  count,
  page,
  t,
}: {
  title: string;
  count: number;
  page: number;
  t: Dictionary;
}) {
  return (
    <header className="mb-8">
      <h1 className="text-3xl font-bold tracking-tight">
        {title}
        {page > 1 && (
          <span className="text-zinc-600 dark:text-zinc-400"> — {t.pageTitle(page)}</span>
        )}
      </h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">{t.postCount(count)}</p>
    </header>
  );
}
