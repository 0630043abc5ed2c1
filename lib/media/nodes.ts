/**
 * Images and links in an article's tree, whether the Markdown made them (hast elements) or the
 * author wrote them as JSX in MDX: one way to read and write their attributes, by HTML name.
 */
import type { Element } from 'hast';
import type {
  MdxJsxAttribute,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
} from 'mdast-util-mdx-jsx';
import { find, html } from 'property-information';

/** Attributes the plugins add for the writer, which removes them. */
export const MARKERS = { line: 'data-media-line', altMissing: 'data-alt-missing' } as const;

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
export type MediaNode = Element | JsxElement;

/** Reads and writes a node's attributes by their HTML names, whether hast or MDX JSX. */
export function attributesOf(node: MediaNode) {
  if (node.type === 'element') {
    const property = (name: string) => find(html, name).property;
    return {
      get(name: string): string | undefined {
        const value = node.properties[property(name)];
        if (value === undefined || value === null || value === false) return undefined;
        return Array.isArray(value) ? value.join(' ') : String(value === true ? '' : value);
      },
      set(name: string, value: string): void {
        node.properties[property(name)] = value;
      },
      remove(name: string): void {
        delete node.properties[property(name)];
      },
    };
  }
  // JSX names as React takes them: srcSet, fetchPriority.
  const jsxName = (name: string) => (name.startsWith('data-') ? name : find(html, name).property);
  const attribute = (name: string) =>
    node.attributes.find(
      (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === jsxName(name),
    );
  return {
    get(name: string): string | undefined {
      const value = attribute(name)?.value;
      return typeof value === 'string' ? value : value === null ? '' : undefined;
    },
    set(name: string, value: string): void {
      const existing = attribute(name);
      if (existing) existing.value = value;
      else node.attributes.push({ type: 'mdxJsxAttribute', name: jsxName(name), value });
    },
    remove(name: string): void {
      node.attributes = node.attributes.filter(
        (a) => !(a.type === 'mdxJsxAttribute' && a.name === jsxName(name)),
      );
    },
  };
}
