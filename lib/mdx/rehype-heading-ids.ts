import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { createSlugger } from '../content/slug';

const HEADING = /^h[1-6]$/;

/** Gives every heading a stable ASCII id (`## Mise en œuvre` → `mise-en-oeuvre`), unique in the document. */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const slug = createSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName)) return;
      const id = slug(toString(node));
      node.properties.id ??= id;
    });
  };
}
