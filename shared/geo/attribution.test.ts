import { describe, it, expect } from 'vitest';
import { ATTRIBUTIONS } from './attribution';
import { TRANSIT_CSV_MESSAGES_EN } from '../imports/transitCsv';
import { CATALOGUE } from '../i18n/catalogue';

const messagesEn = CATALOGUE.en;
const messagesFr = CATALOGUE.fr;

describe('ATTRIBUTIONS', () => {
  it('credits SimpleMaps under CC BY 4.0 with a link to the licence (required by the licence)', () => {
    const simplemaps = ATTRIBUTIONS.find((a) => a.id === 'simplemaps-zips');
    expect(simplemaps?.licence).toBe('CC BY 4.0');
    expect(simplemaps?.licenceUrl).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(messagesEn[simplemaps!.textKey]).toMatch(/SimpleMaps.*CC BY 4\.0/);
    // CC BY asks to say the data was changed.
    expect(messagesEn[simplemaps!.textKey]).toMatch(/grouped/);
  });

  it('has English and French text for every credit', () => {
    for (const a of ATTRIBUTIONS) {
      expect(messagesEn[a.textKey], a.textKey).toBeTruthy();
      expect(messagesFr[a.textKey], a.textKey).toBeTruthy();
      expect(messagesFr[a.textKey]).not.toBe(messagesEn[a.textKey]);
    }
  });
});

describe('transit CSV messages', () => {
  it("exist in both languages with the same placeholders as the parser's English", () => {
    for (const [key, text] of Object.entries(TRANSIT_CSV_MESSAGES_EN)) {
      expect(messagesEn[key], key).toBe(text);
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(messagesFr[key], key).toBeDefined();
      expect(placeholders(messagesFr[key]!), key).toEqual(placeholders(text));
    }
  });
});
