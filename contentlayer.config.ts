/**
 * Content schema. Posts are `.mdx` (MDX) or `.md` (plain Markdown, never parsed as MDX) under
 * content/posts/, with one set of fields. Any problem fails the build naming the file: no post
 * is ever skipped with a mere warning.
 */
import {
  contentDirExcludeDefault,
  defineDocumentType,
  makeSource,
} from 'contentlayer2/source-files';
import type { ComputedFields, FieldDefs } from 'contentlayer2/source-files';
import { readFileSync } from 'node:fs';
import type { Processor } from 'unified';
import { postExcerpt, type BodyFormat } from './lib/content/analyze';
import { checkUniqueSlugs, readDate, readOptionalDate, readSlug } from './lib/content/fields';
import { bundleResources } from './lib/content/bundles';
import { readPostParts } from './lib/content/post-source';
import { isRenderWorker, renderPoolFor, serveRenders } from './lib/content/render-pool';
import { pruneRendered, type KeptBody } from './lib/content/rendered-bodies';
import { recordUnknownShortcodes, unknownShortcodeWarnings } from './lib/content/shortcode-report';
import { generatedDocuments, writeContentStore } from './lib/content/write-store';
import { siteLocale } from './lib/config/locale';

// This module is also the code of the build's render workers (lib/content/render-pool.ts).
if (isRenderWorker()) serveRenders();

const CONTENT_DIR = 'content';
// content/posts/, and Hugo's per-language content folders (content/en/posts/, content/pt-br/posts/).
const POSTS_DIRS = '{posts,[a-z][a-z]/posts,[a-z][a-z]-*/posts}';

// What lib/content/post-fields.ts makes of the front matter, whichever engine wrote it: keys in
// any case, other engines' names, TOML. Contentlayer checks these names and types again.
const fields = {
  title: { type: 'string', required: true, description: 'Title of the post' },
  // Read as text and parsed by readDate: Contentlayer's own date type misreads Hugo's
  // `2020-05-14 17:30:00 +0200` and wall times without an offset.
  date: { type: 'string', required: true, description: 'Date shown (and of publication)' },
  lastmod: { type: 'string', description: 'Date of the last significant update' },
  publishDate: { type: 'string', description: 'Scheduled until then (Hugo)' },
  expiryDate: { type: 'string', description: 'Leaves the site once it passes (Hugo)' },
  tags: { type: 'list', of: { type: 'string' }, default: [] },
  categories: { type: 'list', of: { type: 'string' }, default: [] },
  draft: { type: 'boolean', default: false },
  summary: { type: 'string', description: 'Summary shown in listings and feeds' },
  slug: {
    type: 'string',
    description: 'URL slug; defaults to the file name without a date prefix',
  },
  image: {
    type: 'string',
    description: 'Cover: above the post, on its card, and its social image',
  },
  imageAlt: {
    type: 'string',
    description: 'What the cover shows, for those who cannot see it; without it, decorative',
  },
  url: { type: 'string', description: 'Exact path of the post (Hugo url, Jekyll permalink)' },
  aliases: { type: 'list', of: { type: 'string' }, default: [], description: 'Old paths' },
  lang: { type: 'string', description: 'Language, when not the site’s' },
  translationKey: { type: 'string', description: 'Shared by the translations of a post' },
  series: { type: 'string', description: 'The series the post is part of (one at most)' },
  seriesOrder: { type: 'number', description: 'Its place in the series, when not its date' },
} satisfies FieldDefs;

type RawRef = { _raw: { sourceFilePath: string; sourceFileName: string } };

/** The file as the author knows it, from the repository root. */
const sourcePath = (doc: RawRef) => `${CONTENT_DIR}/${doc._raw.sourceFilePath}`;

// Each file as readFrontMatter made it (shortcodes expanded), until its body is sent to render.
const sources = new Map<string, string>();

const pool = isRenderWorker() ? undefined : renderPoolFor(import.meta.url);

// One rendering per document for all its computed fields, which Contentlayer resolves together
// on the same document object.
const renderings = new WeakMap<RawRef, Promise<KeptBody>>();
function rendering(doc: RawRef): Promise<KeptBody> {
  const known = renderings.get(doc);
  if (known) return known;
  const file = sourcePath(doc);
  const source =
    sources.get(doc._raw.sourceFilePath) ?? readPostParts(file, readFileSync(file, 'utf8')).source;
  sources.delete(doc._raw.sourceFilePath);
  const format: BodyFormat = doc._raw.sourceFileName.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md';
  if (!pool) throw new Error('A render worker renders no document of its own');
  const promise = pool.render({ file, postFile: doc._raw.sourceFilePath, format, source });
  renderings.set(doc, promise);
  return promise;
}
const analysis = async (doc: RawRef) => (await rendering(doc)).analysis;

