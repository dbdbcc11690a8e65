import { CATALOGUE } from '../../../../shared/i18n/catalogue';
import type { Lang } from '../../../../shared/i18n/lang';
import { featureMessages } from './featureMessages';
import { app as en } from '../../../../shared/i18n/en/app';
import { app as fr } from '../../../../shared/i18n/fr/app';

const messagesEn = CATALOGUE.en;
const messagesFr = CATALOGUE.fr;

/**
 * Every string the renderer shows, merged into one flat dictionary per language: the catalogue
 * (shared/i18n/<lang>/<owner>.ts, shared/i18n/catalogue.ts), the app's own
 * (en.ts / fr.ts), each feature's (features/<f>/messages.ts, listed in featureMessages.ts) and the
 * engine's, catalog's and geo's (shared/i18n). Keys are flat and dotted, so i18next runs with
 * keySeparator off.
 */
export function buildResources(): Record<Lang, Record<string, string>> {
  const out = {
    en: { ...CATALOGUE.en, ...messagesEn, ...en } as Record<string, string>,
    fr: { ...CATALOGUE.fr, ...messagesFr, ...fr } as Record<string, string>,
  };
  for (const m of featureMessages) {
    Object.assign(out.en, m.en);
    Object.assign(out.fr, m.fr);
  }
  return out;
}
