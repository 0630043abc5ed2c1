/**
 * The feeds as a feed reader parses them: built from typed fixtures, rendered in the three
 * formats, then read back with real parsers (rss-parser, fast-xml-parser, JSON.parse).
 */
import { XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FEED_CONTENT_TYPES, feedArticle, renderFeed, xmlSafe } from '@/lib/feeds/render';
import { FEED_PATHS, tagFeedPath } from '@/lib/routes';
import { feedAt, feedValidators, siteFeed } from '@/lib/feeds/site-feeds';
import { etagOf } from '@/lib/http/cache-validators';
import {
  getAllPosts,
  getListedPosts,
  getSeries,
  getTags,
  visibilityEpoch,
} from '@/lib/posts/queries';
import { type Post } from '@/lib/posts/post';
import { site } from '@/lib/config/site';
import type { Tag } from '@/lib/posts/tags';
import { makePost, tags } from '@/test/fixtures/posts';

/** Not `site.url`, so that a link built from the wrong base shows. */
const BASE = 'https://carnet.example.fr';
const permalink = (post: Pick<Post, 'url'>) => BASE + post.url;

// ---- Parsers ------------------------------------------------------------------------------

/** An xml2js node as rss-parser hands over custom fields kept as arrays. */
interface XmlNode {
  _?: string;
  $?: Record<string, string | undefined>;
}

type RssItem = { contentEncoded?: string };
const rssParser: Parser<Record<string, unknown>, RssItem> = new Parser({
  customFields: { item: [['content:encoded', 'contentEncoded']] },
});

type AtomFeed = {
  subtitle?: string;
  lastBuildDate?: string;
  author?: { name?: string[]; uri?: string[] };
};
type AtomItem = {
  id?: string;
  updated?: string;
  published?: string;
  titleNodes?: XmlNode[];
  summaryNodes?: XmlNode[];
  contentNodes?: XmlNode[];
  categoryNodes?: XmlNode[];
  authorNodes?: Array<{ name?: string[]; uri?: string[] }>;
};
const atomParser: Parser<AtomFeed, AtomItem> = new Parser({
  customFields: {
    feed: ['subtitle', 'author'],
    item: [
      'updated',
      'published',
      ['title', 'titleNodes', { keepArray: true }],
      ['summary', 'summaryNodes', { keepArray: true }],
      ['content', 'contentNodes', { keepArray: true }],
      ['category', 'categoryNodes', { keepArray: true }],
      ['author', 'authorNodes', { keepArray: true }],
    ],
  },
});

interface JsonFeedAuthor {
  name?: string;
  url?: string;
}
interface JsonFeedItem {
  id: unknown;
  url?: unknown;
  title?: string;
  summary?: string;
  content_html?: unknown;
  date_published?: unknown;
  date_modified?: string;
  tags?: string[];
  authors?: JsonFeedAuthor[];
  language?: string;
}
interface JsonFeed {
  version: string;
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  language?: string;
  authors?: JsonFeedAuthor[];
  items: JsonFeedItem[];
}

/**
 * Attribute values XML 1.0 forbids (a raw `<`, or a `&` that starts no reference). fast-xml-parser's
 * validator and sax let them through, but libxml2, expat and browsers reject the whole document.
 */
function illFormedAttributes(xml: string): string[] {
  const outsideCdata = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  return [...outsideCdata.matchAll(/\s([\w:.-]+)="([^"]*)"/g)]
    .filter(([, , value = '']) => /<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i.test(value))
    .map(([attribute]) => attribute.trim());
}

function expectWellFormed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(illFormedAttributes(xml)).toEqual([]);
}

async function parseRss(xml: string) {
  expectWellFormed(xml);
  return rssParser.parseString(xml);
}

async function parseAtom(xml: string) {
  expectWellFormed(xml);
  return atomParser.parseString(xml);
}

function parseJson(body: string): JsonFeed {
  return JSON.parse(body) as JsonFeed;
}

/**
 * What a reader displays for an Atom text construct (RFC 4287 §3.1): `type="html"` content is
 * rendered as HTML, so its tags vanish and its character references are decoded.
 */
