/**
 * Checks on front matter that Contentlayer's schema cannot express. Each failure throws an error
 * that names the file, the field and what to write instead.
 */
import { ACCEPTED_DATE_FORMS, parseContentDate } from './dates';
import { siteLocale } from '../config/locale';
import { slugFromFileName, slugify } from './slug';

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: field "${field}": ${detail}`);
    this.name = 'ContentError';
  }
}

export function contentError(file: string, field: string, detail: string): ContentError {
  return new ContentError(file, field, detail);
}

/** An ISO instant from a required front-matter date. */
export function readDate(file: string, field: string, value: string, timeZone: string): string {
  const date = parseContentDate(value, timeZone);
  if (!date)
    throw contentError(
      file,
      field,
      `"${value}" is not a date. Write it as ${ACCEPTED_DATE_FORMS}.`,
    );
  return date.toISOString();
}

export function readOptionalDate(
  file: string,
  field: string,
  value: string | undefined,
  timeZone: string,
): string | undefined {
  return value === undefined || value.trim() === ''
    ? undefined
    : readDate(file, field, value, timeZone);
}

/**
 * A post's slug: its front-matter `slug`, else its file name. A post in another language than
 * the site's gets `-<lang>` after it, so that translations sharing a name or a slug (Hugo's
 * `index.md` and `index.en.md`) stay two posts.
 */
export function readSlug(
  doc: { slug?: string; lang?: string; _raw: { sourceFilePath: string } },
  file: string,
): string {
  const suffix =
    doc.lang && doc.lang.toLowerCase() !== siteLocale.language ? `-${slugify(doc.lang)}` : '';
  if (doc.slug !== undefined) {
    const slug = slugify(doc.slug);
    if (!slug)
      throw contentError(file, 'slug', `"${doc.slug}" has no letter or digit to make a URL from.`);
    return slug + suffix;
  }
  const slug = slugFromFileName(doc._raw.sourceFilePath);
  if (!slug) {
    throw contentError(
      file,
      'slug',
      'the file name gives an empty slug: rename the file or set "slug" in the front matter.',
    );
  }
  return slug + suffix;
}

/** Each post whose slug an earlier one has, with both files (the build's and content:check's rule). */
export function duplicateSlugs(
  posts: ReadonlyArray<{ slug: string; sourcePath: string }>,
): Array<{ slug: string; first: string; second: string }> {
  const bySlug = new Map<string, string>();
  const duplicates: Array<{ slug: string; first: string; second: string }> = [];
  for (const { slug, sourcePath } of posts) {
    const first = bySlug.get(slug);
    if (first) duplicates.push({ slug, first, second: sourcePath });
    else bySlug.set(slug, sourcePath);
  }
  return duplicates;
}

/** Two posts with one slug would overwrite each other's page: refuse, naming both files. */
export function checkUniqueSlugs(posts: ReadonlyArray<{ slug: string; sourcePath: string }>): void {
  const clashes = duplicateSlugs(posts).map(
    ({ slug, first, second }) => `"${slug}" is the slug of both ${first} and ${second}`,
  );
  if (clashes.length > 0) {
    throw new Error(
      `Duplicate post slugs:\n  ${clashes.join('\n  ')}\nSet a different "slug" in the front matter of one of each pair.`,
    );
  }
}
