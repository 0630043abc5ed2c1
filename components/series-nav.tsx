import type { Dictionary } from '@/lib/config/i18n';
import { sameLanguage } from '@/lib/format/languages';
import type { Post } from '@/lib/posts/post';
import { SERIES_GAP, seriesWindow, type SeriesPlace } from '@/lib/posts/series';
import { seriesPath } from '@/lib/routes';
import { textLinkClass } from './link-styles';
import { SiteLink } from './site-link';

type Part = Pick<Post, 'url' | 'title' | 'lang'>;

/** A part's title, marked with its language when it is not the page's (a part without a translation). */
function PartTitle({ part, pageLang }: { part: Part; pageLang: string }) {
  return <span lang={sameLanguage(part.lang, pageLang) ? undefined : part.lang}>{part.title}</span>;
}

/**
 * The box on each post of a series: which part of how many, the other parts (all of them, or the
 * ends and the neighbours in a long series: lib/posts/series.ts), and the parts before and after.
 */
export function SeriesNav({
  place,
  pageLang,
  t,
}: {
  place: SeriesPlace<Part>;
  /** The post's language, in which the box is written. */
  pageLang: string;
  t: Dictionary;
}) {
  const { series, parts, number, previous, next } = place;
  const labels = t.seriesNav;
  return (
    <nav
      aria-labelledby="series-nav-title"
      className="mb-8 rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800"
    >
      <h2 id="series-nav-title" className="font-semibold">
        {labels.position(series.name, number, parts.length)}
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {seriesWindow(number, parts.length).map((n, i) => {
          if (n === SERIES_GAP)
            return (
              // The numbers on either side say which parts it stands for.
              <li key={`gap-${i}`} aria-hidden="true" className="list-none">
                …
              </li>
            );
          const part = parts[n - 1];
          if (!part) return null;
          return (
            <li key={part.url} value={n}>
              {n === number ? (
                <span aria-current="page" className="font-semibold">
                  <PartTitle part={part} pageLang={pageLang} />
                </span>
              ) : (
                <SiteLink href={part.url} className={textLinkClass}>
                  <PartTitle part={part} pageLang={pageLang} />
                </SiteLink>
              )}
            </li>
          );
        })}
      </ol>
      {(previous || next) && (
        <ul className="mt-3 grid gap-2 sm:grid-cols-2">
          {previous && (
            <li>
              <SiteLink href={previous.url} className="group block">
                <span className="block text-zinc-600 dark:text-zinc-400">← {labels.previous}</span>
                <span className="font-medium group-hover:text-accent-600 dark:group-hover:text-accent-400">
                  <PartTitle part={previous} pageLang={pageLang} />
                </span>
              </SiteLink>
            </li>
          )}
          {next && (
            <li className="sm:col-start-2 sm:text-right">
              <SiteLink href={next.url} className="group block">
                <span className="block text-zinc-600 dark:text-zinc-400">{labels.next} →</span>
                <span className="font-medium group-hover:text-accent-600 dark:group-hover:text-accent-400">
                  <PartTitle part={next} pageLang={pageLang} />
                </span>
              </SiteLink>
            </li>
          )}
        </ul>
      )}
      <p className="mt-3">
        <SiteLink href={seriesPath(series.slug)} className={textLinkClass}>
          {labels.all(parts.length)}
        </SiteLink>
      </p>
    </nav>
  );
}
