import { siteFeed } from '@/lib/feeds/site-feeds';
import { documentResponse } from '@/lib/http/cache-validators';

export const dynamic = 'force-static';
// Regenerated with the pages: site.revalidateSeconds.
export const revalidate = 3600;

export function GET() {
  return documentResponse(siteFeed('atom'));
}
