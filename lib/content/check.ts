/**
 * `npm run content:check` (scripts/content-check.ts): every post read in seconds, without
 * `next build`, and every problem printed at once, with the rules the build applies: front matter
 * (./post-fields.ts), URLs and old addresses (./addresses.ts), MDX that does not parse, images
 * and files that are missing or outside content/ and public/ (lib/media/resolve.ts); and, as
 * warnings, internal links that lead nowhere and images without alt text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { siteLocale } from '../config/locale';
import { siteUrls } from '../config/urls';
import { classifyReference, locateFile } from '../media/resolve';
import { postPath } from '../routes';
import { parseBody } from './analyze';
import { addressClashes, postAddresses, reservedBy } from './addresses';
import { duplicateSlugs, readSlug } from './fields';
import { headings } from './headings';
import { PostFieldsError } from './post-fields';
import { readPostParts, type PostSourceParts } from './post-source';
import { REF_MARKER, refIndex, resolveRefs } from './refs';

export interface ContentProblem {
  /** As the author knows it: `content/posts/…`. */
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  message: string;
}

interface Reference {
  kind: 'image' | 'link';
  url: string;
  line?: number;
  /** An image with no alt text at all (HTML `alt=""` marks a decorative one, and is fine). */
  altMissing?: boolean;
}

interface CheckedPost {
  file: string;
  postFile: string;
  slug: string;
  url: string;
  aliases: string[];
  ids: Set<string>;
  references: Reference[];
}

const POSTS = 'posts';
const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(2).find(Boolean);

/** Images and links as Markdown, raw HTML and MDX write them. */
function referencesOf(tree: Root): Reference[] {
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

function postFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter((name) => /\.mdx?$/i.test(name))
    .sort();
}

