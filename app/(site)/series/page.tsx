import type { Metadata } from 'next';
import { TermIndex } from '@/components/term-index';
import { t } from '@/lib/config/i18n';
import { getSeries } from '@/lib/posts/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { allSeriesPath, seriesPath } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: t.allSeries,
  description: t.descriptions.allSeries,
  path: allSeriesPath,
});

export default function AllSeriesPage() {
  return <TermIndex title={t.allSeries} terms={getSeries()} pathOf={seriesPath} t={t} />;
}