function atomDisplayedText(node: XmlNode | undefined): string {
  const text = node?._ ?? '';
  if (node?.$?.type !== 'html') return text;
  const entities: Record<string, string> = {
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
    '#39': "'",
    amp: '&',
  };
  return text
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/&(lt|gt|quot|apos|#39|amp);/g, (_, name: string) => entities[name] ?? '');
}

function render(posts: readonly Post[], tag?: Tag) {
  const scope = { posts, tag };
  return {
    rss: renderFeed(scope, 'rss', BASE),
    atom: renderFeed(scope, 'atom', BASE),
    json: renderFeed(scope, 'json', BASE),
  };
}

// ---- Fixtures -----------------------------------------------------------------------------

/** `count` posts, one a day back from 2024-03-31, newest first as the site passes them. */
function dailyPosts(count: number): Post[] {
  return Array.from({ length: count }, (_, i) =>
    makePost({
      slug: `billet-${String(i + 1).padStart(2, '0')}`,
      date: new Date(Date.UTC(2024, 2, 31 - i, 8)).toISOString(),
    }),
  );
}

const ARTICLE_HTML = [
  '<p>Voir <a href="/posts/x">le billet x</a><sup><a href="#fn-1" id="fnref-1">1</a></sup>.</p>',
  '<p><img src="/img/a.png" alt="schéma"> <img srcset="/a.png 1x, /b.png 2x" src="/a.png" alt=""></p>',
  '<p><a href="https://example.org/page?x=1&amp;y=2#s">ailleurs</a> et <a href="mailto:nicolas@example.fr">un courriel</a>.</p>',
  '<section><ol><li id="fn-1">Une note.</li></ol></section>',
].join('\n');

const newest = makePost({
  slug: 'timer-systemd',
  title: 'Timer systemd : remplacer une tâche cron',
  date: '2024-03-10T08:00:00.000Z',
  excerpt: 'Un tutoriel pour passer de cron aux timers systemd.',
  tags: tags('systemd', 'Cérénit', 'time series'),
  html: ARTICLE_HTML,
});
/** Older, but updated after `newest` was published: the feed's last change. */
const updatedLater = makePost({
  slug: 'migrer-hugo',
  title: 'Migrer de Hugo vers Next.js',
  date: '2024-01-05T09:30:00.000Z',
  updated: '2024-04-01T22:00:00.000Z',
  excerpt: 'Bilan d’une migration.',
  tags: tags('hugo'),
});
const oldest = makePost({
  slug: 'veille-2023',
  date: '2023-12-01T07:00:00.000Z',
  excerpt: 'La veille de décembre.',
});
const posts = [newest, updatedLater, oldest];

const HOSTILE = 'Tom & Jerry <3 "x" 🦄';
const hostileTag: Tag = { slug: 'r-d-b', name: 'R&D <b>' };
const hostile = makePost({
  slug: 'tom-et-jerry',
  title: HOSTILE,
  excerpt: HOSTILE,
  date: '2024-02-02T10:00:00.000Z',
  tags: [hostileTag],
  html: '<p>Fin de section CDATA : ]]> puis\u0001 des\u000B caractères de contrôle et 🦄.</p>',
});

afterEach(() => {
  vi.useRealTimers();
});

// ---- Pure helpers -------------------------------------------------------------------------

describe('item languages', () => {
  const french = makePost({ slug: 'billet', date: '2024-03-02T08:00:00.000Z' });
  const english = makePost({
    slug: 'post-en',
    url: '/en/posts/post',
    lang: 'en',
    date: '2024-03-01T08:00:00.000Z',
  });
  const posts = [french, english];

  it('says each item’s language in every format, the site’s locale for its own posts', async () => {
    const json = parseJson(renderFeed({ posts }, 'json', BASE).body);
    expect(json.items.map((item) => [item.url, item.language])).toEqual([
      [permalink(french), site.locale],
      [permalink(english), 'en'],
    ]);
    const atom = renderFeed({ posts }, 'atom', BASE).body;
    await parseAtom(atom);
    expect([...atom.matchAll(/<entry xml:lang="([^"]+)">/g)].map((m) => m[1])).toEqual([
      site.locale,
      'en',
    ]);
    const rss = renderFeed({ posts }, 'rss', BASE).body;
    await parseRss(rss);
    expect([...rss.matchAll(/<dc:language>([^<]+)<\/dc:language>/g)].map((m) => m[1])).toEqual([
      site.locale,
      'en',
    ]);
  });
});

