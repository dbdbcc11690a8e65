/**
 * The one narrowing from a run-time string to a `MessageKey`. Keys written in code are checked by the
 * compiler against the catalogue, and data that carries a key types it `MessageKey` where it is
 * produced; a key that arrives untyped (read from JSON, zod's issue params, a template over a value
 * typed `string`) passes through here, where it is checked against the English catalogue instead of
 * cast. An unknown key throws, naming the key, so a typo or a missing text fails loudly where it is
 * emitted rather than printing the bare key.
 */
import { CATALOGUE, type MessageKey } from './catalogue';

/** Plural suffixes i18next adds to a base key (`files` → `files_one`, `files_other`). */
const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const;

/** Whether `key` names a text of the catalogue, directly or as the base of its plural forms. */
export function isMessageKey(key: string): key is MessageKey {
  const english = CATALOGUE.en;
  return Object.hasOwn(english, key) || PLURAL_SUFFIXES.some((suffix) => Object.hasOwn(english, key + suffix));
}

/**
 * `key` as a `MessageKey`, after checking that the catalogue has it.
 * @throws RangeError when the catalogue has no such key (nor plural forms of it).
 * @example asMessageKey('policy.default') // 'policy.default'
 */
export function asMessageKey(key: string): MessageKey {
  if (!isMessageKey(key)) throw new RangeError(`Unknown message key: ${key}`);
  return key;
}
