/** The feeds as a feed reader gets them from `next start`: parsed with real parsers, polled with validators. */
import { XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, inject, it } from 'vitest';
import {
  DRAFT_MARKER,
  HOSTILE_TITLE,
  SCHEDULED_MARKER,
  SITE_URL,
  fixtureSlugs,
} from '../fixtures/site-content';

const base = inject('siteUrl');
const PUBLISHED = 15;

type Item = {
  title?: string;
  link?: string;
  guid?: string;
  id?: string;
  pubDate?: string;
  isoDate?: string;
  categories?: unknown[];
  contentEncoded?: string;
  content?: string;
};
const parser: Parser<Record<string, unknown>, Item> = new Parser({
  customFields: { item: [['content:encoded', 'contentEncoded']] },
});

async function fetchFeed(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

async function parseXmlFeed(path: string) {
  const { status, headers, body } = await fetchFeed(path);
  expect(status, path).toBe(200);
  expect(XMLValidator.validate(body), `${path} is well-formed XML`).toBe(true);
  return { headers, body, feed: await parser.parseString(body) };
}

const permalink = (slug: string) => `${SITE_URL}/posts/${slug}`;

describe('RSS 2.0 at /feed.xml', () => {
  it('lists every published post, newest first, with absolute links and the full article', async () => {
    const { headers, body, feed } = await parseXmlFeed('/feed.xml');
    expect(headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(feed.title).toBe('Carnet Tech');
    expect(feed.language).toBe('fr-FR');
    expect(body).toContain(
      `<atom:link href="${SITE_URL}/feed.xml" rel="self" type="application/rss+xml"/>`,
    );
    expect(feed.items).toHaveLength(PUBLISHED);

    const dates = feed.items.map((i) => Date.parse(i.isoDate ?? ''));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const item of feed.items) {
      expect(item.link).toMatch(new RegExp(`^${SITE_URL}/posts/[a-z0-9-]+$`));
      expect(item.guid).toBe(item.link);
    }

    const tutorial = feed.items.find((i) => i.link === permalink(fixtureSlugs.tutorial));
    expect(tutorial?.categories).toEqual(['systemd', 'Cérénit', 'time series']);
    expect(tutorial?.contentEncoded).toContain('<pre class="shiki');
    expect(tutorial?.contentEncoded).toContain('class="callout callout-tip"');
    // The channel changes only with content: its date is the newest post's lastmod, not the build time.
    expect(body).toContain('<lastBuildDate>Mon, 01 Apr 2024 22:00:00 GMT</lastBuildDate>');
  });

  it('makes relative links and images absolute from SITE_URL', async () => {
    const { feed } = await parseXmlFeed('/feed.xml');
    const item = feed.items.find((i) => i.link === permalink(fixtureSlugs.escapes));
    expect(item?.contentEncoded).toContain(`href="${SITE_URL}/posts/timer-systemd"`);
    expect(item?.contentEncoded).toMatch(
      new RegExp(`src="${SITE_URL}/media/[0-9a-f]{16}/schema\\.png"`),
    );
  });

  it('keeps a hostile title well-formed and intact', async () => {
    const { feed } = await parseXmlFeed('/feed.xml');
    const item = feed.items.find((i) => i.link === permalink(fixtureSlugs.escapes));
    expect(item?.title).toBe(HOSTILE_TITLE);
    // The article's own markup survives, escaped as HTML inside the CDATA section.
    expect(item?.contentEncoded).toMatch(
      /<code>a (&lt;|&#x3C;)b(>|&gt;) (&amp;|&#x26;){2} c<\/code>/,
    );
    expect(item?.contentEncoded).toContain(']]&gt; qui traîne');
  });

  it('never carries a draft or a scheduled post', async () => {
    for (const path of [
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
      '/tags/systemd/feed.xml',
      '/series/web-ops-data/feed.xml',
    ]) {
      const { body } = await fetchFeed(path);
      expect(body, path).not.toContain(DRAFT_MARKER);
      expect(body, path).not.toContain(SCHEDULED_MARKER);
    }
  });
});

describe('Atom 1.0 at /atom.xml', () => {
  it('is well-formed, with ids, updated dates and the full HTML content', async () => {
    const { headers, body, feed } = await parseXmlFeed('/atom.xml');
    expect(headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(feed.items).toHaveLength(PUBLISHED);
    expect(body).toContain(`<link rel="self" href="${SITE_URL}/atom.xml"/>`);
    expect(body).toContain('<updated>2024-04-01T22:00:00.000Z</updated>');
    const tutorial = feed.items.find((i) => i.link === permalink(fixtureSlugs.tutorial));
    expect(tutorial?.id).toBe(permalink(fixtureSlugs.tutorial));
    expect(tutorial?.content).toContain('<pre class="shiki');
    expect(body).toMatch(/<content type="html"><!\[CDATA\[/);
    // Atom titles are type="html": what a reader displays is the decoded text.
    const decoded = (html = '') =>
      html
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    expect(decoded(feed.items.find((i) => i.link === permalink(fixtureSlugs.escapes))?.title)).toBe(
      HOSTILE_TITLE,
    );
  });
});

describe('JSON Feed 1.1 at /feed.json', () => {
  it('has the required fields and the full HTML of each post', async () => {
    const { status, headers, body } = await fetchFeed('/feed.json');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(body);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Carnet Tech');
    expect(feed.home_page_url).toBe(SITE_URL);
    expect(feed.feed_url).toBe(`${SITE_URL}/feed.json`);
    expect(feed.language).toBe('fr-FR');
    expect(feed.items).toHaveLength(PUBLISHED);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.url).toBe(item.id);
      expect(typeof item.content_html).toBe('string');
      expect(Date.parse(item.date_published)).not.toBeNaN();
    }
    const escapes = feed.items.find(
      (i: { url: string }) => i.url === permalink(fixtureSlugs.escapes),
    );
    expect(escapes.title).toBe(HOSTILE_TITLE);
    const tutorial = feed.items.find(
      (i: { url: string }) => i.url === permalink(fixtureSlugs.tutorial),
    );
    expect(tutorial.tags).toEqual(['systemd', 'Cérénit', 'time series']);
    expect(tutorial.date_modified).toBe('2024-04-01T22:00:00.000Z');
  });
});

describe('tag feeds', () => {
  it('/tags/<slug>/feed.xml holds only that tag’s published posts', async () => {
    const { feed, body } = await parseXmlFeed('/tags/systemd/feed.xml');
    expect(feed.title).toBe('Carnet Tech — systemd');
    expect(feed.items.map((i) => i.link)).toEqual([permalink(fixtureSlugs.tutorial)]);
    expect(body).toContain(`<atom:link href="${SITE_URL}/tags/systemd/feed.xml" rel="self"`);
  });

  it('is a 404 for an unknown tag or a tag that only unpublished posts use', async () => {
    expect((await fetchFeed('/tags/inconnu/feed.xml')).status).toBe(404);
    expect((await fetchFeed(`/tags/${DRAFT_MARKER}/feed.xml`)).status).toBe(404);
  });
});

describe('conditional GET', () => {
  for (const path of [
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/tags/veille/feed.xml',
    '/series/web-ops-data/feed.xml',
  ]) {
    it(`${path} answers 304 with no body when the reader's copy is current`, async () => {
      const first = await fetchFeed(path);
      const etag = first.headers.get('etag') ?? '';
      const lastModified = first.headers.get('last-modified') ?? '';
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(Date.parse(lastModified)).not.toBeNaN();

      const byEtag = await fetchFeed(path, { 'If-None-Match': etag });
      expect(byEtag.status).toBe(304);
      expect(byEtag.body).toBe('');
      expect(byEtag.headers.get('etag')).toBe(etag);

      expect((await fetchFeed(path, { 'If-Modified-Since': lastModified })).status).toBe(304);
      expect((await fetchFeed(path, { 'If-None-Match': '"autre-version"' })).status).toBe(200);
      const older = new Date(Date.parse(lastModified) - 1000).toUTCString();
      expect((await fetchFeed(path, { 'If-Modified-Since': older })).status).toBe(200);
    });
  }
});

describe('autodiscovery', () => {
  const alternates = (html: string) =>
    [...html.matchAll(/<link rel="alternate" type="([^"]+)"[^>]*href="([^"]+)"/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );

  it('every page advertises the three site feeds, and the footer links to RSS', async () => {
    for (const path of ['/', '/posts/timer-systemd', '/archives', '/tags']) {
      const html = await (await fetch(base + path)).text();
      expect(alternates(html), path).toEqual(
        expect.arrayContaining([
          `application/rss+xml ${SITE_URL}/feed.xml`,
          `application/atom+xml ${SITE_URL}/atom.xml`,
          `application/feed+json ${SITE_URL}/feed.json`,
        ]),
      );
      expect(html).toMatch(/<footer[\s\S]*href="\/feed.xml"/);
    }
  });

  it('a tag page also advertises its own feed', async () => {
    const html = await (await fetch(base + '/tags/systemd')).text();
    expect(alternates(html)).toContain(`application/rss+xml ${SITE_URL}/tags/systemd/feed.xml`);
  });
});
