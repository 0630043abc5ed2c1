/**
 * The search index of the published posts: built on first use in each server process, then
 * kept in step with the set of published posts (a scheduled post is added when its date
 * passes, an expired one removed) without a full rebuild. Recent answers are kept too: readers and live search ask the
 * same few queries over and over.
 */
import 'server-only';
import { contentVersion, getAllPosts, visibilityEpoch } from '../posts/queries';
import { visiblePosts } from '../posts/post';
import {
  createSearchEngine,
  type SearchEngine,
  type SearchQuery,
  type SearchResults,
} from './engine';

/** Answers kept per index generation; the oldest goes first. */
export const RESULT_CACHE_SIZE = 500;

let current:
  | {
      content: number;
      published: number;
      engine: SearchEngine;
      answers: Map<string, SearchResults>;
    }
  | undefined;

function generation(now: Date) {
  const content = contentVersion();
  const count = visibilityEpoch(now);
  if (current?.content !== content || current.published !== count) {
    // Published posts only, whoever asks: the same rule as every page, without the author's view.
    const published = visiblePosts(getAllPosts(), { now, includeUnpublished: false });
    if (current?.content === content) {
      // Only the time changed: scheduled posts come in, expired ones go.
      const keep = new Set(published.map((p) => p.slug));
      current.engine.remove(current.engine.slugs().filter((slug) => !keep.has(slug)));
      current.engine.add(published);
      current = { ...current, published: count, answers: new Map() };
    } else {
      // New content (a new build, or `contentlayer2 dev` under `next dev`): any post may have changed.
      current = {
        content,
        published: count,
        engine: createSearchEngine(published),
        answers: new Map(),
      };
    }
  }
  return current;
}

export function searchPosts(query: SearchQuery, now: Date = new Date()): SearchResults {
  const { engine, answers } = generation(now);
  const key = JSON.stringify([query.q, query.tag ?? null, query.page, query.limit]);
  let results = answers.get(key);
  if (results) {
    // Map order is insertion order: re-inserting marks the entry as recently used.
    answers.delete(key);
  } else {
    results = engine.search(query);
    if (answers.size >= RESULT_CACHE_SIZE) answers.delete(answers.keys().next().value ?? '');
  }
  answers.set(key, results);
  return results;
}

/** Forgets the index and the cached answers: the next search rebuilds them (on-demand revalidation). */
export function resetSearchIndex(): void {
  current = undefined;
}
