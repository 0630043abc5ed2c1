/** Turns the posts it is given into search documents, off the main thread (see search-documents.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusPost } from './corpus';
import { toSearchDocument } from './search-documents';

function isCorpusPost(value: unknown): value is CorpusPost {
  if (typeof value !== 'object' || value === null) return false;
  const post: Record<string, unknown> = { ...value };
  return (
    ['slug', 'title', 'date', 'summary', 'body'].every((key) => typeof post[key] === 'string') &&
    Array.isArray(post.tags)
  );
}

const posts: unknown = workerData;
if (!parentPort || !Array.isArray(posts) || !posts.every(isCorpusPost)) {
  throw new Error(
    'scripts/bench/search-documents-worker.ts must be started by search-documents.ts with posts as workerData.',
  );
}
parentPort.postMessage(posts.map(toSearchDocument));
