import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';
import { t } from '@/lib/config/i18n';
import { notFoundMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = notFoundMetadata;

export default function NotFound() {
  return <NotFoundMessage t={t} />;
}
