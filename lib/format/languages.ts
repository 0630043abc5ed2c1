/**
 * Language tags as pages and feeds write them (`lang`, `hreflang`, a feed item's language) and
 * their names as readers see them. Client-safe.
 */
import { siteLocale } from '../config/locale';

/**
 * BCP 47 canonical form (`en-us` or `en_US` → `en-US`), or undefined when `tag` is not a language
 * code (`english`, `en-`).
 */
export function canonicalLanguage(tag: string): string | undefined {
  const written = tag.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(written)) return undefined;
  try {
    return Intl.getCanonicalLocales(written)[0];
  } catch {
    return undefined;
  }
}

/**
 * The locale of a text in `lang`: the site's own (`fr-FR`, its dates' and feeds' form) when that
 * is its language, else the tag itself. Dates, feed items and Open Graph cards use it.
 */
export function localeOf(lang: string): string {
  return sameLanguage(lang, siteLocale.language) ? siteLocale.locale : lang;
}

/** Whether two tags name the same language: `en` and `en-GB` do not, `en-gb` and `en-GB` do. */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

const names = new Map<string, Intl.DisplayNames>();

/** The name of `tag` in that language itself, capitalised as a link shows it: "English", "Français". */
export function languageName(tag: string): string {
  let display = names.get(tag);
  if (!display) {
    display = new Intl.DisplayNames([tag], { type: 'language' });
    names.set(tag, display);
  }
  const name = display.of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
}

/** Languages written from right to left, by primary subtag. */
const RIGHT_TO_LEFT = new Set([
  'ar',
  'arc',
  'dv',
  'fa',
  'he',
  'ks',
  'ku',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);

/** `rtl` for Arabic, Hebrew, Persian…, `ltr` for the others: a page's `dir`. */
export function languageDirection(tag: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(tag.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
