import type { Blockquote, Paragraph, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { t } from '../config/i18n';

/** GitHub's alert kinds (Hugo reads them too), as the blog's callouts name them. */
const KINDS = {
  note: 'info',
  tip: 'tip',
  important: 'important',
  warning: 'warning',
  caution: 'caution',
} as const;

/** `[!WARNING]`, and the title that may follow it on its line. */
export const ALERT_MARKER = /^\[!(note|tip|important|warning|caution)\][ \t]*([^\n]*)(?:\n|$)/i;

/**
 * `> [!WARNING]` quotes become the blog's callouts, as the `Callout` component renders them (its
 * classes, its label from the dictionary, or the title written after the marker), in `.md` and
 * `.mdx` alike.
 */
export function remarkAlerts() {
  return (tree: Root) => {
    visit(tree, 'blockquote', (node: Blockquote) => {
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const text = first.children[0];
      if (text?.type !== 'text') return;
      const match = ALERT_MARKER.exec(text.value);
      if (!match) return;
      const kind = KINDS[(match[1] ?? 'note').toLowerCase() as keyof typeof KINDS];
      const label = match[2]?.trim() || t.callout[kind];
      text.value = text.value.slice(match[0].length);
      if (text.value === '') first.children.shift();
      // A line break left at the start of the text that follows the marker.
      if (first.children[0]?.type === 'break') first.children.shift();
      if (first.children.length === 0) node.children.shift();
      const title: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['callout-title'] } },
        children: [{ type: 'text', value: label }],
      };
      node.children.unshift(title);
      node.data = {
        ...node.data,
        hName: 'aside',
        hProperties: { className: ['callout', `callout-${kind}`], ariaLabel: label },
      };
    });
  };
}
