/**
 * What the info string of a code fence asks for, after its language, in the spellings the
 * engines a blog moves from write it:
 * - `title="/etc/app.conf"` (Docusaurus, Expressive Code, rehype-pretty-code), `filename="…"` (Nextra);
 * - highlighted lines `{1,3-5}`, Expressive Code's `mark={…}`, `ins={…}` and `del={…}`;
 * - highlighted words `/word/`;
 * - line numbers `showLineNumbers` or `showLineNumbers{10}` (rehype-pretty-code), `linenos`;
 * - Hugo's attribute list `{linenos=table,hl_lines=[8,"15-17"],linenostart=199}`.
 * Anything else is ignored, so a fence written for another engine still renders.
 */

export interface FenceMeta {
  title?: string;
  /** Line numbers, from 1. */
  highlighted: number[];
  inserted: number[];
  deleted: number[];
  words: string[];
  /** The first line's number when line numbers are shown. */
  lineNumbersFrom?: number;
}

const QUOTED_ATTRIBUTE = /([A-Za-z_][\w-]*)=(?:"((?:\\.|[^"\\])*)"|'((?:\\.|[^'\\])*)')/g;
const BRACED_ATTRIBUTE = /([A-Za-z_][\w-]*)=\{([^}]*)\}/g;
const LINE_RANGES = /(?:^|\s)\{([\d\s,-]+)\}(?=\s|$)/g;
const WORD = /(?:^|\s)\/((?:\\.|[^/\\])+)\/(?=\s|$)/g;
const LINE_NUMBERS = /(?:^|\s)(?:showLineNumbers|linenos)(?:\{(\d+)\}|=(\d+))?(?=\s|$)/;
const HUGO_ATTRIBUTES = /^\s*\{([^{}]*=[^{}]*)\}\s*$/;
const TITLE_NAMES = new Set(['title', 'filename', 'file']);

/** `1,3-5` → [1, 3, 4, 5]; anything that is not a line or a range is skipped. */
export function parseLineRanges(text: string): number[] {
  const lines = new Set<number>();
  for (const part of text.split(/[\s,]+/)) {
    const range = /^"?(\d+)(?:-(\d+))?"?$/.exec(part.trim());
    if (!range) continue;
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    // A typo such as `1-10000000` must not stall the build.
    for (let line = from; line <= Math.min(to, from + 10_000); line += 1) lines.add(line);
  }
  return [...lines].sort((a, b) => a - b);
}

const unescape = (value: string) => value.replace(/\\(.)/g, '$1');

export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
  const result: FenceMeta = { highlighted: [], inserted: [], deleted: [], words: [] };
  if (!meta) return result;
  const hugo = HUGO_ATTRIBUTES.exec(meta)?.[1];
  if (hugo !== undefined) return parseHugoAttributes(hugo, result);

  // Quoted and braced values first, and out of the way: a title is free text (`/etc/x/`, `{a}`).
  let rest = meta.replace(QUOTED_ATTRIBUTE, (_, name: string, double?: string, single?: string) => {
    const value = unescape(double ?? single ?? '');
    if (TITLE_NAMES.has(name.toLowerCase()) && value.trim()) result.title ??= value.trim();
    return ' ';
  });
  rest = rest.replace(BRACED_ATTRIBUTE, (_, name: string, value: string) => {
    const key = name.toLowerCase();
    if (key === 'mark') result.highlighted.push(...parseLineRanges(value));
    else if (key === 'ins') result.inserted.push(...parseLineRanges(value));
    else if (key === 'del') result.deleted.push(...parseLineRanges(value));
    return ' ';
  });
  const numbers = LINE_NUMBERS.exec(rest);
  if (numbers) result.lineNumbersFrom = Number(numbers[1] ?? numbers[2] ?? 1);
  rest = rest.replace(LINE_NUMBERS, ' ');
  for (const [, ranges = ''] of rest.matchAll(LINE_RANGES))
    result.highlighted.push(...parseLineRanges(ranges));
  for (const [, word = ''] of rest.replace(LINE_RANGES, ' ').matchAll(WORD))
    result.words.push(unescape(word));
  return result;
}

/**
 * Hugo's `{linenos=table,hl_lines=[8,"15-17"],linenostart=199}`, and its highlight shortcode's
 * options `linenos=table,hl_lines=8 15-17`: a value runs to the next comma or the next `name=`.
 */
function parseHugoAttributes(list: string, result: FenceMeta): FenceMeta {
  const attributes = new Map<string, string>();
  const keys = [...list.matchAll(/(?:^|[\s,{])([A-Za-z_][\w-]*)\s*=/g)];
  keys.forEach((key, i) => {
    const from = (key.index ?? 0) + key[0].length;
    const to = keys[i + 1]?.index ?? list.length;
    const value = list.slice(from, to).replace(/,\s*$/, '').trim();
    attributes.set((key[1] ?? '').toLowerCase(), value.replace(/^["'[]|["'\]]$/g, ''));
  });
  const title = attributes.get('title');
  if (title?.trim()) result.title = title.trim();
  result.highlighted.push(...parseLineRanges(attributes.get('hl_lines') ?? ''));
  const linenos = attributes.get('linenos')?.toLowerCase();
  if (linenos && linenos !== 'false') {
    const start = Number(attributes.get('linenostart') ?? 1);
    result.lineNumbersFrom = Number.isInteger(start) ? start : 1;
  }
  return result;
}
