'use client';

import { useEffect, useRef, useState } from 'react';
import { strings, type Language } from '@/lib/i18n';
import type { SearchHit } from '@/lib/search/engine';
import type { Tag } from '@/lib/tags';
import { SearchResultList } from './search-results';

export interface LiveSearchResults {
  query: string;
  total: number;
  hits: SearchHit[];
  page: number;
  limit: number;
}

export interface LiveSearchProps {
  language: Language;
  locale: string;
  timeZone: string;
  /** What the server rendered for the URL's query, if any. */
  initial: LiveSearchResults | null;
  /** Suggested when nothing matches. */
  suggestedTags: Tag[];
  /** The query as the URL gave it, shown in the box even when it was refused. */
  defaultQuery: string;
  /** The server refused the URL's query (too long, bad page number). */
  invalid: boolean;
}

const DEBOUNCE_MS = 200;

/**
 * The search form of /search. Without JavaScript it is a plain GET form and the server renders
 * the results; with it, results follow the typing (debounced, stale requests aborted) and the
 * URL follows the query.
 */
export function LiveSearch({
  language,
  locale,
  timeZone,
  initial,
  suggestedTags,
  defaultQuery,
  invalid,
}: LiveSearchProps) {
  const t = strings(language);
  const [query, setQuery] = useState(defaultQuery);
  const [results, setResults] = useState<LiveSearchResults | null>(initial);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const [refused, setRefused] = useState(invalid);
  const inFlight = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  function onChange(value: string) {
    setQuery(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(value.trim()), DEBOUNCE_MS);
  }

  async function run(q: string) {
    inFlight.current?.abort();
    window.history.replaceState(null, '', q ? `/search?q=${encodeURIComponent(q)}` : '/search');
    if (!q) {
      setResults(null);
      setState('idle');
      return;
    }
    const controller = new AbortController();
    inFlight.current = controller;
    setState('loading');
    try {
      const response = await fetch(`/api/search?q=${encodeURIComponent(q)}`, {
        signal: controller.signal,
      });
      const body: unknown = await response.json();
      if (response.status === 400) {
        setResults(null);
        setRefused(true);
        setState('idle');
        return;
      }
      if (!response.ok || !isResults(body)) throw new Error(`search answered ${response.status}`);
      setResults({
        query: body.query,
        total: body.total,
        hits: body.results,
        page: body.page,
        limit: body.limit,
      });
      setRefused(false);
      setState('idle');
    } catch {
      if (controller.signal.aborted) return; // a newer query took over
      setState('failed');
    }
  }

  function onSubmit(event: React.FormEvent) {
    // With JavaScript the results are already here (or coming): no page load.
    event.preventDefault();
    clearTimeout(timer.current);
    void run(query.trim());
  }

  return (
    <>
      {/* Named unlike the header's search box: two landmarks of one role need two names. */}
      <form
        action="/search"
        method="get"
        role="search"
        aria-label={t.search.title}
        className="mb-8 flex gap-2"
        onSubmit={onSubmit}
      >
        <label htmlFor="search-page-input" className="sr-only">
          {t.search.label}
        </label>
        <input
          id="search-page-input"
          data-search-input="page"
          type="search"
          name="q"
          value={query}
          onChange={(e) => onChange(e.target.value)}
          placeholder={t.search.placeholder}
          maxLength={200}
          autoComplete="off"
          className="w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button
          type="submit"
          className="rounded-md bg-zinc-900 px-4 py-2 font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
        >
          {t.search.submit}
        </button>
      </form>
      <div aria-busy={state === 'loading'} data-state={state}>
        {state === 'failed' && <p role="alert">{t.search.failed}</p>}
        {refused && <p role="alert">{t.search.invalid}</p>}
        {results ? (
          <SearchResultList
            {...results}
            suggestedTags={suggestedTags}
            locale={locale}
            timeZone={timeZone}
            t={t}
          />
        ) : (
          !refused && <p className="text-zinc-600 dark:text-zinc-400">{t.search.empty}</p>
        )}
      </div>
    </>
  );
}

interface ApiResults {
  query: string;
  total: number;
  page: number;
  limit: number;
  results: SearchHit[];
}

function isResults(body: unknown): body is ApiResults {
  return (
    typeof body === 'object' &&
    body !== null &&
    'query' in body &&
    typeof body.query === 'string' &&
    'total' in body &&
    typeof body.total === 'number' &&
    'page' in body &&
    typeof body.page === 'number' &&
    'limit' in body &&
    typeof body.limit === 'number' &&
    'results' in body &&
    Array.isArray(body.results)
  );
}
