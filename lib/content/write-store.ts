/**
 * Writes the content store (./store-layout.ts) from Contentlayer's documents. Only
 * contentlayer.config.ts imports this, in plain Node, where `server-only` would throw: the server
 * reads the store (./store.ts), never writes it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkdownPost, MdxPost } from 'contentlayer/generated';
import type { TocEntry } from './analyze';
import { BODIES_DIR, INDEX_FILE, STORE_DIR, bodyFile, type PostRecord, type StoreIndex } from './store-layout';

/**
 * The documents of the generation Contentlayer has just written, from its `_index.json` files.
 * Not through `onSuccess`'s `importData()`: under `contentlayer2 dev`, Node caches the module it
 * imports, so every later generation would hand back the first one's documents.
 */
export function generatedDocuments(dir: string = join(process.cwd(), '.contentlayer', 'generated')): Array<MdxPost | MarkdownPost> {
  return (['MdxPost', 'MarkdownPost'] as const).flatMap((type) => {
    const file = join(dir, type, '_index.json');
    // Written by Contentlayer from documents it validated against the schema.
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Array<MdxPost | MarkdownPost>) : [];
  });
}

/** Replaces `file` in one step, so that a reader (`next dev` beside `contentlayer2 dev`) never sees half of it. */
function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function toRecord(doc: MdxPost | MarkdownPost): PostRecord {
  return {
    slug: doc.postSlug,
    title: doc.title,
    date: doc.publishedAt,
    updatedAt: doc.updatedAt,
    draft: doc.draft,
    tags: doc.tags,
    excerpt: doc.excerpt,
    readingMinutes: doc.readingMinutes,
    wordCount: doc.wordCount,
    // Written by analyzeBody at build time; Contentlayer types a json field as any.
    toc: doc.toc as TocEntry[],
    image: doc.image,
    sourcePath: doc.sourcePath,
  };
}

/** Writes the store from Contentlayer's documents (slugs already checked unique). */
export function writeContentStore(documents: ReadonlyArray<MdxPost | MarkdownPost>, dir: string = STORE_DIR): void {
  mkdirSync(join(dir, BODIES_DIR), { recursive: true });
  const written = new Set<string>();
  for (const doc of documents) {
    const html = doc.type === 'MdxPost' ? doc.html : doc.body.html;
    for (const [part, text] of [['html', html], ['txt', doc.text]] as const) {
      const file = bodyFile(dir, doc.postSlug, part);
      writeAtomically(file, text);
      written.add(file);
    }
  }
  // The index last: until it is replaced, readers keep the previous posts, whose files are all still there.
  const index: StoreIndex = { posts: documents.map(toRecord) };
  writeAtomically(join(dir, INDEX_FILE), JSON.stringify(index));
  for (const name of readdirSync(join(dir, BODIES_DIR))) {
    const file = join(dir, BODIES_DIR, name);
    if (!written.has(file)) rmSync(file, { force: true });
  }
}

