/**
 * The article of a post page (its `.prose` block) as normalised HTML, so that two renderings of
 * the same post can be compared: React and rehype-stringify write the same tree with different
 * quoting, entity and `style` spacing choices, and React's streaming renderer splits text with
 * `<!-- -->` markers where its static one writes a single text node.
 */
import type { Element, ElementContent, Root } from 'hast';
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

/** Text split only by comments becomes one text node; whitespace-only text between elements goes. */
function normaliseChildren(children: readonly ElementContent[]): ElementContent[] {
  const merged: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'comment') continue;
    const last = merged.at(-1);
    if (child.type === 'text' && last?.type === 'text')
      merged[merged.length - 1] = { type: 'text', value: last.value + child.value };
    else merged.push(child);
  }
  return merged.flatMap((child) => normalise(child) ?? []);
}

function normalise(node: ElementContent): ElementContent | undefined {
  if (node.type === 'text') return node.value.trim() === '' ? undefined : node;
  if (node.type !== 'element') return node;
  // Attribute order carries no meaning.
  const properties = Object.fromEntries(
    Object.entries(node.properties).sort(([a], [b]) => a.localeCompare(b)),
  );
  if (typeof properties.style === 'string') {
    properties.style = properties.style
      .split(';')
      .map((declaration) => declaration.replace(/\s*:\s*/, ':').trim())
      .filter(Boolean)
      .join(';');
  }
  return { ...node, properties, children: normaliseChildren(node.children) };
}

/** The normalised HTML of the page's article, or throws when the page has none. */
export function articleHtml(page: string): string {
  const prose = findProse(fromHtml(page));
  if (!prose) throw new Error('the page has no .prose article');
  return toHtml({ type: 'root', children: normaliseChildren(prose.children) });
}
