/**
 * French text handling for search, shared by indexing and queries so both sides agree:
 * accent and case folding, elisions (l’, d’, qu’…), plural stripping and stop words.
 */
import { foldDiacritics } from '../content/slug';

/** Words too common to tell posts apart. Folded (no accents), as terms are compared folded. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me meme ' +
    'mes moi mon ne nos notre nous on ou par pas plus pour qu que qui sa se ses son sur ta te tes toi ton tu un une ' +
    'vos votre vous y est sont ete etre avoir ai as avons avez ont comme si ni car donc or sans sous entre vers chez ' +
    'the of and to in is for on with'
  ).split(' '),
);

/** `l'`, `d’`, `qu'`, `jusqu’`… at the start of a word. */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/;

/** A word: letters and digits, possibly joined by apostrophes (`l'accessibilité`, `aujourd'hui`). */
const WORD_SOURCE = String.raw`[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*`;
const WORD = new RegExp(WORD_SOURCE, 'gu');
const WORD_AT = new RegExp(WORD_SOURCE, 'uy');

/** The word that begins at `start` in `text`, or null when none does (for highlighting). */
export function wordAt(text: string, start: number): string | null {
  WORD_AT.lastIndex = start;
  return WORD_AT.exec(text)?.[0] ?? null;
}

/** Words only, as the search library asks for them. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Singular of a folded French or English word, crudely but the same way on both sides:
 * `conteneurs` → `conteneur`, `reseaux` → `reseau`, `timers` → `timer`. Short words and
 * `-ss` endings (`dns`, `process`) are left alone.
 */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/(?:au|eu|ou)x$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** A word folded, without its elision and apostrophes: `L’Accessibilité` → `accessibilite`. */
function fold(word: string): string {
  return foldDiacritics(word).replace(ELISION, '').replace(/['’]/g, '');
}

function meaningful(folded: string): boolean {
  if (folded.length === 0 || STOP_WORDS.has(folded)) return false;
  return folded.length > 1 || /\d/.test(folded);
}

/** The index term of a word, or null when it carries no meaning for search (stop word, lone letter). */
export function processTerm(word: string): string | null {
  const folded = fold(word);
  return meaningful(folded) ? singular(folded) : null;
}

/** Words of posts seen so far, with their terms: a blog's vocabulary is a few tens of thousands of words. */
const documentTerms = new Map<string, string | null>();
const DOCUMENT_TERMS_LIMIT = 200_000;

/**
 * `processTerm` for the words of posts (indexing, snippets), remembered: folding accents is the
 * costly part, and the same words come back in every post. Never for readers' queries, so what
 * strangers type cannot grow the cache.
 */
export function documentTerm(word: string): string | null {
  let term = documentTerms.get(word);
  if (term === undefined) {
    if (documentTerms.size >= DOCUMENT_TERMS_LIMIT) documentTerms.clear();
    term = processTerm(word);
    documentTerms.set(word, term);
  }
  return term;
}

export interface QueryTerm {
  term: string;
  /** Whether the word, as typed, is long enough to forgive a typo in it. */
  typoAllowed: boolean;
}

/** One typo is forgiven in words of five letters or more (counted before the plural is stripped). */
export const TYPO_MIN_LENGTH = 5;

/** The terms of a reader's query, in order, with what each one tolerates. */
export function queryTerms(query: string): QueryTerm[] {
  return tokenize(query).flatMap((word) => {
    const folded = fold(word);
    return meaningful(folded)
      ? [{ term: singular(folded), typoAllowed: folded.length >= TYPO_MIN_LENGTH }]
      : [];
  });
}
