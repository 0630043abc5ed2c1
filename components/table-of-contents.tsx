import type { TocEntry } from '@/lib/content/analyze';

export function TableOfContents({
  entries,
  title,
}: {
  entries: readonly TocEntry[];
  title: string;
}) {
  return (
    <nav
      aria-labelledby="toc-title"
      className="my-8 rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800"
    >
      <h2 id="toc-title" className="mb-2 font-semibold">
        {title}
      </h2>
      <ol className="space-y-1">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'ml-4' : undefined}>
            <a
              href={`#${entry.id}`}
              className="text-zinc-700 hover:text-accent-600 dark:text-zinc-300 dark:hover:text-accent-400"
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
