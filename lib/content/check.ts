/**
 * `npm run content:check` (scripts/content-check.ts): every post read in seconds, without
 * `next build`, and every problem printed at once, with the rules the build applies: front matter
 * (./post-fields.ts), URLs and old addresses (./addresses.ts), MDX that does not parse, images
 * and files that are missing or outside content/ and public/ (lib/media/resolve.ts); and, as
 * warnings, internal links that lead nowhere (./links.ts, which the build runs too) and images
 * without alt text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import katex from 'katex';
import type { Root } from 'mdast';
import type {} from 'mdast-util-math';
import { visit } from 'unist-util-visit';
import { siteLocale } from '../config/locale';
import { siteUrls } from '../config/urls';
import { classifyReference, locateFile } from '../media/resolve';
import { postPath } from '../routes';
import { parseBody } from './analyze';
import { addressProblems, postAddresses } from './addresses';
import { bundleResourcesOf, markdownFilesUnder } from './bundles';
import { duplicateSlugs, readSlug } from './fields';
import { anchorIds, headings } from './headings';
import {
  deadLinks,
  draftProblem,
  referencesOf,
  type ContentProblem,
  type LinkedPost,
  type Reference,
} from './links';
import { PostFieldsError } from './post-fields';
import { readPostParts, type PostSourceParts } from './post-source';
import { REF_MARKER, refIndex, resolveRefs } from './refs';
import { isPostPath } from './slug';

export type { ContentProblem } from './links';

interface CheckedPost extends LinkedPost {
  aliases: string[];
  references: Reference[];
  /** The front-matter `image`, as written. */
  cover?: string;
  draft: boolean;
}

/** The posts' files under `dir`: its Markdown files but a bundle's resources. */
function postFilesUnder(dir: string): string[] {
  const files = markdownFilesUnder(dir);
  const resources = new Set(bundleResourcesOf(files));
  return files.filter((name) => !resources.has(name)).sort();
}

/** Every problem of the posts under `projectDir`/content, errors first then warnings, by file. */
export function checkContent(projectDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const contentDir = join(projectDir, 'content');
  const posts: CheckedPost[] = [];
  for (const name of postFilesUnder(contentDir)) {
    const file = `content/${name}`;
    if (!isPostPath(name)) {
      problems.push({
        file,
        severity: 'error',
        message: 'only content/posts/ (or a language’s content/<lang>/posts/) holds posts.',
      });
      continue;
    }
    const checked = checkPost(contentDir, name, problems);
    if (checked) posts.push(checked);
  }
  const clashes = addressProblems(posts);
  for (const [severity, messages] of [
    ['error', clashes.errors],
    ['warning', clashes.warnings],
  ] as const)
    for (const message of messages) {
      const file = message.slice(0, message.indexOf(':'));
      problems.push({ file, severity, message: message.slice(file.length + 2) });
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
      message:
        use.kind === 'variable'
          ? `Liquid output "${use.name}" has no value here: it shows nothing.`
          : `shortcode "${use.name}" is not one Carnet knows: its inner text is kept, the tag itself dropped.`,
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
  for (const { line, message } of mathProblems(tree))
    fail(`the math does not typeset: ${message}`, line === undefined ? undefined : line + offset);
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
    ids: new Set(anchorIds(headings(tree))),
    references,
    draft: fields.draft,
    ...(fields.image ? { cover: fields.image } : {}),
  };
}

/** Why the local file `written` (an image of `postFile`) cannot be read, if it cannot. */
/** Formulas KaTeX cannot typeset, as the build's rehype-katex would refuse them (lib/mdx/plugins.ts). */
function mathProblems(tree: Root): Array<{ line?: number; message: string }> {
  const found: Array<{ line?: number; message: string }> = [];
  visit(tree, (node) => {
    if (node.type !== 'math' && node.type !== 'inlineMath') return;
    try {
      katex.renderToString(node.value, {
        displayMode: node.type === 'math',
        throwOnError: true,
        strict: 'ignore',
      });
    } catch (error) {
      found.push({
        line: node.position?.start.line,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  });
  return found;
}

function fileProblem(projectDir: string, written: string, postFile: string): string | undefined {
  const reference = classifyReference(written, postFile);
  if (reference.kind === 'invalid') return reference.reason;
  if (reference.kind !== 'local') return undefined;
  const located = locateFile(join(projectDir, reference.root), reference.path);
  if (located === 'missing') return `no such file: ${reference.root}/${reference.path}`;
  if (located === 'outside') return `the path leads outside ${reference.root}/`;
  return undefined;
}

/** Images must exist, `ref`s must name a post, internal links must lead somewhere. */
function checkLinks(projectDir: string, posts: readonly CheckedPost[], problems: ContentProblem[]) {
  const refs = refIndex(posts);
  for (const post of posts) {
    // What would stop the build is a warning in a draft, as the build says it.
    const stop = (message: string) => ({
      severity: post.draft ? ('warning' as const) : ('error' as const),
      message: post.draft ? draftProblem(message) : message,
    });
    const coverProblem = post.cover && fileProblem(projectDir, post.cover, post.postFile);
    if (coverProblem)
      problems.push({
        file: post.file,
        ...stop(`field "image": "${post.cover}": ${coverProblem}.`),
      });
    for (const ref of post.references) {
      const report = (severity: ContentProblem['severity'], message: string) =>
        problems.push({ file: post.file, line: ref.line, severity, message });
      const reportStop = (message: string) =>
        problems.push({ file: post.file, line: ref.line, ...stop(message) });
      const written = ref.url.trim();
      if (ref.kind === 'image') {
        if (ref.altMissing)
          report(
            'warning',
            `image "${written}" has no alt text: describe it for readers who cannot see it.`,
          );
        const problem = fileProblem(projectDir, written, post.postFile);
        if (problem) reportStop(`image "${written}": ${problem}.`);
      } else if (written.startsWith(REF_MARKER)) {
        for (const problem of resolveRefs(written, post.file, refs).problems)
          reportStop(problem.replace(/^[^ ]+ /, ''));
      }
    }
  }
  problems.push(...deadLinks(projectDir, posts));
}
