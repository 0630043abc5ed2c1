import { evaluate } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyzeBody } from '@/lib/content/analyze';
import { compileOptions } from '@/lib/mdx/plugins';
import { liveMedia, renderMarkdown as render } from '@/test/support/render-body';

/** Ids of the h2/h3 the reader sees, in order (the footnotes' own hidden label left out). */
function tocLevelIds(html: string): string[] {
  return [...html.matchAll(/<h[23]\b[^>]*\bid="([^"]*)"/g)]
    .map((m) => m[1] ?? '')
    .filter((id) => id !== 'footnote-label');
}

describe('markdownPipeline: heading ids match the table of contents', () => {
  it('for accented, repeated headings and h1/h4 headings in between', async () => {
    const markdown = [
      '# Titre du billet',
      '## Mise en œuvre',
      '#### Détail',
      '### Détail',
      '## Mise en œuvre',
      '## Raccourci <kbd>Ctrl</kbd> + `C`',
      '## Let’s Encrypt : [certificats](https://letsencrypt.org) *courts*',
      '## 🚀',
      '## 🎉',
    ].join('\n\n');
    const html = await render(markdown);
    const toc = analyzeBody(markdown, 'md').toc.map((e) => e.id);
    expect(toc).toEqual([
      'mise-en-oeuvre',
      'detail-1',
      'mise-en-oeuvre-1',
      'raccourci-ctrl-c',
      'lets-encrypt-certificats-courts',
      'section',
      'section-1',
    ]);
    expect(tocLevelIds(html)).toEqual(toc);
    expect(html).toContain('<h1 id="titre-du-billet">');
    expect(html).toContain('<h4 id="detail">');
  });

  it('for a heading that carries a footnote reference', async () => {
    const markdown = '## Performances[^1]\n\nTexte.\n\n[^1]: Mesurées sur un Raspberry Pi.';
    const toc = analyzeBody(markdown, 'md').toc.map((e) => e.id);
    expect(tocLevelIds(await render(markdown))).toEqual(toc);
  });

  it('for a heading that starts with an image', async () => {
    const markdown = '## ![logo](/images/traefik.png) Traefik v2\n\nTexte.';
    const toc = analyzeBody(markdown, 'md').toc.map((e) => e.id);
    expect(tocLevelIds(await render(markdown))).toEqual(toc);
  });
});

