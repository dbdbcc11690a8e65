import type { Texts } from '../texts';

/**
 * The language's BCP 47 locale for Intl: numbers, dates and the plural forms i18next picks. Kept with
 * the texts so that a new language folder brings its own (shared/i18n/lang.ts reads LOCALES from here).
 */
export const locale = { 'i18n.locale': 'en-US' } satisfies Texts;
