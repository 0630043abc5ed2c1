/**
 * The links and images a post's body holds, and the check that its internal links lead somewhere:
 * a post, an old address, one of the site's pages or a file of public/ or content/, and a heading
 * of the page for an anchor. `npm run content:check` (./check.ts) and the build
 * (./write-store.ts) both run it: what one says, the other says.
 */
import { join, posix } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { locateFile } from '../media/resolve';
import { postPath } from '../routes';
import { reservedBy } from './addresses';
import { REF_MARKER } from './refs';
import { POST_EXTENSION } from './slug';

export interface ContentProblem {
  /** As the author knows it: `content/posts/…`. */
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface Reference {
  kind: 'image' | 'link';
  url: string;
  /** The line in the tree's own numbering (the file's, or the body's). */
  line?: number;
  /** An image with no alt text at all (HTML `alt=""` marks a decorative one, and is fine). */
  altMissing?: boolean;
}

/** A post as the link check knows it. */
export interface LinkedPost {
  /** `content/posts/…`. */
  file: string;
  /** Under content/: `posts/…`. */
  postFile: string;
  slug: string;
  url: string;
  aliases: readonly string[];
  /** The ids of its headings, every level. */
  ids: ReadonlySet<string>;
  /** With the file's lines. */
  references: readonly Reference[];
  draft?: boolean;
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(2).find(Boolean);

/** Images and links as Markdown, raw HTML and MDX write them. */
export function referencesOf(tree: Root): Reference[] {
  const found: Reference[] = [];
  visit(tree, (node: Root | RootContent) => {
    const line = node.position?.start.line;
    if (node.type === 'image')
      found.push({ kind: 'image', url: node.url, line, altMissing: !node.alt });
    else if (node.type === 'link') found.push({ kind: 'link', url: node.url, line });
    else if (node.type === 'html') {
      for (const tag of node.value.match(/<(img|a)\b[^>]*>/gi) ?? []) {
        const isImage = /^<img/i.test(tag);
        const url = attribute(tag, isImage ? 'src' : 'href');
        if (url !== undefined)
          found.push({
            kind: isImage ? 'image' : 'link',
            url,
            line,
            altMissing: isImage && !/\salt\s*=/i.test(tag),
          });
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const value = (name: string) => {
        const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
        return attr && typeof attr.value === 'string' ? attr.value : undefined;
      };
      if (node.name === 'img' && value('src') !== undefined)
        found.push({
          kind: 'image',
          url: value('src') ?? '',
          line,
          altMissing: !node.attributes.some(
            (a) => a.type === 'mdxJsxAttribute' && a.name === 'alt',
          ),
        });
      if (node.name === 'a' && value('href') !== undefined)
        found.push({ kind: 'link', url: value('href') ?? '', line });
    }
  });
  return found;
}

/**
 * A problem of a draft, said as one: a draft is never shipped, so what would stop the build is a
 * warning until the post is published. Same words in the build and in content:check.
 */
export function draftProblem(message: string): string {
  return message.replace(/\.?$/, (end) => ` (a draft: fix it before publishing)${end}`);
}

/** `%C5%93` → `œ`; as written when it is no escape. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A warning for every internal link of `posts` that leads nowhere. External links, images and
 * `ref` markers are left to their own checks.
 */
export function deadLinks(projectDir: string, posts: readonly LinkedPost[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // A URL two posts claim is an error already; links to it lead to the first one published.
  // (A later entry of a Map wins: drafts go in first, and each group from its last post.)
  const byUrl = new Map(
    [...posts.filter((p) => p.draft).reverse(), ...posts.filter((p) => !p.draft).reverse()].map(
      (p) => [p.url, p],
    ),
  );
  const byFile = new Map(posts.map((p) => [p.postFile, p]));
  const aliases = new Set(posts.flatMap((p) => [...p.aliases, postPath(p.slug)]));
  for (const post of posts) {
    for (const ref of post.references) {
      const written = ref.url.trim();
      if (ref.kind !== 'link' || written.startsWith(REF_MARKER)) continue;
      const report = (message: string) =>
        problems.push({ file: post.file, line: ref.line, severity: 'warning', message });
      if (written === '' || /^[a-z][a-z\d+.-]*:|^\/\//i.test(written)) continue;
      const [pathPart = '', writtenAnchor] = written.split('#', 2);
      const anchor = writtenAnchor && safeDecode(writtenAnchor);
      const path = pathPart.replace(/\?.*$/, '');
      if (path === '') {
        if (anchor && !post.ids.has(anchor))
          report(`link "${written}": no heading of this post has the id "${anchor}".`);
        continue;
      }
      if (path.startsWith('/')) {
        const bare = path.replace(/\/+$/, '') || '/';
        const target = byUrl.get(bare);
        if (target) {
          if (anchor && !target.ids.has(anchor))
            report(`link "${written}": no heading of ${target.file} has the id "${anchor}".`);
        } else if (
          !aliases.has(bare) &&
          reservedBy(bare) === undefined &&
          locateFile(join(projectDir, 'public'), path.replace(/^\/+/, '')) === 'missing'
        )
          report(
            `link "${written}" leads nowhere: no post, page or file of public/ has this path.`,
          );
        continue;
      }
      // Relative: a post's file (as Obsidian or Gatsby link them), or a file beside the post.
      const relative = posix.normalize(posix.join(posix.dirname(post.postFile), decodeURI(path)));
      if (POST_EXTENSION.test(relative)) {
        if (!byFile.has(relative)) report(`link "${written}": content/${relative} is not a post.`);
      } else if (locateFile(join(projectDir, 'content'), relative) === 'missing') {
        report(`link "${written}" leads nowhere: no such file: content/${relative}.`);
      }
    }
  }
  return problems;
}
