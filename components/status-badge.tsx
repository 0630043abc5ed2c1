import type { Dictionary } from '@/lib/config/i18n';
import { formatDate } from '@/lib/format/dates';
import { postStatus, type Post } from '@/lib/posts/post';

/** Shown to the author only: readers never get unpublished posts. */
export function StatusBadge({
  post,
  now,
  t,
}: {
  post: Pick<Post, 'draft' | 'date' | 'publishAt' | 'expiresAt'>;
  now: Date;
  t: Dictionary;
}) {
  const status = postStatus(post, now);
  if (status === 'published') return null;
  const label =
    status === 'draft'
      ? t.draft
      : status === 'scheduled'
        ? t.scheduled(formatDate(post.publishAt ?? post.date))
        : t.expired(formatDate(post.expiresAt ?? post.date));
  return (
    <span
      data-status={status}
      className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold tracking-wide text-amber-900 uppercase dark:bg-amber-900/60 dark:text-amber-100"
    >
      {label}
    </span>
  );
}
