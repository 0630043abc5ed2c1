import type { Dictionary } from '@/lib/config/i18n';
import { draftDisablePath } from '@/lib/routes';

/** On every page while Draft Mode is on, with the way out. */
export function PreviewBanner({ labels }: { labels: Dictionary['preview'] }) {
  return (
    <div
      role="status"
      data-preview-banner
      className="bg-violet-700 px-4 py-2 text-center text-sm text-white"
    >
      {labels.banner}{' '}
      {/* A plain link: the route handler must run, not a client-side navigation. */}
      <a href={draftDisablePath} className="font-semibold underline">
        {labels.leave}
      </a>
    </div>
  );
}
