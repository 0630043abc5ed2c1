/**
 * An MDX post as a plain HTML string, for feed readers: rendered once at build time with the
 * shared component map.
 */
import { getMDXComponent } from 'next-contentlayer2/hooks';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from './components';

export function mdxToHtml(code: string): string {
  const Content = getMDXComponent(code);
  return renderToStaticMarkup(createElement(Content, { components: mdxComponents }));
}
