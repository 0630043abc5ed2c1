import { jsonError, methodNotAllowed } from '@/lib/http/responses';
import { readKatexAsset } from '@/lib/assets/katex';

// KaTeX's styles and fonts (lib/assets/katex.ts): the version is in the path, so a URL
// always serves the same bytes.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ version: string; file: string[] }> };

export async function GET(_request: Request, { params }: Props) {
  const { version, file } = await params;
  const asset = await readKatexAsset(version, file);
  if (!asset) return jsonError(404, 'No such file.');
  return new Response(new Uint8Array(asset.bytes), {
    headers: {
      'Content-Type': asset.contentType,
      'Content-Length': String(asset.bytes.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}

const otherMethod = methodNotAllowed('GET, HEAD', 'Use GET.');

export { otherMethod as POST, otherMethod as PUT, otherMethod as PATCH, otherMethod as DELETE };
