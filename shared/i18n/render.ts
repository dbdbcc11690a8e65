/**
 * The one way text is rendered, in every process: i18next. The renderer runs it through
 * react-i18next with `I18NEXT_OPTIONS`; main, the report, the plan of action and the CLI call
 * `renderMessage`, which runs an i18next instance over the dictionary it is given. So interpolation
 * (`{{name}}`), nesting (`$t(catalog.weekday.{{day}})`), plural forms (`key_one` / `key_other`, by
 * Intl's rules for the dictionary's `i18n.locale`: French 0 and 1 are singular) and grouped numbers
 * (`{{count, number}}`: 1,234 / 1 234) behave the same wherever a message is shown.
 *
 * i18next is plain JavaScript (no DOM, no Node), so it may run in shared/.
 */
import i18next, { type i18n, type InitOptions } from 'i18next';
import type { MessageKey } from './catalogue';

/**
 * Options every i18next instance runs with: flat dotted keys ("nav.reports"), no HTML escaping (React and the report
 * escape).
 */
export const I18NEXT_OPTIONS = {
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
} as const satisfies InitOptions;

/** Message parameters: what `{{name}}` placeholders are filled with. */
export type MessageParams = Readonly<Record<string, string | number>>;

type Render = (key: string, options: Record<string, unknown>) => string;

/*
 * One i18next instance per dictionary object, made on first use: dictionaries are module constants
 * or a translator's merge, built once per language, so instances are few and reused.
 */
const instances = new WeakMap<object, Render>();

function rendererFor(messages: Readonly<Record<string, string>>): Render {
  let render = instances.get(messages);
  if (!render) {
    const locale = messages['i18n.locale'] ?? 'en-US';
    const instance: i18n = i18next.createInstance();
    void instance.init({
      ...I18NEXT_OPTIONS,
      resources: { [locale]: { translation: messages } },
      lng: locale,
      fallbackLng: false,
    });
    render = instance.t.bind(instance) as unknown as Render;
    instances.set(messages, render);
  }
  return render;
}

/**
 * A text of the catalogue rendered by i18next from `messages` (a language of the catalogue, or one a
 * caller merged into it): placeholders filled from `params`, nested `$t(…)` resolved in the same
 * dictionary, the plural form chosen by `params.count`. The key is a `MessageKey`, so a key the
 * catalogue lacks does not compile where it is rendered.
 * @example renderMessage(CATALOGUE.en, 'report.colon') // ': '
 */
export function renderMessage(
  messages: Readonly<Record<string, string>>,
  key: MessageKey,
  params: MessageParams = {},
): string {
  return renderText(messages, key, params);
}

/**
 * `renderMessage` over a dictionary that is not the catalogue (a test's own texts, a language folder
 * being checked before it is registered), whose keys no type lists. An unknown key renders as the key
 * itself, so a missing text is visible rather than blank.
 * @example
 * renderText({ 'a': 'Cutoff on $t(d.{{day}})', 'd.sat': 'Saturday' }, 'a', { day: 'sat' }) // 'Cutoff on Saturday'
 */
export function renderText(
  messages: Readonly<Record<string, string>>,
  key: string,
  params: MessageParams = {},
): string {
  return rendererFor(messages)(key, { ...params });
}
