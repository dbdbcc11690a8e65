/**
 * Texts of the settings report and the plan of action (keys `report.*` and `plan.*`), English and
 * French with identical keys and placeholders (messages.test.ts checks it). They sit beside the
 * report rather than in shared/i18n because only the report, the plan of action and the CLI read
 * them; `translator()` in format.ts merges them over the shared messages.
 */
import type { Lang } from '../i18n/lang';
import { CATALOGUE } from '../i18n/catalogue';

const reportMessagesEn = CATALOGUE.en;
const reportMessagesFr = CATALOGUE.fr; /**
 * What an export is called in its file name, in a language ("Sample - rapport - 2026-06-10.pdf").
 * @example exportFileLabel('metrics', 'fr') // 'statistiques'
 */
export function exportFileLabel(what: string, lang: Lang): string {
  return (lang === 'fr' ? reportMessagesFr : reportMessagesEn)[`report.file.${what}`] ?? what;
}
