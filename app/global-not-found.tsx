import type { Metadata, Viewport } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';
import { SiteDocument } from '@/components/site-document';
import { t } from '@/lib/config/i18n';
import { site } from '@/lib/config/site';
import { notFoundMetadata, rootMetadata, rootViewport } from '@/lib/seo/metadata';
import './globals.css';

export const metadata: Metadata = { ...rootMetadata, ...notFoundMetadata };
export const viewport: Viewport = rootViewport;

/**
 * A path no route has: the site's 404 page. With two root layouts (app/(site)/,
 * app/(other-languages)/), Next.js has no layout of its own to wrap app/not-found.tsx in.
 */
export default function GlobalNotFound() {
  return (
    <SiteDocument lang={site.language}>
      <NotFoundMessage t={t} />
    </SiteDocument>
  );
}
