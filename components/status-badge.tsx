import type { PostStatus } from '@/lib/posts/post';

/** Shown to the author only: readers never get unpublished posts. */
export function StatusBadge({ status, label }: { status: PostStatus; label: string }) {
  if (status === 'published') return null;
  return (
    <span
      data-status={status}
      className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold tracking-wide text-amber-900 uppercase dark:bg-amber-900/60 dark:text-amber-100"
    >
      {label}
    </span>
  );
}
