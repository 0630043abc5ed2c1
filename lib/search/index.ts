/**
 * The search index of the published posts: built on first use in each server process, and
 * again whenever the set of published posts changes (a scheduled post's date passes).
 */
import { getAllPosts, publishedCount, visiblePosts } from '../posts';
import { createSearchEngine, type SearchEngine, type SearchQuery, type SearchResults } from './engine';

let current: { epoch: number; engine: SearchEngine } | undefined;

export function getSearchEngine(now: Date = new Date()): SearchEngine {
  const epoch = publishedCount(now);
  if (current?.epoch !== epoch) {
    // Published posts only, whoever asks: the same rule as every page, without the author's view.
    const published = visiblePosts(getAllPosts(), { now, includeUnpublished: false });
    current = { epoch, engine: createSearchEngine(published) };
  }
  return current.engine;
}

export function searchPosts(query: SearchQuery, now: Date = new Date()): SearchResults {
  return getSearchEngine(now).search(query);
}
