import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';

export const dynamic = 'force-dynamic';

/** `GET /api/draft/disable`: leaves Draft Mode and goes home. */
export async function GET() {
  (await draftMode()).disable();
  redirect('/');
}
