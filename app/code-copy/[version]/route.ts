import { codeCopyScript, codeCopyVersion } from '@/lib/assets/code-copy';
import { jsonError, methodNotAllowed } from '@/lib/http/responses';

// The copy button of code blocks (lib/assets/code-copy.ts): its version is a hash of its bytes.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ version: string }> };

export async function GET(_request: Request, { params }: Props) {
  const { version } = await params;
  if (version !== `${codeCopyVersion}.js`) return jsonError(404, 'No such file.');
  return new Response(codeCopyScript, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}

const otherMethod = methodNotAllowed('GET, HEAD', 'Use GET.');

export { otherMethod as POST, otherMethod as PUT, otherMethod as PATCH, otherMethod as DELETE };
