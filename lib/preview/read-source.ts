/**
 * A post's file as it is on disk now, for the draft preview: the front matter read as the build
 * reads it (lib/content/post-fields.ts). A mistake names the file, the line and the field.
 */
import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { BodyFormat } from '../content/analyze';
import { readDate, readOptionalDate, readSlug } from '../content/fields';
import { readPostFields, type PostFields } from '../content/post-fields';
import { readPostParts } from '../content/post-source';
import { bundleResourcesOf } from '../content/bundles';
import { isPostPath, languageOfPath } from '../content/slug';
import type { RefResolver } from '../content/shortcodes';

/** The front matter's fields (lib/content/post-fields.ts), dates as ISO instants. */
export interface FrontMatter {
  title: string;
  date: string;
  updated?: string;
  /** From when readers see the post: publishDate, else date. */
  publishAt: string;
  expiresAt?: string;
  tags: string[];
  categories: string[];
  draft: boolean;
  summary?: string;
  image?: string;
  imageAlt?: string;
  series?: string;
  seriesOrder?: number;
}

export interface PostSource {
  format: BodyFormat;
  /** The whole file, front matter included, so that line numbers in errors are the file's. */
  source: string;
  /** The body alone. */
  body: string;
  frontMatter: FrontMatter;
}

const CONTENT_DIR = 'content';

/** The file behind `sourcePath` (e.g. `content/posts/a.mdx`), which must lie under content/. */
export async function readPostSource(
  sourcePath: string,
  timeZone: string,
  root: string = process.cwd(),
  resolveRef?: RefResolver,
): Promise<PostSource> {
  const contentDir = resolve(root, CONTENT_DIR);
  const file = resolve(root, sourcePath);
  if (!file.startsWith(contentDir + sep))
    throw new Error(`${sourcePath} is not under ${CONTENT_DIR}/.`);
  // Read at request time from the project's content/, which `next start` runs beside: not a build input to trace.
  const source = await readFile(/* turbopackIgnore: true */ file, 'utf8');
  const post = readPostParts(sourcePath, source, resolveRef);
  return {
    format: post.format,
    source: post.source,
    body: post.body,
    frontMatter: toFrontMatter(sourcePath, post.fields, timeZone),
  };
}

function slugOf(fileName: string, fields: Pick<PostFields, 'slug' | 'lang'>): string | undefined {
  try {
    return readSlug({ ...fields, _raw: { sourceFilePath: fileName } }, fileName);
  } catch {
    return undefined;
  }
}

/**
 * The file of a post the build has not seen yet (just created under `next dev`), by the slug it
 * would get: its front-matter `slug`, else its file name. Reads every post's front matter: for
 * the author's machine only.
 */
export async function findPostFile(
  slug: string,
  root: string = process.cwd(),
): Promise<string | undefined> {
  const contentDir = resolve(root, CONTENT_DIR);
  let names: string[];
  try {
    names = await readdir(/* turbopackIgnore: true */ contentDir, { recursive: true });
  } catch {
    return undefined;
  }
  const files = names.map((n) => n.split(sep).join('/'));
  const resources = new Set(bundleResourcesOf(files));
  for (const name of files.filter((n) => isPostPath(n) && !resources.has(n)).sort()) {
    const path = `${CONTENT_DIR}/${name}`;
    let given: Pick<PostFields, 'slug' | 'lang'> = { lang: languageOfPath(path) };
    try {
      const source = await readFile(/* turbopackIgnore: true */ resolve(contentDir, name), 'utf8');
      const { fields } = readPostFields(path, source);
      given = { slug: fields.slug, lang: fields.lang };
    } catch {
      // Front matter that does not parse: the file can still be the one, by its name.
    }
    if (slugOf(path, given) === slug) return path;
  }
  return undefined;
}

/** The fields with their dates read in `timeZone`, as the build reads them (contentlayer.config.ts). */
export function toFrontMatter(file: string, fields: PostFields, timeZone: string): FrontMatter {
  const updated = readOptionalDate(file, 'lastmod', fields.lastmod, timeZone);
  const expiresAt = readOptionalDate(file, 'expiryDate', fields.expiryDate, timeZone);
  const { summary, image, imageAlt, series, seriesOrder } = fields;
  return {
    title: fields.title,
    date: readDate(file, 'date', fields.date, timeZone),
    ...(updated ? { updated } : {}),
    publishAt: readDate(file, 'publishDate', fields.publishDate ?? fields.date, timeZone),
    ...(expiresAt ? { expiresAt } : {}),
    tags: fields.tags,
    categories: fields.categories,
    draft: fields.draft,
    ...(summary ? { summary } : {}),
    ...(image ? { image } : {}),
    ...(imageAlt ? { imageAlt } : {}),
    ...(series ? { series } : {}),
    ...(seriesOrder !== undefined ? { seriesOrder } : {}),
  };
}
