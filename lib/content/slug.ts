/**
 * ASCII slugs for URLs and heading ids: `Cérénit` → `cerenit`, `Time Series` → `time-series`,
 * `Let's Encrypt` → `lets-encrypt`, `Mise en œuvre` → `mise-en-oeuvre`.
 */
const LIGATURES: Record<string, string> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
};

/** Lower case without accents or ligatures: `Œuvre Étendue` → `oeuvre etendue`. */
export function foldDiacritics(text: string): string {
  return text
    .replace(/[œŒæÆßøØđĐłŁ]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

export function slugify(text: string): string {
  return (
    foldDiacritics(text)
      // An apostrophe joins its word ("let's" → "lets"), it does not split it.
      .replace(/['’‘`]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

const DATE_PREFIX = /^\d{4}-\d{2}-\d{2}-/;
/** Hugo's translation naming: `index.en.md`, `billet.pt-br.md`. */
const LANGUAGE_SUFFIX = /\.([a-z]{2}(?:-[a-z]{2,4})?)$/i;

/**
 * Hugo's per-language content folder, `content/en/posts/…`: its language and the rest of the
 * path. Paths may start at the project (`content/en/posts/a.md`) or at content/ (`en/posts/a.md`).
 */
const LANGUAGE_FOLDER = /^((?:content\/)?)([a-z]{2}(?:-[a-z]{2,4})?)\/(posts\/.*)$/i;

/** The extensions of posts' files: Markdown (`.md`, and Jekyll's and Hugo's `.markdown`) and MDX. */
export const POST_EXTENSION = /\.(?:mdx|md|markdown)$/i;

/** A post's file, by its path under content/: in `posts/` or a language's `<lang>/posts/`. */
export function isPostPath(path: string): boolean {
  const posix = path.replace(/\\/g, '/');
  return /^(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?posts\/./i.test(posix) && POST_EXTENSION.test(posix);
}

/** The language a file's name gives its post (`index.en.md` → `en`), if any. */
export function languageOfFileName(path: string): string | undefined {
  const base = (path.split(/[\\/]/).pop() ?? '').replace(POST_EXTENSION, '');
  return LANGUAGE_SUFFIX.exec(base)?.[1]?.toLowerCase();
}

/** The language a post's path gives it: its name's (`index.en.md`), else its folder's (`en/posts/`). */
export function languageOfPath(path: string): string | undefined {
  return (
    languageOfFileName(path) ?? LANGUAGE_FOLDER.exec(path.replace(/\\/g, '/'))?.[2]?.toLowerCase()
  );
}

/** The path without its language folder: `content/en/posts/a.md` → `content/posts/a.md`. */
export function withoutLanguageFolder(path: string): string {
  return path.replace(/\\/g, '/').replace(LANGUAGE_FOLDER, '$1$3');
}

/**
 * What the translations of one post share, as Hugo ties them: their front-matter
 * `translationKey`, else their path under content/ without language folder, language suffix nor
 * extension, a bundle's folder (`posts/a/index.en.md`, `en/posts/a/index.md` and
 * `posts/a/index.md` are all `posts/a`).
 */
export function translationGroup(path: string, translationKey?: string): string {
  if (translationKey?.trim()) return `key:${translationKey.trim()}`;
  const parts = withoutLanguageFolder(path)
    .replace(/^content\//, '')
    .split('/');
  const stem = fileStem(parts.pop() ?? '');
  if (stem.toLowerCase() !== 'index' || parts.length === 0) parts.push(stem);
  return parts.join('/');
}

/** A file's name without extension nor language: `a.en.md` → `a`, `index.mdx` → `index`. */
function fileStem(path: string): string {
  return (path.split(/[\\/]/).pop() ?? '').replace(POST_EXTENSION, '').replace(LANGUAGE_SUFFIX, '');
}

/** A page bundle's own file: `index.md`, `index.en.mdx`… */
export function isBundleIndex(path: string): boolean {
  return POST_EXTENSION.test(path) && fileStem(path).toLowerCase() === 'index';
}

/** A post's name: its file's stem (`a.en.md` → `a`), or its bundle's folder (`a/index.md` → `a`). */
export function pageName(path: string): string {
  const parts = path.split(/[\\/]/);
  const stem = fileStem(parts.pop() ?? '');
  return stem.toLowerCase() === 'index' && parts.length > 0 ? (parts.pop() ?? stem) : stem;
}

/**
 * The slug a post gets from its file: name without extension, language (`.en`) and leading
 * `YYYY-MM-DD-`. A page bundle (`my-post/index.md`, its images beside it, as Hugo writes them) is
 * named by its folder.
 */
export function slugFromFileName(path: string): string {
  return slugify(pageName(path).replace(DATE_PREFIX, ''));
}

/**
 * Unique ids for the headings of one document, in document order: a repeated heading gets
 * `-1`, `-2`… as on GitHub, so links to the first one never change when another is added below.
 */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = slugify(text) || 'section';
    let id = base;
    let n = seen.get(base) ?? 0;
    while (seen.has(id)) {
      n += 1;
      id = `${base}-${n}`;
    }
    seen.set(base, n);
    seen.set(id, 0);
    return id;
  };
}
