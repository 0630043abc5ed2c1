/**
 * Turns the images and file links the plugins marked (./rehype-media.ts) into what readers get:
 * each local file published under its content hash, each image with its size, its responsive
 * sizes and its loading priority. A problem names the post's file, the line and the path as
 * written; the build reports every problem of every post together.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { displaySize, imageAttributes, remoteImageAttributes } from './attributes';
import type { WebImageFormat } from './inspect';
import type { MediaLibrary } from './library';
import { attributesOf, MARKERS, type MediaNode } from './nodes';

export interface MediaContext {
  library: MediaLibrary;
  /** The post's file under content/ (`posts/a/index.md`), from which relative paths start. */
  postFile: string;
  /** The first image of the article loads at once: false when a cover image comes before it. */
  eagerFirst: boolean;
  /**
   * Whether an image (by its published URL) gets responsive sizes through the image optimizer:
   * always at build time; in the live preview only when the build published it too, since a
   * draft's image must not enter the optimizer's cache, which any reader can read.
   */
  responsive?: (src: string) => boolean;
}

export interface MediaReport {
  /** `content/posts/a.md:12: image "./x.png": no such file …`. */
  problems: string[];
  warnings: string[];
}

const where = (context: MediaContext, line: string | undefined) =>
  `content/${context.postFile}${line && line !== '0' ? `:${line}` : ''}`;

/** Resolves `nodes` (in document order) in place. */
export async function finishMediaNodes(
  nodes: MediaNode[],
  context: MediaContext,
): Promise<MediaReport> {
  const report: MediaReport = { problems: [], warnings: [] };
  let images = 0;
  for (const node of nodes) {
    const attributes = attributesOf(node);
    const line = attributes.get(MARKERS.line);
    const isImage = (node.type === 'element' ? node.tagName : node.name) === 'img';
    const written = attributes.get(isImage ? 'src' : 'href') ?? '';
    attributes.remove(MARKERS.line);
    if (isImage) {
      const eager = context.eagerFirst && images === 0;
      images += 1;
      if (attributes.get(MARKERS.altMissing) !== undefined) {
        attributes.remove(MARKERS.altMissing);
        report.warnings.push(
          `${where(context, line)}: image "${written}" has no alt text: describe it for readers who cannot see it (or write alt="" in HTML if it is only decorative).`,
        );
      }
      const resolution = await context.library.resolve(written, context.postFile, true);
      if (!resolution.ok) {
        report.problems.push(`${where(context, line)}: image "${written}": ${resolution.reason}`);
        continue;
      }
      if (resolution.kind === 'local' && resolution.caseDiffers) {
        report.warnings.push(
          `${where(context, line)}: image "${written}" is ${resolution.path} on disk: write it with the same letter case, or it breaks on a case-sensitive disk.`,
        );
      }
      const set =
        resolution.kind === 'remote'
          ? remoteImageAttributes(eager)
          : resolution.image
            ? imageAttributes(
                { src: resolution.url, ...resolution.image },
                { eager, responsive: context.responsive?.(resolution.url) ?? true },
                displaySize(resolution.image, {
                  width: attributes.get('width'),
                  height: attributes.get('height'),
                }),
              )
            : [];
      for (const [name, value] of set) attributes.set(name, value);
    } else {
      const resolution = await context.library.resolve(written, context.postFile, false);
      if (!resolution.ok)
        report.problems.push(`${where(context, line)}: link "${written}": ${resolution.reason}`);
      else attributes.set('href', resolution.url);
    }
  }
  return report;
}

/** A cover as the store keeps it: published (size known), or remote (never fetched). */
export interface CoverImage {
  src: string;
  width?: number;
  height?: number;
  format?: WebImageFormat;
  animated?: boolean;
  /** False for a draft's cover in the live preview: see MediaContext.responsive. */
  responsive?: boolean;
  /** Front-matter `imageAlt`; without it the cover is decorative (`alt=""`). */
  alt?: string;
}

/**
 * The front-matter `image` of `postFile`, published, with its `imageAlt`; a problem names the
 * file and the field.
 */
export async function publishCover(
  { image, imageAlt }: { image?: string; imageAlt?: string },
  postFile: string,
  library: MediaLibrary,
): Promise<{ cover?: CoverImage; problem?: string }> {
  if (!image?.trim()) return {};
  const resolution = await library.resolve(image, postFile, true);
  if (!resolution.ok)
    return { problem: `content/${postFile}: field "image": "${image}": ${resolution.reason}` };
  const alt = imageAlt?.trim() ? { alt: imageAlt.trim() } : {};
  if (resolution.kind === 'remote') return { cover: { src: resolution.url, ...alt } };
  if (!resolution.image) return {};
  // Named one by one: an inspection cache written by an older build may hold more.
  const { width, height, format, animated } = resolution.image;
  return { cover: { src: resolution.url, width, height, format, animated, ...alt } };
}

/** An image tag, or a link, whatever its attributes hold (a `>` inside quotes included). */
const TAG = /<(?:img|a)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;

/** The article's HTML as the build rendered it, with its marked images and links resolved. */
export async function publishArticle(
  html: string,
  context: MediaContext,
): Promise<MediaReport & { html: string }> {
  const found: Array<{ start: number; end: number; element: Element }> = [];
  for (const match of html.matchAll(TAG)) {
    const isLink = /^<a\b/i.test(match[0]);
    // Links are the plugin's only when marked; images all are (a remote one still gets lazy loading).
    if (isLink && !match[0].includes(MARKERS.line)) continue;
    const element = fromHtml(isLink ? `${match[0]}</a>` : match[0], { fragment: true }).children[0];
    if (element?.type !== 'element') continue;
    found.push({ start: match.index, end: match.index + match[0].length, element });
  }
  if (found.length === 0) return { html, problems: [], warnings: [] };
  const report = await finishMediaNodes(
    found.map((f) => f.element),
    context,
  );
  let out = '';
  let last = 0;
  for (const { start, end, element } of found) {
    out += html.slice(last, start) + toHtml(element).replace(/<\/a>$/i, '');
    last = end;
  }
  return { ...report, html: out + html.slice(last) };
}
