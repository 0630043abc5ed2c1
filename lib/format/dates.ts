/**
 * Dates as readers see them, in the site's locale and time zone by default. Never relative
 * ("il y a 3 jours"): pages are built ahead of time. Client-safe.
 */
import { siteLocale } from '../config/locale';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per options, locale and zone: building one costs more than formatting. */
function formatter(
  options: Intl.DateTimeFormatOptions,
  locale: string,
  timeZone: string,
): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, timeZone, options]);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, f);
  }
  return f;
}

/** "29 janvier 2018" */
export function formatDate(
  iso: string,
  locale: string = siteLocale.locale,
  timeZone: string = siteLocale.timeZone,
): string {
  return formatter({ day: 'numeric', month: 'long', year: 'numeric' }, locale, timeZone).format(
    new Date(iso),
  );
}

/** "janvier 2018" */
export function formatMonth(
  iso: string,
  locale: string = siteLocale.locale,
  timeZone: string = siteLocale.timeZone,
): string {
  return formatter({ month: 'long', year: 'numeric' }, locale, timeZone).format(new Date(iso));
}

/** "janvier" */
export function formatMonthName(
  iso: string,
  locale: string = siteLocale.locale,
  timeZone: string = siteLocale.timeZone,
): string {
  return formatter({ month: 'long' }, locale, timeZone).format(new Date(iso));
}

/** Year and month (1–12) of an instant as seen in `timeZone`. */
export function yearMonth(
  iso: string,
  timeZone: string = siteLocale.timeZone,
): { year: number; month: number } {
  const parts = formatter({ year: 'numeric', month: 'numeric' }, 'en-US', timeZone).formatToParts(
    new Date(iso),
  );
  const get = (type: 'year' | 'month') => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month') };
}

/** "2018-01-29", the calendar day in `timeZone`, for sorting and comparing days. */
export function calendarDay(iso: string, timeZone: string = siteLocale.timeZone): string {
  return formatter({ year: 'numeric', month: '2-digit', day: '2-digit' }, 'en-CA', timeZone).format(
    new Date(iso),
  );
}
