/**
 * A post's front matter, whichever engine wrote it, as this blog's fields: keys read without
 * regard to case (as Hugo reads them), other engines' names taken for ours (Jekyll's
 * `redirect_from`, `permalink`, `excerpt`, `published: false`; Hugo's `pubdate`, `modified`,
 * `images`, a theme's `cover`), lists written as one string split as Jekyll splits them, and
 * the date taken from a `YYYY-MM-DD-` file name when the front matter has none. Every mistake of
 * the file is reported at once, each with its line.
 */
import { ACCEPTED_DATE_FORMS, parseContentDate } from './dates';
import { languageOfPath } from './slug';
import { canonicalLanguage } from '../format/languages';
import {
  FrontMatterError,
  isRecord,
  lineOfKey,
  parseFrontMatter,
  splitFrontMatter,
  type FrontMatterBlock,
} from './front-matter';
import { readSeriesName, readSeriesOrder } from './series-fields';

/** The fields as Contentlayer's schema declares them (contentlayer.config.ts). */
export interface PostFields {
  title: string;
  /** Dates as written: read in the site's time zone later (dates.ts). */
  date: string;
  lastmod?: string;
  /** Hugo: the post is scheduled until then, `date` staying the date shown. */
  publishDate?: string;
  /** Hugo: the post leaves the site once it passes. */
  expiryDate?: string;
  tags: string[];
  categories: string[];
  draft: boolean;
  summary?: string;
  slug?: string;
  image?: string;
  imageAlt?: string;
  /** The post's exact path (Hugo's `url`, Jekyll's `permalink`). */
  url?: string;
  /** Old paths that lead to the post (Hugo's `aliases`, Jekyll's `redirect_from`). */
  aliases: string[];
  lang?: string;
  translationKey?: string;
  /** The one series the post is part of (./series-fields.ts). */
  series?: string;
  /** Its place in the series, when its date does not give it. */
  seriesOrder?: number;
}

type TextField = 'title' | 'date' | 'lastmod' | 'publishDate' | 'expiryDate' | 'summary' | 'slug';
type ListField = 'tags' | 'categories' | 'aliases';

/** Each field, then the names other engines give it, in order of precedence; lower case. */
const NAMES: Record<keyof PostFields, readonly string[]> = {
  title: ['title'],
  date: ['date'],
  lastmod: ['lastmod', 'updated', 'modified', 'last_modified_at'],
  publishDate: ['publishdate', 'pubdate'],
  expiryDate: ['expirydate', 'unpublishdate'],
  tags: ['tags', 'tag'],
  categories: ['categories', 'category'],
  draft: ['draft'],
  summary: ['summary', 'description', 'excerpt'],
  slug: ['slug'],
  image: ['image'],
  imageAlt: ['imagealt'],
  url: ['url', 'permalink'],
  aliases: ['aliases', 'redirect_from'],
  lang: ['lang', 'language', 'locale'],
  translationKey: ['translationkey'],
  series: ['series'],
  seriesOrder: ['seriesorder'],
};
const DATE_FIELDS = ['date', 'lastmod', 'publishDate', 'expiryDate'] as const;
const FILE_DATE = /(?:^|\/)(\d{4}-\d{2}-\d{2})-[^/]*$/;

export class PostFieldsError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.map((p) => `${file}${p}`).join('\n'));
    this.name = 'PostFieldsError';
  }
}

interface Reader {
  block: FrontMatterBlock;
  /** Lower-cased key → the key as written. */
  keys: Map<string, string>;
  data: Record<string, unknown>;
  problems: string[];
}

function problem(reader: Reader, key: string | undefined, detail: string): void {
  const line = key === undefined ? undefined : lineOfKey(reader.block, key);
  reader.problems.push(`${line ? `:${line}` : ''}: ${detail}`);
}

/** The first of `names` the front matter has, with the key as written. */
function lookUp(reader: Reader, names: readonly string[]): [string, unknown] | undefined {
  for (const name of names) {
    const key = reader.keys.get(name);
    if (key !== undefined) return [key, reader.data[key]];
  }
  return undefined;
}

