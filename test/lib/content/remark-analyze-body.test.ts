import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyzeBody, type BodyFormat } from '@/lib/content/analyze';
import { remarkAnalyzeBody } from '@/lib/content/remark-analyze-body';

const FRONT_MATTER = '---\r\ntitle: "Un billet"\r\ntags: ["a", "b"]\r\n---\r\n';
const BODY =
  '\r\nIntro avec un [lien](https://exemple.fr).\r\n\r\n## Première partie\r\n\r\nDu texte.\r\n\r\n| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n\r\n## Seconde partie\r\n\r\nFin.\r\n';

/** The whole file through a pipeline as the build runs it: front matter included. */
function runPipeline(source: string, format: BodyFormat) {
  const processor = unified().use(remarkParse).use(remarkFrontmatter);
  if (format === 'mdx') processor.use(remarkMdx);
  processor.use(remarkGfm).use(remarkAnalyzeBody);
  const file = new VFile({ value: source });
  processor.runSync(processor.parse(source), file);
  return file.data.analysis;
}

describe('remarkAnalyzeBody', () => {
  it.each(['md', 'mdx'] as const)(
    'gives the pipeline’s file the analysis a parse of the body alone makes, lines as the file numbers them (%s)',
    (format) => {
      const analysis = runPipeline(FRONT_MATTER + BODY, format);
      const alone = analyzeBody(BODY, format);
      expect(analysis).toEqual({
        ...alone,
        references: alone.references.map((r) => ({ ...r, line: (r.line ?? 0) + 4 })),
      });
      expect(analysis?.references).toEqual([
        expect.objectContaining({ url: 'https://exemple.fr', line: 6 }),
      ]);
      expect(analysis?.toc.map((entry) => entry.text)).toEqual([
        'Première partie',
        'Seconde partie',
      ]);
    },
  );
});
