/**
 * JSON-LD (schema.org) for search engines: a `BlogPosting` per post, and `Blog` plus `WebSite`
 * with a search action on the home page. URLs are absolute, from SITE_URL.
 */
import type { Post } from '../posts/post';
import { site, type SiteConfig } from '../config/site';
import { homePath, postImagePath, searchPath } from '../routes';

const absolute = (path: string) => `${site.url}${path}`;

// Typed as the config allows (the url is optional), not as this site happens to fill it.
const siteAuthor: SiteConfig['author'] = site.author;
const author = () => ({
  '@type': 'Person',
  name: siteAuthor.name,
  ...(siteAuthor.url ? { url: siteAuthor.url } : {}),
});

export function blogPostingJsonLd(post: Post) {
  const url = absolute(post.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.excerpt,
    datePublished: post.date,
    dateModified: post.updated ?? post.date,
    author: author(),
    keywords: post.tags.map((t) => t.name),
    image: absolute(postImagePath(post)),
    url,
    mainEntityOfPage: url,
    inLanguage: site.locale,
    wordCount: post.wordCount,
    isPartOf: { '@type': 'Blog', name: site.title, url: absolute(homePath) },
  };
}

export function homeJsonLd() {
  const url = absolute(homePath);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Blog',
        name: site.title,
        description: site.description,
        url,
        inLanguage: site.locale,
        author: author(),
      },
      {
        '@type': 'WebSite',
        name: site.title,
        url,
        inLanguage: site.locale,
        potentialAction: {
          '@type': 'SearchAction',
          target: {
            '@type': 'EntryPoint',
            urlTemplate: `${site.url}${searchPath}?q={search_term_string}`,
          },
          'query-input': 'required name=search_term_string',
        },
      },
    ],
  };
}

/**
 * The JSON text for a `<script type="application/ld+json">`: `<` is escaped so that a title
 * holding `</script>` cannot close the element early.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
