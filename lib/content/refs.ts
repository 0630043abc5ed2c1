/**
 * Hugo's `ref`/`relref` and Jekyll's `post_url`/`link` (./shortcodes.ts leaves a marker for each)
 * turned into the target post's URL, once every post is known. A target is found as Hugo and
 * Jekyll name posts: its path under content/ (`posts/a.md`), its file name (`a.md`, `a`,
 * `2010-07-21-a`), or a bundle's folder; an anchor (`#part`) is kept.
 */
import { isBundleIndex, POST_EXTENSION, withoutLanguageFolder } from './slug';

/** Where a `ref`, `relref`, `post_url` or `link` leads, until resolveRefs() knows every post. */
export const REF_MARKER = 'carnet-ref:';

/**
 * `carnet-ref:<line>:<target>`: the line names the shortcode in a problem. The target is escaped
 * down to letters, digits and `%`, so that the marker ends where the text around it starts.
 */
export function refMarker(line: number, target: string): string {
  const escaped = encodeURIComponent(target.trim()).replace(
    /[^A-Za-z0-9%]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `${REF_MARKER}${line}:${escaped}`;
}

export type RefIndex = Map<string, string | null>;

const MARKER = new RegExp(`${REF_MARKER}(\\d+):([A-Za-z0-9%]*)`, 'g');

/** Each name a post answers to, to its URL; a name two posts share maps to null (ambiguous). */
export function refIndex(posts: ReadonlyArray<{ postFile: string; url: string }>): RefIndex {
  const index: RefIndex = new Map();
  const add = (key: string, url: string) =>
    index.set(key, index.has(key) && index.get(key) !== url ? null : url);
  for (const { postFile, url } of posts) {
    const path = postFile.toLowerCase();
    const noExt = path.replace(POST_EXTENSION, '');
    const parts = noExt.split('/');
    const name = parts.at(-1) === 'index' ? (parts.at(-2) ?? '') : (parts.at(-1) ?? '');
    // A bundle is named by its folder too: `posts/series/part-2`.
    const page = parts.at(-1) === 'index' ? parts.slice(0, -1).join('/') : noExt;
    const keys = [path, noExt, page].flatMap((key) => [
      key,
      key.replace(/^posts\//, ''),
      // Hugo's per-language folders: `en/posts/a.md` is `posts/a.md` of its language.
      withoutLanguageFolder(key),
      withoutLanguageFolder(key).replace(/^posts\//, ''),
    ]);
    for (const key of new Set([...keys, name, `${name}.md`, `${name}.markdown`, `${name}.mdx`]))
      add(key, url);
  }
  return index;
}

/** The folder a post's relative refs start from: its own, or its bundle's (`posts/series`). */
function pageFolder(postFile: string): string {
  const parts = postFile
    .toLowerCase()
    .replace(/^content\//, '')
    .split('/');
  parts.pop();
  if (isBundleIndex(postFile)) parts.pop();
  return parts.join('/');
}

/**
 * The URL (with its anchor) a ref's target names, or why there is none. `from`, the post the ref
 * is in: a relative target (`part-2`) is looked for beside it first, as Hugo does.
 */
export function lookUpRef(
  target: string,
  index: RefIndex,
  from?: string,
): string | { problem: string } {
  const [path = '', anchor] = target.split('#', 2);
  const key = path
    .toLowerCase()
    .replace(/^content\//, '')
    .replace(/\/+$/, '');
  const absolute = key.replace(/^\/+/, '');
  const beside = from && !key.startsWith('/') ? [`${pageFolder(from)}/${key}`] : [];
  // Jekyll's `_posts/` folder, and its dated names for a post whose file name has no date.
  const url = [
    ...beside,
    absolute,
    absolute.replace(/^_posts\//, ''),
    absolute.replace(/(^|\/)\d{4}-\d{2}-\d{2}-/, '$1'),
  ]
    .map((k) => index.get(k))
    .find((found) => found !== undefined);
  if (url === null)
    return { problem: 'several posts answer to this name: write its path under content/' };
  if (url === undefined) {
    // Jekyll's `link` to a page of another collection (`_docs/history.md`): not a post, so not
    // here; its URL is the collection's default one, as Jekyll would have written it.
    const page = /^_(?!posts\/)([\w-]+)\/(.+?)(?:\.(?:md|markdown|html))?$/.exec(path.trim());
    if (page) return `/${page[1]}/${page[2]}/${anchor ? `#${anchor}` : ''}`;
    return { problem: 'no post has this path or name' };
  }
  return anchor ? `${url}#${anchor}` : url;
}

/** `html` with its markers replaced; a target no post (or several) answers to is a problem. */
export function resolveRefs(
  html: string,
  file: string,
  index: RefIndex,
): { html: string; problems: string[] } {
  const problems: string[] = [];
  const resolved = html.replace(MARKER, (_, line: string, encoded: string) => {
    const target = decodeURIComponent(encoded);
    const found = lookUpRef(target, index, file);
    if (typeof found === 'string') return found;
    problems.push(`${file}:${line}: ref "${target}": ${found.problem}.`);
    return '#';
  });
  return { html: resolved, problems };
}
