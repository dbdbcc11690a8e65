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
/** "day(s)", "jour(s)", "ouvré(e)s", "ajouté(e)(s)": a word glued to a bracketed plural or feminine ending (tests refuse it). */
export const BRACKET_PLURAL = /[A-Za-zÀ-ÿ]\((?:s|e|es|x|e\)\(s)\)/;

type Forms = readonly [one: string, other: string];

const en: Record<string, Forms> = {
  day: ['{{count, number}} day', '{{count, number}} days'],
  businessDay: ['{{count, number}} business day', '{{count, number}} business days'],
  week: ['{{count, number}} week', '{{count, number}} weeks'],
  row: ['{{count, number}} row', '{{count, number}} rows'],
  rowSkipped: ['{{count, number}} row skipped', '{{count, number}} rows skipped'],
  problem: ['{{count, number}} problem', '{{count, number}} problems'],
  state: ['{{count, number}} state', '{{count, number}} states'],
  change: ['{{count, number}} change', '{{count, number}} changes'],
  error: ['{{count, number}} error', '{{count, number}} errors'],
  warning: ['{{count, number}} warning', '{{count, number}} warnings'],
  note: ['{{count, number}} note', '{{count, number}} notes'],
  order: ['{{count, number}} order', '{{count, number}} orders'],
  primeOrder: ['{{count, number}} Prime order', '{{count, number}} Prime orders'],
  zipCode: ['{{count, number}} ZIP code', '{{count, number}} ZIP codes'],
  deliveryDay: ['{{count, number}} more delivery day', '{{count, number}} more delivery days'],
  metric: ['{{count, number}} metric', '{{count, number}} metrics'],
  transitTime: ['{{count, number}} transit time', '{{count, number}} transit times'],
};

const fr: Record<string, Forms> = {
  day: ['{{count, number}} jour', '{{count, number}} jours'],
  businessDay: ['{{count, number}} jour ouvré', '{{count, number}} jours ouvrés'],
  week: ['{{count, number}} semaine', '{{count, number}} semaines'],
  row: ['{{count, number}} ligne', '{{count, number}} lignes'],
  rowSkipped: ['{{count, number}} ligne ignorée', '{{count, number}} lignes ignorées'],
  problem: ['{{count, number}} problème', '{{count, number}} problèmes'],
  state: ['{{count, number}} État', '{{count, number}} États'],
  change: ['{{count, number}} changement', '{{count, number}} changements'],
  error: ['{{count, number}} erreur', '{{count, number}} erreurs'],
  warning: ['{{count, number}} avertissement', '{{count, number}} avertissements'],
  note: ['{{count, number}} remarque', '{{count, number}} remarques'],
  order: ['{{count, number}} commande', '{{count, number}} commandes'],
  primeOrder: ['{{count, number}} commande Prime', '{{count, number}} commandes Prime'],
  zipCode: ['{{count, number}} code ZIP', '{{count, number}} codes ZIP'],
  deliveryDay: ['{{count, number}} jour de livraison', '{{count, number}} jours de livraison'],
  metric: ['{{count, number}} statistique', '{{count, number}} statistiques'],
  transitTime: ['{{count, number}} délai de transit', '{{count, number}} délais de transit'],
};

function flatten(locale: string, forms: Record<string, Forms>): Record<string, string> {
  const out: Record<string, string> = { 'i18n.locale': locale };
  for (const [unit, [one, other]] of Object.entries(forms)) {
    out[`unit.${unit}_one`] = one;
    out[`unit.${unit}_other`] = other;
    out[`unit.${unit}_many`] = other;
  }
  return out;
}

export const unitMessagesEn: Record<string, string> = flatten('en-US', en);
export const unitMessagesFr: Record<string, string> = flatten('fr-FR', fr);
