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
import type { PluggableList } from 'unified';
import { analyzeBody, postExcerpt, type BodyFormat } from './lib/content/analyze';
import {
  checkUniqueSlugs,
  contentError,
  readDate,
  readOptionalDate,
  readSlug,
} from './lib/content/fields';
import { bundleResources } from './lib/content/bundles';
import { readPostParts } from './lib/content/post-source';
import { recordUnknownShortcodes, unknownShortcodeWarnings } from './lib/content/shortcode-report';
import { remarkAnalyzeBody, takeAnalysis } from './lib/content/remark-analyze-body';
import { generatedDocuments, writeContentStore } from './lib/content/write-store';
import { mdxToHtml } from './lib/mdx/render-html';
import {
  markdownPipeline,
  math,
  rehypePlugins,
  remarkPlugins,
  remarkRehypeOptions,
  frontMatter,
} from './lib/mdx/plugins';
import { siteLocale } from './lib/config/locale';

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
  bodyLine: { type: 'number', description: 'The file’s line of the body’s first line' },
} satisfies FieldDefs;

/**
 * mdx-bundler's plugins replaced by ours: its remark-frontmatter knows YAML only, and its
 * remark-mdx-frontmatter exports front matter already read (readFrontMatter) that nothing uses,
 * with a TOML parser older than TOML 1.0.
 */
const MDX_BUNDLER_FRONT_MATTER = new Set(['remarkFrontmatter', 'remarkMdxFrontmatter']);
function withOurFrontMatter(plugins: PluggableList): PluggableList {
  return [
    frontMatter,
    ...plugins.filter((plugin) => {
      const attacher: unknown = Array.isArray(plugin) ? plugin[0] : plugin;
      return !(typeof attacher === 'function' && MDX_BUNDLER_FRONT_MATTER.has(attacher.name));
    }),
  ];
}

/**
 * A component another starter provides and this blog does not (`<BlogNewsletterForm />`): named
 * with its line, and how to map it. Undefined for any other error.
 */
function unknownComponentError(doc: RawRef, message: string): Error | undefined {
  const name = /Expected component `([\w.]+)` to be defined/.exec(message)?.[1];
  if (!name) return undefined;
  const file = sourcePath(doc);
  const source = readFileSync(file, 'utf8');
  const at = source.search(new RegExp(`<${name.replace('.', '\\.')}\\b`));
  const line = at < 0 ? undefined : source.slice(0, at).split('\n').length;
  return new Error(
    `${file}${line ? `:${line}` : ''}: component <${name}> is not one this blog has: map it in lib/config/migration.ts (components: { ${name}: 'Callout' }, or null to drop it), or remove it.`,
  );
}

type RawRef = { _raw: { sourceFilePath: string; sourceFileName: string } };

/** The file as the author knows it, from the repository root. */
const sourcePath = (doc: RawRef) => `${CONTENT_DIR}/${doc._raw.sourceFilePath}`;

// One analysis per document for all its computed fields: the one the pipeline made from its own
// tree (remark-analyze-body.ts), else one from a parse of our own.
// Keyed by file, with the body it was made from (not by a key built from the body: at 10,000
// posts, such keys alone would hold another copy of every body).
const analyses = new Map<string, { body: string; result: ReturnType<typeof analyzeBody> }>();
function analysis(doc: RawRef & { body?: { raw?: unknown } }) {
  const format: BodyFormat = doc._raw.sourceFileName.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md';
  const body = typeof doc.body?.raw === 'string' ? doc.body.raw : '';
  const known = analyses.get(doc._raw.sourceFilePath);
  if (known?.body === body) return known.result;
  let result: ReturnType<typeof analyzeBody>;
  try {
    result = takeAnalysis(body) ?? analyzeBody(body, format);
  } catch (error) {
    throw contentError(
      sourcePath(doc),
      'body',
      error instanceof Error ? error.message : String(error),
    );
  }
  analyses.set(doc._raw.sourceFilePath, { body, result });
  return result;
}

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
    resolve: (doc) => postExcerpt(doc.summary, analysis(doc)),
  },
  toc: { type: 'json', resolve: (doc) => analysis(doc).toc },
  // For the build's link check (lib/content/links.ts), which content:check runs too; lines as
  // the file numbers them.
  references: {
    type: 'json',
    resolve: (doc) =>
      analysis(doc).references.map((r) =>
        r.line === undefined ? r : { ...r, line: r.line + (doc.bodyLine ?? 1) - 1 },
      ),
  },
  headingIds: { type: 'json', resolve: (doc) => analysis(doc).headingIds },
  readingMinutes: { type: 'number', resolve: (doc) => analysis(doc).readingMinutes },
  hasCode: { type: 'boolean', resolve: (doc) => analysis(doc).hasCode },
  hasMath: { type: 'boolean', resolve: (doc) => analysis(doc).hasMath },
  wordCount: { type: 'number', resolve: (doc) => analysis(doc).wordCount },
  text: {
    type: 'string',
    description: 'The body as plain text, for search',
    resolve: (doc) => analysis(doc).text,
  },
} satisfies ComputedFields;

export const MdxPost = defineDocumentType(() => ({
  name: 'MdxPost',
  filePathPattern: `${POSTS_DIRS}/**/*.mdx`,
  contentType: 'mdx',
  fields,
  computedFields: {
    ...computedFields,
    // Markdown posts have theirs in body.html; feeds need the same for MDX, without JavaScript.
    html: {
      type: 'string',
      description: 'The article as static HTML',
      resolve: (doc) => {
        try {
          const code = typeof doc.body?.code === 'string' ? doc.body.code : '';
          return mdxToHtml(code, analysis(doc).toc);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw (
            unknownComponentError(doc, message) ??
            contentError(sourcePath(doc), 'body', `the MDX does not render: ${message}`)
          );
        }
      },
    },
  },
}));

export const MarkdownPost = defineDocumentType(() => ({
  name: 'MarkdownPost',
  filePathPattern: `${POSTS_DIRS}/**/*.{md,markdown}`,
  contentType: 'markdown',
  fields,
  computedFields,
}));

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
    return {
      data: { ...post.fields, bodyLine: post.bodyLine },
      content: post.body,
      source: post.source,
    };
  },
  mdx: {
    remarkPlugins: [remarkAnalyzeBody, ...remarkPlugins, math],
    rehypePlugins,
    // The front matter was read already (readFrontMatter): mdx-bundler need not parse it again.
    grayMatterOptions: (options) => ({ ...options, engines: { yaml: () => ({}) } }),
    mdxOptions: (options) => ({
      ...options,
      remarkPlugins: withOurFrontMatter(options.remarkPlugins ?? []),
      remarkRehypeOptions: { ...options.remarkRehypeOptions, ...remarkRehypeOptions },
    }),
  },
  markdown: (processor) => markdownPipeline(processor, [remarkAnalyzeBody]),
  // Also called when generation failed (its error is already printed): the files then hold the
  // previous generation, and so will the store.
  onSuccess: async () => {
    for (const warning of unknownShortcodeWarnings()) console.warn(`warning: ${warning}`);
    const documents = generatedDocuments();
    checkUniqueSlugs(documents.map((d) => ({ slug: d.postSlug, sourcePath: d.sourcePath })));
    // What the server reads (lib/content/store.ts says why the server does not import the generated data).
    await writeContentStore(documents);
  },
});
