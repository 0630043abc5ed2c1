import { describe, expect, it } from 'vitest';
import { feedArticle } from '@/lib/feeds/render';
import { renderMarkdown, renderMdx } from '@/test/support/render-body';

const body = '## Mise en œuvre\n\nTexte.\n\n### Détail\n\n#### Plus bas\n\n##### Trop bas\n';

describe.each([
  ['.md', renderMarkdown],
  ['.mdx', renderMdx],
])('headings of a %s post', (_label, render) => {
  it('h2 to h4 are followed by a link to themselves, named for screen readers', async () => {
    const html = await render(body);
    expect(html).toContain(
      '<div class="heading-anchor"><h2 id="mise-en-oeuvre"><span id="mise-en-œuvre"></span>Mise en œuvre</h2><a class="heading-link" href="#mise-en-oeuvre" aria-label="Lien vers cette section">#</a></div>',
    );
    expect(html).toContain('href="#detail" aria-label="Lien vers cette section"');
    expect(html).toContain('href="#plus-bas" aria-label="Lien vers cette section"');
    expect(html).not.toContain('href="#trop-bas"');
    // Outside the heading: its name stays its text.
    expect(html).toMatch(/<h2 id="mise-en-oeuvre">(?:(?!<a ).)*<\/h2>/);
  });

  it('feeds carry the headings without their links', async () => {
    const feed = feedArticle(await render(body), 'https://example.fr/posts/p');
    expect(feed).toContain('<h2 id="mise-en-oeuvre">');
    expect(feed).not.toContain('heading-link');
    expect(feed).not.toContain('heading-anchor');
  });
});

describe('feeds carry math as MathML only', () => {
  it('without KaTeX’s HTML rendering, which needs its stylesheet', async () => {
    const feed = feedArticle(
      await renderMarkdown('Soit $x_i$.\n\n$$\na^2\n$$\n'),
      'https://example.fr/posts/p',
    );
    expect(feed).not.toContain('katex');
    expect(feed.match(/<math /g)).toHaveLength(2);
    expect(feed).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(feed).toContain('<p>Soit <math');
  });
});
