import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRenderPool, type RenderPool } from '@/lib/content/render-pool';
import { readRendered } from '@/lib/content/rendered-bodies';
import type { RenderRequest } from '@/lib/content/render-body';

const WORKER = new URL('../../fixtures/render-worker.mjs', import.meta.url);

const post = (name: string, format: 'md' | 'mdx', body: string): RenderRequest => ({
  file: `content/posts/${name}.${format}`,
  postFile: `posts/${name}.${format}`,
  format,
  source: `---\ntitle: "${name}"\ndate: 2024-01-01\n---\n\n${body}`,
});

const MD = post(
  'tableau',
  'md',
  'Un [lien](https://exemple.fr) et <abbr title="HyperText">HTML</abbr>.\n\n## Partie\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
);
const MDX = post(
  'composant',
  'mdx',
  '<Callout type="warning">Attention.</Callout>\n\n## Suite\n\nFin.\n',
);

let dir: string;
let pool: RenderPool;
let inProcess: RenderPool;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'render-pool-'));
  pool = createRenderPool(WORKER, { size: 2, dir: join(dir, 'workers') });
  inProcess = createRenderPool(WORKER, { size: 0, dir: join(dir, 'here') });
});
afterAll(() => {
  pool.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the render pool', { timeout: 60_000 }, () => {
  it('renders Markdown and MDX in its workers exactly as on the calling thread', async () => {
    const [md, mdx] = await Promise.all([pool.render(MD), pool.render(MDX)]);
    const [mdHere, mdxHere] = [await inProcess.render(MD), await inProcess.render(MDX)];
    expect(md).toEqual(mdHere);
    expect(mdx).toEqual(mdxHere);
    const html = readRendered(md.key, 'html', join(dir, 'workers'));
    expect(html).toMatch(/<table[ >]/);
    expect(html).toContain('<abbr title="HyperText">HTML</abbr>');
    expect(readRendered(mdx.key, 'html', join(dir, 'workers'))).toMatch(/class="[^"]*callout/);
    expect(readRendered(md.key, 'txt', join(dir, 'workers'))).toContain('Un lien et HTML.');
    // Lines as the file numbers them: the link is on the body's first line, line 6.
    expect(md.analysis.references).toEqual([
      expect.objectContaining({ url: 'https://exemple.fr', line: 6 }),
    ]);
    expect(mdx.analysis.toc.map((entry) => entry.text)).toEqual(['Suite']);
  });

  it('fails the post that does not render, naming its file and line, and renders the others', async () => {
    const broken = post('casse', 'mdx', 'Une accolade {ouverte\n');
    const results = await Promise.allSettled([
      pool.render(broken),
      pool.render(MD),
      pool.render(post('inconnu', 'mdx', 'Texte.\n\n<CustomChart data={[1]} />\n')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
    const reasons = results.map((r) => (r.status === 'rejected' ? String(r.reason) : ''));
    expect(reasons[0]).toMatch(
      /^Error: content\/posts\/casse\.mdx:6:\d+(-\d+:\d+)?: Unexpected end of file/,
    );
    expect(reasons[2]).toContain(
      'content/posts/inconnu.mdx:8: component <CustomChart> is not one this blog has',
    );
  });

  it('names each body by its content: the same post twice is one pair of files', async () => {
    const again = await pool.render(MD);
    const files = readdirSync(join(dir, 'workers')).filter((name) => name.startsWith(again.key));
    expect(files.sort()).toEqual([`${again.key}.html`, `${again.key}.txt`]);
  });
});
