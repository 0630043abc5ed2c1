/**
 * The attributes of a published image, the same for the built pages and the live preview: its
 * intrinsic size (no layout shift), responsive WebP sizes made by Next.js's image optimizer, and
 * lazy loading for all but the first image of a page. Client-safe.
 */
import { IMAGE_WIDTHS } from '../../unbundled/images.mjs';
import { optimizedImagePath } from '../routes';
import type { ImageInfo } from './inspect';

export interface PublishedImage extends Pick<
  ImageInfo,
  'width' | 'height' | 'format' | 'animated'
> {
  /** The original file, under its content hash: `/media/<hash>/<name>`. */
  src: string;
}

/** The article column: `max-w-3xl` less its padding (app/layout.tsx). */
const COLUMN = { minWidth: '48rem', width: 736, narrow: 'calc(100vw - 2rem)' };

/** The widths a browser may pick from, never above the image's own (nothing is enlarged). */
export function srcSet(image: Pick<PublishedImage, 'src' | 'width'>): string {
  const below = IMAGE_WIDTHS.filter((w) => w < image.width);
  // The intrinsic width comes from the next width the optimizer makes, which does not enlarge.
  const above = IMAGE_WIDTHS.find((w) => w >= image.width);
  const candidates = below.map((w) => `${optimizedImagePath(image.src, w)} ${w}w`);
  if (above !== undefined)
    candidates.push(`${optimizedImagePath(image.src, above)} ${image.width}w`);
  return candidates.join(', ');
}

/** The width the image takes in the column, which is never more than its own. */
export function sizes(width: number): string {
  return `(min-width: ${COLUMN.minWidth}) ${Math.min(width, COLUMN.width)}px, min(${width}px, ${COLUMN.narrow})`;
}

/** Vector images and animations are served as they are: resizing would flatten them. */
export function isResizable(image: Pick<PublishedImage, 'format' | 'animated'>): boolean {
  return image.format !== 'svg' && !image.animated;
}

/**
 * The size an image is shown at: its own, or the one its author gave in HTML (`width="300"`), the
 * other side following the image's proportions.
 */
export function displaySize(
  image: Pick<PublishedImage, 'width' | 'height'>,
  given: { width?: string; height?: string },
): { width: number; height: number } {
  const width = Number.parseInt(given.width ?? '', 10);
  const height = Number.parseInt(given.height ?? '', 10);
  const ratio = image.height / image.width;
  if (width > 0 && height > 0) return { width, height };
  if (width > 0) return { width, height: Math.round(width * ratio) };
  if (height > 0) return { width: Math.round(height / ratio), height };
  return { width: image.width, height: image.height };
}

/** HTML attribute names and values, in the order they are written. */
export function imageAttributes(
  image: PublishedImage,
  { eager, responsive = true }: { eager: boolean; responsive?: boolean },
  display: { width: number; height: number } = image,
): Array<[string, string]> {
  const attributes: Array<[string, string]> = [['src', image.src]];
  if (responsive && isResizable(image)) {
    attributes.push(['srcset', srcSet(image)], ['sizes', sizes(display.width)]);
  }
  attributes.push(['width', String(display.width)], ['height', String(display.height)]);
  if (eager) attributes.push(['loading', 'eager'], ['fetchpriority', 'high']);
  else attributes.push(['loading', 'lazy'], ['decoding', 'async']);
  return attributes;
}

/** A remote image: its size is unknown (it is never fetched), its loading can still wait. */
export function remoteImageAttributes(eager: boolean): Array<[string, string]> {
  return eager
    ? [
        ['loading', 'eager'],
        ['fetchpriority', 'high'],
      ]
    : [
        ['loading', 'lazy'],
        ['decoding', 'async'],
      ];
}
