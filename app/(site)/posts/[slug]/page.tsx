import type { Metadata } from 'next';
import { draftMode } from 'next/headers';
import { permanentRedirect } from 'next/navigation';
import { getPostByUrl, prerenderedPosts, redirectFor } from '@/lib/posts/queries';
import { postPath } from '@/lib/routes';
import { PostPage, postPageMetadata } from '@/app/post-page';

type Props = { params: Promise<{ slug: string }> };

// The newest posts at build time (site.prerenderPosts), when their URL is here; any other on its
// first request. A post whose URL is elsewhere (lib/config/urls.ts) is at ./permalink (proxy.ts).
export function generateStaticParams() {
  return prerenderedPosts()
    .filter((post) => post.url === postPath(post.slug))
    .map((post) => ({ slug: post.slug }));
}

/** The post answering at /posts/<param>: by its URL, else by its slug (drafts, new files in dev). */
async function slugAt(param: string): Promise<string> {
  const preview = (await draftMode()).isEnabled;
  return getPostByUrl(postPath(param), { preview })?.slug ?? param;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return postPageMetadata(await slugAt((await params).slug));
}

export default async function PostRoute({ params }: Props) {
  const { slug: param } = await params;
  const preview = (await draftMode()).isEnabled;
  if (!getPostByUrl(postPath(param), { preview })) {
    // An old address, or the /posts/ path of a post whose URL the permalink pattern puts elsewhere.
    const target = redirectFor(postPath(param));
    if (target) permanentRedirect(target);
  }
  return <PostPage slug={await slugAt(param)} />;
}
