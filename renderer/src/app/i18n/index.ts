import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18NEXT_OPTIONS } from '../../../../shared/i18n/render';
import { LANGS, type Lang } from '../../../../shared/i18n/lang';
import { buildResources } from './resources';

/**
 * One i18next instance for the whole renderer, with the options main, the report and the CLI render
 * with (shared/i18n/render.ts). Missing keys fall back to English, and in tests a missing key shows
 * up as the raw key in screenshots (never silently blank).
 */
export function initI18n(language: Lang): typeof i18next {
  const resources = buildResources();
  void i18next.use(initReactI18next).init({
    ...I18NEXT_OPTIONS,
    resources: Object.fromEntries(LANGS.map((lang) => [lang, { translation: resources[lang] }])),
    lng: language,
    fallbackLng: 'en',
  });
  document.documentElement.lang = language;
  return i18next;
}

export function setLanguage(language: Lang): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
