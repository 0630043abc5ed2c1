import { findBySlug, getPosts, prerenderedPosts } from '@/lib/posts';
import { ogImageContentType, ogImageNotFound, ogImageSize, postOgImage } from '@/lib/og-image';

type Props = { params: Promise<{ slug: string }> };

export const size = ogImageSize;
export const contentType = ogImageContentType;

// The same posts as the page's generateStaticParams: their images are drawn at build time too,
// any other published post's on its first request.
export function generateStaticParams() {
  return prerenderedPosts().map((post) => ({ slug: post.slug }));
}

export default async function Image({ params }: Props) {
  // Drafts and scheduled posts have no page for readers, so no image either.
  const post = findBySlug(getPosts(), (await params).slug);
  return post ? postOgImage(post) : ogImageNotFound();
}
