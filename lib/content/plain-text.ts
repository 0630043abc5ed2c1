import type { Nodes } from 'mdast';

/** Phrasing containers: their children are one run of text, joined without spaces. */
const INLINE = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'link',
  'linkReference',
  'emphasis',
  'strong',
  'delete',
]);

/** Not read as text: raw HTML, MDX code and comments, footnote markers, images, display math. */
const SKIPPED = new Set([
  'html',
  'math',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'footnoteReference',
  'image',
  'imageReference',
  'definition',
  'yaml',
  'toml',
]);

function collect(node: Nodes): string {
  if (SKIPPED.has(node.type)) return '';
  // An alert's `[!NOTE]` is markup, not text (lib/mdx/remark-alerts.ts).
  if (node.type === 'blockquote')
    return node.children
      .map(collect)
      .join(' ')
      .replace(/^\[!(?:note|tip|important|warning|caution)\]\s*/i, '');
  if (node.type === 'break') return ' ';
  if ('value' in node) return node.value;
  if ('children' in node) {
    const parts: string[] = (node.children as Nodes[]).map(collect);
    return parts.join(INLINE.has(node.type) ? '' : ' ');
  }
  return '';
}

/** What a reader reads in a Markdown/MDX tree, as one line of text; blocks are kept apart by a space. */
export function plainText(node: Nodes): string {
  return collect(node).replace(/\s+/g, ' ').trim();
}
