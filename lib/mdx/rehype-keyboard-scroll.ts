/**
 * Code blocks and tables scroll sideways when they are wider than the page (app/globals.css).
 * A reader on a keyboard can only scroll what can take focus (WCAG 2.1.1), so both get
 * `tabindex="0"`, whatever produced them: Shiki, an indented block, raw HTML in a `.md` post.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const SCROLLABLE = new Set(['pre', 'table']);

export function rehypeKeyboardScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (!SCROLLABLE.has(node.tagName)) return;
      // Shiki writes the attribute under its HTML name; hast's own name for it is tabIndex.
      delete node.properties.tabindex;
      node.properties.tabIndex = 0;
    });
  };
}
