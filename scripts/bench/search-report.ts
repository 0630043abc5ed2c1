/** The Markdown report of the search benchmark, conclusion included, derived from the figures. */
import { cpus, loadavg, totalmem } from 'node:os';
import { BENCH_QUERIES } from './corpus';
import { MB, formatInt, formatMb, formatMs, type Latencies } from './measure';
import type { Library } from './search-libraries';

export interface LibraryRun {
  library: Library;
  buildMs: number;
  heap: number;
  bytes: number;
  latencies: Latencies;
  /** Ids of every match, per query. */
  matches: string[][];
  /** Ids of the 10 best, per query. */
  tops: string[][];
  /** Queries whose match set differs from MiniSearch's (our rules). */
  differing: string[];
  /** Mean share of MiniSearch's top 10 found in this library's top 10. */
  topOverlap: number;
}

export interface EngineRun {
  buildMs: number;
  heap: number;
  latencies: Latencies;
  /** makeSnippet alone over the same 10 hits. */
  snippets: Latencies;
  totals: number[];
}

/** Queries on which our engine and the MiniSearch row disagree on the number of matches. */
function drift(run: SizeRun): string[] {
  const ref = run.libraries[0];
  return ref
    ? BENCH_QUERIES.filter((_q, i) => (ref.matches[i]?.length ?? 0) !== (run.engine.totals[i] ?? 0))
    : [];
}

function driftWarning(runs: readonly SizeRun[]): string[] {
  const queries = [...new Set(runs.flatMap(drift))];
  if (queries.length === 0) return [];
  return [
    `**Warning:** our engine and the MiniSearch row count different matches for ${queries.map((q) => `\`${q}\``).join(', ')}: ` +
      'scripts/bench/search-libraries.ts no longer mirrors lib/search/engine.ts; update it before reading the comparison.',
    '',
  ];
}

export interface SizeRun {
  size: number;
  textChars: number;
  libraries: LibraryRun[];
  engine: EngineRun;
}

/** In-process p99 targets of our engine, by post count. */
export const ENGINE_P99_TARGETS: ReadonlyMap<number, number> = new Map([
  [1000, 5],
  [10000, 25],
]);

const Q = BENCH_QUERIES.length;
// Read when the benchmark starts (this module is loaded then): other work on the machine skews the figures.
const LOAD_AT_START = loadavg()[0] ?? 0;
const pct = (x: number) => `${Math.round(x * 100)} %`;
const times = (a: number, b: number) => `${a / b >= 10 ? (a / b).toFixed(0) : (a / b).toFixed(1)}×`;

export interface RunInfo {
  rounds: number;
  queryBudgetSeconds: number;
  runMinutes: number;
  documentsFromCache: boolean;
}

function context(
  runs: readonly SizeRun[],
  { rounds, queryBudgetSeconds, runMinutes, documentsFromCache }: RunInfo,
): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const libraries =
    runs[0]?.libraries.map((l) => `${l.library.name} ${l.library.version}`).join(', ') ?? '';
  const matched = (r: SizeRun) =>
    r.engine.totals.reduce((a, b) => a + b, 0) / (r.engine.totals.length * r.size);
  const sizes = runs.map(
    (r) =>
      `${formatInt(r.size)} posts (${formatInt(Math.round(r.textChars / r.size))} characters of text each on average, ${pct(matched(r))} of them matched by a query on average)`,
  );
  return [
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 1024 / MB).toFixed(1)} GB RAM; load average ${LOAD_AT_START.toFixed(2)} at the start`,
    `- Node ${process.version}; ${libraries}`,
    '- Command: `npm run bench:search` (`node --expose-gc --import tsx scripts/bench/search.ts`)',
    `- Corpus: \`generateCorpus(n, 42)\` (scripts/bench/corpus.ts) made into search documents with \`analyzeBody(body, 'mdx')\` and \`uniqueTags\`: ` +
      `${sizes.join(' and ')}; the ${Q} \`BENCH_QUERIES\`, one warm-up pass then ${rounds} timed passes (${Q * rounds} calls per latency figure), ` +
      `fewer for a library that would need more than ${queryBudgetSeconds} s of timed queries (see “calls”). ` +
      'Each post takes most of its nouns and product names from two of twelve topics, as a blog does; the general words every post uses (and `securite`, which one typo turns into the ubiquitous adjective `sécurisé`) still match nearly every post: those queries set the p99.',
    '- Heap: live heap growth after `global.gc()`, the index still referenced (the documents exist before the build and are not counted). ' +
      'Latency: one call for the 10 best ids (libraries), or `engine.search({ q, page: 1, limit: 10 })` with its snippets (our engine).',
    `- Run time: ${runMinutes.toFixed(1)} min, search documents ${documentsFromCache ? 'read from the cache' : 'prepared (about 17 ms of remark per post, on every core)'}.`,
  ].join('\n');
}

