/**
 * Where each post answers: its URL (lib/content/permalink.ts), and the old addresses that lead to
 * it with one redirect (Hugo's `aliases`, Jekyll's `redirect_from`). Checked all together at
 * build time: two posts, or a post and a page of the site, never share an address, and a
 * redirect never leads off the site.
 */
import type { UrlConfig } from '../config/urls';
import { postPath, RESERVED_PATHS } from '../routes';
import { canonicalPath, PermalinkError, postUrl, type PermalinkSource } from './permalink';

export interface PostAddresses {
  url: string;
  /** Canonical paths, without the post's URL itself. */
  aliases: string[];
}

/**
 * An old address as written in front matter, as a path of this site: relative ones are read
 * from the post's folder, as Hugo reads them. Undefined when it is not a path of this site.
 */
export function aliasPath(written: string, url: string): string | undefined {
  const alias = written.trim();
  // `//host/…` and `scheme:…` lead elsewhere.
  if (alias === '' || alias.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(alias))
    return undefined;
  if (alias.includes('\\') || /[\s?#]/.test(alias)) return undefined;
  const resolved = new URL(alias, `https://carnet.invalid${url}`);
  return canonicalPath(resolved.pathname);
}

/** The post's URL and old addresses, or the problem with them (file named by the caller). */
export function postAddresses(
  source: PermalinkSource & { aliases: readonly string[] },
  config: UrlConfig,
  siteLanguage: string,
): { addresses?: PostAddresses; problems: string[] } {
  let url: string;
  try {
    if (source.url && /^[a-z][a-z0-9+.-]*:|^\/\//i.test(source.url.trim()))
      return { problems: [`field "url": "${source.url}" is not a path of this site.`] };
    url = postUrl(source, config, siteLanguage);
  } catch (error) {
    if (!(error instanceof PermalinkError)) throw error;
    return { problems: [`the URL of the post: ${error.message}`] };
  }
  const problems: string[] = [];
  const aliases = new Set<string>();
  for (const written of source.aliases) {
    const path = aliasPath(written, url);
    if (path === undefined)
      problems.push(`field "aliases": "${written}" is not a path of this site (write /old/path/).`);
    else if (path !== url) aliases.add(path);
  }
  return { addresses: { url, aliases: [...aliases] }, problems };
}

/** The page of the site `path` belongs to, when it is one of the site's own. */
export function reservedBy(path: string): string | undefined {
  if (RESERVED_PATHS.exact.includes(path)) return path;
  return RESERVED_PATHS.folders.find((folder) => path === folder || path.startsWith(`${folder}/`));
}

/**
 * Every clash between the posts' addresses: a URL or old address that another post has, or
 * that a page of the site takes. Each problem names both files.
 */
export function addressClashes(
  posts: ReadonlyArray<{ file: string; slug: string } & PostAddresses>,
): string[] {
  const owners = new Map<string, { file: string; what: string }>();
  const problems: string[] = [];
  const claim = (path: string, file: string, what: string) => {
    const page = reservedBy(path);
    if (page !== undefined) {
      problems.push(`${file}: ${what} "${path}" is taken by the site's own ${page}.`);
      return;
    }
    const owner = owners.get(path);
    if (owner && owner.file !== file)
      problems.push(`${file}: ${what} "${path}" is also ${owner.what} of ${owner.file}.`);
    else if (!owner) owners.set(path, { file, what });
  };
  for (const post of posts) claim(post.url, post.file, 'the URL');
  // A post's /posts/<slug> leads to its URL when the pattern puts it elsewhere; a URL there wins.
  for (const post of posts) {
    const byPostsPath = postPath(post.slug);
    if (!owners.has(byPostsPath))
      owners.set(byPostsPath, { file: post.file, what: 'the /posts/ address' });
  }
  for (const post of posts)
    for (const alias of post.aliases) claim(alias, post.file, 'the old address');
  return problems;
}

/**
 * Clashes among the posts readers get are errors; those a draft adds are warnings: a draft is
 * never shipped (an old copy kept as a draft beside the post it copies is common in Hugo blogs).
 */
export function addressProblems(
  posts: ReadonlyArray<{ file: string; slug: string; draft: boolean } & PostAddresses>,
): { errors: string[]; warnings: string[] } {
  const published = posts.filter((post) => !post.draft);
  const errors = addressClashes(published);
  const known = new Set(errors);
  // Published posts claim their addresses first: a draft is the one said to clash.
  const all = addressClashes([...published, ...posts.filter((post) => post.draft)]);
  return { errors, warnings: all.filter((problem) => !known.has(problem)) };
}
