import { draftMode } from 'next/headers';
import type { ReactNode } from 'react';
import { stringsFor } from '@/lib/config/i18n';
import { site } from '@/lib/config/site';
import { languageDirection } from '@/lib/format/languages';
import { FEED_PATHS } from '@/lib/routes';
import { PrefetchOnIntent } from './prefetch-on-intent';
import { PreviewBanner } from './preview-banner';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { ThemeScript } from './theme-script';

/**
 * The whole document around a page: `<html lang>`, header, main, footer. The root layouts render
 * it, the site's in its language (app/(site)/layout.tsx), a post in another language's in that
 * one (app/(other-languages)/): one root layout cannot know its page's language.
 */
export async function SiteDocument({ lang, children }: { lang: string; children: ReactNode }) {
  const t = stringsFor(lang);
  // False whenever a page is prerendered: only the author's requests, with the cookie, see it.
  const preview = (await draftMode()).isEnabled;
  return (
    // The theme script sets the `dark` class before hydration, hence the warning suppression.
    <html lang={lang} dir={languageDirection(lang)} suppressHydrationWarning>
      {/* eslint-disable-next-line @next/next/no-head-element -- the root layouts' own document, where the App Router wants <head> (the rule knows only layout files). */}
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
        <SiteHeader title={site.title} tagline={site.tagline} siteLanguage={site.language} t={t} />
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
