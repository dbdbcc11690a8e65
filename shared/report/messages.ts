import type { Lang } from '../i18n/lang';
import { CATALOGUE } from '../i18n/catalogue';

/**
 * What an export is called in its file name, in a language ("Sample - rapport - 2026-06-10.pdf"). The
 * report's texts themselves live in the catalogue (shared/i18n/<lang>/report.ts).
 * @example exportFileLabel('metrics', 'fr') // 'statistiques'
 */
export function exportFileLabel(what: string, lang: Lang): string {
  return CATALOGUE[lang][`report.file.${what}`] ?? what;
}
