import type { Tag } from '@/lib/posts/tags';
import { tagPath } from '@/lib/routes';
import { SiteLink } from './site-link';

/** A link to a tag's page, styled as a chip (`.tag-chip` in app/globals.css). */
export function TagChip({ tag }: { tag: Tag }) {
  return (
    <SiteLink href={tagPath(tag.slug)} className="tag-chip">
      {tag.name}
    </SiteLink>
  );
}
