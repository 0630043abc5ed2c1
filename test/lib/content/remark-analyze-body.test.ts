import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { analyzeBody, type BodyFormat } from '@/lib/content/analyze';
import { remarkAnalyzeBody, takeAnalysis } from '@/lib/content/remark-analyze-body';

const FRONT_MATTER = '---\r\ntitle: "Un billet"\r\ntags: ["a", "b"]\r\n---\r\n';
const BODY =
  '\r\nIntro avec un [lien](https://exemple.fr).\r\n\r\n## Première partie\r\n\r\nDu texte.\r\n\r\n| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n\r\n## Seconde partie\r\n\r\nFin.\r\n';

/** The whole file through a pipeline as Contentlayer runs it: front matter included. */
function runPipeline(source: string, format: BodyFormat): void {
  const processor = unified().use(remarkParse).use(remarkFrontmatter);
  if (format === 'mdx') processor.use(remarkMdx);
  processor.use(remarkGfm).use(remarkAnalyzeBody);
  processor.runSync(processor.parse(source), { value: source });
}

describe('remarkAnalyzeBody', () => {
  it.each(['md', 'mdx'] as const)(
    'hands the computed fields the same analysis as a parse of the body alone (%s)',
    (format) => {
      runPipeline(FRONT_MATTER + BODY, format);
      const analysis = takeAnalysis(BODY);
      expect(analysis).toEqual(analyzeBody(BODY, format));
      expect(analysis?.toc.map((entry) => entry.text)).toEqual([
        'Première partie',
        'Seconde partie',
      ]);
    },
  );

  it('hands each analysis over once, and nothing for a body it has not seen', () => {
    runPipeline(FRONT_MATTER + BODY, 'md');
    expect(takeAnalysis(BODY)).toBeDefined();
    expect(takeAnalysis(BODY)).toBeUndefined();
    expect(takeAnalysis('Un autre corps.')).toBeUndefined();
  });
});
