import type { Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { headings } from '../content/headings';

/** Gives every heading a stable ASCII id (`## Mise en œuvre` → `mise-en-oeuvre`), unique in the document. */
export function remarkHeadingIds() {
  return (tree: Root) => {
    for (const { node, id } of headings(tree)) {
      node.data ??= {};
      node.data.hProperties = { ...node.data.hProperties, id };
    }
  };
}
