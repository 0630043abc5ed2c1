/**
 * An MDX post as a plain HTML string, for feed readers: rendered once at build time with the
 * shared component map.
 */
import { getMDXComponent } from 'next-contentlayer2/hooks';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { TocEntry } from '../content/analyze';
import { mdxComponents } from './components';

/** `toc`: the post's headings, for another starter's `<TOCInline toc={props.toc} />`. */
export function mdxToHtml(code: string, toc: readonly TocEntry[] = []): string {
  const Content = getMDXComponent(code);
  return renderToStaticMarkup(createElement(Content, { components: mdxComponents, toc }));
}
