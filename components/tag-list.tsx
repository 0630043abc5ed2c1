import type { Tag } from '@/lib/posts/tags';
import { TagChip } from './tag-chip';

export function TagList({ tags, label }: { tags: readonly Tag[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <TagChip tag={tag} />
        </li>
      ))}
    </ul>
  );
}
