import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostBody } from '@/components/post-body';
import { PostFooterNav } from '@/components/post-footer-nav';
import { StatusBadge } from '@/components/status-badge';
import { TableOfContents } from '@/components/table-of-contents';
import { TagList } from '@/components/tag-list';
import { formatDate } from '@/lib/format';
import { strings } from '@/lib/i18n';
import { adjacentPosts, findBySlug, getPosts, postStatus, relatedPosts } from '@/lib/posts';
import { alternates } from '@/lib/metadata';
import { site } from '@/lib/site';

type Props = { params: Promise<{ slug: string }> };

// The newest posts at build time (site.prerenderPosts); any other published post on its first request.
export function generateStaticParams() {
  const posts = getPosts();
  return (site.prerenderPosts === null ? posts : posts.slice(0, site.prerenderPosts)).map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = findBySlug(getPosts(), (await params).slug);
  if (!post) return {};
  return { title: post.title, description: post.excerpt, alternates: alternates(post.url) };
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params;
  const now = new Date();
  const posts = getPosts(now);
  const post = findBySlug(posts, slug);
  if (!post) notFound();

  const t = strings(site.language);
  const status = postStatus(post, now);
  const published = formatDate(post.date);
  const { older, newer } = adjacentPosts(posts, post.slug);
  const related = relatedPosts(posts, post, site.relatedPosts);

  return (
    <article>
      {status !== 'published' && (
        <p role="status" className="mb-6 rounded-md bg-amber-100 px-4 py-2 text-sm text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
          {t.unpublishedBanner}
        </p>
      )}
      <header className="mb-8">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{post.title}</h1>
        <p className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
          <time dateTime={post.date}>{published}</time>
          {post.updated && (
            <>
              <span aria-hidden="true">·</span>
              <span>
                {t.updatedOn}{' '}
                <time dateTime={post.updated}>{formatDate(post.updated)}</time>
              </span>
            </>
          )}
          <span aria-hidden="true">·</span>
          <span>{t.readingTime(post.readingMinutes)}</span>
          <StatusBadge status={status} label={status === 'draft' ? t.draft : t.scheduled(published)} />
        </p>
        <div className="mt-3">
          <TagList tags={post.tags} label={t.taggedWith} />
        </div>
      </header>
      {post.toc.length >= site.tocMinHeadings && <TableOfContents entries={post.toc} title={t.tableOfContents} />}
      <PostBody body={post.body} />
      <PostFooterNav older={older} newer={newer} related={related} t={t} />
    </article>
  );
}
