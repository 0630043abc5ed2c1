/**
 * Sections a reader can share: h2–h4 are followed by a link to themselves ("#", shown on hover
 * and focus by app/globals.css). The link sits beside the heading, in a wrapper, not inside it:
 * inside, its name would become part of the heading's, read out and listed by screen readers
 * with every heading. Feeds drop it (lib/feeds/render.ts).
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { t } from '../config/i18n';
import { hasClass } from './has-class';

export const HEADING_WRAPPER_CLASS = 'heading-anchor';
export const HEADING_LINK_CLASS = 'heading-link';
const LINKED = new Set(['h2', 'h3', 'h4']);

export function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!LINKED.has(node.tagName) || !parent || index === undefined) return;
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '') return;
      // A heading for screen readers only (the footnotes' own) has nothing to show a link beside.
      if (hasClass(node, 'sr-only')) return;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: [HEADING_LINK_CLASS], href: `#${id}`, ariaLabel: t.headingLink },
        children: [{ type: 'text', value: '#' }],
      };
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: [HEADING_WRAPPER_CLASS] },
        children: [node, link],
      };
      return SKIP;
    });
  };
}
