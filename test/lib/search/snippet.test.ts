/**
 * Snippets are inserted as HTML under each result: about 160 characters around the best match,
 * matched words in `<mark>`, everything else escaped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '@/lib/format/html';
import { makeSnippet, matchedSpans, SNIPPET_LENGTH } from '@/lib/search/snippet';

const ELLIPSIS = '…';

/** The text a reader sees: marks removed, entities decoded. */
function visible(html: string): string {
  return html
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The words in `<mark>`, in order. */
function marked(html: string): string[] {
  return [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1] ?? '');
}

/** Visible text without the ellipses added at the cuts. */
function excerptOf(html: string): string {
  return visible(html).replace(/^…/, '').replace(/…$/, '');
}

/** Nothing but `<mark>` and `</mark>` may open a tag. */
function onlyMarkTags(html: string): boolean {
  return !/[<>]/.test(html.replace(/<\/?mark>/g, ''));
}

const terms = (...list: string[]) => new Set(list);

// About 1,000 characters of prose; the match sits far from both ends.
const INTRO =
  'Février est un mois court, mais l’actualité n’a pas ralenti pour autant. Les éditeurs publient leurs feuilles de route, ' +
  'les conférences annoncent leurs programmes et les équipes reprennent les chantiers laissés en plan pendant les fêtes. ' +
  'Cette veille rassemble ce qui a retenu notre attention, sans prétendre à l’exhaustivité, avec quelques liens pour aller plus loin. ';
const MIDDLE =
  'Côté orchestration, les conteneurs éphémères arrivent en bêta et simplifient le débogage des pods en production. ';
const OUTRO =
  'Pour le reste, les bases de données ne sont pas en reste : nouvelles versions, nouveaux connecteurs, et toujours ' +
  'davantage de compression pour les séries temporelles. Nous y reviendrons le mois prochain, avec un dossier complet ' +
  'sur la rétention et les agrégats continus, et un retour d’expérience sur une migration menée cet hiver chez un client.';
const LONG = INTRO + MIDDLE + OUTRO;

describe('matchedSpans', () => {
  it('finds the words whose index term was matched, in any inflection, case or elision', () => {
    const text = 'Les Conteneurs et le conteneur ; l’accessibilité des réseaux.';
    const spans = matchedSpans(text, terms('conteneur', 'accessibilite', 'reseau'));
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Conteneurs',
      'conteneur',
      'l’accessibilité',
      'réseaux',
    ]);
  });

  it('finds nothing for a stop word, even when asked', () => {
    expect(matchedSpans('le timer et la sauvegarde', terms('le', 'la'))).toEqual([]);
  });
});

