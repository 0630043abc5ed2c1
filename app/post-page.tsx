import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { CoverImage } from '@/components/cover-image';
import { JsonLd } from '@/components/json-ld';
import { PostBody, Prose } from '@/components/post-body';
import { PostFooterNav } from '@/components/post-footer-nav';
import { PreviewError } from '@/components/preview-error';
import { SeriesNav } from '@/components/series-nav';
import { StatusBadge } from '@/components/status-badge';
import { TableOfContents } from '@/components/table-of-contents';
import { TagList } from '@/components/tag-list';
import { TranslationLinks } from '@/components/translation-links';
import { VideoFrames } from '@/components/video-frames';
import { formatDate } from '@/lib/format/dates';
import { stringsFor } from '@/lib/config/i18n';
import { localeOf } from '@/lib/format/languages';
import {
  adjacentPosts,
  findBySlug,
  postStatus,
  relatedPosts,
  translationsOf,
} from '@/lib/posts/post';
import { getListedPosts, getPosts } from '@/lib/posts/queries';
import { seriesPlace } from '@/lib/posts/series';
import { postMetadata } from '@/lib/seo/metadata';
import { blogPostingJsonLd } from '@/lib/seo/json-ld';
import { livePost } from '@/lib/preview/live-post';
import { site } from '@/lib/config/site';
import { categoryPath } from '@/lib/routes';
import { codeCopyScriptUrl } from '@/lib/assets/code-copy';
import { katexStylesheet } from '@/lib/assets/katex';

/** The metadata of the post `slug`: none when there is no such post for this reader. */
export async function postPageMetadata(slug: string): Promise<Metadata> {
  const preview = (await draftMode()).isEnabled;
  const posts = getPosts({ preview });
  const post = findBySlug(posts, slug);
  if (!post) return {};
  return {
    ...postMetadata(post, translationsOf(posts, post)),
    ...(preview ? { robots: { index: false, follow: false } } : {}),
  };
}

/** The page of the post `slug`, at whichever path it answers (lib/content/permalink.ts). */
export async function PostPage({ slug }: { slug: string }) {
  // Draft Mode (the author, through /api/draft): drafts and scheduled posts too, read from disk.
  const preview = (await draftMode()).isEnabled;
  const now = new Date();
  const posts = getPosts({ now, preview });
  const built = findBySlug(posts, slug);
  const live = preview || site.liveContent ? await livePost(slug, built) : undefined;
  const post = live?.post ?? built;
  if (!post) notFound();
  // A post in another language has its interface strings and dates in that language.
  const t = stringsFor(post.lang);
  const dateLocale = localeOf(post.lang);

  let body: ReactNode = built && <PostBody html={built.html} />;
  if (live?.ok) body = <Prose>{live.content}</Prose>;
  else if (live)
    body = (
      <>
        <PreviewError
          message={built ? t.preview.failed : t.preview.failedUnbuilt}
          error={live.error}
        />
        {body}
      </>
    );

  const status = postStatus(post, now);
  // Beside the posts listings show: a translation's neighbours are its listed version's.
  const listed = getListedPosts({ now, preview });
  const listedVersion = listed.find((p) => p.translationGroup === post.translationGroup) ?? post;
  const { older, newer } = adjacentPosts(listed, listedVersion.slug);
  const related = relatedPosts(
    listed.filter((p) => p.translationGroup !== post.translationGroup),
    post,
    site.relatedPosts,
  );
  const translations = translationsOf(posts, post);
  // Among the listed posts too (one per translation group; drafts only in the author's views).
  const series = seriesPlace(listed, post);

  return (
    <article
      {...(post.hasCode
        ? {
            'data-copy': t.code.copy,
            'data-copied': t.code.copied,
            'data-selected': t.code.selected,
          }
        : {})}
    >
      <JsonLd data={blogPostingJsonLd(post)} />
      {status !== 'published' && (
        <p
          role="status"
          className="mb-6 rounded-md bg-amber-100 px-4 py-2 text-sm text-amber-900 dark:bg-amber-900/60 dark:text-amber-100"
        >
          {t.unpublishedBanner}
        </p>
      )}
      <header className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{post.title}</h1>
        <p className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
          <time dateTime={post.date}>{formatDate(post.date, dateLocale)}</time>
          {post.updated && (
            <>
              <span aria-hidden="true">·</span>
              <span>
                {t.updatedOn}{' '}
                <time dateTime={post.updated}>{formatDate(post.updated, dateLocale)}</time>
              </span>
            </>
          )}
          <span aria-hidden="true">·</span>
          <span>{t.readingTime(post.readingMinutes)}</span>
          <StatusBadge post={post} now={now} t={t} />
        </p>
        {translations.length > 0 && (
          <TranslationLinks translations={translations} label={t.translations} />
        )}
        <div className="mt-3 flex flex-wrap gap-2">
          <TagList tags={post.categories} label={t.categorizedIn} pathOf={categoryPath} />
          <TagList tags={post.tags} label={t.taggedWith} />
        </div>
      </header>
      {series && <SeriesNav place={series} pageLang={post.lang} t={t} />}
      {post.cover && (
        <CoverImage cover={post.cover} alt={post.cover.alt ?? ''} eager className="mb-8" />
      )}
      {post.toc.length >= site.tocMinHeadings && (
        <TableOfContents entries={post.toc} title={t.tableOfContents} />
      )}
      {/* Math is typeset at build time (lib/mdx/plugins.ts): its styles and fonts, where there is some. */}
      {post.hasMath && <link rel="stylesheet" href={katexStylesheet} precedence="default" />}
      {body}
      {post.hasCode && <script async src={codeCopyScriptUrl} />}
      <VideoFrames />
      <PostFooterNav older={older} newer={newer} related={related} t={t} />
    </article>
  );
}
