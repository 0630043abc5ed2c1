import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { methodNotAllowed } from '@/lib/http/responses';

export const dynamic = 'force-dynamic';

/** `GET /api/draft/disable`: leaves Draft Mode and goes home. */
export async function GET() {
  (await draftMode()).disable();
  redirect('/');
}

const otherMethod = methodNotAllowed('GET, HEAD', 'Use GET /api/draft/disable.');

export { otherMethod as POST, otherMethod as PUT, otherMethod as PATCH, otherMethod as DELETE };
