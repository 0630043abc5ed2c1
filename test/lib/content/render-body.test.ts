import { describe, expect, it } from 'vitest';
import { renderBody } from '@/lib/content/render-body';

const mdx = (body: string) => ({
  file: 'content/posts/graphique.mdx',
  postFile: 'posts/graphique.mdx',
  format: 'mdx' as const,
  source: `---\ntitle: "Graphique"\ndate: 2024-01-01\n---\n\n${body}`,
});

describe('renderBody', () => {
  it('names an import in a post with its line and what to do, instead of failing on it', async () => {
    await expect(
      renderBody(mdx("Texte.\n\nimport Chart from './chart.tsx'\n\n<Chart />\n")),
    ).rejects.toThrow(
      /^content\/posts\/graphique\.mdx:8: `import Chart from '\.\/chart\.tsx'` is not supported: .*lib\/config\/migration\.ts/,
    );
  });

  it('keeps an export of values, which needs no file', async () => {
    const { html } = await renderBody(
      mdx('export const auteur = "Nicolas"\n\nÉcrit par {auteur}.\n'),
    );
    expect(html).toContain('Écrit par Nicolas.');
  });
});
