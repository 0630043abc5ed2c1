/**
 * Full-text search over published posts with MiniSearch, through our French tokenizer.
 * Ranking: title matches weigh most, then tags, summary, body; ties go to the newest post, then
 * to the slug, so the same query always gives the same order.
 */
import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Post } from '../posts/post';
import { documentTerm, queryTerms, tokenize } from './french';

import { makeSnippet } from './snippet';

export type SearchDocument = Pick<
  Post,
  'slug' | 'url' | 'title' | 'date' | 'tags' | 'excerpt' | 'text'
>;

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
  /** Indexes posts not indexed yet (a scheduled post whose date has passed). */
  add(posts: readonly SearchDocument[]): void;
  remove(slugs: readonly string[]): void;
  slugs(): string[];
  readonly size: number;
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
  const bySlug = new Map<string, SearchDocument>();
  const index = new MiniSearch<SearchDocument>({
    idField: 'slug',
    fields: Object.keys(FIELD_BOOSTS),
    extractField,
    tokenize,
    processTerm: (term) => documentTerm(term) ?? undefined,
    // Query terms arrive already processed (see toQuery): not a second time.
    searchOptions: { boost: FIELD_BOOSTS, processTerm: (term) => term },
  });
  // Tie-break rank of each post: newest first, then by slug. Kept up to date as posts come in.
  let rank = new Map<string, number>();
  const rerank = () => {
    const ordered = [...bySlug.values()].sort(
      (a, b) => Date.parse(b.date) - Date.parse(a.date) || a.slug.localeCompare(b.slug),
    );
    rank = new Map(ordered.map((p, i) => [p.slug, i]));
  };

  function add(docs: readonly SearchDocument[]) {
    const fresh = docs.filter((d) => !bySlug.has(d.slug));
    for (const doc of fresh) bySlug.set(doc.slug, doc);
    index.addAll(fresh);
    if (fresh.length > 0) rerank();
  }
  add(posts);

  return {
    get size() {
      return bySlug.size;
    },
    add,
    remove(slugs) {
      const gone = slugs.filter((slug) => bySlug.has(slug));
      for (const slug of gone) {
        index.discard(slug);
        bySlug.delete(slug);
      }
      if (gone.length > 0) rerank();
    },
    slugs: () => [...bySlug.keys()],
    search({ q, tag, page, limit }) {
      const query = toQuery(q);
      if (!query) return { total: 0, hits: [] };
      const filter =
        tag === undefined
          ? undefined
          : (r: SearchResult) =>
              bySlug.get(String(r.id))?.tags.some((t) => t.slug === tag) ?? false;
      const results = index.search(query, { filter });
      const order = (r: SearchResult) => rank.get(String(r.id)) ?? Infinity;
      results.sort((a, b) => b.score - a.score || order(a) - order(b));
      const hits: SearchHit[] = [];
      for (const result of results.slice((page - 1) * limit, page * limit)) {
        const post = bySlug.get(String(result.id));
        if (post) hits.push(toHit(post, result));
      }
      return { total: results.length, hits };
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
