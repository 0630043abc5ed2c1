import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { analyzeBody } from '@/lib/content/analyze';
import { renderMarkdown, renderMdx } from '@/test/support/render-body';

/** The text with each formula as [[its TeX]]. */
function formulas(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element, index, parent) => {
    const classes = node.properties.className;
    if (!parent || index === undefined || !Array.isArray(classes) || !classes.includes('katex'))
      return CONTINUE;
    let tex = '';
    visit(node, 'element', (inner: Element) => {
      if (inner.tagName === 'annotation') tex = toString(inner);
    });
    parent.children[index] = { type: 'text', value: `[[${tex}]]` };
    return SKIP;
  });
  return toHtml(tree)
    .replace(/<\/?p>/g, '')
    .trim();
}

describe.each([
  ['.md', renderMarkdown, 'md'],
  ['.mdx', renderMdx, 'mdx'],
] as const)('TeX math in a %s post', (_label, render, format) => {
  it.each([
    ['Prix : 5 $ et 10 $.', 'Prix : 5 $ et 10 $.'],
    ['It costs $5 and $10.', 'It costs $5 and $10.'],
    ['Soit $x_i$ et $y$ ici.', 'Soit [[x_i]] et [[y]] ici.'],
    ['Entre $a$ et 3 $.', 'Entre [[a]] et 3 $.'],
    ['Un prix de 5 $ et 10 $, puis $E = mc^2$.', 'Un prix de 5 $ et 10 $, puis [[E = mc^2]].'],
    ['Vaut $x = 5$10.', 'Vaut $x = 5$10.'],
    ['Coûte $\\$5$.', 'Coûte [[\\$5]].'],
    ['Voir 3 $. Puis $$E = mc^2$$ et $n$.', 'Voir 3 $. Puis [[E = mc^2]] et [[n]].'],
    [
      'Code `$HOME` et 5 $ de plus, puis `$PATH`.',
      'Code <code>$HOME</code> et 5 $ de plus, puis <code>$PATH</code>.',
    ],
    ['Sur deux lignes $a +\nb$ fin.', 'Sur deux lignes [[a +\nb]] fin.'],
  ])('%j', async (text, expected) => {
    expect(formulas(await render(text))).toBe(expected);
  });

  it('typesets display math as a block, with MathML for screen readers and feeds', async () => {
    const html = await render('$$\n\\int_0^1 x\\,dx\n$$\n');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(html).toContain('<span class="katex-html" aria-hidden="true">');
  });

  it('fails on TeX KaTeX cannot typeset, with its line and KaTeX’s message', async () => {
    await expect(render('Texte.\n\nSoit $\\frac{1}{$ ici.\n')).rejects.toThrow(
      /line 3: the math does not typeset: KaTeX parse error/,
    );
  });

  it('tells the page it has math, and only then', () => {
    expect(analyzeBody('Soit $x$.', format).hasMath).toBe(true);
    expect(analyzeBody('Prix : 5 $ et 10 $.', format).hasMath).toBe(false);
  });
});
