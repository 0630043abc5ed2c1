/**
 * The site's language, locale and time zone: the part of the config (lib/config/site.ts) that
 * client components and the content build may read too, since it holds nothing from the
 * environment.
 */
import type { Language } from './i18n';

export interface LocaleConfig {
  language: Language;
  /** BCP 47 locale used for dates and numbers. */
  locale: string;
  /** IANA zone in which dates without an offset are read and all dates are shown. */
  timeZone: string;
}

export const siteLocale = {
  language: 'fr',
  locale: 'fr-FR',
  timeZone: 'Europe/Paris',
} satisfies LocaleConfig;
