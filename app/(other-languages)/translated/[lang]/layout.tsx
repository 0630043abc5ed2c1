import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/site-document';
import { site } from '@/lib/config/site';
import { canonicalLanguage } from '@/lib/format/languages';
import { rootMetadata, rootViewport } from '@/lib/seo/metadata';
import '../../../globals.css';

// As app/(site)/layout.tsx: site.revalidateSeconds.
export const revalidate = 3600;

export const metadata: Metadata = rootMetadata;
export const viewport: Viewport = rootViewport;

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

/**
 * The root layout of the posts in another language than the site's, which proxy.ts rewrites
 * here from their URLs (`/en/…`): the document is in the post's language, `<html lang="en">`.
 */
export default async function OtherLanguageLayout({ children, params }: Props) {
  // Any path may be asked for: what is no language code is not written into the page.
  const lang = canonicalLanguage((await params).lang) ?? site.language;
  return <SiteDocument lang={lang}>{children}</SiteDocument>;
}
