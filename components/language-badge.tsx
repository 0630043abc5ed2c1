import { languageName } from '@/lib/format/languages';

/** On a listed post in another language than the site's: that language, named in itself. */
export function LanguageBadge({ lang }: { lang: string }) {
  return (
    <span
      lang={lang}
      dir="auto"
      data-language={lang}
      className="rounded bg-sky-100 px-2 py-0.5 text-xs font-semibold tracking-wide text-sky-900 dark:bg-sky-900/60 dark:text-sky-100"
    >
      {languageName(lang)}
    </span>
  );
}
