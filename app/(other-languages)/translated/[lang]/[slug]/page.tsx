import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PostPage, postPageMetadata } from '@/app/post-page';
import { site } from '@/lib/config/site';
import { sameLanguage } from '@/lib/format/languages';
import { getPost, prerenderedPosts } from '@/lib/posts/queries';
import { otherLanguagePostPath, postPagePath } from '@/lib/routes';

type Props = { params: Promise<{ lang: string; slug: string }> };

export function generateStaticParams() {
  return prerenderedPosts()
    .filter((post) => !sameLanguage(post.lang, site.language))
    .map((post) => ({ lang: post.lang.toLowerCase(), slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return postPageMetadata((await params).slug);
}

/** A post in another language than the site's, at the URL proxy.ts rewrites here (`/en/…`). */
export default async function OtherLanguagePostRoute({ params }: Props) {
  const { lang, slug } = await params;
  const post = getPost(slug);
  if (!post || postPagePath(post) !== otherLanguagePostPath(lang, slug)) notFound();
  return <PostPage slug={slug} />;
}
