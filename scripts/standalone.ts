/**
 * `npm run build:standalone`: completes Next.js's standalone output (`.next/standalone/`) into a
 * folder that runs by itself with `node server.js`, as the Dockerfile copies it: the static files
 * and the content store, which Next.js leaves out because the server finds them at run time.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MEDIA_DIRS, STORE_DIR } from '../lib/content/store-layout';
import { standaloneApp } from './standalone-app';

const root = process.cwd();
const app = standaloneApp(root);
if (!app) {
  console.error(
    'No server.js under .next/standalone: build with CARNET_STANDALONE=1 first (npm run build:standalone).',
  );
  process.exit(1);
}

const copies = [
  'public',
  '.next/static',
  // The content store and the posts' files, drafts' included for Draft Mode, which also reads the
  // sources in content/.
  ...[STORE_DIR, MEDIA_DIRS.published, MEDIA_DIRS.drafts].map((dir) => relative(root, dir)),
  'content',
];
for (const path of copies) {
  const source = join(root, path);
  if (!existsSync(source)) continue;
  rmSync(join(app, path), { recursive: true, force: true });
  cpSync(source, join(app, path), { recursive: true });
}
console.log(`The standalone blog is complete: node ${relative(root, join(app, 'server.js'))}`);
