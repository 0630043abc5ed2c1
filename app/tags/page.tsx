import type { Metadata } from 'next';
import { SiteLink } from '@/components/site-link';
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
  const tags = getTags();
  return (
    <>
      <h1 className="mb-8 text-3xl font-bold tracking-tight">{t.allTags}</h1>
      <ul className="flex flex-wrap gap-3">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <SiteLink
              href={tagPath(tag.slug)}
              className="inline-flex items-baseline gap-2 rounded-full border border-zinc-200 px-3 py-1 no-underline hover:border-accent-600 dark:border-zinc-700 dark:hover:border-accent-400"
            >
              <span className="font-medium">{tag.name}</span>
              <span className="text-sm text-zinc-600 dark:text-zinc-400">
                {t.postCount(tag.count)}
              </span>
            </SiteLink>
          </li>
        ))}
      </ul>
    </>
  );
}
