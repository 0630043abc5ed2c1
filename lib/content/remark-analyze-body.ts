/**
 * The build parses each body once: Contentlayer's MDX or Markdown pipeline parses it to render the
 * article, and this plugin, first in that pipeline, analyses the same tree (excerpt, table of
 * contents, text, word count) for the computed fields, which would otherwise parse it again
 * (15 % of the content build, docs/benchmarks.md). The analyses wait here, by body, until
 * `takeAnalysis` collects them.
 *
 * Build only (contentlayer.config.ts): a long-running server must not use it, since nothing would
 * collect what it keeps.
 */
import matter from 'gray-matter';
import type { Root } from 'mdast';
import { analyzeTree, type BodyAnalysis } from './analyze';

const waiting = new Map<string, BodyAnalysis>();

/**
 * The pipeline is given the whole file; the computed fields, the body after the front matter,
 * as gray-matter (Contentlayer's reader) splits it. The front matter itself is not parsed again.
 */
const bodyOf = (source: string) => matter(source, { engines: { yaml: () => ({}) } }).content;

export function remarkAnalyzeBody() {
  return (tree: Root, file: { value: unknown }): void => {
    const source = String(file.value);
    const body = bodyOf(source);
    const analysis = analyzeTree(tree);
    // The tree numbers the whole file's lines; an analysis numbers its body's, as analyzeBody does.
    const before = source.slice(0, source.length - body.length).split('\n').length - 1;
    waiting.set(body, {
      ...analysis,
      references: analysis.references.map((r) =>
        r.line === undefined ? r : { ...r, line: r.line - before },
      ),
    });
  };
}

/** The analysis of `body` made by the pipeline, once; undefined if the pipeline has not seen this exact source. */
export function takeAnalysis(body: string): BodyAnalysis | undefined {
  const analysis = waiting.get(body);
  waiting.delete(body);
  return analysis;
}
