import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

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
});
