import type { Metadata, Viewport } from 'next';
import { draftMode } from 'next/headers';
import type { ReactNode } from 'react';
import { PrefetchOnIntent } from '@/components/prefetch-on-intent';
import { PreviewBanner } from '@/components/preview-banner';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { ThemeScript } from '@/components/theme-script';
import { FEED_PATHS } from '@/lib/routes';
import { t } from '@/lib/config/i18n';
import { alternates } from '@/lib/seo/metadata';
import { site } from '@/lib/config/site';
import './globals.css';

// Every page below is regenerated at most this often (site.revalidateSeconds): ISR.
export const revalidate = 3600;

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.title, template: `%s — ${site.title}` },
  description: site.description,
  authors: [{ name: site.author.name }],
  alternates: alternates(),
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // False whenever a page is prerendered: only the author's requests, with the cookie, see it.
  const preview = (await draftMode()).isEnabled;
  return (
    // The theme script sets the `dark` class before hydration, hence the warning suppression.
    <html lang={site.language} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#contenu"
          className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-zinc-900 focus:shadow"
        >
          {t.skipToContent}
        </a>
        {preview && <PreviewBanner labels={t.preview} />}
        <SiteHeader title={site.title} tagline={site.tagline} t={t} />
        {/* Not a Tab stop, but the skip link's target takes focus: the next Tab goes on from the content. */}
        <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-10">
          {children}
        </main>
        <PrefetchOnIntent />
        <SiteFooter
          author={site.author.name}
          year={new Date().getFullYear()}
          feedUrl={FEED_PATHS.rss}
          labels={t.footer}
        />
      </body>
    </html>
  );
}
