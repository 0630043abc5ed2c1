import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MarkdownPost, MdxPost } from 'contentlayer/generated';
import { storeVersion, readContentStore, readPostBody } from '@/lib/content/store';
import { generatedDocuments, writeContentStore } from '@/lib/content/write-store';

let rendered = 0;
/**
 * A generated document with what the store reads, its body rendered as the build's workers leave
 * it; Contentlayer's own bookkeeping fields are left out.
 */
function doc(slug: string, type: 'MdxPost' | 'MarkdownPost', html: string): MdxPost | MarkdownPost {
  const bodyKey = `${slug}-${(rendered += 1)}`;
  mkdirSync(join(dir, 'rendered'), { recursive: true });
  writeFileSync(join(dir, 'rendered', `${bodyKey}.html`), html);
  writeFileSync(join(dir, 'rendered', `${bodyKey}.txt`), `Texte de ${slug}`);
  const fields = {
    postSlug: slug,
    title: `Billet ${slug}`,
    date: '2024-03-01T09:00:00+01:00',
    publishedAt: '2024-03-01T08:00:00.000Z',
    publishAt: '2024-03-01T08:00:00.000Z',
    categories: [],
    aliases: [],
    updatedAt: undefined,
    draft: slug.includes('brouillon'),
    tags: ['Time Series', 'réseau'],
    excerpt: `Résumé de ${slug}`,
    readingMinutes: 2,
    wordCount: 400,
    toc: [{ depth: 2, text: 'Section', id: 'section' }],
    headingIds: ['section'],
    references: [{ kind: 'link', url: '/posts/ailleurs#section', line: 6 }],
    sourcePath: `content/posts/${slug}.${type === 'MdxPost' ? 'mdx' : 'md'}`,
    bodyKey,
    _raw: { sourceFilePath: `posts/${slug}.${type === 'MdxPost' ? 'mdx' : 'md'}` },
  };
  // The document types carry more than the store needs (_id, _raw, body…): only these are read.
  return { ...fields, type, body: { html: '' } } as unknown as MdxPost | MarkdownPost;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-'));
});
/** The store in `dir`, its published files beside it, the project (content/, public/) in `dir` too. */
const options = () => ({
  dir,
  projectDir: dir,
  mediaDirs: { published: join(dir, 'media'), drafts: join(dir, 'media-drafts') },
  renderedDir: join(dir, 'rendered'),
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the content store', () => {
  it('gives back every post’s fields, and its HTML and text when asked, from MDX and Markdown alike', async () => {
    await writeContentStore(
      [doc('premier', 'MdxPost', '<p>MDX</p>'), doc('second', 'MarkdownPost', '<p>Markdown</p>')],
      options(),
    );
    const { posts } = readContentStore(dir);
    expect(posts.map((p) => p.slug).sort()).toEqual(['premier', 'second']);
    const first = posts.find((p) => p.slug === 'premier');
    expect(first).toMatchObject({
      title: 'Billet premier',
      date: '2024-03-01T08:00:00.000Z',
      tags: ['Time Series', 'réseau'],
      toc: [{ depth: 2, text: 'Section', id: 'section' }],
    });
    expect(readPostBody({ slug: 'premier' }, 'html', dir)).toBe('<p>MDX</p>');
    expect(readPostBody({ slug: 'second' }, 'html', dir)).toBe('<p>Markdown</p>');
    expect(readPostBody({ slug: 'second' }, 'txt', dir)).toBe('Texte de second');
  });

  it('forgets a deleted post’s article a generation later, and leaves no temporary file', async () => {
    await writeContentStore(
      [doc('premier', 'MdxPost', '<p>1</p>'), doc('supprime', 'MdxPost', '<p>2</p>')],
      options(),
    );
    await writeContentStore([doc('premier', 'MdxPost', '<p>1 bis</p>')], options());
    expect(readContentStore(dir).posts.map((p) => p.slug)).toEqual(['premier']);
    expect(readPostBody({ slug: 'premier' }, 'html', dir)).toBe('<p>1 bis</p>');
    // A server that has not read the new index yet (a publish without a build) still finds it.
    expect(readPostBody({ slug: 'supprime' }, 'html', dir)).toBe('<p>2</p>');
    await writeContentStore([doc('premier', 'MdxPost', '<p>1 ter</p>')], options());
    expect(() => readPostBody({ slug: 'supprime' }, 'html', dir)).toThrow(
      /the post "supprime": the content store has no html for this post \(ENOENT\).*npm run content/,
    );
    expect(() =>
      readPostBody({ slug: 'supprime', sourcePath: 'content/posts/supprime.md' }, 'html', dir),
    ).toThrow(/^content\/posts\/supprime\.md: the content store has no html/);
    expect(readdirSync(join(dir, 'bodies')).sort()).toEqual(['premier.html', 'premier.txt']);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('says which command to run when nothing was built', () => {
    const empty = join(dir, 'absent');
    expect(storeVersion(empty)).toBe(-1);
    expect(() => readContentStore(empty)).toThrow(
      /No content store in .*absent: run `contentlayer2 build`/,
    );
    expect(existsSync(empty)).toBe(false);
  });

  it('has a version that changes when the content is written again', async () => {
    await writeContentStore([doc('premier', 'MdxPost', '<p>1</p>')], options());
    const before = storeVersion(dir);
    await new Promise((r) => setTimeout(r, 20));
    await writeContentStore([doc('premier', 'MdxPost', '<p>2</p>')], options());
    expect(storeVersion(dir)).toBeGreaterThan(before);
    expect(readContentStore(dir).version).toBe(storeVersion(dir));
  });

  it('is written from the generation Contentlayer has just written to disk, of both document types', () => {
    const generated = join(dir, 'generated');
    const write = (type: string, docs: unknown[]) => {
      mkdirSync(join(generated, type), { recursive: true });
      writeFileSync(join(generated, type, '_index.json'), JSON.stringify(docs));
    };
    write('MdxPost', [doc('premier', 'MdxPost', '<p>1</p>')]);
    expect(generatedDocuments(generated).map((d) => d.postSlug)).toEqual(['premier']);
    // A later generation replaces the files: the next call reads the new documents.
    write('MdxPost', [doc('premier', 'MdxPost', '<p>1</p>'), doc('second', 'MdxPost', '<p>2</p>')]);
    write('MarkdownPost', [doc('troisieme', 'MarkdownPost', '<p>3</p>')]);
    expect(generatedDocuments(generated).map((d) => d.postSlug)).toEqual([
      'premier',
      'second',
      'troisieme',
    ]);
  });
});
