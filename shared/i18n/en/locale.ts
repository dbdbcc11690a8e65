import type { Texts } from '../texts';

/**
 * The language's BCP 47 locales for Intl, kept with the texts so that a new language folder brings its
 * own (shared/i18n/lang.ts reads them from here):
 * - `i18n.locale`: numbers, dates and the plural forms i18next picks;
 * - `i18n.dayFirstLocale`: the locale short dates are written with when the day must come before the
 *   month (week and range names: "Sun 22 Nov"), so that 11/22 vs 22/11 is never in doubt. US English
 *   writes the month first, so English uses British day-first dates there.
 */
export const locale = { 'i18n.locale': 'en-US', 'i18n.dayFirstLocale': 'en-GB' } satisfies Texts;
