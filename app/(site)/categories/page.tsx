import type { Metadata } from 'next';
import { TermIndex } from '@/components/term-index';
import { t } from '@/lib/config/i18n';
import { getCategories } from '@/lib/posts/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { categoriesPath, categoryPath } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: t.allCategories,
  description: t.descriptions.categories,
  path: categoriesPath,
});

export default function CategoriesPage() {
  return <TermIndex title={t.allCategories} terms={getCategories()} pathOf={categoryPath} t={t} />;
}
