import { describe, expect, it } from 'vitest';
import {
  analyzeBody,
  countWords,
  EXCERPT_MAX_LENGTH,
  postExcerpt,
  truncate,
} from '@/lib/content/analyze';
import { createSlugger } from '@/lib/content/slug';

/** `n` distinct-looking words separated by single spaces. */
function words(n: number): string {
  return Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');
}

describe('analyzeBody: excerpt', () => {
  it('is everything before <!--more--> in Markdown, as plain text', () => {
    const body =
      'Premier paragraphe.\n\nSecond **paragraphe**.\n\n<!--more-->\n\nLa suite, hors résumé.';
    expect(analyzeBody(body, 'md').excerpt).toBe('Premier paragraphe. Second paragraphe.');
  });

  it('accepts spaces and capitals inside the Markdown marker', () => {
    const body = 'Avant.\n\n<!-- MORE -->\n\nAprès.';
    expect(analyzeBody(body, 'md').excerpt).toBe('Avant.');
  });

  it('is everything before {/* more */} in MDX', () => {
    const body =
      'Premier paragraphe.\n\nSecond *paragraphe*.\n\n{/* more */}\n\nLa suite, hors résumé.';
    expect(analyzeBody(body, 'mdx').excerpt).toBe('Premier paragraphe. Second paragraphe.');
  });

  it('is the first paragraph when there is no marker, headings skipped', () => {
    const body = '# Titre\n\nLe premier paragraphe.\n\nLe deuxième paragraphe.';
    expect(analyzeBody(body, 'md').excerpt).toBe('Le premier paragraphe.');
    expect(analyzeBody(body, 'mdx').excerpt).toBe('Le premier paragraphe.');
  });

  it('keeps the text of links and drops the markup of emphasis and code', () => {
    const body =
      'Lire [la documentation](https://exemple.fr/doc) de `kubectl`, **vraiment** _utile_ et ~~inutile~~.';
    expect(analyzeBody(body, 'md').excerpt).toBe(
      'Lire la documentation de kubectl, vraiment utile et inutile.',
    );
  });

  it('removes HTML tags from Markdown and keeps their text', () => {
    const body = 'Tapez <kbd>Ctrl</kbd> + <kbd>C</kbd> pour <span class="x">arrêter</span>.';
    expect(analyzeBody(body, 'md').excerpt).toBe('Tapez Ctrl + C pour arrêter.');
  });

  it('joins lines of a paragraph with single spaces', () => {
    expect(analyzeBody('Une ligne\ncoupée   en\r\ndeux.', 'md').excerpt).toBe(
      'Une ligne coupée en deux.',
    );
  });

  it('follows Hugo’s order: the more-marker, then the front-matter summary, then the first paragraph', () => {
    const marked = analyzeBody('Accroche.\n\n<!--more-->\n\nSuite.', 'md');
    const unmarked = analyzeBody('Premier paragraphe.\n\nSuite.', 'md');
    expect(postExcerpt('Résumé donné', marked)).toBe('Accroche.');
    expect(postExcerpt('  Résumé\n donné ', unmarked)).toBe('Résumé donné');
    expect(postExcerpt(undefined, unmarked)).toBe('Premier paragraphe.');
    expect(postExcerpt('Résumé donné', analyzeBody('<!--more-->\n\nSuite.', 'md'))).toBe(
      'Résumé donné',
    );
  });

  it('is empty for a body without text', () => {
    expect(analyzeBody('', 'md').excerpt).toBe('');
    expect(analyzeBody('## Seulement un titre\n', 'md').excerpt).toBe('');
  });

  it('is cut at 300 characters at a word boundary, with an ellipsis', () => {
    const paragraph = words(100);
    const { excerpt } = analyzeBody(paragraph, 'md');
    expect(paragraph.length).toBeGreaterThan(EXCERPT_MAX_LENGTH);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX_LENGTH);
    expect(excerpt.endsWith('…')).toBe(true);
    const kept = excerpt.slice(0, -1);
    expect(paragraph.startsWith(`${kept} `)).toBe(true);
    expect(kept.length).toBeGreaterThan(EXCERPT_MAX_LENGTH / 2);
  });

  it('keeps the items of a list before the marker apart', () => {
    const body = 'Au menu :\n\n- Kubernetes\n- TimescaleDB\n\n<!--more-->\n\nLa suite.';
    expect(analyzeBody(body, 'md').excerpt).toBe('Au menu : Kubernetes TimescaleDB');
  });

  it('shows no MDX import in the excerpt', () => {
    const body =
      "import { Chart } from '../components/chart'\n\nLe texte d’introduction.\n\n{/* more */}\n\n<Chart />";
    expect(analyzeBody(body, 'mdx').excerpt).toBe('Le texte d’introduction.');
  });

  it('shows no MDX comment in the excerpt', () => {
    const body =
      'Le texte d’introduction.\n\n{/* à relire avant publication */}\n\n{/* more */}\n\nLa suite.';
    expect(analyzeBody(body, 'mdx').excerpt).toBe('Le texte d’introduction.');
  });
});

