import { formatDate } from '@/lib/format/dates';
import type { Dictionary } from '@/lib/config/i18n';
import type { Post } from '@/lib/posts/post';
import { PaginationNav } from './pagination-nav';
import { PostCard } from './post-card';
import { listingPagePath } from '@/lib/routes';

export interface PostListingProps {
  posts: readonly Post[];
  page: number;
  totalPages: number;
  /** URL of page 1 of this listing. */
  basePath: string;
  now: Date;
  t: Dictionary;
}

/** Cards this far down may be in the first screen: the first cover among them loads at once. */
const EAGER_COVER_CARDS = 3;

/** One page of a listing: home, a tag. Server-rendered; nothing of it is sent as data to the browser. */
export function PostListing({ posts, page, totalPages, basePath, now, t }: PostListingProps) {
  const firstCover = posts.findIndex((post) => post.cover);
  return (
    <>
      <div className="divide-y divide-zinc-200 dark:divide-zinc-800">
        {posts.map((post, index) => {
          return (
            <PostCard
              key={post.slug}
              post={post}
              displayDate={formatDate(post.date)}
              now={now}
              t={t}
              eagerCover={index === firstCover && index < EAGER_COVER_CARDS}
            />
          );
        })}
      </div>
      <PaginationNav
        page={page}
        totalPages={totalPages}
        href={(n) => listingPagePath(basePath, n)}
        t={t}
      />
    </>
  );
}
