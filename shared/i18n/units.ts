/**
 * Counted nouns with real plural forms, so no message ever writes "day(s)" / "jour(s)". The number is
 * grouped in the reader's language (`{{count, number}}`: 1,234 / 1 234).
 *
 * A message that counts something other than its own `count` nests a unit with i18next's nesting
 * options: `within $t(unit.day, {"count": {{days}} })` gives "within 1 day" / "within 2 days", and
 * in French "en 0 jour" / "en 1,5 jour" / "en 2 jours" (French treats 0 and 1 as singular). The
 * renderer's i18next and the CLI/report's `renderMessage` (shared/i18n/render.ts, i18next too) pick
 * the form the same way, by Intl's plural rules for `i18n.locale`. Sentences whose other words agree with the
 * number (French past participles) use whole-message `_one` / `_other` variants instead.
 *
 * French `_many` (Intl's form for a round million) repeats `_other`: i18next does not fall back from
 * `_many` to `_other` by itself.
 */
/**
 * "day(s)", "jour(s)", "ouvré(e)s", "ajouté(e)(s)": a word glued to a bracketed plural or feminine ending (tests refuse
 * it).
 */
export const BRACKET_PLURAL = /[A-Za-zÀ-ÿ]\((?:s|e|es|x|e\)\(s)\)/;
