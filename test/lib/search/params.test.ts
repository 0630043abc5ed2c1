/**
 * The query string of the search: what is accepted, the defaults, and refusals that name the
 * parameter at fault.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_LENGTH, parseSearchParams } from '@/lib/search/params';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

/** The error for a query string, failing the test if it was accepted. */
function errorOf(query: string): string {
  const parsed = parse(query);
  if (parsed.ok) throw new Error(`"${query}" was accepted: ${JSON.stringify(parsed.query)}`);
  return parsed.error;
}

/** `name` as a word of the message: `"page"`, `?q=`… but not the "q" of "question". */
const names = (name: string) => new RegExp(`(^|[^\\p{L}])${name}([^\\p{L}]|$)`, 'u');

/** A query of exactly `length` characters, French words rather than one repeated letter. */
function queryOf(length: number): string {
  const words = 'résolveurs dns conteneurs réseaux systemd timers accessibilité kubernetes ';
  return words.repeat(Math.ceil(length / words.length)).slice(0, length - 1) + 'x';
}

describe('parseSearchParams', () => {
  it('reads q, with page 1 and 10 results by default', () => {
    expect(parse('q=timer+systemd')).toEqual({
      ok: true,
      query: { q: 'timer systemd', page: 1, limit: DEFAULT_LIMIT },
    });
    expect(DEFAULT_LIMIT).toBe(10);
  });

  it('reads page, limit and tag', () => {
    expect(parse('q=conteneurs&page=2&limit=5&tag=kubernetes')).toEqual({
      ok: true,
      query: { q: 'conteneurs', page: 2, limit: 5, tag: 'kubernetes' },
    });
  });

  it('decodes q as typed, accents, apostrophes and all', () => {
    const parsed = parse(`q=${encodeURIComponent('  l’accessibilité des réseaux ')}`);
    expect(parsed).toEqual({
      ok: true,
      query: { q: 'l’accessibilité des réseaux', page: 1, limit: 10 },
    });
  });

  it('accepts a limit of up to 50', () => {
    expect(MAX_LIMIT).toBe(50);
    expect(parse('q=dns&limit=50')).toMatchObject({ ok: true, query: { limit: 50 } });
    expect(parse('q=dns&limit=1')).toMatchObject({ ok: true, query: { limit: 1 } });
  });

  it('ignores an empty tag', () => {
    expect(parse('q=dns&tag=')).toEqual({ ok: true, query: { q: 'dns', page: 1, limit: 10 } });
  });

  describe('q', () => {
    it('is required', () => {
      expect(errorOf('')).toMatch(names('q'));
      expect(errorOf('page=2')).toMatch(names('q'));
    });

    it('may not be blank', () => {
      expect(errorOf('q=')).toMatch(names('q'));
      expect(errorOf('q=+++')).toMatch(names('q'));
      expect(errorOf(`q=${encodeURIComponent(' \t\n ')}`)).toMatch(names('q'));
    });

    it('takes up to 200 characters', () => {
      expect(MAX_QUERY_LENGTH).toBe(200);
      const q = queryOf(200);
      expect(q).toHaveLength(200);
      expect(parse(new URLSearchParams({ q }).toString())).toEqual({
        ok: true,
        query: { q, page: 1, limit: 10 },
      });
    });

    it('refuses 201 characters, saying how many are allowed', () => {
      const q = queryOf(201);
      expect(q).toHaveLength(201);
      const error = errorOf(new URLSearchParams({ q }).toString());
      expect(error).toMatch(names('q'));
      expect(error).toContain('200');
    });

    it('is measured without the spaces around it', () => {
      const q = queryOf(200);
      expect(parse(new URLSearchParams({ q: `   ${q}   ` }).toString())).toMatchObject({
        ok: true,
        query: { q },
      });
    });

    it('is given once', () => {
      expect(errorOf('q=timer&q=cron')).toMatch(names('q'));
      expect(errorOf('q=timer&q=')).toMatch(names('q'));
    });
  });

  describe('page and limit', () => {
    const bad = ['0', '-1', '1.5', 'abc', '01', '', ' 2', '1e2', '+1', '0x10', 'Infinity', '２'];

    for (const name of ['page', 'limit']) {
      it(`refuses a ${name} that is not a positive whole number written plainly, naming "${name}"`, () => {
        for (const value of bad) {
          const error = errorOf(`q=dns&${name}=${encodeURIComponent(value)}`);
          expect(error, `${name}=${value}`).toMatch(names(name));
        }
      });

      it(`refuses ${name} given twice`, () => {
        expect(errorOf(`q=dns&${name}=1&${name}=2`)).toMatch(names(name));
      });
    }

    it('refuses a limit of 51, saying the maximum', () => {
      const error = errorOf('q=dns&limit=51');
      expect(error).toMatch(names('limit'));
      expect(error).toContain('50');
    });

    it('refuses an absurd page rather than computing with it', () => {
      expect(errorOf(`q=dns&page=${'9'.repeat(400)}`)).toMatch(names('page'));
    });
  });

  it('refuses a tag given twice, naming "tag"', () => {
    expect(errorOf('q=dns&tag=web&tag=ops')).toMatch(names('tag'));
  });
});
