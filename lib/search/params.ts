/**
 * The query string of `GET /api/search` and of the search page, checked. Every refusal says
 * which parameter is wrong and what would be right.
 */
import type { SearchQuery } from './engine';

export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;
/** Far beyond any result count; keeps the arithmetic small. */
const MAX_PAGE = 10_000;

export type ParsedSearch = { ok: true; query: SearchQuery } | { ok: false; error: string };

const POSITIVE_INTEGER = /^[1-9]\d*$/;

function single(params: URLSearchParams, name: string): { value?: string; error?: string } {
  const values = params.getAll(name);
  if (values.length > 1) return { error: `Give "${name}" once, not ${values.length} times.` };
  return { value: values[0] };
}

function positiveInteger(
  params: URLSearchParams,
  name: string,
  fallback: number,
  max: number,
): number | string {
  const { value, error } = single(params, name);
  if (error) return error;
  if (value === undefined) return fallback;
  if (!POSITIVE_INTEGER.test(value))
    return `"${name}" must be a positive whole number, such as 1 or 2.`;
  const n = Number(value);
  if (n > max) return `"${name}" must be at most ${max}.`;
  return n;
}

export function parseSearchParams(params: URLSearchParams): ParsedSearch {
  const q = single(params, 'q');
  if (q.error) return { ok: false, error: q.error };
  const text = q.value?.trim() ?? '';
  if (text === '')
    return { ok: false, error: 'Missing search terms: add ?q=… with the words to look for.' };
  if (text.length > MAX_QUERY_LENGTH) {
    return {
      ok: false,
      error: `The search is too long (${text.length} characters): "q" takes at most ${MAX_QUERY_LENGTH}.`,
    };
  }
  const tag = single(params, 'tag');
  if (tag.error) return { ok: false, error: tag.error };
  const page = positiveInteger(params, 'page', 1, MAX_PAGE);
  if (typeof page === 'string') return { ok: false, error: page };
  const limit = positiveInteger(params, 'limit', DEFAULT_LIMIT, MAX_LIMIT);
  if (typeof limit === 'string') return { ok: false, error: limit };
  const tagSlug = tag.value?.trim();
  return { ok: true, query: { q: text, page, limit, ...(tagSlug ? { tag: tagSlug } : {}) } };
}
