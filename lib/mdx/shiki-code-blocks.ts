/**
 * Code blocks as a technical post needs them, at build time (no client JavaScript but the copy
 * button, unbundled/code-copy.mjs): a title naming the file, highlighted, added and removed
 * lines, highlighted words, line numbers (./fence-meta.ts reads the fence), and marks telling the
 * copy button what is not code: a diff's `+`/`-` column, a shell session's prompts and output.
 */
import {
  transformerNotationDiff,
  transformerNotationHighlight,
  transformerNotationWordHighlight,
} from '@shikijs/transformers';
import type { RehypeShikiOptions } from '@shikijs/rehype';
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { parseFenceMeta, type FenceMeta } from './fence-meta';

/** Class of what the copy button leaves out: a prompt, a diff marker, a line of output. */
export const NO_COPY_CLASS = 'no-copy';
/** Class of the element around a code block (and its title), where the copy button goes. */
export const CODE_BLOCK_CLASS = 'code-block';

type ShikiTransformer = NonNullable<RehypeShikiOptions['transformers']>[number];

const SHELL_LANGUAGES = new Set(['shell', 'bash', 'sh', 'zsh', 'console', 'shellsession']);
// `user@host:~$ `, `$ `, `% `, `❯ `; `# ` only where no comment can start a line.
const PROMPT = /^(?:[\w.-]+@[\w.-]+(?::[^\s$#%]*)?\s?)?[$%❯] /;
const ROOT_PROMPT = /^(?:[\w.-]+@[\w.-]+(?::[^\s$#%]*)?\s?)?# /;
const SESSION_LANGUAGES = new Set(['console', 'shellsession']);
const HEREDOC = /<<-?\s*['"]?(\w+)['"]?/;

interface BlockState {
  meta: FenceMeta;
  /**
   * Per line (from 1): how many leading characters are not code (a prompt, a diff marker), or
   * `output` when none of the line is (a command's output, a diff's header).
   */
  lines: Map<number, { skip: number; output?: boolean }>;
}

// Keyed by the block's own `meta` object, which Shiki makes anew for each block.
const states = new WeakMap<object, BlockState>();

/** The block's fence meta and what of each line is not code, worked out once per block. */
function blockState(
  context: { meta: object; options: { lang?: unknown; meta?: { __raw?: string } } },
  code: string,
): BlockState {
  const known = states.get(context.meta);
  if (known) return known;
  const lang = typeof context.options.lang === 'string' ? context.options.lang : '';
  const state: BlockState = { meta: parseFenceMeta(context.options.meta?.__raw), lines: new Map() };
  const lines = code.split('\n');
  if (lang === 'diff') markDiff(lines, state);
  else if (SHELL_LANGUAGES.has(lang)) markSession(lines, state, SESSION_LANGUAGES.has(lang));
  states.set(context.meta, state);
  return state;
}

/** A diff's first column is its marker: `+` added, `-` removed, ` ` kept; headers are no code. */
function markDiff(lines: string[], state: BlockState): void {
  lines.forEach((line, i) => {
    if (/^(?:@@|\+\+\+ |--- |diff |index )/.test(line))
      state.lines.set(i + 1, { skip: 0, output: true });
    else if (/^[-+ ]/.test(line)) {
      state.lines.set(i + 1, { skip: 1 });
      if (line.startsWith('+')) state.meta.inserted.push(i + 1);
      if (line.startsWith('-')) state.meta.deleted.push(i + 1);
    }
  });
}

/**
 * A shell session (a block with at least one prompt): the commands are code, the prompts and the
 * output are not. A command continued with `\` or feeding a here-document goes on.
 */
function markSession(lines: string[], state: BlockState, rootPrompt: boolean): void {
  const prompt = (line: string) =>
    PROMPT.exec(line)?.[0] ?? (rootPrompt ? ROOT_PROMPT.exec(line)?.[0] : undefined);
  if (!lines.some((line) => prompt(line) !== undefined)) return;
  let continued = false;
  let heredoc: string | undefined;
  lines.forEach((line, i) => {
    const number = i + 1;
    if (heredoc !== undefined) {
      if (line.trim() === heredoc) heredoc = undefined;
      return;
    }
    const shown = continued ? '' : prompt(line);
    if (shown === undefined) {
      state.lines.set(number, { skip: 0, output: true });
      return;
    }
    if (shown) state.lines.set(number, { skip: shown.length });
    continued = line.trimEnd().endsWith('\\');
    heredoc = HEREDOC.exec(line)?.[1];
  });
}

/** Splits the line's first `length` characters off into a span of their own, marked no-copy. */
function markLeadingCharacters(line: Element, length: number): void {
  const first = line.children[0];
  if (first?.type !== 'element') return;
  const text = toString(first);
  if (text.length < length) return;
  const marker: Element = {
    type: 'element',
    tagName: 'span',
    properties: { ...first.properties, class: NO_COPY_CLASS },
    children: [{ type: 'text', value: text.slice(0, length) }],
  };
  const rest: ElementContent[] =
    text.length > length
      ? [{ ...first, children: [{ type: 'text', value: text.slice(length) }] }]
      : [];
  line.children.splice(0, 1, marker, ...rest);
}

/**
 * A notation comment taken out (`x = 1; // [!code ++]`) leaves the space before it: shown, and
 * copied, it is a trailing space the author never wrote.
 */
function trimLineEnds(code: Element): void {
  for (const line of code.children) {
    let last: ElementContent | undefined = line;
    while (last?.type === 'element') last = last.children.at(-1);
    if (last?.type === 'text') last.value = last.value.replace(/[ \t]+$/, '');
  }
}

/**
 * Lines marked added or removed (`// [!code ++]`, `ins={…}`) say so in text too, in a column of
 * `+` and `-` as a diff has, and not only in colour. After Shiki's decorations (highlighted
 * words), which count characters from the line's start.
 */
function markDiffColumn(code: Element): void {
  const lines = code.children.filter((c): c is Element => c.type === 'element');
  const kind = (line: Element) => {
    const written = line.properties.class;
    const classes = (Array.isArray(written) ? written.join(' ') : String(written ?? '')).split(
      /\s+/,
    );
    if (!classes.includes('diff')) return ' ';
    return classes.includes('add') ? '+' : classes.includes('remove') ? '-' : ' ';
  };
  if (lines.every((line) => kind(line) === ' ')) return;
  for (const line of lines)
    line.children.unshift({
      type: 'element',
      tagName: 'span',
      properties: { class: `diff-marker ${NO_COPY_CLASS}` },
      children: [{ type: 'text', value: kind(line) }],
    });
}

const codeBlockTransformer: ShikiTransformer = {
  name: 'carnet:code-block',
  preprocess(code, options) {
    const { meta } = blockState(this, code);
    if (meta.words.length === 0) return;
    options.decorations ??= [];
    const taken: Array<[number, number]> = [];
    for (const word of meta.words) {
      for (let at = code.indexOf(word); at >= 0; at = code.indexOf(word, at + word.length)) {
        const end = at + word.length;
        // Shiki refuses overlapping decorations (`/foo/ /foobar/`): the first word wins.
        if (taken.some(([from, to]) => at < to && end > from)) continue;
        taken.push([at, end]);
        options.decorations.push({ start: at, end, properties: { class: 'highlighted-word' } });
      }
    }
  },
  line(node, number) {
    const { meta, lines } = blockState(this, this.source);
    if (meta.highlighted.includes(number)) this.addClassToHast(node, 'highlighted');
    if (meta.inserted.includes(number)) this.addClassToHast(node, 'diff add');
    if (meta.deleted.includes(number)) this.addClassToHast(node, 'diff remove');
    const line = lines.get(number);
    if (line?.output) this.addClassToHast(node, NO_COPY_CLASS);
    else if (line?.skip) markLeadingCharacters(node, line.skip);
  },
  pre(node) {
    const { meta } = blockState(this, this.source);
    if (/\bhas-/.test(String(node.properties.class))) trimLineEnds(this.code);
    if (this.options.lang !== 'diff') markDiffColumn(this.code);
    if (meta.lineNumbersFrom === undefined) return;
    this.addClassToHast(node, 'line-numbers');
    const style = typeof node.properties.style === 'string' ? node.properties.style : '';
    node.properties.style = `${style};--first-line:${meta.lineNumbersFrom - 1}`;
  },
  root(root): Root {
    const { meta } = blockState(this, this.source);
    const block = root.children.filter((c): c is Element => c.type === 'element');
    const title: Element[] = meta.title
      ? [
          {
            type: 'element',
            tagName: 'figcaption',
            properties: { className: ['code-title'] },
            children: [{ type: 'text', value: meta.title }],
          },
        ]
      : [];
    return {
      type: 'root',
      children: [
        {
          type: 'element',
          // A titled block is a figure named by its title, as a screen reader announces it.
          tagName: meta.title ? 'figure' : 'div',
          properties: { className: [CODE_BLOCK_CLASS] },
          children: [...title, ...block],
        },
      ],
    };
  },
};

/** The transformers of every code block, in order: the notations (`// [!code ++]`) first. */
export const codeBlockTransformers: ShikiTransformer[] = [
  transformerNotationDiff({ matchAlgorithm: 'v3' }),
  transformerNotationHighlight({ matchAlgorithm: 'v3' }),
  transformerNotationWordHighlight({
    matchAlgorithm: 'v3',
    classActivePre: 'has-highlighted-words',
  }),
  codeBlockTransformer,
];
