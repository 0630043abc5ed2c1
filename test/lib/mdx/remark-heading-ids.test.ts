import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkHeadingIds } from '@/lib/mdx/remark-heading-ids';

/** Markdown through the heading-id plugin alone, no highlighting. */
async function render(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkHeadingIds)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

function headingIds(html: string): string[] {
  return [...html.matchAll(/<h[1-6]\b[^>]*\bid="([^"]*)"/g)].map((m) => m[1] ?? '');
}

describe('remarkHeadingIds', () => {
  it('keeps the id GitHub, Hugo and Gatsby gave a heading as an anchor, when it is another', async () => {
    const html = await render('## Mise en œuvre\n\n## Plain\n\n## Mise en œuvre');
    expect(html).toContain(
      '<h2 id="mise-en-oeuvre"><span id="mise-en-œuvre"></span>Mise en œuvre</h2>',
    );
    expect(html).toContain('<h2 id="plain">Plain</h2>');
    expect(html).toContain('<h2 id="mise-en-oeuvre-1"><span id="mise-en-œuvre-1"></span>');
  });

  it('keeps the id an author gave as kramdown and Hugo write it, out of the heading’s text', async () => {
    const html = await render(
      '# Step 1: Sign up {#sign-up}\n\n## Note {#user_libraries .aside}\n\n## Autre {: #autre}\n\n## Plain',
    );
    expect(headingIds(html)).toEqual(['sign-up', 'user_libraries', 'autre', 'plain']);
    expect(html).toContain('>Step 1: Sign up</h1>');
    expect(html).not.toContain('{#');
  });

  it('gives every heading level an ASCII id from its text', async () => {
    const html = await render(
      '# Cérénit\n\n## Mise en œuvre\n\n### Time Series\n\n#### Let’s Encrypt\n\n##### Déjà\n\n###### Fin',
    );
    expect(headingIds(html)).toEqual([
      'cerenit',
      'mise-en-oeuvre',
      'time-series',
      'lets-encrypt',
      'deja',
      'fin',
    ]);
  });

  it('makes repeated headings unique across levels, in document order', async () => {
    const html = await render('## Exemple\n\n### Exemple\n\n## Exemple');
    expect(headingIds(html)).toEqual(['exemple', 'exemple-1', 'exemple-2']);
  });

  it('takes the text of inline markup, code and links', async () => {
    const html = await render('## Installer `kubectl` avec [Homebrew](https://brew.sh) *vite*');
    expect(headingIds(html)).toEqual(['installer-kubectl-avec-homebrew-vite']);
  });

  it('keeps an id the author wrote in HTML', async () => {
    const html = await render('<h2 id="ancre-historique">Ancien titre</h2>\n\n## Nouveau titre');
    expect(headingIds(html)).toEqual(['ancre-historique', 'nouveau-titre']);
  });

  it('gives a heading without letters or digits the id "section"', async () => {
    expect(headingIds(await render('## 🚀'))).toEqual(['section']);
  });

  it('restarts numbering for each document', async () => {
    await render('## Exemple');
    expect(headingIds(await render('## Exemple'))).toEqual(['exemple']);
  });
});
