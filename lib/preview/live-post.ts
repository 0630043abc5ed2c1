/**
 * A post rendered from its file as it is on disk now, with next-mdx-remote and the very plugins
 * and components of the built pages: an edit shows on reload without a rebuild, and a file that
 * does not compile says why in the page. For the author only: under Draft Mode, or `next dev`.
 */
import 'server-only';
import { compileMDX } from 'next-mdx-remote/rsc';
import type { ReactElement } from 'react';
import { analyzeBody, postExcerpt } from '../content/analyze';
import { laterUpdate } from '../content/dates';
import { compileOptions } from '../mdx/plugins';
import { mdxComponents } from '../mdx/components';
import { postPath } from '../routes';
import { type Post } from '../posts/post';
import { site } from '../config/site';
import { uniqueTags } from '../posts/tags';
import { findPostFile, readPostSource } from './read-source';

export type LivePost =
  | { ok: true; post: Post; content: ReactElement }
  /** The file does not read or compile: what to fix. */
  | { ok: false; post: Post; error: string };

/**
 * `built`: the post as the build saw it, when it did. Without it (a file created since), the
 * file is looked for by slug. Undefined when there is no such file either.
 */
export async function livePost(
  slug: string,
  built: Post | undefined,
): Promise<LivePost | undefined> {
  const sourcePath = built?.sourcePath ?? (await findPostFile(slug));
  if (!sourcePath) return undefined;
  const base = built ?? unbuiltPost(slug, sourcePath);
  try {
    const { format, source, body, frontMatter } = await readPostSource(sourcePath, site.timeZone);
    // Compiled first: its errors number lines as in the file, front matter included.
    const { content } = await compileMDX({
      source,
      components: mdxComponents,
      // The author's own file, as trusted as at build time, where MDX expressions run too.
      options: { mdxOptions: compileOptions(format), blockJS: false },
    });
    const analysis = analyzeBody(body, format);
    const post: Post = {
      ...base,
      title: frontMatter.title,
      date: frontMatter.date,
      updated: laterUpdate(frontMatter.date, frontMatter.updated),
      draft: frontMatter.draft,
      tags: uniqueTags(frontMatter.tags),
      excerpt: postExcerpt(frontMatter.summary, analysis.excerpt),
      image: frontMatter.image,
      readingMinutes: analysis.readingMinutes,
      wordCount: analysis.wordCount,
      toc: analysis.toc,
      text: analysis.text,
    };
    return { ok: true, post, content };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(
      /^\[next-mdx-remote\] error compiling MDX:\s*/,
      '',
    );
    // Errors of lib/content already start with the file; those of the MDX compiler do not.
    return {
      ok: false,
      post: base,
      error: message.includes(sourcePath) ? message : `${sourcePath}: ${message}`,
    };
  }
}

/** A placeholder for a file the build has not seen, until it compiles. */
function unbuiltPost(slug: string, sourcePath: string): Post {
  return {
    slug,
    url: postPath(slug),
    title: sourcePath,
    date: new Date().toISOString(),
    draft: true,
    tags: [],
    excerpt: '',
    readingMinutes: 0,
    wordCount: 0,
    toc: [],
    sourcePath,
    html: '',
    text: '',
  };
}
