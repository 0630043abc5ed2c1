import { findBySlug } from '@/lib/posts/post';
import { getPosts } from '@/lib/posts/queries';
import {
  coverOgImage,
  ogImageContentType,
  ogImageNotFound,
  ogImageSize,
  postOgImage,
} from '@/lib/seo/og-image';

type Props = { params: Promise<{ slug: string }> };

export const size = ogImageSize;
export const contentType = ogImageContentType;

// None at build time: drawing one costs as much as rendering the post itself, and only a crawler
// ever asks for it. Each is drawn on its first request, then kept like a prerendered page (ISR).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export default async function Image({ params }: Props) {
  // Drafts and scheduled posts have no page for readers, so no image either.
  const post = findBySlug(getPosts(), (await params).slug);
  if (!post) return ogImageNotFound();
  return (post.cover && (await coverOgImage(post.cover))) ?? postOgImage(post);
}