describe('truncate', () => {
  it('leaves a text that fits unchanged, up to the limit itself', () => {
    expect(truncate('court', 300)).toBe('court');
    const exact = 'a'.repeat(300);
    expect(truncate(exact, 300)).toBe(exact);
  });

  it('cuts before the word that does not fit', () => {
    expect(truncate('Un deux trois quatre', 10)).toBe('Un deux…');
  });

  it('does not leave punctuation before the ellipsis', () => {
    expect(truncate('Un, deux, trois', 11)).toBe('Un, deux…');
  });

  it('cuts inside a word only when the text has no space in its second half', () => {
    expect(truncate('a'.repeat(400), 300)).toBe(`${'a'.repeat(299)}…`);
  });
});

describe('analyzeBody: table of contents', () => {
  const body = [
    '# Titre du billet',
    '## Introduction',
    '#### Détail',
    '### Mise en œuvre',
    '## Détail',
    '## Introduction',
    '##### Note',
    '### Installer `kubectl` avec [Homebrew](https://brew.sh)',
  ].join('\n\n');

  it('lists h2 and h3 only, in document order, with their depth and plain text', () => {
    expect(analyzeBody(body, 'md').toc.map(({ depth, text }) => [depth, text])).toEqual([
      [2, 'Introduction'],
      [3, 'Mise en œuvre'],
      [2, 'Détail'],
      [2, 'Introduction'],
      [3, 'Installer kubectl avec Homebrew'],
    ]);
  });

  it('gives ids that h1 and h4 headings before them have already consumed', () => {
    // "Titre du billet" (h1) and the h4 "Détail" come first and keep their own ids.
    expect(analyzeBody(body, 'md').toc.map((e) => e.id)).toEqual([
      'introduction',
      'mise-en-oeuvre',
      'detail-1',
      'introduction-1',
      'installer-kubectl-avec-homebrew',
    ]);
  });

  it('gives ASCII ids, unique, equal to createSlugger over every heading in order', () => {
    const headings = [
      'Titre du billet',
      'Introduction',
      'Détail',
      'Mise en œuvre',
      'Détail',
      'Introduction',
      'Note',
      'Installer kubectl avec Homebrew',
    ];
    const slug = createSlugger();
    const all = headings.map(slug);
    const toc = analyzeBody(body, 'md').toc.map((e) => e.id);
    expect(toc).toEqual([all[1], all[3], all[4], all[5], all[7]]);
    expect(new Set(toc).size).toBe(toc.length);
    for (const id of toc) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('is the same for the same headings in MDX', () => {
    expect(analyzeBody(body, 'mdx').toc).toEqual(analyzeBody(body, 'md').toc);
  });

  it('is empty without h2 or h3', () => {
    expect(analyzeBody('# Titre\n\nTexte.\n\n#### Détail', 'md').toc).toEqual([]);
  });
});

describe('analyzeBody: words and reading time', () => {
  it.each([
    [0, 1],
    [100, 1],
    [329, 1],
    [330, 2],
    [1_100, 5],
    [1_210, 6],
  ])('%i words take %i min to read', (n, minutes) => {
    const result = analyzeBody(words(n), 'md');
    expect(result.wordCount).toBe(n);
    expect(result.readingMinutes).toBe(minutes);
  });

  it('counts the words readers read, not the URLs or markup around them', () => {
    const body = '**Gras** et [un lien](https://exemple.fr/un-deux-trois-quatre) <kbd>Ctrl</kbd>.';
    expect(analyzeBody(body, 'md').wordCount).toBe(5);
  });

  it('counts the words of inline code', () => {
    // Lancez, kubectl, get, pods, puis, attendez
    expect(analyzeBody('Lancez `kubectl get pods` puis attendez.', 'md').wordCount).toBe(6);
  });

  it('does not glue the last word of a block to the first word of the next one', () => {
    expect(analyzeBody('## Un titre\n\nUn paragraphe.', 'md').wordCount).toBe(4);
    expect(analyzeBody('- un\n- deux\n- trois', 'md').wordCount).toBe(3);
    expect(analyzeBody('| Base | Type |\n|---|---|\n| InfluxDB | TSDB |', 'md').wordCount).toBe(4);
  });

  it('gives a list-heavy post (a monthly link roundup) its full reading time', () => {
    // 220 items of 2 words: 440 words, 2 minutes.
    const body = Array.from({ length: 220 }, (_, i) => `- lien${i} commenté`).join('\n');
    expect(analyzeBody(body, 'md').readingMinutes).toBe(2);
  });
});

describe('countWords', () => {
  it('splits a French elision into its two words, whichever apostrophe is typed', () => {
    expect(countWords('l’accessibilité du Web')).toBe(4);
    expect(countWords("l'accessibilité du Web")).toBe(4);
    expect(countWords('Aujourd’hui, qu’est-ce que c’est ?')).toBe(
      countWords("Aujourd'hui, qu'est-ce que c'est ?"),
    );
  });

  it('does not count punctuation or dashes standing alone', () => {
    expect(countWords('Kubernetes 1.29 — enfin !')).toBe(3);
    expect(countWords(' « » - … ')).toBe(0);
  });

  it('counts words separated by any white space', () => {
    expect(countWords('un\tdeux\nTrois\u00a0quatre')).toBe(4);
  });
});
