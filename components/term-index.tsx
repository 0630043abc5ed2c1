import type { Dictionary } from '@/lib/config/i18n';
import type { TagCount } from '@/lib/posts/tags';
import { SiteLink } from './site-link';

/** Every tag (or category) with its post count, as the index pages list them. */
export function TermIndex({
  title,
  terms,
  pathOf,
  t,
}: {
  title: string;
  terms: readonly TagCount[];
  pathOf: (slug: string) => string;
  t: Dictionary;
}) {
  return (
    <>
      <h1 className="mb-8 text-3xl font-bold tracking-tight">{title}</h1>
      <ul className="flex flex-wrap gap-3">
        {terms.map((term) => (
          <li key={term.slug}>
            <SiteLink
              href={pathOf(term.slug)}
              className="inline-flex items-baseline gap-2 rounded-full border border-zinc-200 px-3 py-1 no-underline hover:border-accent-600 dark:border-zinc-700 dark:hover:border-accent-400"
            >
              <span className="font-medium">{term.name}</span>
              <span className="text-sm text-zinc-600 dark:text-zinc-400">
                {t.postCount(term.count)}
              </span>
            </SiteLink>
          </li>
        ))}
      </ul>
    </>
  );
}
