import type { Dictionary } from '@/lib/config/i18n';
import { homePath, tagsPath } from '@/lib/routes';
import { SiteLink } from './site-link';

/** The body of the site's 404 page, whichever root layout it is in. */
export function NotFoundMessage({ t }: { t: Dictionary }) {
  return (
    <div className="py-10 text-center">
      <p className="text-6xl font-bold text-zinc-500 dark:text-zinc-400" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-3xl font-bold tracking-tight">{t.notFound.title}</h1>
      <p className="mx-auto mt-4 max-w-md text-zinc-700 dark:text-zinc-300">{t.notFound.body}</p>
      <p className="mt-8 flex flex-wrap justify-center gap-4">
        <SiteLink
          href={homePath}
          className="rounded-md bg-zinc-900 px-4 py-2 font-medium text-white no-underline hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
        >
          {t.notFound.home}
        </SiteLink>
        <SiteLink
          href={tagsPath}
          className="rounded-md border border-zinc-300 px-4 py-2 font-medium no-underline hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          {t.notFound.tags}
        </SiteLink>
      </p>
    </div>
  );
}
