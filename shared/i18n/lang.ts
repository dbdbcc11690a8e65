/**
 * The languages ShipWeek speaks: the one list and the one type every layer uses (renderer, main,
 * report, CLI, IPC schemas). Both are read from the registry of language folders (languages.ts), so
 * a language is added as a folder of texts, shared/i18n/<lang>/, and its line there; nothing here.
 */
import * as FOLDERS from './languages';

/** A language ShipWeek speaks. @example const lang: Lang = 'fr'; */
export type Lang = keyof typeof FOLDERS;

/** Every language, as a non-empty list (what z.enum takes). */
export const LANGS = [...(Object.keys(FOLDERS) as Lang[])] as unknown as readonly [Lang, ...Lang[]];

/** The BCP 47 locale each language formats numbers and dates with (Intl), from its folder's locale.ts. */
export const LOCALES: Readonly<Record<Lang, string>> = Object.fromEntries(
  LANGS.map((lang) => [lang, FOLDERS[lang].locale['i18n.locale']]),
) as Record<Lang, string>;

/** The locale each language writes day-before-month dates with ("Sun 22 Nov"), from its folder's locale.ts. */
export const DAY_FIRST_LOCALES: Readonly<Record<Lang, string>> = Object.fromEntries(
  LANGS.map((lang) => [lang, FOLDERS[lang].locale['i18n.dayFirstLocale']]),
) as Record<Lang, string>;

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
