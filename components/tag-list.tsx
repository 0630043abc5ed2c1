import { tagPath, type Tag } from '@/lib/tags';
import { SiteLink } from './site-link';

export function TagList({ tags, label }: { tags: readonly Tag[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <SiteLink
            href={tagPath(tag.slug)}
            className="rounded-full bg-zinc-100 px-2.5 py-0.5 text-xs font-medium text-zinc-700 no-underline hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-200 dark:hover:bg-zinc-700"
          >
            {tag.name}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
