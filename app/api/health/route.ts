import { methodNotAllowed, NO_STORE } from '@/lib/http/responses';

// Liveness probe for load balancers and uptime checks; also the baseline of the HTTP benchmarks
// (the cost of a route handler that does nothing).
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: NO_STORE });
}

const otherMethod = methodNotAllowed('GET, HEAD', 'Use GET.');

export { otherMethod as POST, otherMethod as PUT, otherMethod as PATCH, otherMethod as DELETE };
