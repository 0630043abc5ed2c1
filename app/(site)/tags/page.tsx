import type { Metadata } from 'next';
import { TermIndex } from '@/components/term-index';
import { t } from '@/lib/config/i18n';
import { getTags } from '@/lib/posts/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { tagPath, tagsPath } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: t.allTags,
  description: t.descriptions.tags,
  path: tagsPath,
});

export default function TagsPage() {
  return <TermIndex title={t.allTags} terms={getTags()} pathOf={tagPath} t={t} />;
}
