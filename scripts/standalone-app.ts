import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Where Next.js put the blog's `server.js` in `.next/standalone/`: at its top, unless the project
 * sits below the folder Next.js traced from (a folder with a lockfile above it), whose layout the
 * standalone output keeps.
 */
export function standaloneApp(root: string): string | undefined {
  const out = join(root, '.next', 'standalone');
  for (let base = root; ; base = dirname(base)) {
    const app = join(out, relative(base, root));
    if (existsSync(join(app, 'server.js'))) return app;
    if (dirname(base) === base) return undefined;
  }
}
