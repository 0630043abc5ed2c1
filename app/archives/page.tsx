import type { Metadata } from 'next';
import { SiteLink } from '@/components/site-link';
import { StatusBadge } from '@/components/status-badge';
import { groupByMonth } from '@/lib/archives';
import { formatDate, formatMonth } from '@/lib/format';
import { strings } from '@/lib/i18n';
import { getPosts, postStatus } from '@/lib/posts';
import { pageMetadata } from '@/lib/metadata';
import { site } from '@/lib/site';

const t = strings(site.language);

export const metadata: Metadata = pageMetadata({ title: t.archives, description: t.descriptions.archives, path: '/archives' });

export default function ArchivesPage() {
  const now = new Date();
  const years = groupByMonth(getPosts(now), site.timeZone);
  return (
    <>
      <h1 className="mb-8 text-3xl font-bold tracking-tight">{t.archives}</h1>
      {years.map(({ year, months }) => (
        <section key={year} aria-labelledby={`annee-${year}`} className="mb-10">
          <h2 id={`annee-${year}`} className="text-2xl font-bold">
            {year}
          </h2>
          {months.map(({ month, sample, posts }) => (
            <section key={month} aria-labelledby={`mois-${year}-${month}`} className="mt-4">
              <h3 id={`mois-${year}-${month}`} className="text-lg font-semibold capitalize">
                {formatMonth(sample)}
              </h3>
              <ul className="mt-2 space-y-1">
                {posts.map((post) => {
                  const status = postStatus(post, now);
                  const date = formatDate(post.date);
                  return (
                    <li key={post.slug} className="flex flex-wrap items-baseline gap-x-3">
                      <time dateTime={post.date} className="w-28 shrink-0 text-sm text-zinc-600 dark:text-zinc-400">
                        {date}
                      </time>
                      <SiteLink href={post.url} className="text-accent-600 underline hover:no-underline dark:text-accent-400">
                        {post.title}
                      </SiteLink>
                      <StatusBadge status={status} label={status === 'draft' ? t.draft : t.scheduled(date)} />
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
