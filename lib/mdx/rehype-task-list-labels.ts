/**
 * A GFM task list item is a bare checkbox followed by its text: screen readers announce "case à
 * cocher" with no name (WCAG 1.3.1, 4.1.2). The checkbox and the text after it, up to the first
 * block (a nested list, a paragraph), are wrapped in a <label>, which names the box by its text.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { hasClass } from './has-class';

/** Elements a <label> may not hold: where the item's own text ends. */
const BLOCKS = new Set([
  'address',
  'blockquote',
  'details',
  'div',
  'dl',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

const isCheckbox = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'input' && node.properties.type === 'checkbox';

function labelCheckbox(parent: Element): void {
  const start = parent.children.findIndex(isCheckbox);
  if (start === -1) return;
  let end = start + 1;
  while (end < parent.children.length) {
    const child = parent.children[end];
    if (child?.type === 'element' && BLOCKS.has(child.tagName)) break;
    end += 1;
  }
  const label: Element = {
    type: 'element',
    tagName: 'label',
    properties: {},
    children: parent.children.slice(start, end),
  };
  parent.children.splice(start, end - start, label);
}

export function rehypeTaskListLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'li' || !hasClass(node, 'task-list-item')) return;
      // A loose list puts the checkbox in the item's first paragraph.
      const first = node.children.find((child): child is Element => child.type === 'element');
      labelCheckbox(first?.tagName === 'p' && first.children.some(isCheckbox) ? first : node);
    });
  };
}
