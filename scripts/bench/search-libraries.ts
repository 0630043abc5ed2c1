/**
 * The three candidate libraries, each configured as close to our search rules as it allows:
 * fields title, tags, summary, text weighted in that order; our French `tokenize`/`processTerm`;
 * every word required; the last word matched as a prefix; one typo in words of 5+ letters.
 * What a library cannot express is stated in `gaps`, not worked around behind its back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, insert, save, search as oramaSearch } from '@orama/orama';
import FlexSearch from 'flexsearch';
import MiniSearch, { type Query } from 'minisearch';
import { FIELD_BOOSTS, type SearchDocument } from '@/lib/search/engine';
import { processTerm, queryTerms, tokenize } from '@/lib/search/french';

export const FIELDS = ['title', 'tags', 'summary', 'text'] as const;

/** A search document as the libraries take it: one string per field. */
export interface FlatDocument {
  id: string;
  title: string;
  tags: string;
  summary: string;
  text: string;
}

export function flatten(doc: SearchDocument): FlatDocument {
  // The same field values as extractField() in lib/search/engine.ts.
  return {
    id: doc.slug,
    title: doc.title,
    tags: doc.tags.map((t) => t.name).join(' '),
    summary: doc.excerpt,
    text: doc.text,
  };
}

/** Index terms of a text, through our French rules. */
function terms(text: string): string[] {
  return tokenize(text).flatMap((word) => processTerm(word) ?? []);
}

export interface LibraryIndex {
  /** Ids of the 10 best matches: what the timed queries do. */
  top(q: string): string[];
  /** Ids of every match, to compare with our rules (not timed). */
  all(q: string): string[];
  /** Serialized index size in bytes. */
  serializedBytes(): Promise<number>;
}

export interface Library {
  name: string;
  version: string;
  /** Our rules it cannot express, in a few words for the table. */
  missing: string;
  /** The same in full, with other differences that weigh on the figures. */
  gaps: string;
  build(docs: readonly FlatDocument[]): LibraryIndex;
}

function versionOf(pkg: string): string {
  const json: unknown = JSON.parse(
    readFileSync(join(process.cwd(), 'node_modules', pkg, 'package.json'), 'utf8'),
  );
  const version =
    typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
  if (typeof version !== 'string')
    throw new Error(`node_modules/${pkg}/package.json has no version: run npm ci.`);
  return version;
}

/** The query of toQuery() in lib/search/engine.ts, which is not exported. */
function toMiniSearchQuery(q: string): Query | null {
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

const minisearch: Library = {
  name: 'MiniSearch',
  version: versionOf('minisearch'),
  missing: 'nothing',
  gaps: 'nothing; these are the options of lib/search/engine.ts, without its tie-break sort and snippets',
  build(docs) {
    const index = new MiniSearch<FlatDocument>({
      fields: [...FIELDS],
      tokenize,
      processTerm: (term) => processTerm(term) ?? undefined,
      searchOptions: { boost: FIELD_BOOSTS, processTerm: (term) => term },
    });
    index.addAll(docs);
    const ids = (q: string) => {
      const query = toMiniSearchQuery(q);
      return query ? index.search(query).map((r) => String(r.id)) : [];
    };
    return {
      top: (q) => ids(q).slice(0, 10),
      all: ids,
      serializedBytes: async () => Buffer.byteLength(JSON.stringify(index)),
    };
  },
};

const ORAMA_SCHEMA = {
  title: 'string',
  tags: 'string',
  summary: 'string',
  text: 'string',
} as const;

const orama: Library = {
  name: 'Orama',
  version: versionOf('@orama/orama'),
  missing:
    'AND across fields; prefix on the last word only; typos from 5 letters only; term frequency',
  gaps:
    'AND only inside one field (`threshold: 0` keeps documents where a single field holds every word); ' +
    'prefix on every word, not just the last; typo on every word, short ones too (`tolerance: 1`, no length rule); ' +
    'no term frequency (the tokenizer must deduplicate, as Orama’s own does: insertion rescans the field for each token); ' +
    'save() includes the documents',
  build(docs) {
    const db = create({
      schema: ORAMA_SCHEMA,
      components: {
        tokenizer: {
          language: 'french',
          normalizationCache: new Map(),
          tokenize: (raw: string) => [...new Set(terms(raw))],
        },
      },
    });
    for (const doc of docs) {
      if (insert(db, doc) instanceof Promise)
        throw new Error('Orama went asynchronous: insert() must stay synchronous to be timed.');
    }
    const run = (q: string, limit: number) => {
      const results = oramaSearch(db, {
        term: q,
        properties: [...FIELDS],
        boost: FIELD_BOOSTS,
        tolerance: 1,
        threshold: 0,
        limit,
      });
      if (results instanceof Promise)
        throw new Error('Orama went asynchronous: search() must stay synchronous to be timed.');
      return results.hits.map((hit) => hit.id);
    };
    return {
      top: (q) => run(q, 10),
      all: (q) => run(q, docs.length),
      serializedBytes: async () => Buffer.byteLength(JSON.stringify(save(db))),
    };
  },
};

const flexsearch: Library = {
  name: 'FlexSearch',
  version: versionOf('flexsearch'),
  missing: 'typos; prefix on the last word only; additive field weights; TF-IDF',
  gaps:
    'no typo tolerance (no edit distance; only phonetic encoders, which would replace our normalizer); ' +
    'prefix on every word (the `forward` tokenizer indexes every prefix); ' +
    'field weights only as an order: a match ranks by its best field, scores do not add, and rank is word position, not TF-IDF',
  build(docs) {
    const index = new FlexSearch.Document<{ [K in keyof FlatDocument]: string }>({
      document: {
        id: 'id',
        index: FIELDS.map((field) => ({ field, tokenize: 'forward' as const, encode: terms })),
      },
    });
    for (const doc of docs) index.add({ ...doc });
    // Every word is looked up in every field: OR over the fields, AND over the words. An OR
    // ranks a document by the first of its operands that holds it, and processes the Resolver's
    // own result first, then the arguments from last to first: hence text, summary, tags.
    const run = (q: string, limit: number): string[] => {
      // The words as typed: the field's `encode` processes them, once.
      const words = tokenize(q).filter((w) => processTerm(w) !== null);
      const [first, ...rest] = words.map((query) =>
        new FlexSearch.Resolver({ index, field: 'title', query }).or(
          ...(['text', 'summary', 'tags'] as const).map((field) => ({ index, field, query })),
        ),
      );
      if (!first) return [];
      const all = rest.length > 0 ? first.and(...rest) : first;
      return all.resolve({ limit }).map(String);
    };
    return {
      top: (q) => run(q, 10),
      all: (q) => run(q, docs.length),
      // FlexSearch 0.8 exports synchronously.
      serializedBytes: async () => {
        let bytes = 0;
        index.export((key: string, data: string) => {
          bytes += Buffer.byteLength(key) + Buffer.byteLength(data ?? '');
        });
        return bytes;
      },
    };
  },
};

export const LIBRARIES: readonly Library[] = [minisearch, orama, flexsearch];
