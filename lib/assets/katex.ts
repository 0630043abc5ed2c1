/**
 * KaTeX's stylesheet and fonts, served by the site from the npm package (no CDN), to the pages
 * that have math only (app/post-page.tsx links the stylesheet there).
 */
import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { katexStylesheetPath } from '../routes';

const PACKAGE = packageDir('katex');
const DIST = join(PACKAGE, 'dist');
const KATEX_VERSION = readVersion();
/** In the path, so that a URL always serves the same bytes (kept a year by browsers). */
export const katexStylesheet = katexStylesheetPath(KATEX_VERSION);

/** Where Node finds `name` from the working directory: in its node_modules, or a parent's. */
function packageDir(name: string): string {
  for (let dir = /* turbopackIgnore: true */ process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(/* turbopackIgnore: true */ dir, 'node_modules', name);
    if (existsSync(join(/* turbopackIgnore: true */ candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`The package ${name} is not installed: run npm ci.`);
  }
}

function readVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
  const version =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest
      ? manifest.version
      : undefined;
  return typeof version === 'string' ? version : 'unknown';
}
const FONT = /^KaTeX_[A-Za-z0-9_-]+\.(woff2|woff|ttf)$/;
const FONT_TYPES: Record<string, string> = {
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
};

export interface KatexAsset {
  bytes: Buffer;
  contentType: string;
}

/** `katex.min.css` or `fonts/<font>` of this KaTeX version; undefined for anything else. */
export async function readKatexAsset(
  version: string,
  file: readonly string[],
): Promise<KatexAsset | undefined> {
  if (version !== KATEX_VERSION) return undefined;
  const [first, second, ...rest] = file;
  let path: string;
  let contentType: string;
  if (first === 'katex.min.css' && second === undefined) {
    path = join(DIST, first);
    contentType = 'text/css; charset=utf-8';
  } else if (first === 'fonts' && second !== undefined && rest.length === 0 && FONT.test(second)) {
    path = join(DIST, 'fonts', second);
    contentType = FONT_TYPES[second.slice(second.lastIndexOf('.') + 1)] ?? 'font/woff2';
  } else return undefined;
  try {
    return { bytes: await readFile(/* turbopackIgnore: true */ path), contentType };
  } catch {
    return undefined;
  }
}
