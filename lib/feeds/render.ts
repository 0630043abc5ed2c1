/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole blog, each tag and each series, built with `feed`.
 * Items carry the full article as HTML with absolute links; everything a feed says changes
 * only when content changes (no build time anywhere), so its ETag is stable between builds.
 */
import { Feed } from 'feed';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { CONTINUE, EXIT, visit } from 'unist-util-visit';
import { site } from '../config/site';
import { escapeHtml } from '../format/html';
import { localeOf } from '../format/languages';
import { hasClass } from '../mdx/has-class';
import { HEADING_LINK_CLASS, HEADING_WRAPPER_CLASS } from '../mdx/rehype-heading-links';
import type { CachedDocument } from '../http/cache-validators';
import type { Post } from '../posts/post';
import type { Tag } from '../posts/tags';
import {
  FEED_PATHS,
  seriesFeedPath,
  seriesPath,
  tagFeedPath,
  tagPath,
  type FeedFormat,
} from '../routes';

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** A feed as it is served; `lastModified` is the newest publication or update among its items. */
export type RenderedFeed = CachedDocument;

// XML 1.0 forbids these characters even inside CDATA; a stray one would make the whole feed unreadable.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Without the control characters that no reader wants and XML forbids. */
export function withoutControlCharacters(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** Text that is safe in an XML text node or a CDATA section (where `]]>` would end it early). */
export function xmlSafe(text: string): string {
  return withoutControlCharacters(text).replaceAll(']]>', ']]&gt;');
}

const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

/**
 * What replaces a part of the page that means nothing in a feed reader: a heading's link to
 * itself goes (lib/mdx/rehype-heading-links.ts), and math is its MathML only, which readers
 * display without KaTeX's stylesheet (its HTML rendering needs it).
 */
function feedReplacement(node: Element): ElementContent[] | undefined {
  if (hasClass(node, HEADING_WRAPPER_CLASS))
    return node.children.filter((c) => !(c.type === 'element' && hasClass(c, HEADING_LINK_CLASS)));
  if (hasClass(node, 'katex-display') || hasClass(node, 'katex')) {
    const math = find(node, (n) => n.tagName === 'math');
    return math ? [math] : undefined;
  }
  return undefined;
}

function find(tree: Element, test: (node: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (!test(node)) return CONTINUE;
    found = node;
    return EXIT;
  });
  return found;
}

/**
 * An article as a feed carries it: relative `href`, `src`, `poster` and `srcset` made absolute
 * against `pageUrl`, so that a feed reader can follow them, and without what only the page uses
 * (`feedReplacement`). Works on the parsed HTML: text that merely looks like an attribute (a code
 * sample showing `<img src="/logo.png">`) is left alone.
 */
export function feedArticle(html: string, pageUrl: string): string {
  const absolute = (value: string) => {
    try {
      return new URL(value, pageUrl).href;
    } catch {
      return value;
    }
  };
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element, index, parent) => {
    const replacement = parent && index !== undefined ? feedReplacement(node) : undefined;
    if (replacement && parent && index !== undefined) {
      parent.children.splice(index, 1, ...replacement);
      return index;
    }
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = absolute(value);
    }
    const srcset: unknown = node.properties.srcSet;
    if (Array.isArray(srcset) || typeof srcset === 'string') {
      const candidates: string[] = Array.isArray(srcset) ? srcset.map(String) : srcset.split(',');
      node.properties.srcSet = candidates
        .map((candidate) => {
          const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [absolute(url), ...descriptor].join(' ');
        })
        .join(', ');
    }
    return CONTINUE;
  });
  return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}

const lastChange = (post: Pick<Post, 'date' | 'updated'>) => new Date(post.updated ?? post.date);

export interface FeedScope {
  /** Posts to publish: visible ones only, newest first. */
  posts: readonly Post[];
  /** A tag feed, or the whole blog. */
  tag?: Tag;
  /** A series' feed. */
  series?: Tag;
}

/** The page and the feed of a tag's or a series' feed; none for the whole blog's. */
function ownPaths({ tag, series }: FeedScope): { page: string; feed: string } | undefined {
  if (tag) return { page: tagPath(tag.slug), feed: tagFeedPath(tag.slug) };
  if (series) return { page: seriesPath(series.slug), feed: seriesFeedPath(series.slug) };
  return undefined;
}

/**
 * The feed of `scope` in `format`. Each format gets the values its readers expect: Atom marks
 * titles and summaries as HTML, so they are escaped there; RSS descriptions are HTML too; JSON
 * Feed takes plain text, and has no CDATA to protect.
 */
