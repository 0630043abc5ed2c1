/**
 * Images and linked files in a post's article. At build time the plugins only mark what the content
 * store's writer resolves later (lib/media/publish-article.ts), with the line each was written on:
 * the writer sees every post at every build, Contentlayer's cache included, so a file that changed
 * or went missing is never missed. In the live preview they resolve at once, from disk.
 *
 * An image alone in its paragraph with a title (`![Schéma](./schema.svg "Le réseau")`) becomes a
 * figure with that caption.
 */
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import type { Image, Root as MdastRoot } from 'mdast';
import { visit } from 'unist-util-visit';
import { attributesOf, MARKERS, type MediaNode } from './nodes';
import { finishMediaNodes, type MediaContext } from './publish-article';
import { classifyReference, locateFile } from './resolve';
import { POST_EXTENSION } from '../content/slug';

/** `![](x.png)`: hast gives it alt="", like a decorative image; mark it before the difference is lost. */
export function remarkMarkMissingAlt() {
  return (tree: MdastRoot): void => {
    visit(tree, 'image', (node: Image) => {
      if (node.alt) return;
      node.data ??= {};
      node.data.hProperties = { ...node.data.hProperties, dataAltMissing: '' };
    });
  };
}

const isWhitespace = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/** An image alone in its paragraph, with a title: a figure and its caption. */
function asFigure(paragraph: Element): Element | undefined {
  const content = paragraph.children.filter((child) => !isWhitespace(child));
  const image = content[0];
  if (content.length !== 1 || image?.type !== 'element' || image.tagName !== 'img')
    return undefined;
  const title = image.properties.title;
  if (typeof title !== 'string' || title.trim() === '') return undefined;
  delete image.properties.title;
  return {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [
      image,
      {
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        children: [{ type: 'text', value: title }],
      },
    ],
    position: paragraph.position,
  };
}

/** A relative link to a file beside the post (slides, a sample config): published like an image. */
function linksToFile(href: string, postFile: string, contentDir: string): boolean {
  if (href.startsWith('/') || href.startsWith('#') || href.startsWith('?')) return false;
  const reference = classifyReference(href, postFile);
  if (reference.kind !== 'local' || POST_EXTENSION.test(reference.path)) return false;
  return typeof locateFile(contentDir, reference.path) === 'object';
}

export interface RehypeMediaOptions {
  /** The live preview: resolve and publish now, rather than leave it to the store's writer. */
  live?: MediaContext;
}

import type { VFile } from 'vfile';

export function rehypeMedia(options: RehypeMediaOptions = {}) {
  return async (tree: Root, file: VFile): Promise<void> => {
    // Contentlayer puts the document's path (under content/) on the file; the preview passes it.
    const raw = file.data.rawDocumentData as { sourceFilePath?: string } | undefined;
    const postFile = options.live?.postFile ?? raw?.sourceFilePath;
    if (!postFile) return;
    const contentDir = join(/* turbopackIgnore: true */ process.cwd(), 'content');
    const marked: MediaNode[] = [];
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && node.tagName === 'p' && parent && index !== undefined) {
        // The figure takes the paragraph's place; the visit goes on into the paragraph's children,
        // the image among them.
        const figure = asFigure(node);
        if (figure) parent.children[index] = figure;
        return;
      }
      const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
      if (node.type !== 'element' && !isJsx) return;
      const element = node as MediaNode;
      const name = element.type === 'element' ? element.tagName : element.name;
      const attributes = attributesOf(element);
      const line = String(node.position?.start.line ?? 0);
      if (name === 'img' && attributes.get('src') !== undefined) {
        attributes.set(MARKERS.line, line);
        // Until the store's writer decides: React would otherwise add a preload of the path as
        // written to the HTML of an MDX post.
        attributes.set('loading', 'lazy');
        if (attributes.get('alt') === undefined) attributes.set(MARKERS.altMissing, '');
        marked.push(element);
      } else if (name === 'a') {
        const href = attributes.get('href');
        if (href && linksToFile(href, postFile, contentDir)) {
          attributes.set(MARKERS.line, line);
          marked.push(element);
        }
      }
    });
    if (!options.live) return;
    const report = await finishMediaNodes(marked, options.live);
    for (const warning of report.warnings) console.warn(warning);
    if (report.problems.length > 0) throw new Error(report.problems.join('\n'));
  };
}
