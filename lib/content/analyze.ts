/**
 * What the blog derives from a post's body at build time: summary, table of contents and
 * reading time. Works on the Markdown syntax tree, so code, links and HTML are handled as such.
 */
import type { Node, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkPandocMath } from '../mdx/pandoc-math';
import { CONTINUE, EXIT, visit } from 'unist-util-visit';
import { anchorIds, headings } from './headings';
import { referencesOf, type Reference } from './links';
import { plainText } from './plain-text';

export type BodyFormat = 'md' | 'mdx';

export interface TocEntry {
  depth: 2 | 3;
  text: string;
  id: string;
}

export interface BodyAnalysis {
  /** Plain text before the more-marker, else the first paragraph; empty when the body has no text. */
  excerpt: string;
  /** The excerpt is what the author marked with the more-marker. */
  moreMarker: boolean;
  toc: TocEntry[];
  /** Everything a reader reads, as one line of plain text (for search). */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** Its links and images, for the link check (./links.ts), lines as the tree numbers them. */
  references: Reference[];
  /** The ids of its headings, every level: what an anchor may name. */
  headingIds: string[];
  /** It has a code block: its page loads the copy button (unbundled/code-copy.mjs). */
  hasCode: boolean;
  /** It has TeX math: its page loads KaTeX's styles. */
  hasMath: boolean;
}

export const WORDS_PER_MINUTE = 220;
export const EXCERPT_MAX_LENGTH = 300;

// Math as the render reads it (lib/mdx/plugins.ts): `{` in MDX math is no expression.
const mdParser = unified().use(remarkParse).use(remarkGfm).use(remarkPandocMath);
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkPandocMath);

export function parseBody(body: string, format: BodyFormat): Root {
  return (format === 'mdx' ? mdxParser : mdParser).parse(body);
}

export function analyzeBody(body: string, format: BodyFormat): BodyAnalysis {
  return analyzeTree(parseBody(body, format));
}

/** The analysis of a body already parsed (by `parseBody`, or by the build's own pipeline before any transform). */
export function analyzeTree(tree: Root): BodyAnalysis {
  // First: it takes the ids authors give (`{#id}`) out of the headings' text.
  const heads = headings(tree);
  const text = plainText(tree);
  const wordCount = countWords(text);
  return {
    excerpt: excerptOf(tree),
    moreMarker: tree.children.some(isMoreMarker),
    toc: heads.flatMap(({ depth, text, id }) =>
      depth === 2 || depth === 3 ? [{ depth, text, id }] : [],
    ),
    text,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    references: referencesOf(tree),
    headingIds: anchorIds(heads),
    hasCode: has(tree, (node) => node.type === 'code'),
    hasMath: has(tree, (node) => node.type === 'math' || node.type === 'inlineMath'),
  };
}

function has(tree: Root, test: (node: Node) => boolean): boolean {
  let found = false;
  visit(tree, (node) => {
    found = test(node);
    return found ? EXIT : CONTINUE;
  });
  return found;
}

/** `<!--more-->` in Markdown, `{/* more *\/}` in MDX. */
function isMoreMarker(node: RootContent): boolean {
  if (node.type === 'html') return /^<!--\s*more\s*-->$/i.test(node.value.trim());
  if (node.type === 'mdxFlowExpression') return /^\/\*\s*more\s*\*\/$/i.test(node.value.trim());
  return false;
}

function excerptOf(tree: Root): string {
  const marker = tree.children.findIndex(isMoreMarker);
  // A summary is prose: a code block before the marker stays in the article.
  const nodes =
    marker >= 0
      ? tree.children.slice(0, marker).filter((n) => n.type !== 'code')
      : tree.children.filter((n) => n.type === 'paragraph').slice(0, 1);
  return truncate(nodes.map(plainText).filter(Boolean).join(' '), EXCERPT_MAX_LENGTH);
}

export function countWords(text: string): number {
  return text.split(/[\s\u2019']+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The excerpt of a post, in Hugo's order: the text before its more-marker, else its front-matter
 * summary, else its first paragraph.
 */
export function postExcerpt(
  summary: string | undefined,
  body: Pick<BodyAnalysis, 'excerpt' | 'moreMarker'>,
): string {
  const given = summary?.trim();
  if ((body.moreMarker && body.excerpt) || !given) return body.excerpt;
  return truncate(given.replace(/\s+/g, ' '), EXCERPT_MAX_LENGTH);
}

/** Cuts at a word boundary and adds an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?]+$/u, '')}…`;
}
