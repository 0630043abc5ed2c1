/**
 * The build parses each body once: the pipeline that renders the article (./render-body.ts) runs
 * this plugin first, on the tree as parsed, and the computed fields get its analysis (excerpt,
 * table of contents, text, word count) instead of parsing the body a second time.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { analyzeTree, type BodyAnalysis } from './analyze';

declare module 'vfile' {
  interface DataMap {
    /** Lines as the file numbers them: the pipeline is given the whole file. */
    analysis: BodyAnalysis;
  }
}

export function remarkAnalyzeBody() {
  return (tree: Root, file: VFile): void => {
    file.data.analysis = analyzeTree(tree);
  };
}
