/**
 * The languages ShipWeek speaks: the one list and the one type every layer uses (renderer, main,
 * report, CLI, IPC schemas). A language is added here and as a folder of texts, shared/i18n/<lang>/.
 */
export const LANGS = ['en', 'fr'] as const;

/** A language ShipWeek speaks. @example const lang: Lang = 'fr'; */
export type Lang = (typeof LANGS)[number];

/** The BCP 47 locale each language formats numbers and dates with (Intl). */
export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-US', fr: 'fr-FR' };

/**
 * The decimal separator `locale` writes numbers with, as Intl formats them: a comma or a point (the
 * two that number fields read).
 * @example decimalSeparator('fr-FR') // ','
 */
export function decimalSeparator(locale: string): '.' | ',' {
  const written = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  return written === ',' ? ',' : '.';
}

/**
 * A language from an untrusted string, English when it is not one ShipWeek speaks.
 * @example toLang('fr') // 'fr'; toLang('de') // 'en'
 */
export function toLang(value: unknown): Lang {
  return (LANGS as readonly unknown[]).includes(value) ? (value as Lang) : 'en';
}
