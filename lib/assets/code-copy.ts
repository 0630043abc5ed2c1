/**
 * The copy button's script (unbundled/code-copy.mjs), for the pages that have code: read once,
 * served under a hash of its bytes so that browsers keep it until it changes.
 */
import 'server-only';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../media/files';
import { codeCopyScriptPath } from '../routes';

export const codeCopyScript = readFileSync(
  join(/* turbopackIgnore: true */ process.cwd(), 'unbundled', 'code-copy.mjs'),
  'utf8',
);
// Named as the posts' published files are (lib/media/files.ts).
export const codeCopyVersion = contentHash(Buffer.from(codeCopyScript));
export const codeCopyScriptUrl = codeCopyScriptPath(codeCopyVersion);