const computedFields = {
  sourcePath: { type: 'string', resolve: sourcePath },
  postSlug: {
    type: 'string',
    description: 'Front-matter slug, else the file name',
    resolve: (doc) => readSlug(doc, sourcePath(doc)),
  },
  publishedAt: {
    type: 'string',
    description: 'ISO instant of publication',
    resolve: (doc) => readDate(sourcePath(doc), 'date', doc.date, siteLocale.timeZone),
  },
  updatedAt: {
    type: 'string',
    description: 'ISO instant of the last update, when front matter gives one',
    resolve: (doc) =>
      readOptionalDate(sourcePath(doc), 'lastmod', doc.lastmod, siteLocale.timeZone),
  },
  publishAt: {
    type: 'string',
    description: 'ISO instant from which readers see the post: publishDate, else date',
    resolve: (doc) =>
      readDate(sourcePath(doc), 'publishDate', doc.publishDate ?? doc.date, siteLocale.timeZone),
  },
  expiresAt: {
    type: 'string',
    description: 'ISO instant from which readers no longer see the post',
    resolve: (doc) =>
      readOptionalDate(sourcePath(doc), 'expiryDate', doc.expiryDate, siteLocale.timeZone),
  },
  excerpt: {
    type: 'string',
    description:
      'The text before the more-marker, else front-matter summary, else the first paragraph',
    resolve: async (doc) => postExcerpt(doc.summary, await analysis(doc)),
  },
  toc: { type: 'json', resolve: async (doc) => (await analysis(doc)).toc },
  // For the build's link check (lib/content/links.ts), which content:check runs too; lines as
  // the file numbers them.
  references: { type: 'json', resolve: async (doc) => (await analysis(doc)).references },
  headingIds: { type: 'json', resolve: async (doc) => (await analysis(doc)).headingIds },
  readingMinutes: { type: 'number', resolve: async (doc) => (await analysis(doc)).readingMinutes },
  hasCode: { type: 'boolean', resolve: async (doc) => (await analysis(doc)).hasCode },
  hasMath: { type: 'boolean', resolve: async (doc) => (await analysis(doc)).hasMath },
  wordCount: { type: 'number', resolve: async (doc) => (await analysis(doc)).wordCount },
  bodyKey: {
    type: 'string',
    description: 'Names its rendered HTML and text (lib/content/rendered-bodies.ts)',
    resolve: async (doc) => (await rendering(doc)).key,
  },
} satisfies ComputedFields;

// Both are read the same way; their bodies are rendered by the workers (rendering above), in
// their own dialects.
export const MdxPost = defineDocumentType(() => ({
  name: 'MdxPost',
  filePathPattern: `${POSTS_DIRS}/**/*.mdx`,
  contentType: 'markdown',
  fields,
  computedFields,
}));

export const MarkdownPost = defineDocumentType(() => ({
  name: 'MarkdownPost',
  filePathPattern: `${POSTS_DIRS}/**/*.{md,markdown}`,
  contentType: 'markdown',
  fields,
  computedFields,
}));

/** Contentlayer's own rendering of a body, made a no-op: the workers render it. */
function skipRendering(processor: Processor): void {
  processor.parser = () => ({ type: 'root', children: [] });
  processor.compiler = () => '';
}

export default makeSource({
  contentDirPath: CONTENT_DIR,
  // A leaf bundle's other Markdown files are its resources, not posts (read when the build starts).
  contentDirExclude: [...contentDirExcludeDefault, ...bundleResources(CONTENT_DIR)],
  documentTypes: [MdxPost, MarkdownPost],
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  // readFrontMatter passes this blog's fields only; anything else (author, layout…) is dropped.
  onExtraFieldData: 'ignore',
  disableImportAliasWarning: true,
  // Added by the install's patch (patches/): front matter as Hugo, Jekyll and the rest write it.
  // Hugo shortcodes and Liquid of `.md` posts are expanded there too, before any parsing.
  readFrontMatter: (source, relativeFilePath) => {
    const file = `${CONTENT_DIR}/${relativeFilePath}`;
    const post = readPostParts(file, source);
    recordUnknownShortcodes(file, post.unknown);
    sources.set(relativeFilePath, post.source);
    return {
      data: { ...post.fields },
      content: post.body,
      source: post.source,
    };
  },
  markdown: skipRendering,
  // Also called when generation failed (its error is already printed): the files then hold the
  // previous generation, and so will the store.
  onSuccess: async () => {
    for (const warning of unknownShortcodeWarnings()) console.warn(`warning: ${warning}`);
    const documents = generatedDocuments();
    checkUniqueSlugs(documents.map((d) => ({ slug: d.postSlug, sourcePath: d.sourcePath })));
    // What the server reads (lib/content/store.ts says why the server does not import the generated data).
    await writeContentStore(documents);
    // Not under `contentlayer2 dev`: a save can start the next generation before this callback,
    // and the bodies it renders meanwhile would look unused here. The next build prunes them.
    if (!process.argv.slice(2).includes('dev'))
      pruneRendered(new Set(documents.map((d) => d.bodyKey)));
  },
});
