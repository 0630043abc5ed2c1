import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getPost, prerenderedPosts } from '@/lib/posts/queries';
import { postPath } from '@/lib/routes';
import { PostPage, postPageMetadata } from '@/app/post-page';

type Props = { params: Promise<{ slug: string }> };

/**
 * A post whose URL the permalink pattern (lib/config/urls.ts) or its front-matter `url` puts
 * outside /posts/: proxy.ts rewrites that URL here, so that the page is rendered and cached like
 * any other, and every path no post has goes on to the site's own 404.
 */
export function generateStaticParams() {
  return prerenderedPosts()
    .filter((post) => post.url !== postPath(post.slug))
    .map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return postPageMetadata((await params).slug);
}

export default async function PermalinkRoute({ params }: Props) {
  const { slug } = await params;
  const post = getPost(slug);
  // Its page is /posts/<slug> itself: no second address for it.
  if (!post || post.url === postPath(slug)) notFound();
  return <PostPage slug={slug} />;
}
