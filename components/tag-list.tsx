import { tagPath, type Tag } from '@/lib/tags';
import { SiteLink } from './site-link';

export function TagList({ tags, label }: { tags: readonly Tag[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <SiteLink href={tagPath(tag.slug)} className="tag-chip">
            {tag.name}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
