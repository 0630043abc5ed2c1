import { describe, expect, it } from 'vitest';
import {
  canonicalPath,
  PermalinkError,
  postUrl,
  sanitizePath,
  urlize,
} from '@/lib/content/permalink';
import { siteUrls, type UrlConfig } from '@/lib/config/urls';

const hugo = (postPermalink: string, removePathAccents = false): UrlConfig => ({
  postPermalink,
  removePathAccents,
});
const post = {
  file: 'posts/index-explained.md',
  title: 'Index expliqués : le B-tree',
  date: '2023-07-27T22:30:00-05:00',
};

describe('Hugo’s path rules', () => {
  it('turns spaces into one hyphen and drops what Hugo drops, keeping letters of any script', () => {
    expect(sanitizePath('Timer systemd : remplacer une tâche cron')).toBe(
      'Timer-systemd-remplacer-une-tâche-cron',
    );
    expect(sanitizePath('  C’est « prêt » ! v1.2_final #3 ')).toBe('Cest-prêt-v1.2_final-#3');
    expect(sanitizePath('a - b')).toBe('a-b');
  });

  it('lowers the case, and removes accents only when asked', () => {
    expect(urlize('Étude de cas', false)).toBe('étude-de-cas');
    expect(urlize('Étude de cas', true)).toBe('etude-de-cas');
  });
});

describe('postUrl', () => {
  it('keeps Carnet’s URLs by default: front-matter slug, else the file name without its date', () => {
    expect(
      postUrl({ ...post, file: 'posts/2018/2018-01-29-web-ops-data.md' }, siteUrls, 'fr'),
    ).toBe('/posts/web-ops-data');
    expect(postUrl({ ...post, file: 'posts/bilan-2019/index.mdx' }, siteUrls, 'fr')).toBe(
      '/posts/bilan-2019',
    );
    expect(postUrl({ ...post, slug: 'Slug Choisi' }, siteUrls, 'fr')).toBe('/posts/slug-choisi');
  });

  it('expands Hugo’s date tokens from the date as written, not from another time zone', () => {
    expect(postUrl(post, hugo('/:year/:month/:day/:filename/'), 'fr')).toBe(
      '/2023/07/27/index-explained',
    );
    expect(postUrl(post, hugo('/:year/:monthname/:weekdayname-:yearday/'), 'fr')).toBe(
      '/2023/july/thursday-208',
    );
  });

  it('takes `:slug` from a dated file name only with Hugo’s `:filename` date rule', () => {
    const dated = {
      ...post,
      file: 'posts/2023/2023-11-11-transfer-modes-in-migration.md',
      title: 'Transfer modes in a migration',
    };
    expect(postUrl(dated, hugo('/:year/:slug/'), 'fr')).toBe('/2023/transfer-modes-in-a-migration');
    expect(postUrl(dated, { ...hugo('/:year/:slug/'), fileNameSlug: true }, 'fr')).toBe(
      '/2023/transfer-modes-in-migration',
    );
    // Jekyll's `:title`: the file name without its date, whatever the rule.
    expect(postUrl(dated, hugo('/:year/:slugorfilename/'), 'fr')).toBe(
      '/2023/transfer-modes-in-migration',
    );
  });

  it('makes `:slug` the front-matter slug, else the title, as Hugo does', () => {
    expect(postUrl(post, hugo('/:year/:slug/'), 'fr')).toBe(
      `/2023/${encodeURIComponent('index-expliqués-le-b-tree')}`,
    );
    expect(postUrl(post, hugo('/:year/:slug/', true), 'fr')).toBe(
      '/2023/index-expliques-le-b-tree',
    );
    expect(postUrl({ ...post, slug: 'B-tree' }, hugo('/:slug'), 'fr')).toBe('/b-tree');
    expect(postUrl(post, hugo('/:section/:title'), 'fr')).toBe(
      `/posts/${encodeURIComponent('index-expliqués-le-b-tree')}`,
    );
  });

  it('takes a bundle’s folder and drops a language from the file name', () => {
    expect(
      postUrl({ ...post, file: 'posts/mon-billet/index.en.md' }, hugo('/:filename'), 'fr'),
    ).toBe('/mon-billet');
    expect(postUrl({ ...post, file: 'posts/billet.en.md' }, hugo('/:filename'), 'fr')).toBe(
      '/billet',
    );
  });

  it('puts a post in another language under its prefix, as Hugo does', () => {
    expect(postUrl({ ...post, lang: 'en' }, hugo('/:year/:month/:day/:filename/'), 'fr')).toBe(
      '/en/2023/07/27/index-explained',
    );
    expect(postUrl({ ...post, lang: 'fr' }, hugo('/:filename/'), 'fr')).toBe('/index-explained');
  });

  it('takes the front-matter url as the exact path, expanding tokens when it has any', () => {
    expect(postUrl({ ...post, url: '/blog/mon-billet/' }, siteUrls, 'fr')).toBe('/blog/mon-billet');
    expect(postUrl({ ...post, url: '/:year/:filename.html' }, siteUrls, 'fr')).toBe(
      '/2023/index-explained.html',
    );
  });

  it('names a token Hugo does not know', () => {
    expect(() => postUrl(post, hugo('/:annee/:slug'), 'fr')).toThrow(PermalinkError);
    expect(() => postUrl(post, hugo('/:annee/:slug'), 'fr')).toThrow('":annee"');
  });
});

describe('canonicalPath', () => {
  it('escapes each segment once, drops empty and dot segments and the trailing slash', () => {
    expect(canonicalPath('/a//b/./c/')).toBe('/a/b/c');
    expect(canonicalPath('/étude/../x')).toBe(`/${encodeURIComponent('étude')}/x`);
    expect(canonicalPath('/%C3%A9tude')).toBe('/%C3%A9tude');
    expect(canonicalPath('/')).toBe('/');
  });
});
