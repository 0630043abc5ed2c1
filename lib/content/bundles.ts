/**
 * Hugo's leaf bundles: a folder with an `index.md` (or `index.en.md`…) is one page, and every
 * other Markdown file under it is one of its resources (a revision, an include), not a post.
 * The build (contentlayer.config.ts), content:check and the preview leave those files out.
 */
import { existsSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { isBundleIndex, POST_EXTENSION } from './slug';

/** The Markdown and MDX files under `dir`, relative and posix. */
export function markdownFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter((name) => POST_EXTENSION.test(name));
}

/** The Markdown files under `contentDir` that are a leaf bundle's resources, relative and posix. */
export function bundleResources(contentDir: string): string[] {
  return bundleResourcesOf(markdownFilesUnder(contentDir));
}

/** Those of `paths` (relative to content/, posix; any files) that are a bundle's resources. */
export function bundleResourcesOf(paths: readonly string[]): string[] {
  const files = paths.filter((name) => POST_EXTENSION.test(name));
  const leaves = new Set(files.filter(isBundleIndex).map(posix.dirname));
  return files.filter((name) => {
    const own = posix.dirname(name);
    if (isBundleIndex(name) && leaves.has(own)) {
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
