import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleResources } from '@/lib/content/bundles';

const root = mkdtempSync(join(tmpdir(), 'carnet-bundles-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bundleResources', () => {
  it('takes the other Markdown files of a leaf bundle for its resources, as Hugo does', () => {
    for (const file of [
      'posts/a/index.md',
      'posts/a/index.fr.md',
      'posts/a/revision-1.md',
      'posts/a/notes/brouillon.mdx',
      'posts/a/inner/index.md',
      'posts/series/part-1/index.md',
      'posts/series/intro.md',
      'posts/seul.md',
      'en/posts/b/index.markdown',
      'en/posts/b/extrait.markdown',
    ]) {
      mkdirSync(join(root, dirname(file)), { recursive: true });
      writeFileSync(join(root, file), '---\ntitle: x\n---\n');
    }
    expect(bundleResources(root).sort()).toEqual([
      'en/posts/b/extrait.markdown',
      'posts/a/inner/index.md',
      'posts/a/notes/brouillon.mdx',
      'posts/a/revision-1.md',
    ]);
  });
});