function readText(
  reader: Reader,
  field: TextField | 'image' | 'imageAlt' | 'url' | 'lang' | 'translationKey',
): string | undefined {
  const found = lookUp(reader, NAMES[field]);
  if (!found || found[1] === null || found[1] === undefined) return undefined;
  const [key, value] = found;
  // A title or a slug such as 2019 is written without quotes, and YAML reads a number.
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  problem(reader, key, `field "${key}" must be text, not ${JSON.stringify(value)}.`);
  return undefined;
}

/** A list, or one string: split on commas when it has any, else on spaces (Jekyll's rule). */
function readList(reader: Reader, field: ListField): string[] {
  const found = lookUp(reader, NAMES[field]);
  if (!found || found[1] === null || found[1] === undefined) return [];
  const [key, value] = found;
  const split = (text: string) =>
    (field === 'aliases' ? [text] : text.split(text.includes(',') ? ',' : /\s+/))
      .map((t) => t.trim())
      .filter(Boolean);
  if (typeof value === 'string') return split(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return value.map((v) => String(v).trim()).filter(Boolean);
  problem(
    reader,
    key,
    `field "${key}" must be a list, such as ["kubernetes", "veille"], not ${JSON.stringify(value)}.`,
  );
  return [];
}

function readDraft(reader: Reader): boolean {
  const found = lookUp(reader, NAMES.draft);
  // Jekyll leaves a post with `published: false` out of the site; Hugo's `published` is a date.
  const published = lookUp(reader, ['published']);
  if (published && published[1] === false) return true;
  // Hugo renders no page for `_build: {render: never}` (`false` before 0.76) nor `headless: true`.
  const build = lookUp(reader, ['_build', 'build'])?.[1];
  if (isRecord(build) && (build.render === 'never' || build.render === false)) return true;
  if (lookUp(reader, ['headless'])?.[1] === true) return true;
  if (!found || found[1] === null || found[1] === undefined) return false;
  const [key, value] = found;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  problem(reader, key, `field "${key}" must be true or false, not ${JSON.stringify(value)}.`);
  return false;
}

/** A cover as themes write it: `image: x`, `image: {path, alt}`, `images: [x]`, `cover: {image, alt}`. */
function readCover(reader: Reader): { image?: string; imageAlt?: string } {
  const alt = readText(reader, 'imageAlt');
  for (const name of [
    'image',
    'images',
    'cover',
    'featured_image',
    'featuredimage',
    'feature_image',
  ]) {
    const found = lookUp(reader, [name]);
    if (!found) continue;
    let [, value] = found;
    if (Array.isArray(value)) value = value[0];
    if (typeof value === 'string' && value.trim())
      return { image: value.trim(), ...(alt ? { imageAlt: alt } : {}) };
    if (isRecord(value)) {
      const src = [value.image, value.path, value.src, value.url].find(
        (v) => typeof v === 'string' && v.trim(),
      );
      const given = typeof value.alt === 'string' && value.alt.trim() ? value.alt.trim() : alt;
      if (typeof src === 'string')
        return { image: src.trim(), ...(given ? { imageAlt: given } : {}) };
    }
    // `image: ""` or a theme's own meaning (`cover: true`): no cover from this key.
  }
  return {};
}

/** `series` and `seriesOrder`: an order without a series places the post nowhere, a mistake. */
function readSeries(reader: Reader): Pick<PostFields, 'series' | 'seriesOrder'> {
  const [nameKey = 'series', nameValue] = lookUp(reader, NAMES.series) ?? [];
  const [orderKey = 'seriesOrder', orderValue] = lookUp(reader, NAMES.seriesOrder) ?? [];
  const name = readSeriesName(nameKey, nameValue);
  const order = readSeriesOrder(orderKey, orderValue);
  if (name.problem) problem(reader, nameKey, name.problem);
  if (order.problem) problem(reader, orderKey, order.problem);
  if (order.value !== undefined && name.value === undefined && !name.problem)
    problem(
      reader,
      orderKey,
      `field "${orderKey}" places the post in no series: add "series: <its name>", or remove it.`,
    );
  return {
    ...(name.value !== undefined ? { series: name.value } : {}),
    ...(order.value !== undefined && name.value !== undefined ? { seriesOrder: order.value } : {}),
  };
}

/**
 * The fields of `source`, the file at `file` (as the author knows it, `content/posts/…`), and its
 * body. Throws PostFieldsError listing every problem of the file.
 */
export function readPostFields(file: string, source: string): { fields: PostFields; body: string } {
  let block: FrontMatterBlock;
  let data: Record<string, unknown>;
  try {
    block = splitFrontMatter(source);
    data = parseFrontMatter(block);
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    throw new PostFieldsError(file, [`${error.line ? `:${error.line}` : ''}: ${error.message}`]);
  }
  const reader: Reader = { block, data, problems: [], keys: new Map() };
  for (const key of Object.keys(data)) {
    const lower = key.toLowerCase();
    const earlier = reader.keys.get(lower);
    if (earlier !== undefined)
      problem(reader, key, `"${earlier}" and "${key}" are the same field: keep one.`);
    else reader.keys.set(lower, key);
  }

  const title = readText(reader, 'title');
  if (!title?.trim() && !lookUp(reader, NAMES.title)?.[1])
    problem(reader, undefined, 'field "title" is missing: every post needs one.');
  const dates: Partial<Record<(typeof DATE_FIELDS)[number], string>> = {};
  for (const field of DATE_FIELDS) {
    // Hugo's `published` is a publication date; Jekyll's a flag (readDraft).
    const published = lookUp(reader, ['published'])?.[1];
    const value = (
      field === 'publishDate' && typeof published === 'string' && !lookUp(reader, NAMES[field])
        ? published
        : readText(reader, field)
    )?.trim();
    if (!value) continue;
    if (parseContentDate(value, 'UTC')) {
      dates[field] = value;
    } else {
      const key = lookUp(reader, NAMES[field])?.[0] ?? 'published';
      problem(
        reader,
        key,
        `field "${key}": "${value}" is not a date. Write it as ${ACCEPTED_DATE_FORMS}.`,
      );
    }
  }
  // Hugo's published date stands in for a missing `date`; then a Jekyll file name's date.
  const fileDate = FILE_DATE.exec(file.replace(/\/index\.(?:mdx|md|markdown)$/i, '-'))?.[1];
  const date =
    dates.date ??
    dates.publishDate ??
    (fileDate && parseContentDate(fileDate, 'UTC') ? fileDate : undefined);
  if (!date && !reader.problems.some((p) => p.includes('"date"')))
    problem(
      reader,
      undefined,
      'field "date" is missing: write the publication date, such as date: 2024-03-01.',
    );

  const fields: PostFields = {
    title: title?.trim() ?? '',
    date: date ?? '',
    ...(dates.lastmod ? { lastmod: dates.lastmod } : {}),
    ...(dates.publishDate ? { publishDate: dates.publishDate } : {}),
    ...(dates.expiryDate ? { expiryDate: dates.expiryDate } : {}),
    tags: readList(reader, 'tags'),
    categories: readList(reader, 'categories'),
    draft: readDraft(reader),
    aliases: readList(reader, 'aliases'),
    ...readCover(reader),
    ...readSeries(reader),
  };
  for (const field of ['summary', 'slug', 'url', 'lang', 'translationKey'] as const) {
    const value = readText(reader, field)?.trim();
    if (value) fields[field] = value;
  }
  if (fields.lang) {
    const canonical = canonicalLanguage(fields.lang);
    const key = lookUp(reader, NAMES.lang)?.[0] ?? 'lang';
    if (canonical) fields.lang = canonical;
    else
      problem(
        reader,
        key,
        `field "${key}" must be a language code, such as en, fr or pt-BR, not ${JSON.stringify(fields.lang)}.`,
      );
  }
  // Hugo's translation naming, when front matter says nothing: `index.en.md` is in English, and
  // so is every post under `content/en/posts/`.
  const named = languageOfPath(file);
  if (!fields.lang && named) fields.lang = canonicalLanguage(named) ?? named;
  if (reader.problems.length > 0) throw new PostFieldsError(file, reader.problems);
  return { fields, body: block.body };
}
