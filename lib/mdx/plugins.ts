/**
 * The one definition of how a post body becomes HTML, shared by Contentlayer (build time) and
 * the draft preview (request time): same Markdown dialect, same heading ids, same highlighting.
 */
import { nodeTypes, type CompileOptions } from '@mdx-js/mdx';
import rehypeShiki from '@shikijs/rehype';
import type { RehypeShikiOptions } from '@shikijs/rehype';
import rehypeKatex from 'rehype-katex';
import rehypeRaw from 'rehype-raw';
import rehypeRemoveComments from 'rehype-remove-comments';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import type { Root as HastRoot } from 'hast';
import { visit } from 'unist-util-visit';
import type { Pluggable, PluggableList, Processor } from 'unified';
import type { BodyFormat } from '../content/analyze';
import { t } from '../config/i18n';
import { rehypeMedia, remarkMarkMissingAlt } from '../media/rehype-media';
import type { MediaContext } from '../media/publish-article';
import { rehypeHeadingLinks } from './rehype-heading-links';
import { rehypeMathErrors } from './rehype-math-errors';
import { rehypeKeyboardScroll } from './rehype-keyboard-scroll';
import { rehypeTaskListLabels } from './rehype-task-list-labels';
import { remarkAlerts } from './remark-alerts';
import { remarkPandocMath } from './pandoc-math';
import { remarkHeadingIds } from './remark-heading-ids';
import { codeBlockTransformers } from './shiki-code-blocks';

export const shikiOptions = {
  // github-dark's comments are 3:1 on its background, and github-light's red 4.5:1 only on white
  // (less on a highlighted line); the -default themes meet WCAG AA (4.5:1) on both.
  themes: { light: 'github-light-default', dark: 'github-dark-default' },
  // Languages a tech blog uses are loaded up front; any other bundled one is loaded when met,
  // and an unknown one is shown as plain text instead of failing the build.
  langs: [
    'shell',
    'bash',
    'ini',
    'yaml',
    'json',
    'javascript',
    'typescript',
    'tsx',
    'sql',
    'python',
    'go',
    'dockerfile',
    'nginx',
    'toml',
    'diff',
    'html',
    'css',
  ],
  lazy: true,
  fallbackLanguage: 'text',
  defaultLanguage: 'text',
  addLanguageClass: true,
  transformers: codeBlockTransformers,
} satisfies RehypeShikiOptions;

/** GFM footnotes are labelled in the site's language, not in English. */
export const remarkRehypeOptions = {
  footnoteLabel: t.footnotes.label,
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
    t.footnotes.backTo(
      `${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
    ),
} satisfies RemarkRehypeOptions;

export const remarkPlugins: PluggableList = [
  remarkGfm,
  remarkAlerts,
  remarkHeadingIds,
  remarkMarkMissingAlt,
];

/**
 * TeX math rendered by KaTeX at build time (no script in the page): `$$…$$`, and `$…$` with
 * Pandoc's rule, in `.md` and `.mdx` alike (./pandoc-math.ts).
 */
export const math = remarkPandocMath;

/**
 * Front matter is parsed out of the tree, never rendered: YAML's `---` and Hugo's TOML `+++`
 * (lib/content/front-matter.ts reads it). Registered once: a second remark-frontmatter replaces
 * the first one's syntax rather than adding to it.
 */
const FRONT_MATTER_FORMATS: Array<'yaml' | 'toml'> = ['yaml', 'toml'];
export const frontMatter: Pluggable = [remarkFrontmatter, FRONT_MATTER_FORMATS];

/** At build time, images and file links are only marked; the store's writer resolves them. */
export const rehypePlugins: PluggableList = [
  rehypeMedia,
  // Before Shiki, which would take the math for code in a language of its own.
  [rehypeKatex, { strict: 'ignore' }],
  rehypeMathErrors,
  [rehypeShiki, shikiOptions],
  rehypeKeyboardScroll,
  rehypeTaskListLabels,
  rehypeHeadingLinks,
];

/** The live preview resolves them at once, from disk. */
const liveRehypePlugins = (media: MediaContext): PluggableList => [
  [rehypeMedia, { live: media }],
  ...rehypePlugins.slice(1),
];

/**
 * rehype-raw rebuilds the tree from HTML and would lose a fence's info string (`title="…"`, in
 * the code element's `data`): it goes through as the attribute Shiki's plugin also reads.
 */
function rehypeKeepFenceMeta() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      const meta: unknown = node.data?.meta;
      if (node.tagName === 'code' && typeof meta === 'string') node.properties.metastring = meta;
    });
  };
}

/**
 * What `.md` files get before the shared rehype plugins: their raw HTML parsed (MDX nodes are let
 * through, for the preview's MDX compiler) and HTML comments (the <!--more--> marker, notes to
 * self) dropped, since they are for the author, not for readers.
 */
export const markdownHtmlPlugins: PluggableList = [
  rehypeKeepFenceMeta,
  [rehypeRaw, { passThrough: [...nodeTypes] }],
  rehypeRemoveComments,
];

/**
 * `.md` files: CommonMark + GFM with raw HTML kept, never MDX, so posts moved from Hugo or
 * Jekyll (HTML comments, `<` and `{` in text, inline HTML) render unchanged. `firstRemarkPlugins`
 * see the tree as parsed, before any other plugin.
 */
export function markdownPipeline(
  processor: Processor,
  firstRemarkPlugins: PluggableList = [],
): void {
  processor
    .use(remarkFrontmatter, FRONT_MATTER_FORMATS)
    .use(remarkParse)
    .use(firstRemarkPlugins)
    .use(remarkPlugins)
    .use(math)
    .use(remarkRehype, { ...remarkRehypeOptions, allowDangerousHtml: true })
    .use(markdownHtmlPlugins)
    .use(rehypePlugins)
    .use(rehypeStringify);
}

/**
 * The same pipelines for the MDX compiler that the draft preview runs at request time on the whole
 * file: `md` is still CommonMark + GFM with raw HTML, never MDX. The front matter stays in the
 * source (and out of the output) so that an error's line number is the file's.
 */
export function compileOptions(format: BodyFormat, media: MediaContext): CompileOptions {
  const rehype = liveRehypePlugins(media);
  return {
    format,
    remarkPlugins: [frontMatter, ...remarkPlugins, math],
    remarkRehypeOptions,
    rehypePlugins: format === 'md' ? [...markdownHtmlPlugins, ...rehype] : rehype,
    // Built `.md` tables keep `align="…"`, as rehype-stringify writes them; MDX turns it into a style.
    tableCellAlignToStyle: format === 'mdx',
  };
}
