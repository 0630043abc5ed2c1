/**
 * The search documents of the benchmark corpus, as the blog builds them from a post: plain text
 * and excerpt from `analyzeBody`, tags through `uniqueTags`. This is setup, never measured.
 *
 * Parsing a 1,000-word post takes remark about 17 ms, so 10,000 posts would take three minutes
 * on one core: posts are analysed on every core, and the result is cached under
 * node_modules/.cache, keyed by the sources it depends on, so later runs skip it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EXCERPT_MAX_LENGTH, analyzeBody, truncate } from '@/lib/content/analyze';
import type { SearchDocument } from '@/lib/search/engine';
import { uniqueTags } from '@/lib/posts/tags';
import { generateCorpus, type CorpusPost } from './corpus';
import { postPath } from '@/lib/routes';

const ROOT = process.cwd();
const CACHE_DIR = join(ROOT, 'node_modules/.cache/bench-search');

export function toSearchDocument(post: CorpusPost): SearchDocument {
  const analysis = analyzeBody(post.body, 'mdx');
  // As contentlayer.config.ts computes `excerpt`: the front-matter summary when there is one.
  const summary = post.summary.trim();
  return {
    slug: post.slug,
    url: postPath(post.slug),
    title: post.title,
    date: post.date,
    tags: uniqueTags(post.tags),
    excerpt: summary
      ? truncate(summary.replace(/\s+/g, ' '), EXCERPT_MAX_LENGTH)
      : analysis.excerpt,
    text: analysis.text,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isSearchDocument(value: unknown): value is SearchDocument {
  if (!isRecord(value)) return false;
  const strings = ['slug', 'url', 'title', 'date', 'excerpt', 'text'].every(
    (key) => typeof value[key] === 'string',
  );
  const tags = value.tags;
  return (
    strings &&
    Array.isArray(tags) &&
    tags.every((t) => isRecord(t) && typeof t.slug === 'string' && typeof t.name === 'string')
  );
}

export function parseSearchDocuments(value: unknown, source: string): SearchDocument[] {
  if (!Array.isArray(value) || !value.every(isSearchDocument)) {
    throw new Error(`${source}: expected an array of search documents; delete it to rebuild it.`);
  }
  return value;
}

// Node 20 does not run `--import tsx` in workers: the worker registers tsx itself.
const WORKER_BOOTSTRAP = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(
  new URL('./search-documents-worker.ts', import.meta.url).href,
)}); });`;

function analyseInWorker(posts: CorpusPost[]): Promise<SearchDocument[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: posts });
    worker.once('message', (message: unknown) => {
      try {
        resolve(parseSearchDocuments(message, 'scripts/bench/search-documents-worker.ts'));
      } catch (error) {
        reject(error);
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0)
        reject(new Error(`scripts/bench/search-documents-worker.ts exited with code ${code}`));
    });
  });
}

/** Everything the documents depend on, so that a change to the corpus or to lib/content invalidates the cache. */
function cacheKey(count: number, seed: number): string {
  const hash = createHash('sha256').update(`${count}:${seed}`);
  const files = [
    'scripts/bench/corpus.ts',
    'scripts/bench/search-documents.ts',
    'lib/posts/tags.ts',
    'lib/routes.ts',
    ...readdirSync(join(ROOT, 'lib/content')).map((f) => `lib/content/${f}`),
  ];
  for (const file of files.sort()) hash.update(file).update(readFileSync(join(ROOT, file)));
  return hash.digest('hex').slice(0, 16);
}

export interface PreparedDocuments {
  documents: SearchDocument[];
  fromCache: boolean;
  seconds: number;
}

export async function prepareDocuments(count: number, seed: number): Promise<PreparedDocuments> {
  const start = performance.now();
  const file = join(CACHE_DIR, `documents-${count}-${seed}-${cacheKey(count, seed)}.json`);
  if (existsSync(file)) {
    const documents = parseSearchDocuments(JSON.parse(readFileSync(file, 'utf8')), file);
    return { documents, fromCache: true, seconds: (performance.now() - start) / 1000 };
  }
  const posts = generateCorpus(count, seed);
  const workers = Math.max(1, Math.min(availableParallelism(), 8));
  const size = Math.ceil(posts.length / workers);
  const chunks = Array.from({ length: workers }, (_, i) => posts.slice(i * size, (i + 1) * size));
  const documents = (await Promise.all(chunks.map(analyseInWorker))).flat();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(file, JSON.stringify(documents));
  return { documents, fromCache: false, seconds: (performance.now() - start) / 1000 };
}
