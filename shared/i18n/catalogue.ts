/**
 * The message catalogue: every owner file of every language folder (shared/i18n/<lang>/<owner>.ts),
 * merged into one flat dictionary per language; its locale.ts gives the language's Intl locale as
 * `i18n.locale` (the render function picks plural forms and number grouping by it). A language is a
 * folder and its line in languages.ts: its index must export a file for every English owner, typed
 * against it, or this module does not compile.
 */
import { LANGS, type Lang } from './lang';
import type { Texts, Translation } from './texts';
import * as REGISTERED from './languages';

type EnglishOwners = typeof REGISTERED.en;

/** A language's folder: one file per English owner, each with exactly the English keys. */
export type FolderOfOwners = { readonly [Owner in keyof EnglishOwners]: Translation<EnglishOwners[Owner]> };

const FOLDERS: Readonly<Record<Lang, FolderOfOwners>> = REGISTERED;

type CatalogueKey = { [Owner in keyof EnglishOwners]: keyof EnglishOwners[Owner] & string }[keyof EnglishOwners];

/** The base a plural key is asked for by (`files_one` and `files_other` are both emitted as `files`, with a count). */
type PluralBase<Key extends string> = Key extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? Base
  : never;

/**
 * Every key of the catalogue, and the base of every plural key: emitting a key outside it is a compile
 * error where this type is asked for. A key known only at run time goes through `asMessageKey` (messageKey.ts).
 */
export type MessageKey = CatalogueKey | PluralBase<CatalogueKey>;

/**
 * The keys of the catalogue under `prefix.` (a format's messages: `KeyUnder<'geo.weightsCsv'>`). An
 * intersection, not `Extract`: the compiler reduces it over the union without instantiating a
 * conditional type per key (Extract cost a third more instantiations in the main-process check).
 */
export type KeyUnder<Prefix extends string> = MessageKey & `${Prefix}.${string}`;

/**
 * The last parts of the keys under `prefix.`: the codes a message is named by when its key is written
 * as a template (`${prefix}.${code}`), so a code the catalogue lacks is a compile error where it is used.
 */
export type CodeUnder<Prefix extends string> = KeyUnder<Prefix> extends `${Prefix}.${infer Code}` ? Code : never;

/** The owner files of a language, by owner name (for tests and tools that look owner by owner). */
export function ownersOf(lang: Lang): Readonly<Record<string, Texts>> {
  return FOLDERS[lang];
}

/**
 * A language folder's owner files merged into one flat dictionary: what the catalogue holds for each
 * registered language (and what the third-language test builds from a folder of its own).
 */
export function mergeFolder(folder: FolderOfOwners): Texts {
  return Object.assign({}, ...Object.values(folder));
}

/** The whole catalogue of each language, one flat dictionary (merged once, at load). */
export const CATALOGUE: Readonly<Record<Lang, Texts>> = Object.fromEntries(
  LANGS.map((lang) => [lang, mergeFolder(FOLDERS[lang])]),
) as Record<Lang, Texts>;

/**
 * The English texts whose keys start with `prefix`: what a parser that runs without a language (the
 * CLI's JSON, the fuzz harness, an error's `message`) writes, read from the catalogue instead of a
 * copy of it kept beside the parser.
 */
export function englishTextsOf(prefix: string): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(CATALOGUE.en).filter(([key]) => key.startsWith(prefix)));
}
