/**
 * Full-text search over published posts with MiniSearch, through our French tokenizer.
 * Ranking: title matches weigh most, then tags, summary, body; ties go to the newest post, then
 * to the slug, so the same query always gives the same order.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Post } from '../posts';
import { processTerm, queryTerms, tokenize } from './french';

export { TYPO_MIN_LENGTH } from './french';
import { makeSnippet } from './snippet';

export type SearchDocument = Pick<Post, 'slug' | 'url' | 'title' | 'date' | 'tags' | 'excerpt' | 'text'>;

export interface SearchHit {
  slug: string;
  url: string;
  title: string;
  date: string;
  tags: string[];
  summary: string;
  /** Escaped HTML; matched words are wrapped in `<mark>`. */
  snippet: string;
  score: number;
}

export interface SearchQuery {
  q: string;
  /** Tag slug. */
  tag?: string;
  page: number;
  limit: number;
}

export interface SearchResults {
  total: number;
  hits: SearchHit[];
}

export interface SearchEngine {
  search(query: SearchQuery): SearchResults;
  size: number;
}

export const FIELD_BOOSTS = { title: 8, tags: 4, summary: 2, text: 1 } as const;

function extractField(doc: SearchDocument, field: string): string {
  switch (field) {
    case 'slug':
      return doc.slug;
    case 'title':
      return doc.title;
    case 'tags':
      return doc.tags.map((t) => t.name).join(' ');
    case 'summary':
      return doc.excerpt;
    case 'text':
      return doc.text;
    default:
      return '';
  }
}

export function createSearchEngine(posts: readonly SearchDocument[]): SearchEngine {
  const bySlug = new Map(posts.map((p) => [p.slug, p]));
  const index = new MiniSearch<SearchDocument>({
    idField: 'slug',
    fields: Object.keys(FIELD_BOOSTS),
    extractField,
    tokenize,
    processTerm: (term) => processTerm(term) ?? undefined,
    // Query terms arrive already processed (see toQuery): not a second time.
    searchOptions: { boost: FIELD_BOOSTS, processTerm: (term) => term },
  });
  index.addAll(posts);

  return {
    size: posts.length,
    search({ q, tag, page, limit }) {
      const filter = tag === undefined ? undefined : (r: SearchResult) => bySlug.get(String(r.id))?.tags.some((t) => t.slug === tag) ?? false;
      const query = toQuery(q);
      if (!query) return { total: 0, hits: [] };
      const ranked = index
        .search(query, { filter })
        .map((result) => ({ result, post: bySlug.get(String(result.id)) }))
        .filter((r): r is { result: SearchResult; post: SearchDocument } => r.post !== undefined)
        .sort(
          (a, b) =>
            b.result.score - a.result.score ||
            Date.parse(b.post.date) - Date.parse(a.post.date) ||
            a.post.slug.localeCompare(b.post.slug),
        );
      const hits = ranked.slice((page - 1) * limit, page * limit).map(({ result, post }) => toHit(post, result));
      return { total: ranked.length, hits };
    },
  };
}

/**
 * All words must match; the last one, being typed, also as a prefix (`kube` finds Kubernetes);
 * a word of five letters or more forgives one typo (`kubernets`). Null when no word is left
 * (only stop words).
 */
function toQuery(q: string): Query | null {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  return {
    combineWith: 'AND',
    queries: terms.map(({ term, typoAllowed }, i) => ({
      queries: [term],
      prefix: i === terms.length - 1,
      fuzzy: typoAllowed ? 1 : false,
    })),
  };
}

function toHit(post: SearchDocument, result: SearchResult): SearchHit {
  const terms = new Set(result.terms);
  const inBody = Object.values(result.match).some((fields) => fields.includes('text'));
  return {
    slug: post.slug,
    url: post.url,
    title: post.title,
    date: post.date,
    tags: post.tags.map((t) => t.name),
    summary: post.excerpt,
    snippet: makeSnippet(inBody ? post.text : post.excerpt || post.text, terms),
    score: Math.round(result.score * 1000) / 1000,
  };
}
