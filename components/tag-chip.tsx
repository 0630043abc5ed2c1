import type { Tag } from '@/lib/posts/tags';
import { tagPath } from '@/lib/routes';
import { SiteLink } from './site-link';

/** A link to a tag's page (or a category's), styled as a chip (`.tag-chip` in app/globals.css). */
export function TagChip({
  tag,
  pathOf = tagPath,
}: {
  tag: Tag;
  pathOf?: (slug: string) => string;
}) {
  return (
    <SiteLink href={pathOf(tag.slug)} className="tag-chip">
      {tag.name}
    </SiteLink>
  );
}
