/**
 * The registry of languages: one line per language folder (shared/i18n/<lang>/, its index listing one
 * file per English owner). Everything else about a language follows from this list: the `Lang` type
 * and `LANGS` (lang.ts), its Intl locale (its folder's locale.ts), its catalogue (catalogue.ts), the
 * renderer's i18next resources and the IPC schemas. A third language is its folder and its line here.
 */
export * as en from './en/index';
export * as fr from './fr/index';
