import type { Dictionary } from '@/lib/config/i18n';
import type { Post } from '@/lib/posts/post';
import { SiteLink } from './site-link';
import { StatusBadge } from './status-badge';
import { TagList } from './tag-list';
import { textLinkClass } from './link-styles';
import { PostHeading } from './post-heading';
import { CoverImage } from './cover-image';
import { LanguageBadge } from './language-badge';
import { siteLocale } from '@/lib/config/locale';
import { sameLanguage } from '@/lib/format/languages';

export interface PostCardProps {
  post: Pick<
    Post,
    | 'url'
    | 'title'
    | 'date'
    | 'publishAt'
    | 'expiresAt'
    | 'draft'
    | 'tags'
    | 'excerpt'
    | 'cover'
    | 'lang'
  >;
  /** The first cover near the top of a page loads at once; every other waits until it is near. */
  eagerCover?: boolean;
  /** Date as the reader reads it ("29 janvier 2018"). */
  displayDate: string;
  /** The status badge's time (the author's views list unpublished posts). */
  now: Date;
  t: Dictionary;
}

export function PostCard({ post, displayDate, now, t, eagerCover = false }: PostCardProps) {
  // A post listed in another language (no version in the site's): its title and summary say so.
  const lang = sameLanguage(post.lang, siteLocale.language) ? undefined : post.lang;
  return (
    <article className="py-8 first:pt-0">
      {post.cover && (
        // The title beside it says what the post is: the cover is decoration here.
        <CoverImage cover={post.cover} alt="" eager={eagerCover} className="mb-4" />
      )}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <time dateTime={post.date}>{displayDate}</time>
        <StatusBadge post={post} now={now} t={t} />
        {lang && <LanguageBadge lang={lang} />}
      </div>
      <PostHeading
        href={post.url}
        title={post.title}
        lang={lang}
        className="mt-1 text-2xl font-bold tracking-tight"
      />
      <div className="mt-2">
        <TagList tags={post.tags} label={t.taggedWith} />
      </div>
      {post.excerpt && (
        <p lang={lang} className="mt-3 leading-relaxed text-zinc-700 dark:text-zinc-300">
          {post.excerpt}
        </p>
      )}
      <p className="mt-3">
        <SiteLink
          href={post.url}
          aria-label={t.readMoreAbout(post.title)}
          className={`font-medium ${textLinkClass}`}
        >
          {t.readMore}
          <span aria-hidden="true"> →</span>
        </SiteLink>
      </p>
    </article>
  );
}
