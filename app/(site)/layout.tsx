import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteDocument } from '@/components/site-document';
import { rootMetadata, rootViewport } from '@/lib/seo/metadata';
import { site } from '@/lib/config/site';
import '../globals.css';

// Every page below is regenerated at most this often (site.revalidateSeconds): ISR.
export const revalidate = 3600;

export const metadata: Metadata = rootMetadata;
export const viewport: Viewport = rootViewport;

/** The root layout of every page in the site's language; app/(other-languages)/ has the others. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteDocument lang={site.language}>{children}</SiteDocument>;
}