describe('markdownPipeline: Markdown as posts moved from Hugo or Jekyll write it', () => {
  it('keeps raw inline HTML', async () => {
    expect(await render('Tapez <kbd>Ctrl</kbd> + <kbd>C</kbd>.')).toContain(
      '<kbd>Ctrl</kbd> + <kbd>C</kbd>',
    );
  });

  it('turns an autolink into a link', async () => {
    expect(await render('Voir <https://cerenit.fr>.')).toContain(
      '<a href="https://cerenit.fr">https://cerenit.fr</a>',
    );
  });

  it('renders "<" and braces as text, not as JSX', async () => {
    const html = await render('Si a < b alors {clé: valeur}.');
    expect(html).toMatch(/<p>Si a (&#x3C;|&lt;) b alors \{clé: valeur\}\.<\/p>/);
  });

  it('renders an indented code block as code', async () => {
    const html = await render('Exemple :\n\n    sudo systemctl restart nginx\n');
    expect(html).toMatch(/<pre\b[^>]*>\s*<code\b/);
    expect(html).toContain('systemctl');
    expect(html).not.toContain('<p>sudo');
  });

  it('renders a GFM table', async () => {
    const html = await render('| Base | Type |\n|------|------|\n| InfluxDB | TSDB |\n');
    expect(html).toContain('<table tabindex="0">');
    expect(html).toMatch(/<th>Base<\/th>\s*<th>Type<\/th>/);
    expect(html).toMatch(/<td>InfluxDB<\/td>\s*<td>TSDB<\/td>/);
  });

  it('renders a task list with checkboxes', async () => {
    const html = await render('- [x] Migrer\n- [ ] Publier\n');
    expect(html).toMatch(/<input type="checkbox" checked disabled> Migrer/);
    expect(html).toMatch(/<input type="checkbox" disabled> Publier/);
  });

  it('renders strikethrough', async () => {
    expect(await render('C’est ~~faux~~ vrai.')).toContain('<del>faux</del>');
  });

  it('renders a footnote as a link to a note at the end', async () => {
    const html = await render('Une affirmation[^source].\n\n[^source]: La source.\n');
    expect(html).toMatch(/<sup><a href="#user-content-fn-source"[^>]*>1<\/a><\/sup>/);
    expect(html).toMatch(
      /<section\b[^>]*data-footnotes[\s\S]*<li id="user-content-fn-source">[\s\S]*La source\./,
    );
  });

  it('reads a file with Windows line endings, front matter included, like one with Unix ones', async () => {
    const unix =
      '---\ntitle: Un billet\ntags: ["a", "b"]\n---\n\n## Première partie\n\nUn paragraphe\nsur deux lignes.\n\n- un\n- deux\n';
    const windows = unix.replace(/\n/g, '\r\n');
    const html = await render(windows);
    expect(html).not.toContain('title:');
    expect(html).toContain(
      '<h2 id="premiere-partie"><span id="première-partie"></span>Première partie</h2>',
    );
    expect(html.replace(/\r/g, '')).toBe(await render(unix));
  });

  it('does not show the front matter', async () => {
    const html = await render('---\ntitle: Secret\ndraft: true\n---\n\nTexte.');
    expect(html).not.toContain('Secret');
    expect(html).toContain('<p>Texte.</p>');
  });
});

describe('markdownPipeline: code highlighting', () => {
  it('highlights a shell block with Shiki, with light and dark colours inline', async () => {
    const html = await render('```shell\nsudo systemctl restart nginx\n```\n');
    expect(html).toMatch(/<pre class="shiki[^"]*"/);
    expect(html).toContain('--shiki-dark:');
    expect(html).toContain('language-shell');
    // The command is coloured: its tokens sit in their own styled spans.
    expect(html).toMatch(
      /<span style="color:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}">sudo<\/span>/,
    );
  });

  it('shows a block in an unknown language as plain text instead of failing', async () => {
    const html = await render('```klingon\nqapla <batlh>\n```\n');
    expect(html).toContain('shiki');
    expect(html).toContain('qapla');
    expect(html).not.toContain('<batlh>');
  });

  it('escapes HTML inside code blocks', async () => {
    const html = await render('```html\n<script>alert(1)</script>\n```\n');
    expect(html).not.toContain('<script>');
  });
});

describe('code blocks and tables can be scrolled from the keyboard', () => {
  const openingTags = (html: string, tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map((m) => m[0]);

  it('in a .md post: fenced, indented and raw HTML code blocks, and tables', async () => {
    const html = await render(
      [
        '```shell\nls\n```',
        '    code indenté',
        '<pre>brut</pre>',
        '| a | b |\n|---|---|\n| 1 | 2 |',
      ].join('\n\n'),
    );
    const tags = [...openingTags(html, 'pre'), ...openingTags(html, 'table')];
    expect(tags).toHaveLength(4);
    for (const tag of tags) expect(tag).toMatch(/ tabindex="0"/);
  });

  it('in an .mdx post, as the page and the draft preview render it', async () => {
    const source = '```ini\n[Unit]\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    const { default: Content } = await evaluate(source, {
      ...compileOptions('mdx', liveMedia),
      ...runtime,
    });
    const html = renderToStaticMarkup(createElement(Content));
    const tags = [...openingTags(html, 'pre'), ...openingTags(html, 'table')];
    expect(tags).toHaveLength(2);
    for (const tag of tags) expect(tag).toMatch(/ tabindex="0"/);
  });
});

describe('task list checkboxes are named by their text', () => {
  it('in a tight list, a loose list and a nested one', async () => {
    const tight = await render('- [x] Migrer\n- [ ] Publier\n');
    expect(tight).toContain(
      '<li class="task-list-item"><label><input type="checkbox" checked disabled> Migrer</label></li>',
    );
    expect(tight).toContain('<label><input type="checkbox" disabled> Publier</label>');

    const loose = await render('- [x] Migrer\n\n- [ ] Publier *vite*\n');
    expect(loose).toContain(
      '<p><label><input type="checkbox" disabled> Publier <em>vite</em></label></p>',
    );

    // The label stops where the item's own text does: a nested list is not part of the name.
    const nested = await render('- [ ] Publier\n  - [x] relire\n');
    expect(nested).toMatch(/<label><input type="checkbox" disabled> Publier\s*<\/label>\s*<ul/);
    expect(nested).toContain('<label><input type="checkbox" checked disabled> relire</label>');
  });

  it('in an .mdx post', async () => {
    const { default: Content } = await evaluate('- [x] Migrer\n', {
      ...compileOptions('mdx', liveMedia),
      ...runtime,
    });
    expect(renderToStaticMarkup(createElement(Content))).toMatch(
      /<label><input type="checkbox"[^>]*\/> Migrer<\/label>/,
    );
  });
});

describe('GitHub alerts are the blog’s callouts', () => {
  const alerts =
    '> [!WARNING]\n> Sauvegardez **avant**.\n\n> [!TIP] Raccourci\n> Ctrl+C.\n\n> Une citation.';

  it('in a .md post, with the dictionary’s label or the title written after the marker', async () => {
    const html = await render(alerts);
    expect(html).toContain(
      '<aside class="callout callout-warning" aria-label="Attention">\n<p class="callout-title">Attention</p>\n<p>Sauvegardez <strong>avant</strong>.</p>\n</aside>',
    );
    expect(html).toContain('<aside class="callout callout-tip" aria-label="Raccourci">');
    expect(html).not.toContain('[!');
    // A quote without a marker stays a quote.
    expect(html).toContain('<blockquote>\n<p>Une citation.</p>\n</blockquote>');
  });

  it('in an .mdx post, and never in the summary or the search text', async () => {
    const { default: Content } = await evaluate(alerts, {
      ...compileOptions('mdx', liveMedia),
      ...runtime,
    });
    const html = renderToStaticMarkup(createElement(Content));
    expect(html).toContain('<aside class="callout callout-warning" aria-label="Attention">');
    expect(html).not.toContain('[!');
    const analysis = analyzeBody(alerts, 'md');
    expect(analysis.text).not.toContain('[!');
    expect(analysis.text).toContain('Sauvegardez avant.');
  });
});
