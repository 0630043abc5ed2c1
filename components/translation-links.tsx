import type { Post } from '@/lib/posts/post';
import { languageName } from '@/lib/format/languages';
import { textLinkClass } from './link-styles';
import { SiteLink } from './site-link';

/** "Translations: Français": each translation of a post, named in its own language. */
export function TranslationLinks({
  translations,
  label,
}: {
  translations: ReadonlyArray<Pick<Post, 'url' | 'lang' | 'slug'>>;
  label: string;
}) {
  return (
    <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
      {label}{' '}
      {translations.map((translation, i) => (
        <span key={translation.slug}>
          {i > 0 && ', '}
          <SiteLink
            href={translation.url}
            hrefLang={translation.lang}
            lang={translation.lang}
            dir="auto"
            rel="alternate"
            className={`font-medium ${textLinkClass}`}
          >
            {languageName(translation.lang)}
          </SiteLink>
        </span>
      ))}
    </p>
  );
}
