import type { Heading, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { headings } from '../content/headings';

/**
 * Gives every heading a stable ASCII id (`## Mise en œuvre` → `mise-en-oeuvre`), unique in the
 * document, and an empty anchor with the id other engines gave it, when another (`mise-en-œuvre`).
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    for (const { node, id, formerId } of headings(tree)) {
      node.data ??= {};
      node.data.hProperties = { ...node.data.hProperties, id };
      if (formerId && !hasFormerAnchor(node.children))
        node.children.unshift({
          type: 'text',
          value: '',
          data: { hName: 'span', hProperties: { id: formerId } },
        });
    }
  };
}

/** Run twice on one tree (the build's analysis, then the render), a heading keeps one anchor. */
function hasFormerAnchor(children: Heading['children']): boolean {
  const first = children[0];
  return first?.type === 'text' && first.value === '' && first.data?.hName === 'span';
}
