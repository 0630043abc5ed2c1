/**
 * Snippets: about 160 characters of a post around its best match, as HTML. Everything is escaped
 * and the matched words are wrapped in `<mark>`, so the result can be inserted as is.
 */
import { escapeHtml } from '../format/html';
import { documentTerm, wordAt } from './french';

export const SNIPPET_LENGTH = 160;

interface Span {
  start: number;
  end: number;
}

/** Letters a folded term stands for in the text, whatever the case or accent. */
const VARIANTS: Record<string, string> = {
  a: 'aàâäáãå',
  c: 'cç',
  e: 'eéèêë',
  i: 'iîïíì',
  n: 'nñ',
  o: 'oôöóòõø',
  u: 'uùûüú',
  y: 'yÿý',
};

const patterns = new Map<string, RegExp>();

/**
 * Where a term may begin in the text: its letters with every accent, at the start of a word or
 * after an elision. Candidates only: each one is confirmed through `documentTerm`, but this way
 * only the matches are examined, not every word of a long post.
 */
function candidatePattern(terms: ReadonlySet<string>): RegExp {
  const key = [...terms].sort().join(' ');
  let pattern = patterns.get(key);
  if (!pattern) {
    // Terms are letters and digits (see french.ts); escaping is only a safeguard.
    const alternatives = [...terms].map((term) =>
      term.replace(/oe|ae|./g, (part) =>
        part === 'oe'
          ? '(?:oe|œ)'
          : part === 'ae'
            ? '(?:ae|æ)'
            : VARIANTS[part]
              ? `[${VARIANTS[part]}]`
              : part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
      ),
    );
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|') || '(?!)'})`, 'giu');
    if (patterns.size > 1000) patterns.clear();
    patterns.set(key, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

const LETTER_OR_APOSTROPHE = /[\p{L}\p{N}'’]/u;

/** The whole word around position `at` (elision included: `l’accessibilité`). */
function wordAround(text: string, at: number): Span & { word: string } {
  let start = at;
  while (start > 0 && LETTER_OR_APOSTROPHE.test(text.charAt(start - 1))) start--;
  // A leading apostrophe is a quote, not part of the word.
  while (start < at && /['’]/.test(text.charAt(start))) start++;
  const word = wordAt(text, start) ?? text.slice(start, at);
  return { start, end: start + word.length, word };
}

/** Positions in `text` of the words whose index term is one of `terms`, in text order. */
export function matchedSpans(text: string, terms: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  if (terms.size === 0) return spans;
  const pattern = candidatePattern(terms);
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const { start, end, word } = wordAround(text, m.index);
    if (spans.at(-1)?.start !== start) {
      const term = documentTerm(word);
      if (term !== null && terms.has(term)) spans.push({ start, end });
    }
    pattern.lastIndex = Math.max(pattern.lastIndex, end);
  }
  return spans;
}

/**
 * The window of `text` of about `length` characters holding the most matches (the first such
 * window on a tie), cut at word boundaries, with `…` where text was cut. Without any match, the
 * beginning of the text.
 */
export function makeSnippet(
  text: string,
  terms: ReadonlySet<string>,
  length: number = SNIPPET_LENGTH,
): string {
  const spans = matchedSpans(text, terms);
  let start = 0;
  let best = -1;
  // Windows begin a little before a match, so that it reads in context. Spans are in text order:
  // a window's first match only moves forward, and so does its last (`last`, exclusive).
  let last = 0;
  for (let first = 0; first < spans.length; first++) {
    const from = Math.max(0, (spans[first]?.start ?? 0) - Math.floor(length / 4));
    while (last < spans.length && (spans[last]?.end ?? Infinity) <= from + length) last++;
    // Matches before `first` that still start after `from` belong to this window too.
    let begin = first;
    while (begin > 0 && (spans[begin - 1]?.start ?? -1) >= from) begin--;
    const count = last - begin;
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
    html +=
      escapeHtml(text.slice(cursor, span.start)) +
      `<mark>${escapeHtml(text.slice(span.start, span.end))}</mark>`;
    cursor = span.end;
  }
  html += escapeHtml(text.slice(cursor, end)) + (end < text.length ? '…' : '');
  return html;
}
