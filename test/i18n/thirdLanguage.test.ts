import { describe, expect, it } from 'vitest';
import * as REGISTERED from '../../shared/i18n/languages';
import { CATALOGUE, mergeFolder, type FolderOfOwners } from '../../shared/i18n/catalogue';
import { DAY_FIRST_LOCALES, LANGS, LOCALES } from '../../shared/i18n/lang';
import { pseudoLocale } from '../../shared/i18n/pseudo';
import { renderText } from '../../shared/i18n/render';

/*
 * A third language is one folder plus its line in shared/i18n/languages.ts. The folder here is the
 * pseudo-language built from the English one (every text in ⟦…⟧, the locale kept): it type-checks as
 * a folder of the registry (the compile-time half), and the catalogue's own merge renders every key
 * from it alone (the run-time half). test/e2e/pseudoLocale.e2e.test.ts renders every page in it.
 */
const pseudoFolder = Object.fromEntries(
  Object.entries(REGISTERED.en).map(([owner, texts]) => [owner, pseudoLocale(texts)]),
) as unknown as FolderOfOwners;

/** The registry with one more line, typed as catalogue.ts types the real one. */
const registry: Readonly<Record<string, FolderOfOwners>> = { ...REGISTERED, xx: pseudoFolder };

const PLURAL = /_(zero|one|two|few|many|other)$/;

describe('a third language is one folder', () => {
  it('the language list, the locales and the catalogue come from the registry alone', () => {
    expect([...LANGS].sort()).toEqual(Object.keys(REGISTERED).sort());
    for (const lang of LANGS) {
      expect(LOCALES[lang]).toBe(REGISTERED[lang].locale['i18n.locale']);
      expect(DAY_FIRST_LOCALES[lang]).toBe(REGISTERED[lang].locale['i18n.dayFirstLocale']);
      expect(CATALOGUE[lang]).toEqual(mergeFolder(REGISTERED[lang]));
    }
  });

  it('a new folder renders every key of the catalogue, none missing', () => {
    const texts = mergeFolder(registry['xx']!);
    expect(Object.keys(texts).sort()).toEqual(Object.keys(CATALOGUE.en).sort());
    expect(texts['i18n.locale']).toBe('en-US');
    expect(texts['i18n.dayFirstLocale']).toBe('en-GB');
    const missing: string[] = [];
    for (const key of Object.keys(texts)) {
      if (key.startsWith('i18n.')) continue; // locales, not texts
      const asked = key.replace(PLURAL, '');
      const rendered = renderText(texts, asked, { count: key.endsWith('_one') ? 1 : 2 });
      if (rendered === asked || !rendered.startsWith('⟦')) missing.push(`${key}: ${rendered}`);
    }
    expect(missing).toEqual([]);
  });
});
