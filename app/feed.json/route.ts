import { siteFeed } from '@/lib/feeds';
import { documentResponse } from '@/lib/http';

export const dynamic = 'force-static';

export function GET() {
  return documentResponse(siteFeed('json'));
}
