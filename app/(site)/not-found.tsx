import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';
import { t } from '@/lib/config/i18n';

export const metadata: Metadata = { title: t.notFound.title, robots: { index: false } };

export default function NotFound() {
  return <NotFoundMessage t={t} />;
}
