import type { Tag } from '@/lib/posts/tags';
import { tagPath } from '@/lib/routes';
import { TagChip } from './tag-chip';

/** A post's tags, or its categories with `pathOf={categoryPath}`. */
export function TagList({
  tags,
  label,
  pathOf = tagPath,
}: {
  tags: readonly Tag[];
  label?: string;
  pathOf?: (slug: string) => string;
}) {
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <TagChip tag={tag} pathOf={pathOf} />
        </li>
      ))}
    </ul>
  );
}
