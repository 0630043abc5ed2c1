import { describe, expect, it } from 'vitest';
import {
  documentResponse,
  etagOf,
  isNotModified,
  notModifiedResponse,
  PUBLIC_CACHE_CONTROL,
} from '@/lib/http/cache-validators';
import { hasMalformedEscape, readBodyCapped } from '@/lib/http/request';
import { methodNotAllowed } from '@/lib/http/responses';

/** Sub-second on purpose: HTTP dates drop the milliseconds. */
const LAST_MODIFIED = new Date('2024-04-01T22:00:00.750Z');
const HTTP_DATE = 'Mon, 01 Apr 2024 22:00:00 GMT';
const ETAG = etagOf('<rss>…</rss>');

function get(headers: Record<string, string>): Request {
  return new Request('https://carnet.example.fr/feed.xml', { headers });
}

const notModified = (headers: Record<string, string>) =>
  isNotModified(get(headers), ETAG, LAST_MODIFIED);

describe('etagOf', () => {
  it('is a strong, quoted validator', () => {
    expect(ETAG).toMatch(/^"[\w-]{27}"$/);
  });

  it('is the same for the same body and differs when one character changes', () => {
    expect(etagOf('<rss>…</rss>')).toBe(ETAG);
    expect(etagOf('<rss>…</rss> ')).not.toBe(ETAG);
    expect(etagOf('Cérénit')).not.toBe(etagOf('Cerenit'));
  });
});

describe('isNotModified', () => {
  it('is false for a plain GET, with no validator', () => {
    expect(notModified({})).toBe(false);
  });

  describe('If-None-Match', () => {
    it('matches the current ETag exactly', () => {
      expect(notModified({ 'If-None-Match': ETAG })).toBe(true);
    });

    it('matches it within a list, whatever the spacing', () => {
      expect(notModified({ 'If-None-Match': `"ancienne", ${ETAG} ,"autre"` })).toBe(true);
      expect(notModified({ 'If-None-Match': `"ancienne",${ETAG}` })).toBe(true);
    });

    it('matches its weak form W/ (If-None-Match compares weakly)', () => {
      expect(notModified({ 'If-None-Match': `W/${ETAG}` })).toBe(true);
      expect(notModified({ 'If-None-Match': `"autre", W/${ETAG}` })).toBe(true);
    });

    it('matches * for any current representation', () => {
      expect(notModified({ 'If-None-Match': '*' })).toBe(true);
    });

    it('does not match another version, nor the ETag without its quotes', () => {
      expect(notModified({ 'If-None-Match': '"autre-version"' })).toBe(false);
      expect(notModified({ 'If-None-Match': ETAG.slice(1, -1) })).toBe(false);
    });
  });

  describe('If-Modified-Since', () => {
    it('is not modified when the date equals Last-Modified as sent, milliseconds dropped', () => {
      expect(notModified({ 'If-Modified-Since': HTTP_DATE })).toBe(true);
      expect(notModified({ 'If-Modified-Since': LAST_MODIFIED.toUTCString() })).toBe(true);
    });

    it('is not modified for a later date', () => {
      expect(notModified({ 'If-Modified-Since': 'Mon, 01 Apr 2024 22:00:01 GMT' })).toBe(true);
      expect(notModified({ 'If-Modified-Since': 'Tue, 01 Jan 2030 00:00:00 GMT' })).toBe(true);
    });

    it('is modified for an earlier date, even by one second', () => {
      expect(notModified({ 'If-Modified-Since': 'Mon, 01 Apr 2024 21:59:59 GMT' })).toBe(false);
    });

    it('ignores a date it cannot read', () => {
      expect(notModified({ 'If-Modified-Since': 'hier soir' })).toBe(false);
      expect(notModified({ 'If-Modified-Since': '' })).toBe(false);
    });
  });

  describe('both validators (RFC 9110 §13.2.2)', () => {
    it('lets If-None-Match decide: a stale ETag means modified, whatever the date says', () => {
      expect(
        notModified({
          'If-None-Match': '"ancienne"',
          'If-Modified-Since': 'Tue, 01 Jan 2030 00:00:00 GMT',
        }),
      ).toBe(false);
    });

    it('lets If-None-Match decide: a current ETag means not modified, whatever the date says', () => {
      expect(
        notModified({
          'If-None-Match': ETAG,
          'If-Modified-Since': 'Mon, 01 Jan 2018 00:00:00 GMT',
        }),
      ).toBe(true);
    });
  });
});

