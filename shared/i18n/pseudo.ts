/**
 * A pseudo-language made from the English catalogue: every text wrapped in ⟦…⟧, placeholders
 * (`{{name}}`), nesting (`$t(…)`) and plural keys kept, so the app renders in it exactly as it would
 * in a real third language. A screen showing a text without the brackets did not get it from the
 * catalogue; a raw key means the key is missing. Used by the pseudo-locale test
 * (test/e2e/pseudoLocale.e2e.test.ts) to prove a language is only a folder of texts.
 */
import type { Texts } from './texts';

/** The pseudo-language's code (not a Lang: nobody chooses it; tests switch it on). */
export const PSEUDO_LANG = 'pseudo';

/** Key of the renderer's local storage entry that switches the pseudo-language on (tests only). */
export const PSEUDO_SWITCH = 'shipweek.pseudoLocale';

/**
 * @example pseudoLocale({ 'a': 'Cutoff {{time}}' }) // { 'a': '⟦Cutoff {{time}}⟧' }
 */
export function pseudoLocale(english: Texts): Record<string, string> {
  return Object.fromEntries(
    Object.entries(english).map(([key, text]) => [key, key.startsWith('i18n.') ? text : `⟦${text}⟧`]),
  );
}
