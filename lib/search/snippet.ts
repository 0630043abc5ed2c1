/**
 * Snippets: about 160 characters of a post around its best match, as HTML. Everything is escaped
 * and the matched words are wrapped in `<mark>`, so the result can be inserted as is.
 */
import { escapeHtml } from '../html';
import { processTerm, words } from './french';

export const SNIPPET_LENGTH = 160;


interface Span {
  start: number;
  end: number;
}

/** Positions in `text` of the words whose index term is one of `terms`. */
export function matchedSpans(text: string, terms: ReadonlySet<string>): Span[] {
  return words(text).filter((w) => {
    const term = processTerm(w.text);
    return term !== null && terms.has(term);
  });
}

/**
 * The window of `text` of about `length` characters holding the most matches (the first such
 * window on a tie), cut at word boundaries, with `…` where text was cut. Without any match, the
 * beginning of the text.
 */
export function makeSnippet(text: string, terms: ReadonlySet<string>, length: number = SNIPPET_LENGTH): string {
  const spans = matchedSpans(text, terms);
  let start = 0;
  let best = -1;
  for (const span of spans) {
    // Start a little before the match so that it reads in context.
    const from = Math.max(0, span.start - Math.floor(length / 4));
    const count = spans.filter((s) => s.start >= from && s.end <= from + length).length;
    if (count > best) [best, start] = [count, from];
  }
  let end = Math.min(text.length, start + length);
  if (start > 0) {
    // Begin on a whole word, without skipping the first match of the window.
    const firstMatch = spans.find((s) => s.start >= start)?.start ?? end;
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < firstMatch) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }

  let html = start > 0 ? '…' : '';
  let cursor = start;
  for (const span of spans) {
    if (span.start < start || span.end > end) continue;
    html += escapeHtml(text.slice(cursor, span.start)) + `<mark>${escapeHtml(text.slice(span.start, span.end))}</mark>`;
    cursor = span.end;
  }
  html += escapeHtml(text.slice(cursor, end)) + (end < text.length ? '…' : '');
  return html;
}
