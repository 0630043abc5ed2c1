import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { plainText } from './plain-text';
import { createSlugger } from './slug';

export interface HeadingInfo {
  node: Heading;
  depth: Heading['depth'];
  text: string;
  id: string;
  /**
   * The id GitHub, Hugo (its default `autoHeadingIDType`) and Gatsby give the same heading, when
   * it is not `id` (`mise-en-œuvre` for `mise-en-oeuvre`): old links to the section still land.
   */
  formerId?: string;
}

/** `## Title {#id}`, `{#id .class}`, `{: #id}`: the id kramdown (Jekyll) and Hugo let an author give. */
const GIVEN_ID = /\s*\{:?\s*#([A-Za-z][\w:.-]*)(?:\s+[^{}]*)?\}\s*$/;

/**
 * The id the author gave a heading, taken out of its text (where a reader would see it) and kept
 * on the node, so that every later reading of the tree finds it.
 */
function givenId(node: Heading): string | undefined {
  const kept = node.data?.hProperties?.id;
  if (typeof kept === 'string') return kept;
  const last = node.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = GIVEN_ID.exec(last.value);
  if (!match?.[1]) return undefined;
  last.value = last.value.slice(0, match.index);
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
  return match[1];
}

/**
 * Every Markdown heading of a document, in order, with its text and unique ASCII id: the one its
 * author gave (`{#id}`), else one made from its text. The table of contents and the ids written
 * into the page both come from here, so they always agree.
 */
export function headings(tree: Root): HeadingInfo[] {
  const slug = createSlugger();
  const github = new GithubSlugger();
  const found: HeadingInfo[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const given = givenId(node);
    const text = plainText(node);
    const id = given ?? slug(text);
    // Every heading counts in GitHub's numbering of repeated ones, as there.
    const formerId = github.slug(text);
    found.push({
      node,
      depth: node.depth,
      text,
      id,
      ...(given === undefined && formerId !== id && formerId !== '' ? { formerId } : {}),
    });
  });
  return found;
}

/** Every id a link to one of `heads` may name: each heading's own, and its former one. */
export function anchorIds(heads: readonly HeadingInfo[]): string[] {
  return heads.flatMap((h) => (h.formerId ? [h.id, h.formerId] : [h.id]));
}