const same = (l: LibraryRun) => Q - l.differing.length;

function libraryTable(runs: readonly SizeRun[]): string {
  const rows = runs.flatMap((run) =>
    run.libraries.map(
      (l) =>
        `| ${formatInt(run.size)} | ${l.library.name} ${l.library.version} | ${formatMs(l.buildMs)} | ${formatMb(l.heap)} | ${formatMb(l.bytes)} | ` +
        `${formatMs(l.latencies.p50)} | ${formatMs(l.latencies.p99)} | ${l.latencies.calls} | ${same(l)}/${Q} | ${pct(l.topOverlap)} | ${l.library.missing} |`,
    ),
  );
  return [
    '| posts | library | build (ms) | heap (MB) | serialized (MB) | p50 (ms) | p99 (ms) | calls | same matches as our rules | top-10 overlap | cannot express |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
}

function gaps(runs: readonly SizeRun[]): string {
  const libraries = runs[0]?.libraries.map((l) => l.library) ?? [];
  return libraries.map((l) => `- **${l.name}** cannot express: ${l.gaps}.`).join('\n');
}

function engineTable(runs: readonly SizeRun[]): string {
  const rows = runs.map(({ size, engine, libraries }) => {
    const target = ENGINE_P99_TARGETS.get(size);
    const verdict =
      target === undefined
        ? '–'
        : engine.latencies.p99 < target
          ? `under ${target} ms: met`
          : `under ${target} ms: **missed**`;
    const bare = libraries[0]?.latencies;
    return (
      `| ${formatInt(size)} | ${formatMs(engine.buildMs)} | ${formatMb(engine.heap)} | ${formatMs(engine.latencies.p50)} | ` +
      `${formatMs(engine.latencies.p99)} | ${formatMs(engine.latencies.max)} | ` +
      `${bare ? `${formatMs(bare.p50)} / ${formatMs(bare.p99)}` : '–'} | ${formatMs(engine.snippets.p50)} / ${formatMs(engine.snippets.p99)} | ${verdict} |`
    );
  });
  return [
    '| posts | build (ms) | heap (MB) | p50 (ms) | p99 (ms) | max (ms) | of which MiniSearch, p50 / p99 (ms) | of which snippets, p50 / p99 (ms) | p99 target |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
}

function slowest(run: SizeRun): string {
  const ranked = BENCH_QUERIES.map((q, i) => ({
    q,
    ms: run.engine.latencies.perQuery[i] ?? 0,
    total: run.engine.totals[i] ?? 0,
  }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  const fastest = Math.min(...run.engine.latencies.perQuery);
  return (
    `Slowest queries at ${formatInt(run.size)} posts (engine, median of the timed passes): ` +
    ranked
      .map((r) => `\`${r.q}\` ${formatMs(r.ms)} ms (${formatInt(r.total)} matches)`)
      .join(', ') +
    `; the fastest takes ${formatMs(fastest)} ms.`
  );
}

function compare(l: LibraryRun, ref: LibraryRun): string {
  const speed = (a: number, b: number) =>
    a < b ? `${times(b, a)} faster` : `${times(a, b)} slower`;
  const differing = l.differing
    .slice(0, 6)
    .map((q) => `\`${q}\``)
    .join(', ');
  return (
    `- **${l.library.name}**: p50 ${formatMs(l.latencies.p50)} ms (${speed(l.latencies.p50, ref.latencies.p50)}), ` +
    `p99 ${formatMs(l.latencies.p99)} ms (${speed(l.latencies.p99, ref.latencies.p99)}); ` +
    `build ${times(l.buildMs, ref.buildMs)}, heap ${times(l.heap, ref.heap)}, serialized ${times(l.bytes, ref.bytes)} MiniSearch’s. ` +
    `Same matches as our rules for ${same(l)}/${Q} queries` +
    (l.differing.length > 0
      ? ` (differing: ${differing}${l.differing.length > 6 ? ', …' : ''})`
      : '') +
    `, ${pct(l.topOverlap)} of our top 10.`
  );
}

function whyNot(l: LibraryRun, ref: LibraryRun): string {
  const faster = l.latencies.p50 < ref.latencies.p50 || l.latencies.p99 < ref.latencies.p99;
  return faster
    ? `**Why not ${l.library.name}:** it is faster (${times(ref.latencies.p50, l.latencies.p50)} at p50, ${times(ref.latencies.p99, l.latencies.p99)} at p99) ` +
        `by answering another search: our matches for ${same(l)}/${Q} queries and ${pct(l.topOverlap)} of our top 10, ` +
        'because of the rules it cannot express.'
    : `**Why not ${l.library.name}:** slower (p99 ${times(l.latencies.p99, ref.latencies.p99)} MiniSearch’s) and heavier ` +
        `(heap ${times(l.heap, ref.heap)}), on top of the rules it cannot express.`;
}

function engineVerdict(r: SizeRun): string {
  const target = ENGINE_P99_TARGETS.get(r.size) ?? 0;
  const { latencies, snippets } = r.engine;
  const bare = r.libraries[0]?.latencies;
  const head = `- ${formatInt(r.size)} posts: p99 ${formatMs(latencies.p99)} ms, target ${target} ms: `;
  if (latencies.p99 < target || !bare) return `${head}met.`;
  const rest = latencies.p50 - bare.p50 - snippets.p50;
  return (
    `${head}**missed**. Of ${formatMs(latencies.p50)} ms at p50, MiniSearch takes ${formatMs(bare.p50)} ms, the snippets ${formatMs(snippets.p50)} ms ` +
    `and the rest (sorting every match, building the hits) about ${formatMs(Math.max(0, rest))} ms.`
  );
}

function conclusion(runs: readonly SizeRun[]): string {
  const run = runs.at(-1);
  const ref = run?.libraries[0];
  if (!run || !ref) return '';
  const others = run.libraries.slice(1);
  // A clear win on our rules: nearly the same matches, and cheaper on every count.
  const winner = others.find(
    (l) =>
      same(l) >= 0.9 * Q &&
      l.latencies.p99 <= ref.latencies.p99 / 2 &&
      l.heap <= ref.heap &&
      l.buildMs <= ref.buildMs,
  );
  const verdict = winner
    ? `**${winner.library.name} wins clearly on our rules** at ${formatInt(run.size)} posts: our matches for ${same(winner)}/${Q} queries, ` +
      'at least twice as fast at p99, and no heavier to build or hold. Switching deserves an issue.'
    : [
        `**Why MiniSearch:** of the three, it alone applies every rule as we state them (AND across fields, prefix on the last word only, ` +
          'one typo from 5 letters, additive field boosts), and no other library returns the same matches while being clearly cheaper.',
        ...others.map((l) => whyNot(l, ref)),
      ].join(' ');
  const targets = runs.filter((r) => ENGINE_P99_TARGETS.has(r.size)).map(engineVerdict);
  return [
    verdict,
    '',
    `At ${formatInt(run.size)} posts, against MiniSearch (p50 ${formatMs(ref.latencies.p50)} ms, p99 ${formatMs(ref.latencies.p99)} ms, ` +
      `build ${formatMs(ref.buildMs)} ms, heap ${formatMb(ref.heap)} MB, serialized ${formatMb(ref.bytes)} MB):`,
    '',
    ...others.map((l) => compare(l, ref)),
    '',
    'Our engine, against its in-process targets:',
    '',
    ...targets,
  ].join('\n');
}

export function renderReport(runs: readonly SizeRun[], info: RunInfo): string {
  return [
    '## In-process search',
    '',
    context(runs, info),
    '',
    '### The libraries on our rules',
    '',
    'Each library is configured as close to our rules as it allows (lib/search/engine.ts: fields title > tags > summary > text, our French ' +
      '`tokenize`/`processTerm`, every word required, prefix on the last word, one typo in words of 5 letters or more). ' +
      '“Same matches” counts the queries whose match set equals MiniSearch’s, which applies the rules exactly; ' +
      '“top-10 overlap” is the share of MiniSearch’s 10 best found in the library’s 10 best.',
    '',
    libraryTable(runs),
    '',
    gaps(runs),
    '',
    '### Our engine',
    '',
    '`createSearchEngine(docs).search({ q, page: 1, limit: 10 })`: MiniSearch, the tie-break sort (score, date, slug), then a snippet for each of the 10 hits. ' +
      '“Of which MiniSearch” is the MiniSearch row above (same options, no sort, no snippets); “of which snippets” is `makeSnippet` alone on the same 10 texts.',
    '',
    engineTable(runs),
    '',
    ...driftWarning(runs),
    ...runs.map(slowest).flatMap((s) => [s, '']),
    '### Conclusion',
    '',
    conclusion(runs),
  ].join('\n');
}
