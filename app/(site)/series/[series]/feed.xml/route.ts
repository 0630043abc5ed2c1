import { seriesFeed } from '@/lib/feeds/site-feeds';
import { documentResponse } from '@/lib/http/cache-validators';
import { getSeries } from '@/lib/posts/queries';
import { allSeriesPath } from '@/lib/routes';

export const dynamic = 'force-static';
// Regenerated with the pages: site.revalidateSeconds.
export const revalidate = 3600;

export function generateStaticParams() {
  return getSeries().map((series) => ({ series: series.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ series: string }> }) {
  const feed = seriesFeed((await params).series);
  if (!feed)
    return Response.json(
      { error: `Unknown series: see ${allSeriesPath} for the list of series.` },
      { status: 404 },
    );
  return documentResponse(feed);
}

/** As for tag feeds: Next.js's own 204 to OPTIONS here is one its cache then fails to send. */
export function OPTIONS() {
  return new Response(null, { status: 204, headers: { Allow: 'GET, HEAD, OPTIONS' } });
}
