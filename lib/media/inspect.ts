/**
 * What the build needs to know of a local file: its content hash (the URL it is served under) and,
 * for an image, its format, intrinsic size and whether it is animated. Reading the header is
 * enough (sharp, well under a millisecond an image); the end of the file is checked too, since a
 * truncated upload keeps a valid header.
 */
import sharp, { type Metadata } from 'sharp';
import { contentHash } from './files';

/**
 * Image formats every current browser shows, by sharp's name for them, with the extension a
 * published copy takes (files.ts serves a file by its extension).
 */
const WEB_FORMATS = {
  jpeg: 'jpg',
  png: 'png',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
  svg: 'svg',
} as const;
export type WebImageFormat = keyof typeof WEB_FORMATS;

export function extensionOf(format: WebImageFormat): string {
  return WEB_FORMATS[format];
}

export interface ImageInfo {
  format: WebImageFormat;
  /** Intrinsic size in CSS pixels, EXIF rotation applied; an SVG's from its viewBox. */
  width: number;
  height: number;
  animated: boolean;
}

export type Inspection =
  { ok: true; hash: string; bytes: number; image?: ImageInfo } | { ok: false; reason: string };

const endsWith = (bytes: Uint8Array, tail: number[]) =>
  bytes.length >= tail.length && tail.every((b, i) => bytes[bytes.length - tail.length + i] === b);

/** A file cut short keeps its header: check that its format's last bytes are there. */
function truncated(format: WebImageFormat, bytes: Uint8Array): boolean {
  switch (format) {
    case 'png': // IEND chunk and its CRC
      return !endsWith(bytes, [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
    case 'jpeg': {
      // EOI marker, possibly followed by padding some cameras add
      const tail = bytes.subarray(Math.max(0, bytes.length - 1024));
      return !Buffer.from(tail).includes(Buffer.from([0xff, 0xd9]));
    }
    case 'gif':
      return bytes[bytes.length - 1] !== 0x3b;
    case 'webp': // RIFF length
      return Buffer.from(bytes).readUInt32LE(4) + 8 > bytes.length;
    default:
      return false;
  }
}

/** Inspects a file the build serves: an image when `asImage`, any file otherwise (a PDF, a config). */
export async function inspectFile(bytes: Uint8Array, asImage: boolean): Promise<Inspection> {
  const hash = contentHash(bytes);
  if (!asImage) return { ok: true, hash, bytes: bytes.length };
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { animated: true }).metadata();
  } catch {
    return { ok: false, reason: 'the file is not an image, or it is damaged' };
  }
  // AVIF is a HEIF file with AV1 inside; other HEIF (HEIC photos) browsers do not show.
  const format =
    metadata.format === 'heif' && metadata.compression === 'av1' ? 'avif' : String(metadata.format);
  if (!(format in WEB_FORMATS))
    return {
      ok: false,
      reason: `the file is a ${format.toUpperCase()} image, which browsers do not show: convert it to PNG, JPEG, WebP or AVIF`,
    };
  const web = format as WebImageFormat;
  if (truncated(web, bytes)) return { ok: false, reason: 'the image is cut short (damaged file)' };
  const pages = metadata.pages ?? 1;
  // sharp reports the height of all frames of an animation stacked; one frame's is pageHeight.
  const frameHeight = pages > 1 ? (metadata.pageHeight ?? metadata.height) : metadata.height;
  const rotated = (metadata.orientation ?? 1) >= 5;
  const width = rotated ? frameHeight : metadata.width;
  const height = rotated ? metadata.width : frameHeight;
  if (!width || !height) return { ok: false, reason: 'the image has no size' };
  return {
    ok: true,
    hash,
    bytes: bytes.length,
    image: { format: web, width, height, animated: pages > 1 },
  };
}
