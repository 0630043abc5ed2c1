import type { Dictionary } from '@/lib/config/i18n';
import type { TagCount } from '@/lib/posts/tags';

export function TagHeader({ tag, page, t }: { tag: TagCount; page: number; t: Dictionary }) {
  return (
    <header className="mb-8">
      <h1 className="text-3xl font-bold tracking-tight">
        {t.tagTitle(tag.name)}
        {page > 1 && (
          <span className="text-zinc-600 dark:text-zinc-400"> — {t.pageTitle(page)}</span>
        )}
      </h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">{t.postCount(tag.count)}</p>
    </header>
  );
}
