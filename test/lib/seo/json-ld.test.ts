import { describe, expect, it } from 'vitest';
import { site } from '@/lib/config/site';
import { blogPostingJsonLd, homeJsonLd, jsonLdText } from '@/lib/seo/json-ld';
import { makePost, tags } from '../../fixtures/posts';

describe('blogPostingJsonLd', () => {
  it('describes a post with absolute URLs, dates, author, keywords, image and language', () => {
    const post = makePost({
      slug: 'timer',
      title: 'Timer',
      excerpt: 'Résumé.',
      date: '2024-03-10T08:00:00.000Z',
      tags: tags('systemd', 'Cérénit'),
    });
    expect(blogPostingJsonLd(post)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Timer',
      description: 'Résumé.',
      datePublished: '2024-03-10T08:00:00.000Z',
      dateModified: '2024-03-10T08:00:00.000Z',
      author: { '@type': 'Person', name: site.author.name },
      keywords: ['systemd', 'Cérénit'],
      image: `${site.url}/posts/timer/opengraph-image`,
      url: `${site.url}/posts/timer`,
      inLanguage: 'fr-FR',
    });
  });

  it('takes the update date as dateModified', () => {
    const post = makePost({
      slug: 'x',
      date: '2024-03-10T08:00:00.000Z',
      updated: '2024-05-01T08:00:00.000Z',
    });
    expect(blogPostingJsonLd(post).dateModified).toBe('2024-05-01T08:00:00.000Z');
  });
});

describe('homeJsonLd', () => {
  it('declares the Blog and a WebSite whose search action is the search page', () => {
    const graph = homeJsonLd()['@graph'];
    expect(graph.map((node) => node['@type'])).toEqual(['Blog', 'WebSite']);
    expect(graph[1]).toMatchObject({
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: `${site.url}/search?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    });
  });
});

describe('jsonLdText', () => {
  it('cannot be closed early by a title holding </script>, and still parses back to the same data', () => {
    const data = { headline: 'Fin </script><script>alert(1)</script> & <b>' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
