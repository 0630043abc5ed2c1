/**
 * The French tokenizer is shared by indexing and queries: whatever a reader types must reduce to
 * the term the post was indexed under (accents, case, elisions, plurals, stop words).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processTerm, singular, STOP_WORDS, tokenize, wordAt } from '@/lib/search/french';

/** The index terms of a text, in order, as both sides of the search compute them. */
const terms = (text: string) => tokenize(text).map(processTerm);

describe('tokenize', () => {
  it('keeps an elided word whole, with either apostrophe', () => {
    expect(tokenize("Améliorer l’accessibilité d'un formulaire")).toEqual([
      'Améliorer',
      'l’accessibilité',
      "d'un",
      'formulaire',
    ]);
  });

  it('splits on punctuation, spaces and symbols, keeping letters and digits', () => {
    expect(tokenize('Traefik v2, Docker-Compose & Let’s Encrypt (2021) : 100 % HTTPS !')).toEqual([
      'Traefik',
      'v2',
      'Docker',
      'Compose',
      'Let’s',
      'Encrypt',
      '2021',
      '100',
      'HTTPS',
    ]);
  });

  it('finds no word in punctuation or regex metacharacters', () => {
    expect(tokenize(".*+?^${}()|[]\\ — « » … ’ '")).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });
});

describe('wordAt', () => {
  it('gives the word that begins at a position, so the original text can be highlighted', () => {
    const text = 'Le timer systemd d’une sauvegarde';
    expect(wordAt(text, 0)).toBe('Le');
    expect(wordAt(text, 9)).toBe('systemd');
    expect(wordAt(text, 17)).toBe('d’une');
    expect(wordAt(text, 23)).toBe('sauvegarde');
    expect(wordAt(text, 2)).toBeNull();
  });

  it('walking the text with it finds exactly the words tokenize finds, on any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const found: string[] = [];
        for (let i = 0; i < text.length;) {
          const word = wordAt(text, i);
          if (word === null) {
            i += 1;
          } else {
            expect(word).not.toBe('');
            expect(text.slice(i, i + word.length)).toBe(word);
            found.push(word);
            i += word.length;
          }
        }
        expect(found).toEqual(tokenize(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('processTerm', () => {
  it('folds case and accents: résolveur, Résolveurs and RÉSOLVEURS are one term', () => {
    for (const word of ['resolveur', 'résolveur', 'Résolveurs', 'RÉSOLVEURS', 'resolveurs'])
      expect(processTerm(word)).toBe('resolveur');
  });

  it('folds ligatures: œuvre and Oeuvre are one term', () => {
    expect(processTerm('Œuvre')).toBe('oeuvre');
    expect(processTerm('oeuvre')).toBe('oeuvre');
  });

  it('drops elisions, with a straight or a typographic apostrophe', () => {
    for (const word of [
      "l'accessibilité",
      'l’accessibilité',
      'd’accessibilité',
      "L'Accessibilité",
      'accessibilité',
    ]) {
      expect(processTerm(word)).toBe('accessibilite');
    }
    expect(processTerm("qu'Ansible")).toBe('ansible');
    expect(processTerm('jusqu’aux')).toBeNull();
  });

  it('keeps an apostrophe inside a word as one term: aujourd’hui', () => {
    expect(processTerm('aujourd’hui')).toBe(processTerm("aujourd'hui"));
    expect(processTerm('aujourd’hui')).toBe('aujourdhui');
  });

  it('reduces plurals to the singular: conteneurs, timers, réseaux', () => {
    expect(processTerm('conteneurs')).toBe(processTerm('conteneur'));
    expect(processTerm('timers')).toBe(processTerm('timer'));
    expect(processTerm('réseaux')).toBe(processTerm('réseau'));
    expect(processTerm('Réseaux')).toBe('reseau');
  });

  it('ignores stop words, even capitalised or elided, and lone letters', () => {
    for (const word of ['le', 'Les', 'DES', 'à', 'où', 'été', "qu'il", 'l’on', 'the', 'x'])
      expect(processTerm(word)).toBeNull();
  });

  it('keeps digits, even a lone one', () => {
    expect(processTerm('2')).toBe('2');
    expect(processTerm('2025')).toBe('2025');
  });

  it('gives the same term whatever the case, for any French word', () => {
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ');
    fc.assert(
      fc.property(fc.string({ unit: letter, minLength: 1, maxLength: 20 }), (word) => {
        expect(processTerm(word.toUpperCase())).toBe(processTerm(word));
      }),
      { numRuns: 300 },
    );
  });
});

describe('singular', () => {
  it('strips -s and the -x of -aux, -eux, -oux', () => {
    expect(singular('conteneurs')).toBe('conteneur');
    expect(singular('timers')).toBe('timer');
    expect(singular('reseaux')).toBe('reseau');
    expect(singular('jeux')).toBe('jeu');
    expect(singular('genoux')).toBe('genou');
  });

  it('leaves short words and -ss endings alone: dns, process', () => {
    expect(singular('dns')).toBe('dns');
    expect(singular('gps')).toBe('gps');
    expect(singular('process')).toBe('process');
    expect(singular('conteneur')).toBe('conteneur');
  });
});

describe('STOP_WORDS', () => {
  it('holds folded words only, since terms are compared folded', () => {
    for (const word of STOP_WORDS) expect(word).toMatch(/^[a-z]+$/);
  });

  it('does not swallow technical words', () => {
    for (const word of ['dns', 'timer', 'systemd', 'kafka', 'cron', 'docker'])
      expect(STOP_WORDS.has(word)).toBe(false);
  });

  it('removes the glue words of a French sentence and keeps the meaning', () => {
    expect(
      terms('Le guide des timers de systemd pour les sauvegardes').filter((t) => t !== null),
    ).toEqual(['guide', 'timer', 'systemd', 'sauvegarde']);
  });
});