/** Every problem of the posts under `projectDir`/content, errors first then warnings, by file. */
export function checkContent(projectDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const contentDir = join(projectDir, 'content');
  const posts: CheckedPost[] = [];
  for (const name of postFilesUnder(contentDir)) {
    const file = `content/${name}`;
    if (!name.startsWith(`${POSTS}/`)) {
      problems.push({ file, severity: 'error', message: `only content/${POSTS}/ holds posts.` });
      continue;
    }
    const checked = checkPost(contentDir, name, problems);
    if (checked) posts.push(checked);
  }
  for (const message of addressClashes(posts)) {
    const file = message.slice(0, message.indexOf(':'));
    problems.push({ file, severity: 'error', message: message.slice(file.length + 2) });
  }
  for (const { slug, first, second } of duplicateSlugs(
    posts.map((p) => ({ slug: p.slug, sourcePath: p.file })),
  ))
    problems.push({
      file: second,
      severity: 'error',
      message: `"${slug}" is also the slug of ${first}: set another "slug".`,
    });
  checkLinks(projectDir, posts, problems);
  const rank = (p: ContentProblem) => (p.severity === 'error' ? 0 : 1);
  return problems.sort(
    (a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}

function checkPost(
  contentDir: string,
  postFile: string,
  problems: ContentProblem[],
): CheckedPost | undefined {
  const file = `content/${postFile}`;
  const source = readFileSync(join(contentDir, postFile), 'utf8');
  let post: PostSourceParts;
  try {
    // As the build reads it: shortcodes expanded, refs left as markers (checked below).
    post = readPostParts(file, source);
  } catch (error) {
    if (!(error instanceof PostFieldsError)) throw error;
    // Each problem is `:line: detail` or `: detail`, after the file's name.
    for (const problem of error.problems) {
      const match = /^(?::(\d+))?: (.*)$/s.exec(problem);
      problems.push({
        file,
        line: match?.[1] ? Number(match[1]) : undefined,
        severity: 'error',
        message: match?.[2] ?? problem,
      });
    }
    return undefined;
  }
  const { fields, format, body } = post;
  const fail = (message: string, line?: number) =>
    problems.push({ file, line, severity: 'error', message });
  let slug: string;
  try {
    slug = readSlug(
      { slug: fields.slug, lang: fields.lang, _raw: { sourceFilePath: postFile } },
      file,
    );
  } catch (error) {
    fail(error instanceof Error ? error.message.replace(`${file}: `, '') : String(error));
    return undefined;
  }
  const { addresses, problems: addressProblems } = postAddresses(
    { file: postFile, ...fields },
    siteUrls,
    siteLocale.language,
  );
  for (const message of addressProblems) fail(message);
  // Lines of the body count from its first line; the file's add the front matter's.
  const offset = post.bodyLine - 1;
  for (const use of post.unknown)
    problems.push({
      file,
      line: use.line,
      severity: 'warning',
      message: `shortcode "${use.name}" is not one Carnet knows: its inner text is kept, the tag itself dropped.`,
    });
  let tree: Root;
  try {
    tree = parseBody(body, format);
  } catch (error) {
    // The parser's messages (VFileMessage) carry the body's line.
    const place =
      error instanceof Error && 'line' in error && typeof error.line === 'number'
        ? error.line
        : undefined;
    fail(
      `the MDX does not parse: ${error instanceof Error ? error.message : String(error)}`,
      place === undefined ? undefined : place + offset,
    );
    return undefined;
  }
  const references = referencesOf(tree).map((r) => ({
    ...r,
    line: r.line === undefined ? undefined : r.line + offset,
  }));
  return {
    file,
    postFile,
    slug,
    url: addresses?.url ?? postPath(slug),
    aliases: addresses?.aliases ?? [],
    ids: new Set(headings(tree).map((h) => h.id)),
    references,
  };
}

/** Images must exist; internal links must lead to a post, an old address, a page or a file. */
function checkLinks(projectDir: string, posts: readonly CheckedPost[], problems: ContentProblem[]) {
  // A URL two posts claim is an error already; links to it count as leading to the first.
  const byUrl = new Map([...posts].reverse().map((p) => [p.url, p]));
  const byFile = new Map(posts.map((p) => [p.postFile, p]));
  const refs = refIndex(posts);
  const aliases = new Set(posts.flatMap((p) => [...p.aliases, postPath(p.slug)]));
  for (const post of posts) {
    for (const ref of post.references) {
      const report = (severity: ContentProblem['severity'], message: string) =>
        problems.push({ file: post.file, line: ref.line, severity, message });
      const written = ref.url.trim();
      if (ref.kind === 'image') {
        if (ref.altMissing)
          report(
            'warning',
            `image "${written}" has no alt text: describe it for readers who cannot see it.`,
          );
        const reference = classifyReference(written, post.postFile);
        if (reference.kind === 'invalid')
          report('error', `image "${written}": ${reference.reason}.`);
        else if (reference.kind === 'local') {
          const located = locateFile(join(projectDir, reference.root), reference.path);
          if (located === 'missing')
            report(
              'error',
              `image "${written}": no such file: ${reference.root}/${reference.path}.`,
            );
          else if (located === 'outside')
            report('error', `image "${written}": the path leads outside ${reference.root}/.`);
        }
        continue;
      }
      if (written.startsWith(REF_MARKER)) {
        const { problems: unresolved } = resolveRefs(written, post.file, refs);
        for (const problem of unresolved)
          problems.push({
            file: post.file,
            line: ref.line,
            severity: 'error',
            message: problem.replace(/^[^ ]+ /, ''),
          });
        continue;
      }
      if (written === '' || /^[a-z][a-z\d+.-]*:|^\/\//i.test(written)) continue;
      const [pathPart = '', anchor] = written.split('#', 2);
      const path = pathPart.replace(/\?.*$/, '');
      if (path === '') {
        if (anchor && !post.ids.has(anchor))
          report('warning', `link "${written}": no heading of this post has the id "${anchor}".`);
        continue;
      }
      if (path.startsWith('/')) {
        const target = byUrl.get(path.replace(/\/+$/, '') || '/');
        if (target) {
          if (anchor && !target.ids.has(anchor))
            report(
              'warning',
              `link "${written}": no heading of ${target.file} has the id "${anchor}".`,
            );
        } else if (
          !aliases.has(path.replace(/\/+$/, '')) &&
          reservedBy(path.replace(/\/+$/, '') || '/') === undefined &&
          locateFile(join(projectDir, 'public'), path.replace(/^\/+/, '')) === 'missing'
        )
          report(
            'warning',
            `link "${written}" leads nowhere: no post, page or file of public/ has this path.`,
          );
        continue;
      }
      // Relative: a post's file (as Obsidian or Gatsby link them), or a file beside the post.
      const relative = posix.normalize(posix.join(posix.dirname(post.postFile), decodeURI(path)));
      if (/\.mdx?$/i.test(relative)) {
        if (!byFile.has(relative))
          report('warning', `link "${written}": content/${relative} is not a post.`);
      } else if (locateFile(join(projectDir, 'content'), relative) === 'missing') {
        report('warning', `link "${written}" leads nowhere: no such file: content/${relative}.`);
      }
    }
  }
}
