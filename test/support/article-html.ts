/**
 * The article of a post page (its `.prose` block) as normalised HTML, so that two renderings of
 * the same post can be compared: React and rehype-stringify write the same tree with different
 * quoting, entity and `style` spacing choices.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

function findProse(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const classes = child.properties.className;
    if (Array.isArray(classes) && classes.includes('prose')) return child;
    const found = findProse(child);
    if (found) return found;
  }
  return undefined;
}

function normalise(node: RootContent): RootContent | undefined {
  if (node.type === 'comment') return undefined;
  if (node.type === 'text') return node.value.trim() === '' ? undefined : { type: 'text', value: node.value };
  if (node.type !== 'element') return node;
  // Attribute order carries no meaning.
  const properties = Object.fromEntries(Object.entries(node.properties).sort(([a], [b]) => a.localeCompare(b)));
  if (typeof properties.style === 'string') {
    properties.style = properties.style
      .split(';')
      .map((declaration) => declaration.replace(/\s*:\s*/, ':').trim())
      .filter(Boolean)
      .join(';');
  }
  const children = node.children.map(normalise).filter((c): c is Element => c !== undefined);
  return { ...node, properties, children };
}

/** The normalised HTML of the page's article, or throws when the page has none. */
export function articleHtml(page: string): string {
  const prose = findProse(fromHtml(page));
  if (!prose) throw new Error('the page has no .prose article');
  const children = prose.children.map(normalise).filter((c): c is Element => c !== undefined);
  return toHtml({ type: 'root', children });
}
