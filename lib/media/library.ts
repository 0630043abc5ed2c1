/**
 * Publishes the files posts reference: each local file is read, checked (an image must be one a
 * browser shows, whole), and copied under its content hash to `/media/<hash>/<name>`, where
 * app/media serves it. Used by the build (write-store.ts, for every post) and by the live preview
 * (request time, for the post shown). Remembers what it learnt of each file, by path and by hash,
 * so that a build where no file changed reads none of them again.
 */
import {
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, extname, join } from 'node:path';
import { POST_EXTENSION, slugify } from '../content/slug';
import { writeAtomically } from '../content/write-atomically';
import { mediaPath } from '../routes';
import { extensionOf, inspectFile, type ImageInfo } from './inspect';
import { classifyReference, locateFile, type MediaRoot } from './resolve';

export type Resolution =
  | { ok: true; kind: 'remote'; url: string }
  | {
      ok: true;
      kind: 'local';
      /** `/media/<hash>/<name>`. */
      url: string;
      /** The file, from the project's root as it is on disk (`content/posts/a/schema.png`). */
      path: string;
      /** The path written differs from the file's in letter case only. */
      caseDiffers: boolean;
      image?: ImageInfo;
    }
  | { ok: false; reason: string };

/** A URL-safe file name: `Capture d'écran.PNG` → `capture-decran.png`; an image takes its format's extension. */
export function publishedName(fileName: string, image?: Pick<ImageInfo, 'format'>): string {
  const extension = extname(fileName);
  const stem = slugify(basename(fileName, extension)) || 'fichier';
  const suffix = image ? extensionOf(image.format) : slugify(extension.slice(1));
  return suffix ? `${stem}.${suffix}` : stem;
}

interface CacheFile {
  /** What each file's bytes hashed to, while its size and modification time stay the same. */
  files: Record<string, { size: number; mtimeMs: number; hash: string }>;
  images: Record<string, ImageInfo>;
}

const CACHE_NAME = '.inspections.json';

export class MediaLibrary {
  private cache: CacheFile = { files: {}, images: {} };
  private readonly used = new Set<string>();
  private readonly pending = new Map<string, Promise<Resolution>>();

  /**
   * `projectDir` holds content/ and public/; `outDir` receives the published files, one folder per
   * hash.
   */
  constructor(
    private readonly projectDir: string,
    readonly outDir: string,
  ) {
    try {
      const text = readFileSync(join(outDir, CACHE_NAME), 'utf8');
      this.cache = JSON.parse(text) as CacheFile;
    } catch {
      // No cache yet, or an unreadable one: every file is read once.
    }
  }

  /**
   * What `written` (a path as the author wrote it in `postFile`, a path under content/) names,
   * published. `asImage`: the file must be an image a browser shows.
   */
  resolve(written: string, postFile: string, asImage: boolean): Promise<Resolution> {
    const reference = classifyReference(written, postFile);
    if (reference.kind === 'remote')
      return Promise.resolve({ ok: true, kind: 'remote', url: reference.url });
    if (reference.kind === 'invalid')
      return Promise.resolve({ ok: false, reason: reference.reason });
    const key = `${asImage ? 'image' : 'file'}:${reference.root}/${reference.path}`;
    let resolution = this.pending.get(key);
    if (!resolution) {
      resolution = this.publish(reference.root, reference.path, asImage);
      this.pending.set(key, resolution);
    }
    return resolution;
  }

  private async publish(root: MediaRoot, path: string, asImage: boolean): Promise<Resolution> {
    const located = locateFile(join(this.projectDir, root), path);
    if (located === 'missing') return { ok: false, reason: `no such file: ${root}/${path}` };
    if (located === 'outside')
      return { ok: false, reason: `${root}/${path} is a link to a file outside ${root}/` };
    if (root === 'content' && POST_EXTENSION.test(located.path))
      return { ok: false, reason: `${root}/${located.path} is a post, not a file to publish` };
    const relative = `${root}/${located.path}`;
    const stat = statSync(/* turbopackIgnore: true */ located.file);
    const known = this.cache.files[relative];
    let hash =
      known && known.size === stat.size && known.mtimeMs === stat.mtimeMs ? known.hash : undefined;
    let image = hash ? this.cache.images[hash] : undefined;
    let bytes: Buffer | undefined;
    if (!hash || (asImage && !image)) {
      bytes = readFileSync(/* turbopackIgnore: true */ located.file);
      const inspection = await inspectFile(bytes, asImage);
      if (!inspection.ok) return { ok: false, reason: `${relative}: ${inspection.reason}` };
      hash = inspection.hash;
      image = inspection.image;
      this.cache.files[relative] = { size: stat.size, mtimeMs: stat.mtimeMs, hash };
      if (image) this.cache.images[hash] = image;
    }
    const name = publishedName(located.path, image);
    const target = join(this.outDir, hash, name);
    if (!existsSync(/* turbopackIgnore: true */ target)) {
      mkdirSync(join(this.outDir, hash), { recursive: true });
      // A copy, not a link: an edit of the source must not change what an immutable URL serves.
      const temporary = `${target}.${process.pid}.tmp`;
      if (bytes) writeFileSync(temporary, bytes);
      else copyFileSync(located.file, temporary, constants.COPYFILE_FICLONE);
      renameSync(temporary, target);
    }
    this.used.add(hash);
    return {
      ok: true,
      kind: 'local',
      url: mediaPath(hash, name),
      path: relative,
      caseDiffers: located.caseDiffers,
      ...(asImage && image ? { image } : {}),
    };
  }

  /** Keeps what was learnt, and drops the published files no post references any more. */
  finish({ prune }: { prune: boolean }): void {
    mkdirSync(this.outDir, { recursive: true });
    if (prune) {
      for (const entry of readdirSync(this.outDir)) {
        if (entry !== CACHE_NAME && !this.used.has(entry))
          rmSync(join(this.outDir, entry), { recursive: true, force: true });
      }
      const images = Object.fromEntries(
        Object.entries(this.cache.images).filter(([hash]) => this.used.has(hash)),
      );
      this.cache = { files: this.cache.files, images };
    }
    writeAtomically(join(this.outDir, CACHE_NAME), JSON.stringify(this.cache));
  }
}
