import type { Element } from 'hast';

/** Whether a hast element has the class `name`, as rehype parses and builds them (`className`). */
export function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}
