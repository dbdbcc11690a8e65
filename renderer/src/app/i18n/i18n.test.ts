import { describe, expect, it } from 'vitest';
import { CATALOGUE, ownersOf } from '../../../../shared/i18n/catalogue';
import { BRACKET_PLURAL } from '../../../../shared/i18n/units';
import { app as en } from '../../../../shared/i18n/en/app';
import { app as fr } from '../../../../shared/i18n/fr/app';

/** Every owner file of the catalogue with its French twin, by owner name: what the renderer's i18next runs on. */
const owners = Object.entries(ownersOf('en')).map(([name, english]) => ({
  name,
  en: english,
  fr: ownersOf('fr')[name]!,
}));

describe('UI strings', () => {
  it('English and French have the same keys, none empty, and the same placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const french = fr[key as keyof typeof en];
      expect(text.trim(), key).not.toBe('');
      expect(french.trim(), key).not.toBe('');
      const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(vars(french), key).toEqual(vars(text));
    }
  });

  it.each(owners.map((m) => [m.name, m] as const))(
    'feature %s: same keys in both languages, none empty',
    (_name, m) => {
      expect(Object.keys(m.fr).sort()).toEqual(Object.keys(m.en).sort());
      for (const [k, v] of Object.entries(m.en)) {
        expect(v.trim(), k).not.toBe('');
        expect(m.fr[k]!.trim(), k).not.toBe('');
      }
    },
  );

  it('no two modules define the same key (one would silently hide the other)', () => {
    const seen = new Map<string, string>();
    for (const m of owners)
      for (const k of Object.keys(m.en)) {
        expect(seen.get(k), `${k} in ${m.name}`).toBeUndefined();
        seen.set(k, m.name);
      }
    const merged = CATALOGUE;
    expect(Object.keys(merged.fr).sort()).toEqual(Object.keys(merged.en).sort());
  });

  it('no string the renderer shows writes a bracketed plural like "day(s)" (i18next plurals instead)', () => {
    const merged = CATALOGUE;
    const offenders = [...Object.entries(merged.en), ...Object.entries(merged.fr)]
      .filter(([, v]) => BRACKET_PLURAL.test(v))
      .map(([k, v]) => `${k}: ${v}`);
    expect(offenders).toEqual([]);
  });
});
