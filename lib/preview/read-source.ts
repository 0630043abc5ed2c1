/**
 * A post's file as it is on disk now, for the draft preview: the front matter read the way
 * Contentlayer reads it (gray-matter with `yaml`), then checked field by field. A mistake names
 * the file and the field, as the build would.
 */
import 'server-only';
import { readdir, readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import type { BodyFormat } from '../content/analyze';
import { contentError, readDate, readOptionalDate, readSlug } from '../content/fields';

export interface FrontMatter {
  title: string;
  /** ISO instant. */
  date: string;
  /** ISO instant. */
  updated?: string;
  tags: string[];
  draft: boolean;
  summary?: string;
  image?: string;
  imageAlt?: string;
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
const POSTS_DIR = 'posts';

const parseFrontMatter = (source: string) =>
  // Windows line endings: the same normalisation as lib/content/crlf-front-matter.ts.
  matter(source, {
    engines: { yaml: (text: string) => parseYaml(text.replace(/\r\n?/g, '\n')) ?? {} },
  });

/** The file behind `sourcePath` (e.g. `content/posts/a.mdx`), which must lie under content/. */
export async function readPostSource(
  sourcePath: string,
  timeZone: string,
  root: string = process.cwd(),
): Promise<PostSource> {
  const contentDir = resolve(root, CONTENT_DIR);
  const file = resolve(root, sourcePath);
  if (!file.startsWith(contentDir + sep))
    throw new Error(`${sourcePath} is not under ${CONTENT_DIR}/.`);
  // Read at request time from the project's content/, which `next start` runs beside: not a build input to trace.
  const source = await readFile(/* turbopackIgnore: true */ file, 'utf8');
  const parsed = parseFrontMatter(source);
  return {
    format: sourcePath.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md',
    source,
    body: parsed.content,
    frontMatter: readFrontMatter(sourcePath, parsed.data, timeZone),
  };
}

function slugOf(fileName: string, given: string | undefined): string | undefined {
  try {
    return readSlug(
      given === undefined
        ? { _raw: { sourceFilePath: fileName } }
        : { slug: given, _raw: { sourceFilePath: fileName } },
      fileName,
    );
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
  const postsDir = resolve(root, CONTENT_DIR, POSTS_DIR);
  let names: string[];
  try {
    names = await readdir(/* turbopackIgnore: true */ postsDir, { recursive: true });
  } catch {
    return undefined;
  }
  for (const name of names.filter((n) => /\.mdx?$/i.test(n)).sort()) {
    let given: string | undefined;
    try {
      const { data } = parseFrontMatter(
        await readFile(/* turbopackIgnore: true */ resolve(postsDir, name), 'utf8'),
      );
      if (typeof data.slug === 'string') given = data.slug;
    } catch {
      // Front matter that does not parse: the file can still be the one, by its name.
    }
    if (slugOf(name, given) === slug)
      return `${CONTENT_DIR}/${POSTS_DIR}/${name.split(sep).join('/')}`;
  }
  return undefined;
}

export function readFrontMatter(
  file: string,
  data: Record<string, unknown>,
  timeZone: string,
): FrontMatter {
  const text = (field: string, required = false): string | undefined => {
    const value = data[field];
    if (value === undefined || value === null) {
      if (required) throw contentError(file, field, 'is missing.');
      return undefined;
    }
    if (typeof value !== 'string')
      throw contentError(file, field, `must be text, not ${JSON.stringify(value)}.`);
    return value;
  };
  const tags = data.tags ?? [];
  if (!Array.isArray(tags) || !tags.every((t): t is string => typeof t === 'string')) {
    throw contentError(file, 'tags', 'must be a list of words, such as ["kubernetes", "veille"].');
  }
  const draft = data.draft ?? false;
  if (typeof draft !== 'boolean') throw contentError(file, 'draft', 'must be true or false.');
  const updatedField = data.lastmod !== undefined ? 'lastmod' : 'updated';
  const summary = (text('summary') ?? text('description'))?.trim();
  const image = text('image');
  const imageAlt = text('imageAlt');
  const updated = readOptionalDate(file, updatedField, text(updatedField), timeZone);
  return {
    title: text('title', true) ?? '',
    date: readDate(file, 'date', text('date', true) ?? '', timeZone),
    ...(updated ? { updated } : {}),
    tags,
    draft,
    ...(summary ? { summary } : {}),
    ...(image ? { image } : {}),
    ...(imageAlt ? { imageAlt } : {}),
  };
}
