/**
 * A post's URL from the site's permalink pattern, with Hugo's tokens as Hugo expands them
 * (resources/page/permalinks.go) and its URL rules (paths.Sanitize, then lower case, accents
 * removed with removePathAccents, percent-escaped), so that a blog moved in from Hugo keeps
 * every address. Pure: the build (lib/content/write-store.ts) and the preview call it.
 */
import type { UrlConfig } from '../config/urls';
import { pageName, withoutLanguageFolder } from './slug';

export interface PermalinkSource {
  /** Under content/, as Contentlayer names it: `posts/2018/2018-01-29-a.md`, `posts/b/index.md`. */
  file: string;
  title: string;
  /** As written in front matter (or the file name): its wall-clock date is the one Hugo uses. */
  date: string;
  /** Front-matter `slug`, as written. */
  slug?: string;
  /** Front-matter `url` (Hugo) or `permalink` (Jekyll): the exact path. */
  url?: string;
  /** The post's language, when it is not the site's: Hugo prefixes its paths with it. */
  lang?: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DATED_NAME = /^(\d{4}-\d{2}-\d{2})-(.+)$/;

const isAllowed = (c: string) => /[\p{L}\p{N}\p{M}_.~#+@/\\-]/u.test(c);

/** Hugo's paths.Sanitize: spaces become one hyphen, characters outside its set are dropped. */
export function sanitizePath(text: string): string {
  let out = '';
  let pendingHyphen = false;
  let wasHyphen = false;
  for (const c of text) {
    if (isAllowed(c)) {
      wasHyphen = c === '-';
      if (pendingHyphen && !wasHyphen) out += '-';
      pendingHyphen = false;
      out += c;
    } else if (out.length > 0 && !wasHyphen && /\s/u.test(c)) {
      pendingHyphen = true;
    }
  }
  return out;
}

/** Hugo's URLize: sanitised, accents removed when configured, lower case; left unescaped. */
export function urlize(text: string, removeAccents: boolean): string {
  let path = sanitizePath(text);
  if (removeAccents) path = path.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return path.toLowerCase();
}

/**
 * The base name without its `YYYY-MM-DD-` prefix: Jekyll's `:title`, and Carnet's own URLs from
 * dated names. (Hugo keeps the prefix in `:filename`; a blog that has dated names and uses that
 * token is one moved from Jekyll, which dropped it.)
 */
function undatedBaseName(file: string): string {
  const base = pageName(file);
  return DATED_NAME.exec(base)?.[2] ?? base;
}

/**
 * Hugo's slug: the front matter's, else, with Hugo's `:filename` date rule (`fileNameSlug`), the
 * rest of a `YYYY-MM-DD-` file name, else none (`:slug` then falls back to the title).
 */
function hugoSlug(source: PermalinkSource, config: UrlConfig): string | undefined {
  if (source.slug?.trim()) return source.slug.trim();
  return config.fileNameSlug ? DATED_NAME.exec(pageName(source.file))?.[2] : undefined;
}

/** Year, month, day as written: Hugo keeps a date in the offset it was written with. */
function wallDate(written: string): Date {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(written.trim());
  return match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : new Date(Number.NaN);
}

export class PermalinkError extends Error {}

/** Every token of `pattern` Hugo knows, or a PermalinkError naming the one it does not. */
function expandTokens(pattern: string, source: PermalinkSource, config: UrlConfig): string {
  const urlizeIt = (text: string) => urlize(text, config.removePathAccents);
  const date = wallDate(source.date);
  // Hugo's first-level folder; a folder below is a section only with an _index.md, which blogs
  // rarely have: `:sections` is that one folder too.
  const section = withoutLanguageFolder(source.file).split('/')[0] ?? '';
  const slug = hugoSlug(source, config);
  const filename = urlizeIt(undatedBaseName(source.file));
  const pad = (n: number) => String(n).padStart(2, '0');
  const yearday = () =>
    Math.round((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
  const tokens: Record<string, () => string> = {
    year: () => String(date.getUTCFullYear()),
    month: () => pad(date.getUTCMonth() + 1),
    monthname: () => MONTHS[date.getUTCMonth()] ?? '',
    day: () => pad(date.getUTCDate()),
    weekday: () => String(date.getUTCDay()),
    weekdayname: () => WEEKDAYS[date.getUTCDay()] ?? '',
    yearday: () => String(yearday()),
    section: () => section,
    sections: () => section,
    title: () => urlizeIt(source.title),
    slug: () => (slug ? urlizeIt(slug) : urlizeIt(source.title)),
    filename: () => filename,
    slugorfilename: () => (slug ? urlizeIt(slug) : filename),
    contentbasename: () => filename,
    slugorcontentbasename: () => (slug ? urlizeIt(slug) : filename),
  };
  return pattern.replace(/:(\w+)/g, (written, name: string) => {
    const token = tokens[name];
    if (!token) throw new PermalinkError(`"${written}" is not a permalink token Hugo knows.`);
    if (
      /^(year|month|monthname|day|weekday|weekdayname|yearday)$/.test(name) &&
      Number.isNaN(date.getTime())
    )
      throw new PermalinkError(
        `the date "${source.date}" has no year, month and day for "${written}".`,
      );
    // Hugo lowers the case of the paths it makes (disablePathToLower is off by default).
    return token().toLowerCase();
  });
}

/**
 * A path as the site serves it: one leading slash, no trailing one (the slashed form redirects),
 * no empty or dot segment, each segment percent-escaped once.
 */
export function canonicalPath(path: string): string {
  const segments = path
    .split('/')
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .map((s) => {
      let decoded = s;
      try {
        decoded = decodeURIComponent(s);
      } catch {
        // A lone `%` is a character of the name, escaped below.
      }
      return encodeURIComponent(decoded).replace(/%40/g, '@').replace(/%2B/g, '+');
    });
  return `/${segments.join('/')}`;
}

/** The post's path: its front-matter `url`, else the pattern expanded, under its language's prefix. */
export function postUrl(source: PermalinkSource, config: UrlConfig, siteLanguage: string): string {
  const expanded = source.url?.trim()
    ? source.url.includes(':')
      ? expandTokens(source.url.trim(), source, config)
      : source.url.trim()
    : expandTokens(config.postPermalink, source, config);
  const prefix =
    !source.url?.trim() && source.lang && source.lang.toLowerCase() !== siteLanguage.toLowerCase()
      ? `/${source.lang.toLowerCase()}`
      : '';
  return canonicalPath(prefix + expanded);
}
