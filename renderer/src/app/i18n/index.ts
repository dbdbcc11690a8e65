import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18NEXT_OPTIONS } from '../../../../shared/i18n/render';
import { LANGS, type Lang } from '../../../../shared/i18n/lang';
import { PSEUDO_LANG, PSEUDO_SWITCH, pseudoLocale } from '../../../../shared/i18n/pseudo';
import { CATALOGUE } from '../../../../shared/i18n/catalogue';

/*
 * The pseudo-language (every text in ⟦…⟧, shared/i18n/pseudo.ts) replaces the chosen language when a
 * test has set the switch in local storage: the pseudo-locale test renders every page in it.
 */
function pseudoOn(): boolean {
  try {
    return window.localStorage.getItem(PSEUDO_SWITCH) === '1';
  } catch {
    return false;
  }
}

/**
 * One i18next instance for the whole renderer, with the options main, the report and the CLI render
 * with (shared/i18n/render.ts). Missing keys fall back to English, and in tests a missing key shows
 * up as the raw key in screenshots (never silently blank); in the pseudo-language a missing key has
 * no fallback and is reported on the console.
 */
export function initI18n(language: Lang): typeof i18next {
  const pseudo = pseudoOn();
  // The catalogue as it is, one flat dictionary per language: the renderer adds no texts of its own.
  // Copies, since i18next keeps the objects it is given as its store and may add to them.
  const translations: Record<string, { translation: Record<string, string> }> = Object.fromEntries(
    LANGS.map((lang) => [lang, { translation: { ...CATALOGUE[lang] } }]),
  );
  if (pseudo) translations[PSEUDO_LANG] = { translation: pseudoLocale(CATALOGUE.en) };
  void i18next.use(initReactI18next).init({
    ...I18NEXT_OPTIONS,
    resources: translations,
    lng: pseudo ? PSEUDO_LANG : language,
    fallbackLng: pseudo ? false : 'en',
    ...(pseudo
      ? {
          saveMissing: true,
          missingKeyHandler: (_lngs: readonly string[], _ns: string, key: string) =>
            console.error(`missing i18n key: ${key}`),
        }
      : {}),
  });
  document.documentElement.lang = pseudo ? 'en' : language;
  return i18next;
}

export function setLanguage(language: Lang): void {
  if (pseudoOn()) return;
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
