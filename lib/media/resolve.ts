/**
 * Where an image or a linked file of a post lives, from the path the author wrote: next to the
 * post (`./schema.png`, `../images/capture.png`, anywhere under content/), in public/
 * (`/images/capture.png`), or elsewhere on the web (`https://…`, kept as it is). A path never
 * leads out of content/ or public/.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';

/** The folders local files come from, relative to the project. */
export type MediaRoot = 'content' | 'public';

export type MediaReference =
  | { kind: 'remote'; url: string }
  | { kind: 'local'; root: MediaRoot; path: string }
  | { kind: 'invalid'; reason: string };

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const REMOTE_SCHEMES = new Set(['http:', 'https:', 'data:']);

/** `%20` and `%C3%A9` as the author's Markdown may write them, else the path as written. */
function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * What `src` (as written in `postFile`, a path under content/ such as `posts/a/index.md`) points
 * at. Only the path counts: a query or fragment (`?v=2`, `#center`) is ignored.
 */
export function classifyReference(src: string, postFile: string): MediaReference {
  const written = src.trim();
  if (written === '') return { kind: 'invalid', reason: 'the path is empty' };
  if (written.startsWith('//')) return { kind: 'remote', url: written };
  const scheme = SCHEME.exec(written)?.[0].toLowerCase();
  if (scheme) {
    return REMOTE_SCHEMES.has(scheme)
      ? { kind: 'remote', url: written }
      : {
          kind: 'invalid',
          reason: `"${scheme}" is not an address a browser can load an image from`,
        };
  }
  const path = decodePath(written.replace(/[?#].*$/s, '')).replace(/\\/g, '/');
  if (path === '' || path.endsWith('/'))
    return { kind: 'invalid', reason: 'the path names a folder, not a file' };
  if (path.startsWith('/')) {
    // As in a browser, `..` cannot climb above the site's root.
    return { kind: 'local', root: 'public', path: posix.normalize(path).replace(/^\/+/, '') };
  }
  const inContent = posix.normalize(posix.join(posix.dirname(postFile), path));
  if (inContent.startsWith('../') || inContent === '..' || posix.isAbsolute(inContent))
    return { kind: 'invalid', reason: 'the path leads outside content/' };
  return { kind: 'local', root: 'content', path: inContent };
}

export interface LocatedFile {
  /** Absolute path of the file on disk. */
  file: string;
  /** Its path under its root as it is on disk, which may differ in case or accents from the one written. */
  path: string;
  /** The path written differs from the file's in letter case only: it works here, not on every disk. */
  caseDiffers: boolean;
}

function isFile(file: string): boolean {
  try {
    return statSync(/* turbopackIgnore: true */ file).isFile();
  } catch {
    return false;
  }
}

/** The entry of `dir` named `name`, whatever its Unicode form (macOS writes é as e + ◌́) or case. */
function findEntry(dir: string, name: string): { name: string; caseDiffers: boolean } | undefined {
  let entries: string[];
  try {
    entries = readdirSync(/* turbopackIgnore: true */ dir);
  } catch {
    return undefined;
  }
  const nfc = name.normalize('NFC');
  const exact = entries.find((entry) => entry.normalize('NFC') === nfc);
  if (exact) return { name: exact, caseDiffers: false };
  const lower = nfc.toLowerCase();
  const folded = entries.find((entry) => entry.normalize('NFC').toLowerCase() === lower);
  return folded ? { name: folded, caseDiffers: true } : undefined;
}

/**
 * The file a local reference names under `rootDir`: `missing` when there is none, `outside` when
 * its real location (symbolic links followed) is not under `rootDir`.
 */
export function locateFile(rootDir: string, path: string): LocatedFile | 'missing' | 'outside' {
  let dir = rootDir;
  const found: string[] = [];
  let caseDiffers = false;
  const direct = join(rootDir, ...path.split('/'));
  if (isFile(direct)) {
    found.push(...path.split('/'));
    dir = direct;
  } else {
    for (const segment of path.split('/')) {
      const entry = findEntry(dir, segment);
      if (!entry) return 'missing';
      caseDiffers ||= entry.caseDiffers;
      found.push(entry.name);
      dir = join(dir, entry.name);
    }
    if (!isFile(dir)) return 'missing';
  }
  const real = realpathSync(/* turbopackIgnore: true */ dir);
  const realRoot = realpathSync(/* turbopackIgnore: true */ rootDir);
  if (!real.startsWith(realRoot + sep)) return 'outside';
  return { file: dir, path: found.join('/'), caseDiffers };
}
