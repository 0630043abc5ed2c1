/**
 * In-process search benchmark (`npm run bench:search`): MiniSearch, Orama and FlexSearch on the
 * same documents and queries, then our engine as the site runs it, snippets included. Prints the
 * tables and rewrites the bench:search section of docs/benchmarks.md.
 *
 * Options: --sizes=1000,10000 (post counts), --rounds=5 (timed passes over the 50 queries),
 * --query-budget=30 (seconds of timed queries per library and size: a library whose warm-up pass
 * shows it would take longer gets fewer rounds, at least one, and the report says so; our engine
 * always gets every round), --no-write (print only).
 */
import { createSearchEngine, type SearchDocument } from '@/lib/search/engine';
import { processTerm } from '@/lib/search/french';
import { makeSnippet } from '@/lib/search/snippet';
import { writeSection } from './benchmarks-doc';
import { BENCH_QUERIES } from './corpus';
import { measureBuild, timeInterleaved, timeQueries } from './measure';
import { prepareDocuments } from './search-documents';
import { LIBRARIES, flatten, type FlatDocument, type Library } from './search-libraries';
import { renderReport, type EngineRun, type LibraryRun, type SizeRun } from './search-report';

const SEED = 42;

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

function positiveIntegers(raw: string, name: string): number[] {
  const values = raw.split(',').map(Number);
  if (values.length === 0 || !values.every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error(
      `scripts/bench/search.ts: --${name}=${raw} must be positive integers separated by commas, e.g. --${name}=1000,10000`,
    );
  }
  return values;
}

const sizes = positiveIntegers(option('sizes') ?? '1000,10000', 'sizes');
const [rounds = 5] = positiveIntegers(option('rounds') ?? '5', 'rounds');
const [queryBudgetSeconds = 30] = positiveIntegers(option('query-budget') ?? '30', 'query-budget');
const write = !process.argv.includes('--no-write');

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}

/** Builds, queries and serializes one library; returns figures only, so the index can be collected. */
async function runLibrary(
  library: Library,
  docs: readonly FlatDocument[],
  reference?: LibraryRun,
): Promise<LibraryRun> {
  const built = measureBuild(() => library.build(docs));
  const index = built.value;
  // The warm-up pass asks for every match: the same code as the timed calls, and the match sets
  // to compare with our rules. Each library returns its matches best first, so its top 10 are the first 10.
  const warmUpStart = performance.now();
  const matches = BENCH_QUERIES.map((q) => index.all(q));
  const warmUpMs = performance.now() - warmUpStart;
  const tops = matches.map((ids) => ids.slice(0, 10));
  const affordable = Math.max(
    1,
    Math.min(rounds, Math.floor((queryBudgetSeconds * 1000) / warmUpMs)),
  );
  const latencies = timeQueries(index.top, BENCH_QUERIES, affordable, false);
  const bytes = await index.serializedBytes();
  let differing: string[] = [];
  let topOverlap = 1;
  if (reference) {
    differing = BENCH_QUERIES.filter(
      (_q, i) => !sameIds(matches[i] ?? [], reference.matches[i] ?? []),
    );
    const overlaps = tops.flatMap((ids, i) => {
      const ref = reference.tops[i] ?? [];
      if (ref.length === 0) return [];
      const set = new Set(ref);
      return [ids.filter((id) => set.has(id)).length / ref.length];
    });
    topOverlap = overlaps.reduce((a, b) => a + b, 0) / Math.max(1, overlaps.length);
  }
  return {
    library,
    buildMs: built.ms,
    heap: built.heap,
    bytes,
    latencies,
    matches,
    tops,
    differing,
    topOverlap,
  };
}

/** Index terms of the words a snippet highlights: the terms makeSnippet was given, as far as the window shows them. */
function markedTerms(snippet: string): Set<string> {
  const marked = [...snippet.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) =>
    (m[1] ?? '').replace(/&#39;/g, "'"),
  );
  return new Set(marked.flatMap((word) => processTerm(word) ?? []));
}

function runEngine(docs: readonly SearchDocument[]): EngineRun {
  const built = measureBuild(() => createSearchEngine(docs));
  const engine = built.value;
  const search = (q: string) => engine.search({ q, page: 1, limit: 10 });
  // Warm-up pass, which also gives the hits whose snippets are timed on their own below.
  const results = new Map(BENCH_QUERIES.map((q) => [q, search(q)]));
  const totals = BENCH_QUERIES.map((q) => results.get(q)?.total ?? 0);
  // The snippet share of a query: makeSnippet again over the same 10 texts, with the terms their
  // snippets highlight (its cost is scanning the whole text, whatever the terms), timed right
  // after each search so that both see the same load.
  const texts = new Map(docs.map((d) => [d.slug, d.text]));
  const snippetInputs = new Map(
    BENCH_QUERIES.map((q) => [
      q,
      (results.get(q)?.hits ?? []).map((h) => ({
        text: texts.get(h.slug) ?? '',
        terms: markedTerms(h.snippet),
      })),
    ]),
  );
  const snippetsOnly = (q: string) =>
    snippetInputs.get(q)?.map((h) => makeSnippet(h.text, h.terms));
  for (const q of BENCH_QUERIES) snippetsOnly(q);
  const [latencies, snippets] = timeInterleaved([search, snippetsOnly], BENCH_QUERIES, rounds);
  if (!latencies || !snippets) throw new Error('timeInterleaved returned no figures');
  return { buildMs: built.ms, heap: built.heap, latencies, snippets, totals };
}

const startedAt = performance.now();
const largest = Math.max(...sizes);
const prepared = await prepareDocuments(largest, SEED);
console.error(
  `${largest.toLocaleString('en-US')} search documents ${prepared.fromCache ? 'read from the cache' : 'prepared'} in ${prepared.seconds.toFixed(1)} s (setup, not measured)`,
);

const runs: SizeRun[] = [];
for (const size of [...sizes].sort((a, b) => a - b)) {
  // generateCorpus is a stream: its first n posts are generateCorpus(n, seed).
  const docs = prepared.documents.slice(0, size);
  const flat = docs.map(flatten);
  const libraries: LibraryRun[] = [];
  for (const library of LIBRARIES) {
    const start = performance.now();
    libraries.push(await runLibrary(library, flat, libraries[0]));
    console.error(
      `${size} posts: ${library.name} done in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
  }
  const engine = runEngine(docs);
  const textChars = docs.reduce((sum, d) => sum + d.text.length, 0);
  runs.push({ size, textChars, libraries, engine });
  console.error(`${size} posts: engine done`);
}

const runMinutes = (performance.now() - startedAt) / 60_000;
const report = renderReport(runs, {
  rounds,
  queryBudgetSeconds,
  runMinutes,
  documentsFromCache: prepared.fromCache,
});
console.log(report);
if (write) {
  writeSection('search', report);
  console.error('docs/benchmarks.md: bench:search section written');
}