export function renderFeed(
  scope: FeedScope,
  format: FeedFormat,
  baseUrl: string = site.url,
): RenderedFeed {
  const { posts } = scope;
  const term = scope.tag ?? scope.series;
  const own = ownPaths(scope);
  const items = posts.slice(0, site.feedItems);
  const home = own ? baseUrl + own.page : baseUrl;
  const self = (f: FeedFormat) => baseUrl + (own ? own.feed : FEED_PATHS[f]);
  const lastModified = new Date(
    items.reduce((newest, post) => Math.max(newest, lastChange(post).getTime()), 0),
  );
  const xml = format !== 'json';
  const text = xml ? xmlSafe : withoutControlCharacters;
  const html = (value: string) =>
    xml ? xmlSafe(escapeHtml(value)) : withoutControlCharacters(value);

  const feed = new Feed({
    id: home,
    link: home,
    title: text(term ? `${site.title} — ${term.name}` : site.title),
    description: text(site.description),
    language: site.locale,
    updated: lastModified,
    generator: site.title,
    copyright: `© ${site.author.name}`,
    author: { name: site.author.name, link: baseUrl },
    feedLinks: own
      ? { [format]: self(format) }
      : { rss: self('rss'), atom: self('atom'), json: self('json') },
  });
  for (const post of items) {
    const link = baseUrl + post.url;
    feed.addItem({
      // RSS without an id falls back to the link as a permalink guid; Atom and JSON need one.
      ...(format === 'rss' ? {} : { id: link }),
      link,
      title: format === 'atom' ? html(post.title) : text(post.title),
      // `date` is the last change (Atom <updated>, JSON date_modified); `published` the first appearance.
      date: lastChange(post),
      published: new Date(post.date),
      description: html(post.excerpt),
      content: text(feedArticle(post.html, link)),
      category: post.tags.map((t) => ({ name: text(t.name), term: text(t.name) })),
      // RSS wants an e-mail address in <author>: the name goes in <dc:creator> instead; an
      // item has no language of its own there but Dublin Core's.
      ...(format === 'rss'
        ? {
            extensions: [
              { name: 'dc:creator', objects: { _cdata: xmlSafe(site.author.name) } },
              { name: 'dc:language', objects: { _text: itemLanguage(post) } },
            ],
          }
        : { author: [{ name: text(site.author.name), link: baseUrl }] }),
    });
  }
  if (format === 'rss')
    return {
      body: escapeAttributeBrackets(feed.rss2()),
      contentType: FEED_CONTENT_TYPES.rss,
      lastModified,
    };
  if (format === 'atom') {
    let entry = 0;
    const atom = escapeAttributeBrackets(feed.atom1())
      .replace(
        '<feed xmlns="http://www.w3.org/2005/Atom"',
        `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.locale}"`,
      )
      // One <entry> per item, in order: each says its post's language.
      .replace(/<entry>/g, () => `<entry xml:lang="${itemLanguage(items[entry++])}">`);
    return { body: atom, contentType: FEED_CONTENT_TYPES.atom, lastModified };
  }
  return {
    body: JSON.stringify(toJsonFeed11(feed, items.map(itemLanguage))),
    contentType: FEED_CONTENT_TYPES.json,
    lastModified,
  };
}

/**
 * `feed` (through xml-js) escapes only `&` and `"` in attribute values; a `<` there (a tag named
 * `R&D <b>` in a category) makes the document ill-formed. Fixed outside CDATA sections only.
 */
function escapeAttributeBrackets(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /="([^"]*)"/g,
            (_, value: string) => `="${value.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`,
          ),
    )
    .join('');
}

interface JsonFeedAuthor {
  name?: string;
  url?: string;
}

/** The language of a feed item (lib/format/languages.ts, localeOf). */
function itemLanguage(post: Pick<Post, 'lang'> | undefined): string {
  return post ? localeOf(post.lang) : site.locale;
}

/** `languages`: each item's, in order (JSON Feed 1.1's item `language`). */
function toJsonFeed11(feed: Feed, languages: readonly string[]): Record<string, unknown> {
  const v1: {
    author?: JsonFeedAuthor;
    items?: Array<Record<string, unknown> & { author?: JsonFeedAuthor }>;
  } & Record<string, unknown> = JSON.parse(feed.json1());
  const { author, items = [], ...rest } = v1;
  return {
    ...rest,
    version: 'https://jsonfeed.org/version/1.1',
    language: site.locale,
    // 1.1 replaces `author` with `authors`; `author` stays for readers that only know 1.0.
    ...(author ? { authors: [author], author } : {}),
    items: items.map((item, i) => ({
      ...item,
      ...(item.author ? { authors: [item.author] } : {}),
      language: languages[i] ?? site.locale,
    })),
  };
}
