import { describe, expect, it } from 'vitest';
import {
  checkUniqueSlugs,
  ContentError,
  readDate,
  readOptionalDate,
  readSlug,
} from '@/lib/content/fields';

const PARIS = 'Europe/Paris';
const FILE = '2018/2018-01-29-web-ops-data-janvier-2018.md';

/** The error `fn` throws; fails the test when it throws nothing. */
function thrownBy(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`threw a non-Error: ${String(error)}`);
  }
  throw new Error('expected an error, none was thrown');
}

/** What readSlug reads of a Contentlayer document. */
function doc(sourceFilePath: string, slug?: string) {
  return { ...(slug === undefined ? {} : { slug }), _raw: { sourceFilePath } };
}

describe('readDate', () => {
  it('gives the ISO instant of a valid front-matter date', () => {
    expect(readDate(FILE, 'date', '2018-01-29', PARIS)).toBe('2018-01-28T23:00:00.000Z');
    expect(readDate(FILE, 'date', '2020-05-14 17:30:00 +0200', PARIS)).toBe(
      '2020-05-14T15:30:00.000Z',
    );
  });

  it('refuses a bad date with a message naming the file, the field, the value and the accepted forms', () => {
    const error = thrownBy(() => readDate(FILE, 'date', '29/01/2018', PARIS));
    expect(error).toBeInstanceOf(ContentError);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('"date"');
    expect(error.message).toContain('29/01/2018');
    expect(error.message).toContain('2018-01-29');
  });

  it('names the field it was given, not always "date"', () => {
    const error = thrownBy(() => readDate(FILE, 'lastmod', '2018-02-30', PARIS));
    expect(error).toMatchObject({ file: FILE, field: 'lastmod' });
    expect(error.message).toContain('lastmod');
    expect(error.message).toContain('2018-02-30');
  });
});

describe('readOptionalDate', () => {
  it('is undefined when the field is absent or blank', () => {
    expect(readOptionalDate(FILE, 'updated', undefined, PARIS)).toBeUndefined();
    expect(readOptionalDate(FILE, 'updated', '', PARIS)).toBeUndefined();
    expect(readOptionalDate(FILE, 'updated', '   ', PARIS)).toBeUndefined();
  });

  it('reads a given date like readDate', () => {
    expect(readOptionalDate(FILE, 'updated', '2018-07-01', PARIS)).toBe('2018-06-30T22:00:00.000Z');
  });

  it('still refuses a bad date, naming file and field', () => {
    const error = thrownBy(() => readOptionalDate(FILE, 'updated', 'hier', PARIS));
    expect(error).toMatchObject({ file: FILE, field: 'updated' });
    expect(error.message).toContain('hier');
  });
});

describe('readSlug', () => {
  const PATH = 'content/posts/2018/2018-01-29-web-ops-data-janvier-2018.md';
  const NAME = '2018-01-29-web-ops-data-janvier-2018.md';

  it('slugifies the front-matter slug', () => {
    expect(readSlug(doc(NAME, 'Mise en œuvre de Let’s Encrypt'), PATH)).toBe(
      'mise-en-oeuvre-de-lets-encrypt',
    );
  });

  it('prefers the front-matter slug to the file name', () => {
    expect(readSlug(doc(NAME, 'janvier'), PATH)).toBe('janvier');
  });

  it('otherwise takes the file name without its date prefix', () => {
    expect(readSlug(doc(NAME), PATH)).toBe('web-ops-data-janvier-2018');
    expect(readSlug(doc('Bilan été 2019.mdx'), 'content/posts/Bilan été 2019.mdx')).toBe(
      'bilan-ete-2019',
    );
    expect(
      readSlug(doc('posts/2021/capteurs/index.md'), 'content/posts/2021/capteurs/index.md'),
    ).toBe('capteurs');
  });

  it('gives a post in another language than the site’s its own slug, so translations stay two posts', () => {
    const bundle = 'posts/mon-billet/index';
    expect(readSlug({ _raw: { sourceFilePath: `${bundle}.md` } }, 'x')).toBe('mon-billet');
    expect(readSlug({ lang: 'en', _raw: { sourceFilePath: `${bundle}.en.md` } }, 'x')).toBe(
      'mon-billet-en',
    );
    expect(readSlug({ lang: 'fr', _raw: { sourceFilePath: `${bundle}.fr.md` } }, 'x')).toBe(
      'mon-billet',
    );
    expect(
      readSlug({ slug: 'commun', lang: 'en', _raw: { sourceFilePath: 'posts/a.md' } }, 'x'),
    ).toBe('commun-en');
  });

  it('refuses a front-matter slug with nothing to make a URL from, naming file and field', () => {
    const error = thrownBy(() => readSlug(doc(NAME, '!!!'), PATH));
    expect(error).toBeInstanceOf(ContentError);
    expect(error).toMatchObject({ file: PATH, field: 'slug' });
    expect(error.message).toContain(PATH);
    expect(error.message).toContain('"slug"');
    expect(error.message).toContain('!!!');
  });

  it('refuses a file name that gives an empty slug, saying how to fix it', () => {
    const error = thrownBy(() =>
      readSlug(doc('2018-01-29-🎉.md'), 'content/posts/2018-01-29-🎉.md'),
    );
    expect(error).toMatchObject({ file: 'content/posts/2018-01-29-🎉.md', field: 'slug' });
    expect(error.message).toContain('content/posts/2018-01-29-🎉.md');
    expect(error.message).toMatch(/rename the file|set "slug"/);
  });
});

describe('checkUniqueSlugs', () => {
  it('accepts distinct slugs', () => {
    expect(() =>
      checkUniqueSlugs([
        { slug: 'bilan-2019', sourcePath: 'content/posts/bilan-2019.mdx' },
        { slug: 'bilan-2020', sourcePath: 'content/posts/bilan-2020.mdx' },
      ]),
    ).not.toThrow();
  });

  it('refuses two posts with one slug, naming both files and the slug', () => {
    const error = thrownBy(() =>
      checkUniqueSlugs([
        { slug: 'bilan-2019', sourcePath: 'content/posts/bilan-2019.mdx' },
        { slug: 'autre', sourcePath: 'content/posts/autre.md' },
        { slug: 'bilan-2019', sourcePath: 'content/posts/2019/2019-12-31-bilan-2019.md' },
      ]),
    );
    expect(error.message).toContain('bilan-2019');
    expect(error.message).toContain('content/posts/bilan-2019.mdx');
    expect(error.message).toContain('content/posts/2019/2019-12-31-bilan-2019.md');
    expect(error.message).not.toContain('autre.md');
  });

  it('reports every clash, not just the first', () => {
    const error = thrownBy(() =>
      checkUniqueSlugs([
        { slug: 'a', sourcePath: 'a.md' },
        { slug: 'a', sourcePath: 'a.mdx' },
        { slug: 'b', sourcePath: 'b.md' },
        { slug: 'b', sourcePath: 'b.mdx' },
      ]),
    );
    for (const file of ['a.md', 'a.mdx', 'b.md', 'b.mdx']) expect(error.message).toContain(file);
  });
});
