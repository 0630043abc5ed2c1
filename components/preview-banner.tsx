import type { Dictionary } from '@/lib/i18n';

/** On every page while Draft Mode is on, with the way out. */
export function PreviewBanner({ t }: { t: Dictionary['preview'] }) {
  return (
    <div
      role="status"
      data-preview-banner
      className="bg-violet-700 px-4 py-2 text-center text-sm text-white"
    >
      {t.banner} {/* A plain link: the route handler must run, not a client-side navigation. */}
      <a href="/api/draft/disable" className="font-semibold underline">
        {t.leave}
      </a>
    </div>
  );
}
