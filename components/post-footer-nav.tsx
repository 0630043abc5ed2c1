import type { Dictionary } from '@/lib/config/i18n';
import type { Post } from '@/lib/posts/post';
import { SiteLink } from './site-link';
import { textLinkClass } from './link-styles';

type PostLink = Pick<Post, 'url' | 'title'>;

/** Previous / next post in time, then related posts by shared tags. */
export function PostFooterNav({
  older,
  newer,
  related,
  t,
}: {
  older?: PostLink;
  newer?: PostLink;
  related: readonly PostLink[];
  t: Dictionary;
}) {
  return (
    <>
      {(older || newer) && (
        <nav
          aria-label={`${t.previousPost} / ${t.nextPost}`}
          className="mt-12 grid gap-4 border-t border-zinc-200 pt-6 sm:grid-cols-2 dark:border-zinc-800"
        >
          {older ? (
            <SiteLink href={older.url} rel="prev" className="group block">
              <span className="block text-sm text-zinc-600 dark:text-zinc-400">
                ← {t.previousPost}
              </span>
              <span className="font-medium group-hover:text-accent-600 dark:group-hover:text-accent-400">
                {older.title}
              </span>
            </SiteLink>
          ) : (
            <span />
          )}
          {newer && (
            <SiteLink href={newer.url} rel="next" className="group block sm:text-right">
              <span className="block text-sm text-zinc-600 dark:text-zinc-400">{t.nextPost} →</span>
              <span className="font-medium group-hover:text-accent-600 dark:group-hover:text-accent-400">
                {newer.title}
              </span>
            </SiteLink>
          )}
        </nav>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related-title" className="mt-10">
          <h2 id="related-title" className="text-lg font-semibold">
            {t.relatedPosts}
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-5">
            {related.map((post) => (
              <li key={post.url}>
                <SiteLink href={post.url} className={textLinkClass}>
                  {post.title}
                </SiteLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
