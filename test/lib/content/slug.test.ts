import { describe, expect, it } from 'vitest';
import {
  createSlugger,
  isPostPath,
  languageOfFileName,
  languageOfPath,
  slugFromFileName,
  slugify,
  translationGroup,
} from '@/lib/content/slug';

describe('slugify', () => {
  it.each([
    ['Cérénit', 'cerenit'],
    ['Time Series', 'time-series'],
    ['Déjà vu à Noël', 'deja-vu-a-noel'],
    ['Mise en œuvre', 'mise-en-oeuvre'],
    ['ŒUVRE complète', 'oeuvre-complete'],
    ['Straße', 'strasse'],
    ['ﬁchier', 'fichier'],
  ])('turns %j into the ASCII slug %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it.each(["Let's Encrypt", 'Let’s Encrypt', 'Let‘s Encrypt', 'Let`s Encrypt'])(
    'keeps the word around an apostrophe whole: %j → lets-encrypt',
    (text) => {
      expect(slugify(text)).toBe('lets-encrypt');
    },
  );

  it('turns runs of punctuation and spaces into one hyphen, none at the ends', () => {
    expect(slugify('  Kubernetes : le guide (2024) !  ')).toBe('kubernetes-le-guide-2024');
    expect(slugify('Node.js & Deno -- 2.0')).toBe('node-js-deno-2-0');
    expect(slugify('---Déjà---')).toBe('deja');
  });

  // ł and đ are mapped to l and d; their capitals must be too, as Œ/Æ/Ø are alongside œ/æ/ø.
  it.each([
    ['Łódź', 'lodz'],
    ['Đorđe', 'dorde'],
  ])('transliterates the capital of a mapped letter: %j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('drops emoji', () => {
    expect(slugify('🚀 Lancement 🎉 réussi')).toBe('lancement-reussi');
  });

  it('returns an empty string when there is no letter or digit', () => {
    expect(slugify('')).toBe('');
    expect(slugify('!!!')).toBe('');
    expect(slugify('🎉')).toBe('');
  });

  it('only ever yields lowercase ASCII letters, digits and single inner hyphens', () => {
    for (const text of ['Ça marche ? Oui !', 'Über Größe', 'À l’œil nu', 'Æther & Ørsted']) {
      expect(slugify(text)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });
});

describe('slugFromFileName', () => {
  it.each([
    ['2018-01-29-web-ops-data-janvier-2018.md', 'web-ops-data-janvier-2018'],
    ['2019-01-28-web-ops-data-janvier-2019.mdx', 'web-ops-data-janvier-2019'],
    ['bilan-2019.mdx', 'bilan-2019'],
    ['Mise en Œuvre.MD', 'mise-en-oeuvre'],
    ['2018-06-18-Déjà vu.md', 'deja-vu'],
  ])('%j → %j', (fileName, slug) => {
    expect(slugFromFileName(fileName)).toBe(slug);
  });

  it('ignores sub-folders, with either separator', () => {
    expect(slugFromFileName('2018/2018-06-18-web-ops-data-juin-2018.md')).toBe(
      'web-ops-data-juin-2018',
    );
    expect(slugFromFileName('posts\\2018\\2018-06-18-juin.md')).toBe('juin');
  });

  it('strips only a leading date, not one inside the name', () => {
    expect(slugFromFileName('bilan-2019-12-31-final.md')).toBe('bilan-2019-12-31-final');
  });

  it('names a page bundle (a folder with its index.md or index.mdx) by its folder', () => {
    expect(slugFromFileName('posts/2021-03-04-Schéma réseau/index.md')).toBe('schema-reseau');
    expect(slugFromFileName('posts/2024/timers/INDEX.MDX')).toBe('timers');
    expect(slugFromFileName('index.md')).toBe('index');
    expect(slugFromFileName('posts/notes/index-des-outils.md')).toBe('index-des-outils');
  });

  it('keeps a date that is the whole name instead of giving an empty slug', () => {
    expect(slugFromFileName('2018-01-29.md')).toBe('2018-01-29');
  });
});

describe('Hugo’s translation naming', () => {
  it('takes the language out of the name, and gives it', () => {
    expect(slugFromFileName('posts/mon-billet/index.en.md')).toBe('mon-billet');
    expect(slugFromFileName('posts/2020-01-02-billet.pt-br.mdx')).toBe('billet');
    expect(languageOfFileName('posts/mon-billet/index.en.md')).toBe('en');
    expect(languageOfFileName('posts/billet.pt-BR.md')).toBe('pt-br');
    expect(languageOfFileName('posts/billet.md')).toBeUndefined();
  });
});

describe('createSlugger', () => {
  it('gives a repeated heading -1, -2… and leaves the first one unchanged', () => {
    const slug = createSlugger();
    expect(['Installation', 'Installation', 'installation !'].map(slug)).toEqual([
      'installation',
      'installation-1',
      'installation-2',
    ]);
  });

  it('keeps ids unique when a heading is literally named like a generated id', () => {
    const slug = createSlugger();
    const ids = ['foo', 'foo', 'foo-1', 'foo', 'foo-1'].map(slug);
    expect(ids.slice(0, 2)).toEqual(['foo', 'foo-1']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('does not let a heading named "foo-1" steal the id of a later duplicate "foo"', () => {
    const slug = createSlugger();
    const ids = ['foo-1', 'foo', 'foo'].map(slug);
    expect(ids.slice(0, 2)).toEqual(['foo-1', 'foo']);
    expect(new Set(ids).size).toBe(3);
  });

  it('names a heading without letters or digits "section", uniquely', () => {
    const slug = createSlugger();
    expect(['', '🎉', '!!!'].map(slug)).toEqual(['section', 'section-1', 'section-2']);
  });

  it('starts afresh for each document', () => {
    const first = createSlugger();
    first('Résumé');
    expect(createSlugger()('Résumé')).toBe('resume');
  });
});

describe('languageOfPath', () => {
  it.each([
    ['content/posts/a/index.en.md', 'en'],
    ['content/en/posts/a.md', 'en'],
    ['en/posts/2024/a.mdx', 'en'],
    ['content/pt-br/posts/a/index.md', 'pt-br'],
    // The name says more than the folder: Hugo reads it first.
    ['content/en/posts/a.de.md', 'de'],
    ['content/posts/a.md', undefined],
    ['content/posts/en/posts/a.md', undefined],
  ])('%s is in %s', (path, lang) => {
    expect(languageOfPath(path)).toBe(lang);
  });
});

describe('isPostPath', () => {
  it('takes posts/ and a language’s <lang>/posts/ under content/, nothing else', () => {
    expect(isPostPath('posts/a.md')).toBe(true);
    expect(isPostPath('en/posts/2024/a/index.mdx')).toBe(true);
    expect(isPostPath('pt-br/posts/a.md')).toBe(true);
    expect(isPostPath('about.md')).toBe(false);
    expect(isPostPath('en/about.md')).toBe(false);
    expect(isPostPath('english/posts/a.md')).toBe(false);
    expect(isPostPath('posts/a.png')).toBe(false);
  });
});

describe('translationGroup', () => {
  it('ties the translations Hugo ties by path: name suffix, bundle, language folder', () => {
    const group = translationGroup('posts/a/index.md');
    expect(group).toBe('posts/a');
    expect(translationGroup('posts/a/index.en.md')).toBe(group);
    expect(translationGroup('en/posts/a/index.md')).toBe(group);
    expect(translationGroup('content/de/posts/a.md')).toBe(group);
    expect(translationGroup('posts/a.en.mdx')).toBe(group);
    expect(translationGroup('posts/b.md')).not.toBe(group);
    expect(translationGroup('posts/2019/a.md')).not.toBe(group);
  });

  it('ties posts by translationKey whatever their paths, and never to a path', () => {
    expect(translationGroup('posts/sauvegardes.md', 'backups')).toBe(
      translationGroup('posts/backups.md', ' backups '),
    );
    expect(translationGroup('posts/x.md', 'posts/a')).not.toBe(translationGroup('posts/a.md'));
  });
});
