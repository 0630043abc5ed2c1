/** Date formatting without the site config, so that client components can use it too. */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatter(
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
export function longDate(iso: string, locale: string, timeZone: string): string {
  return formatter({ day: 'numeric', month: 'long', year: 'numeric' }, locale, timeZone).format(
    new Date(iso),
  );
}
