/**
 * A post's body as the build keeps it: the article's HTML and the analysis of its tree, from one
 * parse. Run by the build's workers (./render-pool.ts), one post at a time; Contentlayer itself
 * only reads and checks the front matter (docs/benchmarks.md, "Content step").
 *
 * `.md` is CommonMark + GFM with raw HTML, never MDX; `.mdx` is compiled and rendered once to
 * static HTML with the shared component map, for the pages and the feeds alike.
 */
import { createProcessor, run } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Root } from 'mdast';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { mdxComponents } from '../mdx/components';
import {
  frontMatter,
  markdownPipeline,
  math,
  rehypePlugins,
  remarkPlugins,
  remarkRehypeOptions,
} from '../mdx/plugins';
import type { BodyAnalysis, BodyFormat } from './analyze';
import { remarkAnalyzeBody } from './remark-analyze-body';

export interface RenderRequest {
  /** The file as the author knows it (`content/posts/…`), for messages. */
  file: string;
  /** The same under content/, which images and links are relative to (lib/media/rehype-media.ts). */
  postFile: string;
  format: BodyFormat;
  /** The whole file, front matter included (so that lines are the file's), shortcodes expanded. */
  source: string;
}

export interface RenderedBody {
  html: string;
  /** References' lines are the file's. */
  analysis: BodyAnalysis;
}

/** A body that does not render; its message names the file and, when known, the line. */
export class BodyError extends Error {
  override name = 'BodyError';
}

const markdown = unified();
markdownPipeline(markdown, [remarkAnalyzeBody]);
markdown.freeze();

/**
 * An `import` in a post: its components come from the blog's map (lib/mdx/components.tsx), as in
 * the draft preview, never from a file. Said plainly, where the MDX compiler would ask for a
 * `baseUrl`.
 */
function remarkNoImports() {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (node.type !== 'mdxjsEsm' || !('value' in node) || typeof node.value !== 'string') return;
      if (!/^\s*(import\b|export\b[^;]*\bfrom\b)/m.test(node.value)) return;
      const line = node.position?.start.line;
      const statement = node.value.split('\n')[0]?.trim() ?? 'import';
      throw new BodyError(
        `${line ? `${line}:` : ''} \`${statement}\` is not supported: a post's components are the blog's (lib/mdx/components.tsx); map another blog's in lib/config/migration.ts, or remove the import.`,
      );
    });
  };
}

const mdx = createProcessor({
  format: 'mdx',
  outputFormat: 'function-body',
  remarkPlugins: [frontMatter, remarkNoImports, remarkAnalyzeBody, ...remarkPlugins, math],
  remarkRehypeOptions,
  rehypePlugins,
});

export async function renderBody({
  file,
  postFile,
  format,
  source,
}: RenderRequest): Promise<RenderedBody> {
  const vfile = new VFile({
    path: file,
    value: source,
    data: { rawDocumentData: { sourceFilePath: postFile } },
  });
  try {
    const html =
      format === 'md' ? String(await markdown.process(vfile)) : await renderMdx(vfile, source);
    const { analysis } = vfile.data;
    if (!analysis) throw new Error('the body was not analysed');
    return { html, analysis };
  } catch (error) {
    throw bodyError(file, error);
  }
}

async function renderMdx(vfile: VFile, source: string): Promise<string> {
  const code = String(await mdx.process(vfile));
  const { default: Content } = await run(code, runtime);
  const toc = vfile.data.analysis?.toc ?? [];
  try {
    // `toc`: the post's headings, for another starter's `<TOCInline toc={props.toc} />`.
    return renderToStaticMarkup(createElement(Content, { components: mdxComponents, toc }));
  } catch (error) {
    throw unknownComponent(source, error) ?? error;
  }
}

/**
 * A component another starter provides and this blog does not (`<BlogNewsletterForm />`): named
 * with its line, and how to map it. Undefined for any other error.
 */
function unknownComponent(source: string, error: unknown): BodyError | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const name = /Expected component `([\w.]+)` to be defined/.exec(message)?.[1];
  if (!name) return undefined;
  const at = source.search(new RegExp(`<${name.replace('.', '\\.')}\\b`));
  const line = at < 0 ? undefined : source.slice(0, at).split('\n').length;
  return new BodyError(
    `${line ? `${line}:` : ''} component <${name}> is not one this blog has: map it in lib/config/migration.ts (components: { ${name}: 'Callout' }, or null to drop it), or remove it.`,
  );
}

/**
 * `content/posts/x.mdx:15:1-15:48: Expected a closing tag for <Callout>`, where an editor can jump
 * to, as the MDX compiler's own messages read; KaTeX's (lib/mdx/rehype-math-errors.ts) say their
 * lines themselves.
 */
function bodyError(file: string, error: unknown): BodyError {
  if (error instanceof BodyError) return new BodyError(`${file}:${error.message}`);
  const message = error instanceof Error ? error.message : String(error);
  const place = error && typeof error === 'object' && 'place' in error ? error.place : undefined;
  return new BodyError(`${file}${place ? `:${where(place)}` : ''}: ${message}`);
}

/** `15:1-15:48` for a range, `15:1` for a point (vfile-message's `place`). */
function where(place: unknown): string {
  const point = (value: unknown) =>
    value && typeof value === 'object' && 'line' in value && 'column' in value
      ? `${String(value.line)}:${String(value.column)}`
      : '';
  if (place && typeof place === 'object' && 'start' in place && 'end' in place)
    return `${point(place.start)}-${point(place.end)}`;
  return point(place);
}
