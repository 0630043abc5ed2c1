import type { Dictionary } from '@/lib/config/i18n';
import { allSeriesPath, archivesPath, homePath, tagsPath } from '@/lib/routes';
import { SearchForm } from './search-form';
import { SearchShortcut } from './search-shortcut';
import { SiteLink } from './site-link';
import { ThemeToggle } from './theme-toggle';
import { titleLinkClass } from './link-styles';

export function SiteHeader({
  title,
  tagline,
  siteLanguage,
  t,
}: {
  title: string;
  tagline: string;
  siteLanguage: string;
  t: Dictionary;
}) {
  const links = [
    { href: homePath, label: t.nav.posts },
    { href: tagsPath, label: t.nav.tags },
    { href: allSeriesPath, label: t.nav.series },
    { href: archivesPath, label: t.nav.archives },
  ];
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <SearchShortcut />
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
        {/* The site's name and tagline are in its language, whatever the page's. */}
        <div className="min-w-0" lang={siteLanguage}>
          <SiteLink
            href={homePath}
            className={`text-xl font-bold tracking-tight ${titleLinkClass}`}
          >
            {title}
          </SiteLink>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{tagline}</p>
        </div>
        <div className="flex items-center gap-2">
          <nav aria-label={t.nav.main}>
            {/* Tighter on a phone: four links and the theme toggle fit a 320 px screen. */}
            <ul className="flex gap-0.5 text-sm font-medium sm:gap-1">
              {links.map((link) => (
                <li key={link.href}>
                  <SiteLink
                    href={link.href}
                    className="rounded-md px-1.5 py-2 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 sm:px-2 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
                  >
                    {link.label}
                  </SiteLink>
                </li>
              ))}
            </ul>
          </nav>
          <ThemeToggle label={t.theme.toggle} />
        </div>
        <SearchForm variant="header" t={t} />
      </div>
    </header>
  );
}
