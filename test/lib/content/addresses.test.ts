import { describe, expect, it } from 'vitest';
import { addressClashes, aliasPath, postAddresses, reservedBy } from '@/lib/content/addresses';
import { siteUrls } from '@/lib/config/urls';

const source = {
  file: 'posts/index-explained.md',
  title: 'Index',
  date: '2023-07-27',
  aliases: [] as string[],
};
const hugo = { postPermalink: '/:year/:month/:day/:filename/', removePathAccents: false };

describe('aliasPath', () => {
  it('reads an old address as a path of this site, a relative one from the post’s folder', () => {
    expect(aliasPath('/old/url/', '/2023/07/27/x')).toBe('/old/url');
    expect(aliasPath('/2015/03/04/ancien.html', '/x')).toBe('/2015/03/04/ancien.html');
    expect(aliasPath('ancien', '/2023/07/27/x')).toBe('/2023/07/27/ancien');
    expect(aliasPath('/vieux billet/', '/x')).toBeUndefined();
  });

  it('never leads off the site', () => {
    for (const written of [
      '//evil.example/x',
      'https://evil.example/x',
      'javascript:alert(1)',
      '/a?b',
      '',
    ])
      expect(aliasPath(written, '/x'), written).toBeUndefined();
  });
});

describe('postAddresses', () => {
  it('gives the URL and the aliases other than the URL itself', () => {
    expect(
      postAddresses({ ...source, aliases: ['/old/', '/2023/07/27/index-explained/'] }, hugo, 'fr'),
    ).toEqual({
      addresses: { url: '/2023/07/27/index-explained', aliases: ['/old'] },
      problems: [],
    });
  });

  it('names an alias or a url that is not a path of this site, and an unknown token', () => {
    expect(
      postAddresses({ ...source, aliases: ['https://ailleurs.example/x'] }, siteUrls, 'fr')
        .problems,
    ).toEqual([
      'field "aliases": "https://ailleurs.example/x" is not a path of this site (write /old/path/).',
    ]);
    expect(
      postAddresses({ ...source, url: '//ailleurs.example/x' }, siteUrls, 'fr').problems,
    ).toEqual(['field "url": "//ailleurs.example/x" is not a path of this site.']);
    expect(
      postAddresses(source, { ...hugo, postPermalink: '/:annee/:slug' }, 'fr').problems[0],
    ).toMatch(/":annee" is not a permalink token/);
  });
});

describe('addressClashes', () => {
  const post = (file: string, slug: string, url: string, aliases: string[] = []) => ({
    file,
    slug,
    url,
    aliases,
  });

  it('names both files when two posts share a URL or an old address', () => {
    expect(
      addressClashes([
        post('content/posts/a.md', 'a', '/2020/a', ['/vieux']),
        post('content/posts/b.md', 'b', '/2020/a'),
        post('content/posts/c.md', 'c', '/2020/c', ['/vieux', '/posts/a']),
      ]),
    ).toEqual([
      'content/posts/b.md: the URL "/2020/a" is also the URL of content/posts/a.md.',
      'content/posts/c.md: the old address "/vieux" is also the old address of content/posts/a.md.',
      'content/posts/c.md: the old address "/posts/a" is also the /posts/ address of content/posts/a.md.',
    ]);
  });

  it('refuses the site’s own pages, feeds and folders', () => {
    expect(
      addressClashes([post('content/posts/a.md', 'a', '/tags/docker', ['/feed.xml'])]),
    ).toEqual([
      'content/posts/a.md: the URL "/tags/docker" is taken by the site\'s own /tags.',
      'content/posts/a.md: the old address "/feed.xml" is taken by the site\'s own /feed.xml.',
    ]);
    expect(reservedBy('/tagsx')).toBeUndefined();
    expect(reservedBy('/')).toBe('/');
    expect(reservedBy('/series')).toBe('/series');
    expect(reservedBy('/series/web-ops-data/feed.xml')).toBe('/series');
    expect(reservedBy('/seriesx')).toBeUndefined();
  });

  it('accepts a post’s own alias of its /posts/ address', () => {
    expect(addressClashes([post('content/posts/a.md', 'a', '/2020/a', ['/posts/a'])])).toEqual([]);
  });
});