describe('xmlSafe', () => {
  it('strips the C0 control characters XML 1.0 forbids, keeping tab, line feed and carriage return', () => {
    const controls = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)).join('');
    expect(xmlSafe(`a${controls}b`)).toBe('a\t\n\rb');
  });

  it('strips the non-characters U+FFFE and U+FFFF', () => {
    expect(xmlSafe('a\uFFFEb\uFFFFc')).toBe('abc');
  });

  it('replaces every `]]>`, which would end a CDATA section early', () => {
    const safe = xmlSafe('a ]]> b ]]> c');
    expect(safe).not.toContain(']]>');
    expect(safe).toBe('a ]]&gt; b ]]&gt; c');
  });

  it('keeps accents, typographic quotes and emoji (astral characters) intact', () => {
    const text = 'Cérénit — l’été « chaud » 🦄 & <b>';
    expect(xmlSafe(text)).toBe(text);
  });
});

describe('feedArticle', () => {
  const page = `${BASE}/posts/p`;

  it('makes relative links, images and srcset candidates absolute', () => {
    expect(feedArticle('<a href="/posts/x">x</a>', page)).toBe(`<a href="${BASE}/posts/x">x</a>`);
    expect(feedArticle('<img src="/img/a.png">', page)).toBe(`<img src="${BASE}/img/a.png">`);
    expect(feedArticle('<img srcset="/a.png 1x, /b.png 2x">', page)).toBe(
      `<img srcset="${BASE}/a.png 1x, ${BASE}/b.png 2x">`,
    );
    expect(feedArticle('<video poster="/v.jpg"></video>', page)).toBe(
      `<video poster="${BASE}/v.jpg"></video>`,
    );
  });

  it('resolves a footnote anchor against the post, so it still points into the article', () => {
    expect(feedArticle('<a href="#fn-1">1</a>', page)).toBe(`<a href="${page}#fn-1">1</a>`);
  });

  it('leaves absolute links and mailto: links as they are', () => {
    const html =
      '<a href="https://example.org/page?x=1&amp;y=2#s">a</a> <a href="mailto:nicolas@example.fr">m</a>';
    expect(feedArticle(html, page)).toBe(html);
  });

  it('keeps a query string HTML-escaped', () => {
    expect(feedArticle('<a href="/recherche?q=a&amp;page=2">r</a>', page)).toBe(
      `<a href="${BASE}/recherche?q=a&amp;page=2">r</a>`,
    );
  });

  it('leaves code samples alone: an attribute shown inside <code> is text, not a link', () => {
    // Exactly what the Markdown pipeline renders for `<img src="/logo.png">` and for an unhighlighted code block.
    const inlineCode = '<p>Écrivez <code>&#x3C;img src="/logo.png"></code> dans la page.</p>';
    const plainBlock =
      '<pre class="shiki"><code class="language-text"><span class="line"><span>&#x3C;a href="/x">x&#x3C;/a></span></span></code></pre>';
    // The code text is untouched (only its character references may be spelled differently).
    for (const html of [inlineCode, plainBlock]) {
      const result = feedArticle(html, page);
      expect(result).not.toContain(BASE);
      expect(result.replace(/&#x3C;|&lt;/g, '<')).toBe(html.replace(/&#x3C;|&lt;/g, '<'));
    }
  });
});

describe('feed paths and content types', () => {
  it('serves the three formats at fixed paths with their registered media types', () => {
    expect(FEED_PATHS).toEqual({ rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' });
    expect(FEED_CONTENT_TYPES).toEqual({
      rss: 'application/rss+xml; charset=utf-8',
      atom: 'application/atom+xml; charset=utf-8',
      json: 'application/feed+json; charset=utf-8',
    });
    expect(tagFeedPath('time-series')).toBe('/tags/time-series/feed.xml');
  });

  it('renderFeed labels each body with its format’s content type', () => {
    const { rss, atom, json } = render(posts);
    expect([rss.contentType, atom.contentType, json.contentType]).toEqual([
      FEED_CONTENT_TYPES.rss,
      FEED_CONTENT_TYPES.atom,
      FEED_CONTENT_TYPES.json,
    ]);
  });
});

// ---- Items --------------------------------------------------------------------------------

describe('feed items', () => {
  const many = dailyPosts(site.feedItems + 5);
  const expectedLinks = many.slice(0, site.feedItems).map(permalink);

  it(`keeps only the ${site.feedItems} newest posts, newest first, in every format`, async () => {
    const { rss, atom, json } = render(many);
    expect((await parseRss(rss.body)).items.map((i) => i.link)).toEqual(expectedLinks);
    expect((await parseAtom(atom.body)).items.map((i) => i.link)).toEqual(expectedLinks);
    expect(parseJson(json.body).items.map((i) => i.url)).toEqual(expectedLinks);
  });

  it('gives each item its absolute permalink as link and as stable id/guid', async () => {
    const { rss, atom, json } = render(posts);
    const links = posts.map(permalink);
    const rssFeed = await parseRss(rss.body);
    expect(rssFeed.items.map((i) => [i.link, i.guid])).toEqual(links.map((l) => [l, l]));
    const atomFeed = await parseAtom(atom.body);
    expect(atomFeed.items.map((i) => [i.link, i.id])).toEqual(links.map((l) => [l, l]));
    expect(parseJson(json.body).items.map((i) => [i.url, i.id])).toEqual(links.map((l) => [l, l]));
  });

  describe('RSS 2.0', () => {
    it('has the publication date, author, one category per tag, the excerpt and the full article', async () => {
      const [item] = (await parseRss(render(posts).rss.body)).items;
      expect(item?.title).toBe(newest.title);
      expect(item?.isoDate).toBe(newest.date);
      expect(item?.creator).toBe(site.author.name);
      expect(item?.categories).toEqual(['systemd', 'Cérénit', 'time series']);
      expect(item?.contentSnippet).toBe(newest.excerpt);
      expect(item?.contentEncoded).toContain('<p>Voir <a href=');
    });

    it('dates an updated post by its first publication', async () => {
      const item = (await parseRss(render(posts).rss.body)).items[1];
      expect(item?.isoDate).toBe(updatedLater.date);
    });
  });

  describe('Atom 1.0', () => {
    it('has published and updated dates, author, categories, summary and the full article as HTML', async () => {
      const [first, second, third] = (await parseAtom(render(posts).atom.body)).items;
      expect(first?.title).toBe(newest.title);
      expect(first?.published).toBe(newest.date);
      expect(first?.updated).toBe(newest.date);
      expect(second?.published).toBe(updatedLater.date);
      expect(second?.updated).toBe(updatedLater.updated);
      expect(third?.updated).toBe(oldest.date);

      expect(first?.authorNodes?.map((a) => a.name?.[0])).toEqual([site.author.name]);
      expect(first?.categoryNodes?.map((c) => c.$?.term)).toEqual([
        'systemd',
        'Cérénit',
        'time series',
      ]);
      expect(first?.summary).toBe(newest.excerpt);
      expect(first?.contentNodes?.[0]?.$?.type).toBe('html');
      expect(first?.content).toContain('<p>Voir <a href=');
    });
  });

  describe('JSON Feed 1.1', () => {
    it('has date_published, date_modified from the update, tags, authors, summary and content_html', () => {
      const [first, second] = parseJson(render(posts).json.body).items;
      expect(first?.title).toBe(newest.title);
      expect(first?.date_published).toBe(newest.date);
      expect(first?.date_modified).toBe(newest.date);
      expect(second?.date_published).toBe(updatedLater.date);
      expect(second?.date_modified).toBe(updatedLater.updated);
      expect(first?.tags).toEqual(['systemd', 'Cérénit', 'time series']);
      expect(first?.authors).toEqual([{ name: site.author.name, url: BASE }]);
      expect(first?.summary).toBe(newest.excerpt);
      expect(first?.content_html).toContain('<p>Voir <a href=');
    });

    it('every item has the fields the spec requires or readers rely on', () => {
      for (const item of parseJson(render(dailyPosts(3)).json.body).items) {
        expect(typeof item.id).toBe('string');
        expect(typeof item.url).toBe('string');
        expect(typeof item.content_html).toBe('string');
        expect(Date.parse(String(item.date_published))).not.toBeNaN();
        expect(item.authors).toEqual([{ name: site.author.name, url: BASE }]);
      }
    });
  });

  it('makes every link and image of the article absolute in all three formats', async () => {
    const { rss, atom, json } = render(posts);
    const contents = [
      (await parseRss(rss.body)).items[0]?.contentEncoded,
      (await parseAtom(atom.body)).items[0]?.content,
      parseJson(json.body).items[0]?.content_html,
    ];
    const self = permalink(newest);
    for (const html of contents) {
      expect(html).toContain(`<a href="${BASE}/posts/x">`);
      expect(html).toContain(`<a href="${self}#fn-1"`);
      expect(html).toContain(`<img src="${BASE}/img/a.png"`);
      expect(html).toContain(`srcset="${BASE}/a.png 1x, ${BASE}/b.png 2x"`);
      expect(html).toContain('<a href="https://example.org/page?x=1&amp;y=2#s">');
      expect(html).toContain('<a href="mailto:nicolas@example.fr">');
      expect(html).not.toMatch(/\s(?:href|src|srcset)="\//);
    }
  });
});

// ---- Channel ------------------------------------------------------------------------------

describe('feed channel', () => {
  it('RSS: title, home link, description, language, self link and last build date', async () => {
    const { body } = render(posts).rss;
    const feed = await parseRss(body);
    expect(feed.title).toBe(site.title);
    expect(feed.link).toBe(`${BASE}/`);
    expect(feed.description).toBe(site.description);
    expect(feed.language).toBe('fr-FR');
    expect(feed.feedUrl).toBe(`${BASE}/feed.xml`);
    expect(body).toContain(
      `<atom:link href="${BASE}/feed.xml" rel="self" type="application/rss+xml"/>`,
    );
    expect(feed.lastBuildDate).toBe(new Date(updatedLater.updated ?? '').toUTCString());
  });

  it('Atom: title, subtitle, author, self link and updated date', async () => {
    const feed = await parseAtom(render(posts).atom.body);
    expect(feed.title).toBe(site.title);
    expect(feed.subtitle).toBe(site.description);
    expect(feed.author?.name).toEqual([site.author.name]);
    expect(feed.link).toBe(`${BASE}/`);
    expect(feed.feedUrl).toBe(`${BASE}/atom.xml`);
    expect(feed.lastBuildDate).toBe(updatedLater.updated);
  });

  it('JSON Feed 1.1: version, title, home page, feed URL, language and authors', () => {
    const feed = parseJson(render(posts).json.body);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(site.title);
    expect(feed.home_page_url).toBe(BASE);
    expect(feed.feed_url).toBe(`${BASE}/feed.json`);
    expect(feed.description).toBe(site.description);
    expect(feed.language).toBe('fr-FR');
    expect(feed.authors).toEqual([{ name: site.author.name, url: BASE }]);
  });

  it('is last updated at the newest publication or update among its items, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T00:00:00.000Z'));
    const first = render(posts);
    vi.setSystemTime(new Date('2031-06-15T12:34:56.000Z'));
    const second = render(posts);
    vi.useRealTimers();

    expect(second).toEqual(first);
    const lastChange = new Date('2024-04-01T22:00:00.000Z'); // updatedLater.updated, later than newest.date
    expect(first.rss.lastModified).toEqual(lastChange);
    expect((await parseRss(first.rss.body)).lastBuildDate).toBe('Mon, 01 Apr 2024 22:00:00 GMT');
    expect((await parseAtom(first.atom.body)).lastBuildDate).toBe('2024-04-01T22:00:00.000Z');
  });

  it('takes the newest item’s date when no post was updated', () => {
    const { rss, atom, json } = render([newest, oldest]);
    for (const rendered of [rss, atom, json])
      expect(rendered.lastModified).toEqual(new Date(newest.date));
  });

  it('ignores an update to a post beyond the item limit, which the feed does not carry', () => {
    const many = dailyPosts(site.feedItems + 1);
    const last = many.length - 1;
    many[last] = { ...many[last]!, updated: '2025-01-01T00:00:00.000Z' };
    expect(render(many).rss.lastModified).toEqual(new Date(many[0]!.date));
  });
});

describe('tag feed', () => {
  const systemd: Tag = { slug: 'systemd', name: 'systemd' };

  it('is titled after the site and the tag, links to the tag page and to itself', async () => {
    const { body } = render([newest], systemd).rss;
    const feed = await parseRss(body);
    expect(feed.title).toBe(`${site.title} — systemd`);
    expect(feed.link).toBe(`${BASE}/tags/systemd`);
    expect(feed.feedUrl).toBe(`${BASE}/tags/systemd/feed.xml`);
    expect(body).toContain(`<atom:link href="${BASE}/tags/systemd/feed.xml" rel="self"`);
    expect(feed.items.map((i) => i.link)).toEqual([permalink(newest)]);
  });
});

describe('series feed', () => {
  const series: Tag = { slug: 'web-ops-data', name: 'Web, Ops & Data' };

  it('is titled after the site and the series, links to the series page and to itself', async () => {
    const { body } = renderFeed({ posts: [newest], series }, 'rss', BASE);
    const feed = await parseRss(body);
    expect(feed.title).toBe(`${site.title} — Web, Ops & Data`);
    expect(feed.link).toBe(`${BASE}/series/web-ops-data`);
    expect(feed.feedUrl).toBe(`${BASE}/series/web-ops-data/feed.xml`);
    expect(body).toContain(`<atom:link href="${BASE}/series/web-ops-data/feed.xml" rel="self"`);
    expect(feed.items.map((i) => i.link)).toEqual([permalink(newest)]);
  });
});

// ---- Escaping -----------------------------------------------------------------------------

describe('hostile text', () => {
  const hostileFeed = () => render([hostile], hostileTag);

  it('RSS stays well-formed and shows the title, excerpt and tag exactly as written', async () => {
    const { body } = hostileFeed().rss;
    const feed = await parseRss(body);
    expect(feed.title).toBe(`${site.title} — R&D <b>`);
    const [item] = feed.items;
    expect(item?.title).toBe(HOSTILE);
    expect(item?.contentSnippet).toBe(HOSTILE);
    expect(item?.categories).toEqual(['R&D <b>']);
    expect(item?.contentEncoded).toContain('🦄');
    expect(item?.contentEncoded).not.toMatch(/[\u0001\u000B]/);
    // The HTML says `]]&gt;`, which a reader displays as `]]>`.
    expect(item?.contentEncoded).toContain('CDATA : ]]&gt; puis');
  });

  it('Atom stays well-formed and shows the title, excerpt and tag exactly as written', async () => {
    const feed = await parseAtom(hostileFeed().atom.body);
    expect(feed.title).toBe(`${site.title} — R&D <b>`);
    const [item] = feed.items;
    expect(atomDisplayedText(item?.titleNodes?.[0])).toBe(HOSTILE);
    expect(atomDisplayedText(item?.summaryNodes?.[0])).toBe(HOSTILE);
    expect(item?.categoryNodes?.map((c) => c.$?.term)).toEqual(['R&D <b>']);
    expect(item?.content).not.toMatch(/[\u0001\u000B]/);
    expect(item?.content).toContain('CDATA : ]]&gt; puis');
  });

  it('JSON Feed is valid JSON with the exact title, excerpt and tag', () => {
    const feed = parseJson(hostileFeed().json.body);
    expect(feed.title).toBe(`${site.title} — R&D <b>`);
    const [item] = feed.items;
    expect(item?.title).toBe(HOSTILE);
    expect(item?.summary).toBe(HOSTILE);
    expect(item?.tags).toEqual(['R&D <b>']);
    expect(item?.content_html).not.toMatch(/[\u0001\u000B]/);
  });

  it('Atom shows a title that names an HTML element as text, not as markup', async () => {
    const title = 'Les balises <details> et <summary> sans JavaScript';
    const excerpt = 'Un accordéon avec <details>, & rien d’autre.';
    const post = makePost({ slug: 'details-summary', title, excerpt });
    const [item] = (await parseAtom(render([post]).atom.body)).items;
    expect(atomDisplayedText(item?.titleNodes?.[0])).toBe(title);
    expect(atomDisplayedText(item?.summaryNodes?.[0])).toBe(excerpt);
  });

  it('JSON Feed, which has no CDATA, keeps a `]]>` in a title or excerpt as written', () => {
    const title = 'Fermer une section CDATA : ]]>';
    const post = makePost({ slug: 'cdata', title, excerpt: title });
    const [item] = parseJson(render([post]).json.body).items;
    expect(item?.title).toBe(title);
    expect(item?.summary).toBe(title);
  });
});

// ---- Bindings to the sample content -------------------------------------------------------

describe('visibilityEpoch', () => {
  const all = getAllPosts();
  // The sample content has no expiring post: the epoch counts publications.
  const expected = (now: Date) =>
    all.filter((p) => !p.draft && Date.parse(p.publishAt ?? p.date) <= now.getTime()).length;

  it('counts the non-draft posts dated up to now', () => {
    const now = new Date();
    expect(expected(now)).toBeGreaterThan(0);
    expect(visibilityEpoch(now)).toBe(expected(now));
  });

  it('is 0 at the epoch', () => {
    expect(visibilityEpoch(new Date(0))).toBe(0);
  });

  it('counts a post from the very instant of its date, not a millisecond before', () => {
    for (const post of all.filter((p) => !p.draft)) {
      const at = new Date(post.date);
      const before = new Date(at.getTime() - 1);
      expect(visibilityEpoch(at), post.slug).toBe(expected(at));
      expect(visibilityEpoch(before), post.slug).toBe(expected(before));
    }
  });

  it('only grows as time passes', () => {
    const instants = [
      ...all.map((p) => Date.parse(p.date)),
      0,
      Date.now(),
      Date.parse('2100-01-01T00:00:00Z'),
    ].sort((a, b) => a - b);
    const counts = instants.map((t) => visibilityEpoch(new Date(t)));
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });
});

describe('feedAt and feedValidators', () => {
  it('finds no feed where none lives', () => {
    expect(feedAt('/')).toBeNull();
    expect(feedAt('/posts/feed.xml')).toBeNull();
    expect(feedAt('/tags/aucun-billet-ainsi/feed.xml')).toBeNull();
    expect(feedValidators('/pas-un-flux')).toBeNull();
  });

  it('serves the site feeds at their paths, as documents a reader can parse', async () => {
    const rss = feedAt('/feed.xml');
    expect(rss?.contentType).toBe(FEED_CONTENT_TYPES.rss);
    const feed = await parseRss(rss?.body ?? '');
    expect(feed.items.length).toBeGreaterThan(0);
    expect(rss?.lastModified).toEqual(siteFeed('rss').lastModified);
    expect(feedAt('/atom.xml')?.contentType).toBe(FEED_CONTENT_TYPES.atom);
    expect(feedAt('/feed.json')?.contentType).toBe(FEED_CONTENT_TYPES.json);
  });

  it('serves a tag feed holding only that tag’s posts', async () => {
    const [tag] = getTags();
    expect(tag).toBeDefined();
    const doc = feedAt(tagFeedPath(tag?.slug ?? ''));
    expect(doc?.contentType).toBe(FEED_CONTENT_TYPES.rss);
    const feed = await parseRss(doc?.body ?? '');
    expect(feed.title).toBe(`${site.title} — ${tag?.name}`);
    expect(feed.items).toHaveLength(Math.min(tag?.count ?? 0, site.feedItems));
    for (const item of feed.items) expect(item.categories).toContain(tag?.name);
  });

  it('serves a series feed holding its published parts, newest first', async () => {
    const [series] = getSeries();
    expect(series?.name).toBe('Web, Ops & Data');
    const doc = feedAt(`/series/${series?.slug}/feed.xml`);
    expect(doc?.contentType).toBe(FEED_CONTENT_TYPES.rss);
    const feed = await parseRss(doc?.body ?? '');
    expect(feed.title).toBe(`${site.title} — Web, Ops & Data`);
    const parts = getListedPosts().filter((p) => p.series?.slug === series?.slug);
    expect(parts.length).toBe(series?.count);
    expect(feed.items.map((i) => i.title)).toEqual(parts.map((p) => p.title));
    expect(feedAt('/series/aucune-serie-ainsi/feed.xml')).toBeNull();
    expect(feedValidators(`/series/${series?.slug}/feed.xml`)?.etag).toBe(etagOf(doc?.body ?? ''));
  });

  it('computes the validators of a feed once, with the ETag of the body the route serves', () => {
    const first = feedValidators('/feed.xml');
    expect(feedValidators('/feed.xml')).toBe(first);
    const served = siteFeed('rss');
    expect(first).toEqual({ etag: etagOf(served.body), lastModified: served.lastModified });
  });
});
