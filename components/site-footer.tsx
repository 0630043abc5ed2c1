import type { Dictionary } from '@/lib/config/i18n';

export interface SiteFooterProps {
  author: string;
  year: number;
  feedUrl: string;
  labels: Dictionary['footer'];
}

export function SiteFooter({ author, year, feedUrl, labels }: SiteFooterProps) {
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-3xl flex-wrap justify-between gap-2 px-4 py-6 text-sm text-zinc-600 dark:text-zinc-400">
        <p>
          © {year} {author}
        </p>
        <p className="flex gap-4">
          <a href={feedUrl} className="underline hover:no-underline">
            {labels.rss}
          </a>
          <span>{labels.poweredBy}</span>
        </p>
      </div>
    </footer>
  );
}
