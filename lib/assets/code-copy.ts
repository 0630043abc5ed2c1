/**
 * The copy button's script (unbundled/code-copy.mjs), for the pages that have code: read once,
 * served under a hash of its bytes so that browsers keep it until it changes.
 */
import 'server-only';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeCopyScriptPath } from '../routes';

export const codeCopyScript = readFileSync(
  join(/* turbopackIgnore: true */ process.cwd(), 'unbundled', 'code-copy.mjs'),
  'utf8',
);
export const codeCopyVersion = createHash('sha256')
  .update(codeCopyScript)
  .digest('hex')
  .slice(0, 12);
export const codeCopyScriptUrl = codeCopyScriptPath(codeCopyVersion);
