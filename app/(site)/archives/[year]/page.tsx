import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SiteLink } from '@/components/site-link';
import { StatusBadge } from '@/components/status-badge';
import { archiveMonthId, archiveYearPath, archivesPath } from '@/lib/routes';
import { archiveYearParams, getArchiveYear } from '@/lib/posts/listings';
import { formatDate, formatMonth } from '@/lib/format/dates';
import { t } from '@/lib/config/i18n';
import { pageMetadata } from '@/lib/seo/metadata';
import { textLinkClass } from '@/components/link-styles';

type Props = { params: Promise<{ year: string }> };

export function generateStaticParams() {
  return archiveYearParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getArchiveYear((await params).year);
  if (!found) return {};
  const { year } = found.archive;
  return pageMetadata({
    title: t.archiveYear(year),
    description: t.descriptions.archiveYear(year, found.count),
    path: archiveYearPath(year),
  });
}

/** One year's posts, month by month, newest first. */
export default async function ArchiveYearPage({ params }: Props) {
  const now = new Date();
  const found = getArchiveYear((await params).year, now);
  if (!found) notFound();
  const { archive, count, newer, older } = found;
  const { year } = archive;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t.archiveYear(year)}</h1>
      <p className="mt-2 mb-8 text-sm text-zinc-600 dark:text-zinc-400">
        {t.postCount(count)} ·{' '}
        <SiteLink href={archivesPath} className={textLinkClass}>
          {t.archiveYears.all}
        </SiteLink>
      </p>
      {archive.months.map(({ month, sample, posts }) => (
        <section key={month} aria-labelledby={archiveMonthId(year, month)} className="mt-6">
          <h2 id={archiveMonthId(year, month)} className="text-lg font-semibold capitalize">
            {formatMonth(sample)}
          </h2>
          <ul className="mt-2 space-y-1">
            {posts.map((post) => {
              const date = formatDate(post.date);
              return (
                <li key={post.slug} className="flex flex-wrap items-baseline gap-x-3">
                  <time
                    dateTime={post.date}
                    className="w-28 shrink-0 text-sm text-zinc-600 dark:text-zinc-400"
                  >
                    {date}
                  </time>
                  <SiteLink href={post.url} className={textLinkClass}>
                    {post.title}
                  </SiteLink>
                  <StatusBadge post={post} now={now} t={t} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {(newer || older) && (
        <nav
          aria-label={t.archiveYears.label}
          className="mt-10 flex justify-between border-t border-zinc-200 pt-6 text-sm dark:border-zinc-800"
        >
          {newer ? (
            <SiteLink
              href={archiveYearPath(newer)}
              aria-label={t.archiveYear(newer)}
              className={textLinkClass}
            >
              ← {newer}
            </SiteLink>
          ) : (
            <span />
          )}
          {older && (
            <SiteLink
              href={archiveYearPath(older)}
              aria-label={t.archiveYear(older)}
              className={textLinkClass}
            >
              {older} →
            </SiteLink>
          )}
        </nav>
      )}
    </>
  );
}
