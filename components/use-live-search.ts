'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { searchApiPath, searchPagePath, searchPath } from '@/lib/routes';
import type { SearchHit } from '@/lib/search/engine';

export interface LiveSearchResults {
  query: string;
  total: number;
  hits: SearchHit[];
  page: number;
  limit: number;
}

export type LiveSearchState = 'idle' | 'loading' | 'failed';

const DEBOUNCE_MS = 200;

/**
 * The live search's state: results follow the typing (debounced, stale requests aborted) and the
 * URL follows the query. `initial` and `invalid` are what the server rendered for the URL.
 */
export function useLiveSearch(
  defaultQuery: string,
  initial: LiveSearchResults | null,
  invalid: boolean,
) {
  const [query, setQuery] = useState(defaultQuery);
  const [results, setResults] = useState<LiveSearchResults | null>(initial);
  const [state, setState] = useState<LiveSearchState>('idle');
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

  async function run(q: string) {
    inFlight.current?.abort();
    window.history.replaceState(null, '', q ? searchPagePath(q) : searchPath);
    if (!q) {
      setResults(null);
      setState('idle');
      return;
    }
    const controller = new AbortController();
    inFlight.current = controller;
    setState('loading');
    try {
      const response = await fetch(searchApiPath(q), { signal: controller.signal });
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

  function type(value: string) {
    setQuery(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(value.trim()), DEBOUNCE_MS);
  }

  /** With JavaScript the results are already here (or coming): no page load. */
  function submit(event: FormEvent) {
    event.preventDefault();
    clearTimeout(timer.current);
    void run(query.trim());
  }

  return { query, results, state, refused, type, submit };
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
