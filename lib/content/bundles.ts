/**
 * Hugo's leaf bundles: a folder with an `index.md` (or `index.en.md`…) is one page, and every
 * other Markdown file under it is one of its resources (a revision, an include), not a post.
 * The build (contentlayer.config.ts), content:check and the preview leave those files out.
 */
import { existsSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { POST_EXTENSION } from './slug';

const BUNDLE_INDEX = /^index(?:\.[a-z]{2}(?:-[a-z]{2,4})?)?\.(?:mdx|md|markdown)$/i;

/** The Markdown files under `contentDir` that are a leaf bundle's resources, relative and posix. */
export function bundleResources(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  const files = (readdirSync(contentDir, { recursive: true }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter((name) => POST_EXTENSION.test(name));
  const leaves = new Set(
    files.filter((name) => BUNDLE_INDEX.test(posix.basename(name))).map(posix.dirname),
  );
  return files.filter((name) => {
    const own = posix.dirname(name);
    if (BUNDLE_INDEX.test(posix.basename(name)) && leaves.has(own)) {
      // An index is its bundle's page, unless a bundle above holds it.
      return ancestors(posix.dirname(own)).some((dir) => leaves.has(dir));
    }
    return ancestors(own).some((dir) => leaves.has(dir));
  });
}

/** `a/b/c` → `a/b/c`, `a/b`, `a`. */
function ancestors(dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; d !== '.' && d !== ''; d = posix.dirname(d)) out.push(d);
  return out;
}
