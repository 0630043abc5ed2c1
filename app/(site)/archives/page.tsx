import type { Metadata } from 'next';
import { SiteLink } from '@/components/site-link';
import { archiveMonthId, archiveYearPath, archivesPath } from '@/lib/routes';
import { groupByMonth, postsIn } from '@/lib/posts/archives';
import { formatMonthName } from '@/lib/format/dates';
import { t } from '@/lib/config/i18n';
import { getListedPosts } from '@/lib/posts/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { textLinkClass } from '@/components/link-styles';

export const metadata: Metadata = pageMetadata({
  title: t.archives,
  description: t.descriptions.archives,
  path: archivesPath,
});

/** Every year with its months and how many posts each has; the posts are on the year pages. */
export default function ArchivesPage() {
  const years = groupByMonth(getListedPosts());
  return (
    <>
      <h1 className="mb-8 text-3xl font-bold tracking-tight">{t.archives}</h1>
      {years.map((archive) => {
        const { year, months } = archive;
        return (
          <section key={year} aria-labelledby={`annee-${year}`} className="mb-8">
            <div className="flex items-baseline gap-3">
              <h2 id={`annee-${year}`} className="text-2xl font-bold">
                <SiteLink href={archiveYearPath(year)} className={textLinkClass}>
                  {year}
                </SiteLink>
              </h2>
              <span className="text-sm text-zinc-600 dark:text-zinc-400">
                {t.postCount(postsIn(archive).length)}
              </span>
            </div>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
              {months.map(({ month, sample, posts }) => (
                <li key={month}>
                  <SiteLink
                    href={`${archiveYearPath(year)}#${archiveMonthId(year, month)}`}
                    className="hover:underline"
                  >
                    {formatMonthName(sample)}
                    <span className="sr-only">{` ${year}`}</span>{' '}
                    <span className="text-sm text-zinc-600 dark:text-zinc-400">{`(${posts.length})`}</span>
                  </SiteLink>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