describe('makeSnippet', () => {
  it('wraps the matched words in <mark>, as written in the post: conteneurs for the term conteneur', () => {
    const html = makeSnippet(LONG, terms('conteneur'));
    expect(html).toContain('<mark>conteneurs</mark>');
    expect(marked(html)).toEqual(['conteneurs']);
  });

  it('is about 160 characters of text, cut at word boundaries, with … at both cuts', () => {
    const html = makeSnippet(LONG, terms('conteneur'));
    const text = visible(html);
    expect(text.startsWith(ELLIPSIS)).toBe(true);
    expect(text.endsWith(ELLIPSIS)).toBe(true);
    expect(text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    const excerpt = excerptOf(html);
    expect(excerpt.length).toBeGreaterThan(120);
    const at = LONG.indexOf(excerpt);
    expect(at).toBeGreaterThan(0);
    // Whole words: the cut falls on spaces, never inside a word.
    expect(LONG[at - 1]).toMatch(/\s/);
    expect(LONG[at + excerpt.length]).toMatch(/\s/);
  });

  it('gives the match some context before it', () => {
    const excerpt = excerptOf(makeSnippet(LONG, terms('conteneur')));
    expect(excerpt.indexOf('conteneurs')).toBeGreaterThan(10);
  });

  it('shows the area with the most matches rather than the first one', () => {
    const text = `Un timer isolé au début. ${INTRO}${INTRO}Ici, chaque timer systemd remplace une ligne de cron : un timer par tâche, et les timers se listent d’une commande. ${OUTRO}`;
    const html = makeSnippet(text, terms('timer'));
    expect(marked(html)).toEqual(['timer', 'timer', 'timers']);
    expect(visible(html)).not.toContain('isolé');
  });

  it('shows the first of equally good areas', () => {
    const text = `${INTRO}Premier passage sur les conteneurs. ${INTRO}Second passage sur les conteneurs. ${OUTRO}`;
    const html = makeSnippet(text, terms('conteneur'));
    expect(visible(html)).toContain('Premier passage sur les conteneurs');
    expect(visible(html)).not.toContain('Second');
  });

  it('does not start with … when the match is at the beginning, nor end with … when it is at the end', () => {
    const atStart = visible(makeSnippet(`Conteneurs : ${INTRO}${OUTRO}`, terms('conteneur')));
    expect(atStart.startsWith('Conteneurs')).toBe(true);
    expect(atStart.endsWith(ELLIPSIS)).toBe(true);

    const atEnd = visible(makeSnippet(`${INTRO}${OUTRO} Fin des conteneurs.`, terms('conteneur')));
    expect(atEnd.startsWith(ELLIPSIS)).toBe(true);
    expect(atEnd.endsWith('Fin des conteneurs.')).toBe(true);
  });

  it('gives a short text whole, without ellipses', () => {
    const text = 'Les timers systemd remplacent cron.';
    expect(makeSnippet(text, terms('timer'))).toBe(
      'Les <mark>timers</mark> systemd remplacent cron.',
    );
  });

  it('without a match, gives the beginning of the text without any <mark>', () => {
    const html = makeSnippet(LONG, terms('kafka'));
    expect(html).not.toContain('<mark>');
    expect(html.startsWith('Février est un mois court')).toBe(true);
    expect(html.endsWith(ELLIPSIS)).toBe(true);
    expect(visible(html).length).toBeLessThanOrEqual(SNIPPET_LENGTH + 1);
  });

  it('escapes HTML written in the post: <script> becomes &lt;script&gt;', () => {
    const text =
      'Pour tester le filtre, on injecte <script>alert("pwn")</script> & co dans le champ commentaire.';
    const html = makeSnippet(text, terms('filtre'));
    expect(html).toContain('&lt;script&gt;alert(&quot;pwn&quot;)&lt;/script&gt; &amp; co');
    expect(html).not.toContain('<script');
    expect(marked(html)).toEqual(['filtre']);
    expect(onlyMarkTags(html)).toBe(true);
  });

  it('escapes the marked word itself', () => {
    expect(makeSnippet("L'accessibilité d'abord", terms('accessibilite'))).toBe(
      `<mark>${escapeHtml("L'accessibilité")}</mark> d&#39;abord`,
    );
  });

  it('on any text and terms: at most 160 characters plus ellipses, a slice of the text, only <mark> tags', () => {
    const word = fc.constantFrom(
      'timer',
      'timers',
      'Conteneurs',
      '<script>',
      'a&b',
      'l’accessibilité',
      '"',
      "'",
      '\n',
      ' ',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 600 }),
      fc
        .array(fc.oneof(word, fc.string({ maxLength: 12 })), { maxLength: 150 })
        .map((parts) => parts.join(' ')),
    );
    const termSet = fc
      .array(fc.constantFrom('timer', 'conteneur', 'accessibilite', 'script', 'b'), {
        maxLength: 3,
      })
      .map((t) => new Set(t));
    fc.assert(
      fc.property(text, termSet, (t, set) => {
        const html = makeSnippet(t, set);
        expect(onlyMarkTags(html)).toBe(true);
        const excerpt = excerptOf(html);
        expect(excerpt.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
        expect(t).toContain(excerpt);
      }),
      { numRuns: 300 },
    );
  });
});
