import { tagFeed } from '@/lib/feeds/site-feeds';
import { documentResponse } from '@/lib/http/cache-validators';
import { getTags } from '@/lib/posts/queries';

export const dynamic = 'force-static';
// Regenerated with the pages: site.revalidateSeconds.
export const revalidate = 3600;

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const feed = tagFeed((await params).tag);
  if (!feed)
    return Response.json(
      { error: 'Unknown tag: see /tags for the list of tags.' },
      { status: 404 },
    );
  return documentResponse(feed);
}

/**
 * Next.js's own answer to OPTIONS here is a 204 that its cache of this route then fails to send
 * (a 500, found by test/e2e/fuzz.test.ts).
 */
export function OPTIONS() {
  return new Response(null, { status: 204, headers: { Allow: 'GET, HEAD, OPTIONS' } });
}
