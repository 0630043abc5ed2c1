/**
 * A post rendered from its file as it is on disk now, with next-mdx-remote and the very plugins
 * and components of the built pages: an edit shows on reload without a rebuild, and a file that
 * does not compile says why in the page. For the author only: under Draft Mode, or `next dev`.
 */
import 'server-only';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
import { MEDIA_DIRS } from '../content/store-layout';
import { MediaLibrary } from '../media/library';
import { publishCover } from '../media/publish-article';
import { lookUpRef, refIndex } from '../content/refs';
import { getAllPosts } from '../posts/queries';
import { publishedFileIdOf } from '../media/published';
import { findPostFile, readPostSource } from './read-source';
import { languageOfPath, translationGroup } from '../content/slug';
import { siteLocale } from '../config/locale';

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
    // Refs lead to the posts the build knows (the preview cannot wait for a store pass).
    const refs = refIndex(
      getAllPosts().map((p) => ({ postFile: p.sourcePath.replace(/^content\//, ''), url: p.url })),
    );
    const { format, source, body, frontMatter } = await readPostSource(
      sourcePath,
      site.timeZone,
      process.cwd(),
      (_line, target) => {
        const found = lookUpRef(target, refs, sourcePath);
        return typeof found === 'string' ? found : '#';
      },
    );
    const library = new MediaLibrary(process.cwd(), MEDIA_DIRS.live);
    const postFile = sourcePath.replace(/^content\//, '');
    const { cover, problem } = await publishCover(frontMatter, postFile, library);
    if (problem) throw new Error(problem);
    // Compiled first: its errors number lines as in the file, front matter included.
    const { content } = await compileMDX({
      source,
      components: mdxComponents,
      // The author's own file, as trusted as at build time, where MDX expressions run too.
      options: {
        mdxOptions: compileOptions(format, {
          library,
          postFile,
          eagerFirst: !cover,
          responsive: isPublished,
        }),
        blockJS: false,
      },
    });
    library.finish({ prune: false });
    const analysis = analyzeBody(body, format);
    // The series as the file says it now: the post's place in it follows an edit on reload.
    const { series: _builtSeries, seriesOrder: _builtOrder, ...built } = base;
    const [series] = uniqueTags(frontMatter.series ? [frontMatter.series] : []);
    const post: Post = {
      ...built,
      title: frontMatter.title,
      date: frontMatter.date,
      updated: laterUpdate(frontMatter.date, frontMatter.updated),
      ...(frontMatter.publishAt !== frontMatter.date ? { publishAt: frontMatter.publishAt } : {}),
      ...(frontMatter.expiresAt ? { expiresAt: frontMatter.expiresAt } : {}),
      draft: frontMatter.draft,
      tags: uniqueTags(frontMatter.tags),
      categories: uniqueTags(frontMatter.categories),
      ...(series ? { series } : {}),
      ...(frontMatter.seriesOrder !== undefined ? { seriesOrder: frontMatter.seriesOrder } : {}),
      excerpt: postExcerpt(frontMatter.summary, analysis),
      image: frontMatter.image,
      ...(cover ? { cover: { ...cover, responsive: isPublished(cover.src) } } : {}),
      readingMinutes: analysis.readingMinutes,
      wordCount: analysis.wordCount,
      toc: analysis.toc,
      ...(analysis.hasCode ? { hasCode: true } : {}),
      ...(analysis.hasMath ? { hasMath: true } : {}),
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

/** A file the build published for readers (a draft's never is): `/media/<hash>/<name>`. */
function isPublished(src: string): boolean {
  const id = publishedFileIdOf(src);
  return id !== undefined && existsSync(join(MEDIA_DIRS.published, id.hash, id.name));
}

/** A placeholder for a file the build has not seen, until it compiles. */
function unbuiltPost(slug: string, sourcePath: string): Post {
  return {
    slug,
    url: postPath(slug),
    title: sourcePath,
    date: new Date().toISOString(),
    draft: true,
    lang: languageOfPath(sourcePath) ?? siteLocale.language,
    translationGroup: translationGroup(sourcePath),
    tags: [],
    categories: [],
    excerpt: '',
    readingMinutes: 0,
    wordCount: 0,
    toc: [],
    sourcePath,
    html: '',
    text: '',
  };
}
