import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../shared/i18n/lang';
import { CATALOGUE, ownersOf } from '../../shared/i18n/catalogue';
import { translator } from '../../shared/report/format';
import { createContext } from '../../cli/context';

/*
 * One parity test over every text ShipWeek shows, whatever process shows it: the catalogue
 * (shared/i18n/<lang>/<owner>.ts, which the renderer's i18next runs on as it is) and every dictionary
 * a process still merges on top of it (the report's translator, the CLI's context). Each language has exactly the
 * English keys and the same placeholders, nothing is empty, and every nested message exists.
 */
function everything(lang: Lang): Record<string, string> {
  return {
    ...CATALOGUE[lang],
    ...translator(lang).messages,
    ...createContext(lang).messages,
  };
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!).sort();
const nestedKeys = (text: string) => [...text.matchAll(/\$t\(([^,()]+)/g)].map((m) => m[1]!.trim()).sort();
const OTHERS = LANGS.filter((lang) => lang !== 'en');

describe('the message catalogue', () => {
  const en = everything('en');

  it('holds every text of the app (more than a thousand keys)', () => {
    expect(Object.keys(en).length).toBeGreaterThan(1000);
  });

  it.each(OTHERS)('%s has exactly the English keys', (lang) => {
    const other = everything(lang);
    expect(
      Object.keys(en)
        .filter((k) => !(k in other))
        .sort(),
      'missing',
    ).toEqual([]);
    expect(
      Object.keys(other)
        .filter((k) => !(k in en))
        .sort(),
      'extra',
    ).toEqual([]);
  });

  it.each(OTHERS)('%s uses the same placeholders as English (each language may nest a counted unit or not)', (lang) => {
    const other = everything(lang);
    const differ = Object.keys(en)
      .filter((k) => k in other)
      .filter((k) => placeholders(en[k]!).join() !== placeholders(other[k]!).join())
      .map((k) => `${k}: ${en[k]} | ${other[k]}`);
    expect(differ).toEqual([]);
  });

  it.each([...LANGS])(
    '%s: no text is empty, every plural has its other form and every fixed nested key exists',
    (lang) => {
      const texts = everything(lang);
      const problems: string[] = [];
      for (const [key, text] of Object.entries(texts)) {
        if (typeof text !== 'string' || text.trim() === '') problems.push(`${key}: empty`);
        const plural = /^(.*)_(one|two|few|many|zero)$/.exec(key);
        if (plural && !(`${plural[1]}_other` in texts)) problems.push(`${key}: no ${plural[1]}_other`);
        for (const nested of nestedKeys(text))
          if (!nested.includes('{{') && !(nested in texts) && !(`${nested}_other` in texts))
            problems.push(`${key}: nests unknown ${nested}`);
      }
      expect(problems).toEqual([]);
    },
  );

  it('every language folder has the English owner files, and no key has two owners', () => {
    const englishOwners = Object.keys(ownersOf('en')).sort();
    for (const lang of LANGS) expect(Object.keys(ownersOf(lang)).sort(), lang).toEqual(englishOwners);
    const ownerOf = new Map<string, string>();
    const twice: string[] = [];
    for (const [owner, texts] of Object.entries(ownersOf('en')))
      for (const key of Object.keys(texts)) {
        if (ownerOf.has(key)) twice.push(`${key}: ${ownerOf.get(key)} and ${owner}`);
        ownerOf.set(key, owner);
      }
    expect(twice).toEqual([]);
  });
});
