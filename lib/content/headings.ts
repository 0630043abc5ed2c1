import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { plainText } from './plain-text';
import { createSlugger } from './slug';

export interface HeadingInfo {
  node: Heading;
  depth: Heading['depth'];
  text: string;
  id: string;
}

/**
 * Every Markdown heading of a document, in order, with its text and unique ASCII id. The table of
 * contents and the ids written into the page both come from here, so they always agree.
 */
export function headings(tree: Root): HeadingInfo[] {
  const slug = createSlugger();
  const found: HeadingInfo[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = plainText(node);
    found.push({ node, depth: node.depth, text, id: slug(text) });
  });
  return found;
}
