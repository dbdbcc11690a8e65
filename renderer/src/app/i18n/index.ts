import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { buildResources } from './resources';

export type Language = 'en' | 'fr';

/**
 * One i18next instance for the whole renderer. Missing keys fall back to English, and in tests a
 * missing key shows up as the raw key in screenshots (never silently blank).
 */
export function initI18n(language: Language): typeof i18next {
  const resources = buildResources();
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: resources.en }, fr: { translation: resources.fr } },
    keySeparator: false,
    nsSeparator: false,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export function setLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
