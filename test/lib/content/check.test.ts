import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentProblem } from '@/lib/content/check';
import { png } from '../../support/png';

let project: string;
const write = (path: string, text: string | Uint8Array) => {
  mkdirSync(join(project, path, '..'), { recursive: true });
  writeFileSync(join(project, path), text);
};
const post = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'carnet-check-'));
  write('public/images/logo.png', png(4, 4, [0, 0, 255]));
  write('content/posts/bundle/schema.png', png(4, 4, [255, 0, 0]));
  write(
    'content/posts/bundle/index.md',
    post(
      'title: "Bundle"\ndate: 2024-01-01\naliases: ["/ancien/"]',
      [
        '## Première partie',
        '',
        '![Schéma](./schema.png) ![](/images/logo.png) ![Absente](./absente.png)',
        '',
        '[ici](#premiere-partie) [là](#nulle-part) [autre](/posts/correct#suite)',
        '[ancien](/ancien/) [tags](/tags/ops) [logo](/images/logo.png) [perdu](/posts/inconnu)',
        '[fichier](../correct.md) [pas un billet](./notes.md)',
        '{{< badge >}} [ref]({{< ref "correct.md" >}}) [perdue]({{< ref "nulle-part.md" >}})',
      ].join('\n'),
    ),
  );
  write(
    'content/posts/correct.md',
    post(
      'title: "Correct"\ndate: 2024-01-02\nimages: ["/static/absente.png"]',
      '## Suite\n\nTexte.',
    ),
  );
  write('content/posts/casse.mdx', post('title: "Cassé"\ndate: 2024-01-03', 'Ligne.\n\n{ouverte'));
  write(
    'content/posts/formule.md',
    post('title: "Formule"\ndate: 2024-01-07', 'Soit $x^2$ et 5 $ de plus.\n\n$$\n\\frac{1}{\n$$'),
  );
  write('content/posts/sans-date.md', post('title: "x"\ntags: 3', 'Texte.'));
  write(
    'content/posts/doublon.md',
    post('title: "D"\ndate: 2024-01-04\nurl: /posts/correct', 'D.'),
  );
  // An old copy kept as a draft: what is wrong in it stops nothing.
  write(
    'content/posts/copie.md',
    post(
      'title: "Copie"\ndate: 2024-01-06\ndraft: true\nurl: /posts/correct',
      '![x](./perdue.png)',
    ),
  );
  write('content/pages/a-propos.md', post('title: "À propos"\ndate: 2024-01-05', 'Texte.'));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

const line = (p: ContentProblem) =>
  `${p.severity} ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;

describe('checkContent', () => {
  it('lists every problem of every post at once, errors first, with file and line', () => {
    expect(checkContent(project).map(line)).toEqual([
      'error content/pages/a-propos.md: only content/posts/ (or a language’s content/<lang>/posts/) holds posts.',
      'error content/posts/bundle/index.md:9: image "./absente.png": no such file: content/posts/bundle/absente.png.',
      'error content/posts/bundle/index.md:14: ref "nulle-part.md": no post has this path or name.',
      expect.stringMatching(/^error content\/posts\/casse\.mdx:9: the MDX does not parse: /),
      'error content/posts/correct.md: field "image": "/static/absente.png": no such file: public/static/absente.png.',
      'error content/posts/doublon.md: the URL "/posts/correct" is also the URL of content/posts/correct.md.',
      expect.stringMatching(
        /^error content\/posts\/formule\.md:8: the math does not typeset: KaTeX parse error: /,
      ),
      'error content/posts/sans-date.md: field "date" is missing: write the publication date, such as date: 2024-03-01.',
      'error content/posts/sans-date.md:3: field "tags" must be a list, such as ["kubernetes", "veille"], not 3.',
      'warning content/posts/bundle/index.md:9: image "/images/logo.png" has no alt text: describe it for readers who cannot see it.',
      'warning content/posts/bundle/index.md:11: link "#nulle-part": no heading of this post has the id "nulle-part".',
      'warning content/posts/bundle/index.md:12: link "/posts/inconnu" leads nowhere: no post, page or file of public/ has this path.',
      'warning content/posts/bundle/index.md:13: link "./notes.md": content/posts/bundle/notes.md is not a post.',
      'warning content/posts/bundle/index.md:14: shortcode "badge" is not one Carnet knows: its inner text is kept, the tag itself dropped.',
      'warning content/posts/copie.md: the URL "/posts/correct" is also the URL of content/posts/correct.md.',
      'warning content/posts/copie.md:8: image "./perdue.png": no such file: content/posts/perdue.png (a draft: fix it before publishing).',
    ]);
  });

  it('finds nothing wrong in good content', () => {
    const clean = mkdtempSync(join(tmpdir(), 'carnet-check-clean-'));
    mkdirSync(join(clean, 'content/posts'), { recursive: true });
    writeFileSync(
      join(clean, 'content/posts/a.md'),
      post('title: "A"\ndate: 2024-01-01', 'Texte.'),
    );
    expect(checkContent(clean)).toEqual([]);
    rmSync(clean, { recursive: true, force: true });
  });
});
