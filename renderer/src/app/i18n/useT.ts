/**
 * The renderer's one way to a text: `useT()` in a component, `translate` outside React (store slices).
 * Both take a `MessageKey`, so a key the catalogue lacks is a compile error in the renderer as it is in
 * main, the report and the CLI. They retype react-i18next's `t` instead of typing i18next itself
 * through its CustomTypeOptions, whose recursive key types made the renderer's type-check two thirds
 * slower; a plain union of keys costs next to nothing. ESLint keeps i18next and react-i18next out of
 * the rest of the renderer, so no component can reach the untyped `t`.
 */
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../../shared/i18n/catalogue';
import { isMessageKey } from '../../../../shared/i18n/messageKey';
import { LOCALES, toLang, type Lang } from '../../../../shared/i18n/lang';

/** A text's parameters: what its `{{name}}` placeholders are filled with, and `count` for its plural form. */
export type TParams = Readonly<Record<string, unknown>>;

export type { MessageKey };

/** Renders the text `key` of the catalogue in the current language. */
export type T = (key: MessageKey, params?: TParams) => string;

/** What a component reads the current language through. */
export interface Translation {
  /** react-i18next's own `t` (the same function between renders while the language stays), typed by key. */
  readonly t: T;
  /** The language ShipWeek speaks now (English while the pseudo-language is on). */
  readonly lang: Lang;
  /** The BCP 47 locale of `lang` ('fr-FR'), for `Intl` formatters that need a region. */
  readonly locale: string;
  /** i18next's current language code, what `Intl` formatters and `localiseParams` are given. */
  readonly language: string;
}

/**
 * The current language's `t`, re-rendering the component when the language changes.
 * @example const { t } = useT(); t('nav.reports')
 */
export function useT(): Translation {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  return { t: t as unknown as T, lang, locale: LOCALES[lang], language: i18n.language };
}

/**
 * `t` for code outside React (store slices), in the language current when it is called.
 * @example translate('reports.saved', { path })
 */
export const translate: T = (key, params) => i18next.t(key, { ...params }) as string;

/**
 * A key that reaches the renderer typed `string` (carried in an engine result, a finding, a worker's
 * message) as a `MessageKey`, checked against the catalogue here rather than cast where it is shown. A
 * key the catalogue lacks is reported on the console and still rendered, as the key itself (what
 * i18next shows for a missing text), so a gap is visible without taking the page down.
 * @example t(checkedKey(finding.messageKey), finding.params)
 */
export function checkedKey(key: string): MessageKey {
  if (!isMessageKey(key)) console.error(`missing i18n key: ${key}`);
  return key as MessageKey;
}

/**
 * A message that arrives with its own wording (an error from main or a worker, a store notice: a
 * key, its parameters and an English sentence): the catalogue's text of the key, or the sentence it
 * came with when it has no key. The key is typed where it was produced (main's answers are parsed
 * against the catalogue, see MessageKeySchema), so nothing is checked here.
 * @example messageOf(t, error.key, error.params, error.message)
 */
export function messageOf(t: T, key: MessageKey | undefined, params: TParams | undefined, fallback: string): string {
  return key === undefined ? fallback : t(key, { ...params, defaultValue: fallback });
}

/**
 * A key built at run time from data typed `string` (a path in a plan's difference): the catalogue's
 * text when it has the key, else the sentence given. Keys typed `MessageKey` go through `messageOf`.
 * @example textOf(t, `scenarios.path.${segment}`, undefined, segment)
 */
export function textOf(t: T, key: string | undefined, params: TParams | undefined, fallback: string): string {
  return key !== undefined && key !== '' && isMessageKey(key)
    ? t(key, { ...params, defaultValue: fallback })
    : fallback;
}
