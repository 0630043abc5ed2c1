import type { Dictionary } from '@/lib/i18n';
import { SearchShortcut } from './search-shortcut';
import { SiteLink } from './site-link';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({
  title,
  tagline,
  t,
}: {
  title: string;
  tagline: string;
  t: Dictionary;
}) {
  const links = [
    { href: '/', label: t.nav.posts },
    { href: '/tags', label: t.nav.tags },
    { href: '/archives', label: t.nav.archives },
  ];
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <SearchShortcut />
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
        <div className="min-w-0">
          <SiteLink
            href="/"
            className="text-xl font-bold tracking-tight no-underline hover:text-accent-600 dark:hover:text-accent-400"
          >
            {title}
          </SiteLink>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{tagline}</p>
        </div>
        <div className="flex items-center gap-2">
          <nav aria-label={t.nav.main}>
            <ul className="flex gap-1 text-sm font-medium">
              {links.map((link) => (
                <li key={link.href}>
                  <SiteLink
                    href={link.href}
                    className="rounded-md px-2 py-2 text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-white"
                  >
                    {link.label}
                  </SiteLink>
                </li>
              ))}
            </ul>
          </nav>
          <ThemeToggle label={t.theme.toggle} />
        </div>
        <form
          action="/search"
          method="get"
          role="search"
          aria-label={t.search.label}
          className="w-full sm:w-auto"
        >
          <label htmlFor="site-search" className="sr-only">
            {t.search.label}
          </label>
          <input
            id="site-search"
            data-search-input="header"
            type="search"
            name="q"
            placeholder={`${t.search.placeholder} (/)`}
            maxLength={200}
            className="w-full rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm sm:w-48 dark:border-zinc-700 dark:bg-zinc-900"
          />
        </form>
      </div>
    </header>
  );
}