describe('documentResponse', () => {
  const document = {
    body: '<rss>…</rss>',
    contentType: 'application/rss+xml; charset=utf-8',
    lastModified: LAST_MODIFIED,
  };

  it('is a 200 with the body, its content type and public caching', async () => {
    const res = documentResponse(document);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(document.body);
    expect(res.headers.get('content-type')).toBe(document.contentType);
    expect(res.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(PUBLIC_CACHE_CONTROL).toMatch(/^public, max-age=\d+/);
  });

  it('carries the ETag of its body and Last-Modified as an HTTP date', () => {
    const res = documentResponse(document);
    expect(res.headers.get('etag')).toBe(etagOf(document.body));
    expect(res.headers.get('last-modified')).toBe(HTTP_DATE);
  });

  it('gives validators that make the next request of the same reader a 304', () => {
    const res = documentResponse(document);
    const again = (headers: Record<string, string>) =>
      isNotModified(get(headers), etagOf(document.body), document.lastModified);
    expect(again({ 'If-None-Match': res.headers.get('etag') ?? '' })).toBe(true);
    expect(again({ 'If-Modified-Since': res.headers.get('last-modified') ?? '' })).toBe(true);
  });
});

describe('notModifiedResponse', () => {
  it('is a 304 without a body', async () => {
    const res = notModifiedResponse(ETAG, LAST_MODIFIED);
    expect(res.status).toBe(304);
    expect(res.body).toBeNull();
    expect(await res.text()).toBe('');
  });

  it('repeats the validators and caching of the full response', () => {
    const full = documentResponse({
      body: '<rss>…</rss>',
      contentType: 'application/rss+xml; charset=utf-8',
      lastModified: LAST_MODIFIED,
    });
    const res = notModifiedResponse(ETAG, LAST_MODIFIED);
    for (const header of ['etag', 'last-modified', 'cache-control'])
      expect(res.headers.get(header), header).toBe(full.headers.get(header));
    expect(res.headers.get('etag')).toBe(ETAG);
    expect(res.headers.get('last-modified')).toBe(HTTP_DATE);
  });
});

describe('readBodyCapped', () => {
  const streamed = (chunks: string[]) =>
    new Request('http://localhost/', {
      method: 'POST',
      body: new ReadableStream({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);

  it('reads a body up to the limit, in bytes', async () => {
    expect(
      await readBodyCapped(
        new Request('http://localhost/', { method: 'POST', body: 'é'.repeat(5) }),
        10,
      ),
    ).toBe('é'.repeat(5));
    expect(
      await readBodyCapped(
        new Request('http://localhost/', { method: 'POST', body: 'é'.repeat(6) }),
        10,
      ),
    ).toBeNull();
    expect(await readBodyCapped(new Request('http://localhost/'), 10)).toBe('');
  });

  it('stops a streamed body without Content-Length as soon as it passes the limit', async () => {
    expect(await readBodyCapped(streamed(['{"all":', 'true}']), 64)).toBe('{"all":true}');
    expect(
      await readBodyCapped(
        streamed(Array.from({ length: 100 }, () => 'x'.repeat(1024))),
        64 * 1024,
      ),
    ).toBeNull();
  });
});

describe('hasMalformedEscape', () => {
  it.each(['/posts/%E9', '/tags/%ZZ', '/page/%', '/tags/%%', '/posts/%ED%A0%80', '/posts/a/%C3'])(
    'finds one in %s',
    (path) => {
      expect(hasMalformedEscape(path)).toBe(true);
    },
  );

  it.each(['/', '/posts/timer-systemd', '/tags/c%C3%A9r%C3%A9nit', '/posts/%2e%2e', '/search%3Fq'])(
    'finds none in %s',
    (path) => {
      expect(hasMalformedEscape(path)).toBe(false);
    },
  );
});

describe('methodNotAllowed', () => {
  it('answers 405 with Allow and a JSON error saying what to send', async () => {
    const res = methodNotAllowed('GET, HEAD', 'Use GET.')();
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(await res.json()).toEqual({ error: 'Use GET.' });
  });
});
