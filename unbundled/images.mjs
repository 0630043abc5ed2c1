// @ts-check
/**
 * The image optimizer's settings, shared by next.config.mjs (what `/_next/image` accepts) and
 * lib/media (the `srcset` the build writes): a width the HTML names is always one the server makes.
 * Why the optimizer resizes at request time, not the build: docs/benchmarks.md, "Images".
 */

/** Widths made on request, in pixels: from a phone at 1× to a wide screen at 2×. */
export const IMAGE_WIDTHS = [384, 640, 828, 1080, 1280, 1600, 1920];

export const IMAGE_QUALITY = 75;

/** Where the build publishes the files of posts (lib/media/publish.ts): `/media/<hash>/<name>`. */
export const MEDIA_PATH_PREFIX = '/media/';

/** @type {import('next').NextConfig['images']} */
export const imagesConfig = {
  deviceSizes: IMAGE_WIDTHS,
  imageSizes: [],
  qualities: [IMAGE_QUALITY],
  // AVIF would be a little smaller, but takes 40 times longer to make (docs/benchmarks.md).
  formats: ['image/webp'],
  // Only the files the build published: no other local path, no remote image.
  localPatterns: [{ pathname: `${MEDIA_PATH_PREFIX}**`, search: '' }],
  remotePatterns: [],
  // A published file never changes under its URL (content hash): keep what is made for a year.
  minimumCacheTTL: 31_536_000,
  dangerouslyAllowSVG: false,
};
