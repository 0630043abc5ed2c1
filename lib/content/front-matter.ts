/**
 * A post's front matter as other engines write it: YAML between `---` lines (Hugo, Jekyll,
 * Gatsby, the Next.js starters) or TOML between `+++` lines (Hugo). Read in place of
 * gray-matter, for Contentlayer (through the `readFrontMatter` option the install's patch adds,
 * patches/) and for the draft preview alike, so both see the same fields.
 */
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { parse as parseYaml, YAMLParseError } from 'yaml';

export type FrontMatterFormat = 'yaml' | 'toml';

export interface FrontMatterBlock {
  format: FrontMatterFormat | undefined;
  /** The front matter's text, line endings normalised. */
  text: string;
  /** The file's line number of the front matter's first line of text. */
  firstLine: number;
  /** Everything after the closing line, as in the file. */
  body: string;
}

const DELIMITERS: Record<FrontMatterFormat, string> = { yaml: '---', toml: '+++' };

/** A mistake in front matter, with the file's line number when there is one. */
export class FrontMatterError extends Error {
  constructor(
    readonly line: number | undefined,
    detail: string,
  ) {
    super(detail);
    this.name = 'FrontMatterError';
  }
}

/** Splits `source` at its front matter; a file without one is all body. */
export function splitFrontMatter(source: string): FrontMatterBlock {
  const text = source.replace(/^\uFEFF/, '');
  const firstBreak = text.indexOf('\n');
  const opening = (firstBreak < 0 ? text : text.slice(0, firstBreak)).trimEnd();
  const format = (Object.keys(DELIMITERS) as FrontMatterFormat[]).find(
    (f) => DELIMITERS[f] === opening,
  );
  if (!format || firstBreak < 0) return { format: undefined, text: '', firstLine: 1, body: text };
  const closings = format === 'yaml' ? ['---', '...'] : ['+++'];
  let start = firstBreak + 1;
  const lines: string[] = [];
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = (end < 0 ? text.slice(start) : text.slice(start, end)).replace(/\r$/, '');
    if (closings.includes(line.trimEnd())) {
      return {
        format,
        text: lines.join('\n'),
        firstLine: 2,
        body: end < 0 ? '' : text.slice(end + 1),
      };
    }
    lines.push(line);
    if (end < 0) break;
    start = end + 1;
  }
  throw new FrontMatterError(1, `the front matter opened by "${opening}" is never closed.`);
}

/** TOML dates as the text they were written as, which dates.ts reads like YAML's. */
function withTextDates(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(withTextDates);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withTextDates(v)]));
  return value;
}

/**
 * YAML as the `yaml` package reads it, else as js-yaml (Hugo's and Jekyll's parsers) does: those
 * take what `yaml` refuses, such as a quoted string over several lines with a blank one. Both
 * with the core schema: dates stay text. The first parser's error is the one reported.
 */
function readYaml(text: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    try {
      return loadYaml(text, { schema: CORE_SCHEMA });
    } catch {
      throw error;
    }
  }
}

/** The front matter's data; YAML dates stay text (its core schema has no timestamps). */
export function parseFrontMatter(block: FrontMatterBlock): Record<string, unknown> {
  if (!block.format || block.text.trim() === '') return {};
  let data: unknown;
  try {
    data = block.format === 'toml' ? withTextDates(parseToml(block.text)) : readYaml(block.text);
  } catch (error) {
    const at =
      error instanceof YAMLParseError
        ? error.linePos?.[0].line
        : error instanceof TomlError
          ? error.line
          : undefined;
    // The parsers' own positions count from the block, not from the file: dropped.
    const message = (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error))
      .replace(/\s*at line \d+, column \d+:?$/, '')
      .replace(/^Invalid TOML document:\s*/, '');
    throw new FrontMatterError(
      at === undefined ? undefined : block.firstLine + at - 1,
      `the front matter is not valid ${block.format.toUpperCase()}: ${message}`,
    );
  }
  if (data === null || data === undefined) return {};
  if (!isRecord(data))
    throw new FrontMatterError(block.firstLine, 'the front matter must be a list of `key: value`.');
  return data;
}

/**
 * A front-matter value by its dotted key, each part in any case (`author.name` finds
 * `Author: {Name: …}`), as Hugo's `param` and Liquid's `page.x` read it.
 */
export function valueAtKey(values: Record<string, unknown>, key: string): unknown {
  let value: unknown = values;
  for (const part of key.split('.')) {
    if (!value || typeof value !== 'object') return undefined;
    value = Object.entries(value).find(([k]) => k.toLowerCase() === part.toLowerCase())?.[1];
  }
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The file's line where the top-level `key` is written, for messages. */
export function lineOfKey(block: FrontMatterBlock, key: string): number | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^(["']?)${escaped}\\1\\s*${block.format === 'toml' ? '=' : ':'}`);
  const lines = block.text.split('\n');
  for (const [i, line] of lines.entries()) {
    // TOML's top-level keys end at its first table.
    if (block.format === 'toml' && /^\s*\[/.test(line)) break;
    if (pattern.test(line)) return block.firstLine + i;
  }
  return undefined;
}
