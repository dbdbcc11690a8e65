/**
 * The shape of the message catalogue. Text lives in shared/i18n/<lang>/<owner>.ts, one file per owner
 * (a feature, the report, the CLI, the menu…), flat dotted keys namespaced by the owner
 * ("report.title", "menu.file"). English is the reference: each other language's file is typed
 * against the English file of the same owner, so a key missing from it or one it adds is a compile
 * error.
 *
 * @example
 * // shared/i18n/en/menu.ts
 * export const menu = { 'menu.file': 'File' } satisfies Texts;
 * // shared/i18n/fr/menu.ts, typed against the English menu (imported as `en`)
 * export const menu: Translation<typeof en> = { 'menu.file': 'Fichier' };
 */

/** An owner's texts: key → message (`{{param}}` placeholders, `$t(key)` nesting, `_one` / `_other` plural forms). */
export type Texts = Readonly<Record<string, string>>;

/** An owner's texts in another language: exactly the English owner's keys. */
export type Translation<En extends Texts> = { readonly [K in keyof En]: string };
