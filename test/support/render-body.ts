/** A post body rendered as the blog renders it: `.md` as the build does, `.mdx` as the preview does. */
import { evaluate } from '@mdx-js/mdx';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { unified } from 'unified';
import { MediaLibrary } from '@/lib/media/library';
import { compileOptions, markdownPipeline } from '@/lib/mdx/plugins';

/** The live preview's media context, for a post without images. */
export const liveMedia = {
  library: new MediaLibrary(tmpdir(), join(tmpdir(), 'carnet-plugins-test-media')),
  postFile: 'posts/test.mdx',
  eagerFirst: true,
};

export async function renderMarkdown(markdown: string): Promise<string> {
  const processor = unified();
  markdownPipeline(processor);
  return String(await processor.process(markdown));
}

export async function renderMdx(source: string): Promise<string> {
  const { default: Content } = await evaluate(source, {
    ...compileOptions('mdx', liveMedia),
    ...runtime,
  });
  return renderToStaticMarkup(createElement(Content));
}
