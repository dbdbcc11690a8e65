import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import { loadGeo } from '../geo';
import { renderMessage } from '../i18n/render';
import { computePromise } from './explainedPromise';
import { CATALOGUE } from '../i18n/catalogue';

const messagesEn = CATALOGUE.en;
const messagesFr = CATALOGUE.fr;

const geo = loadGeo();

/** The "outside Prime" step of a promise to `zip`, rendered in both languages. */
function outsidePrime(zip: string) {
  const r = computePromise(sampleSettings(), geo, { at: '2026-06-10T06:00', to: zip });
  const step = r.explanation.find((s) => s.key === 'engine.explain.outsidePrime')!;
  return { en: renderMessage(messagesEn, step.key, step.params), fr: renderMessage(messagesFr, step.key, step.params) };
}

describe('places outside the 48 states take their own preposition', () => {
  it('Puerto Rico: "à Porto Rico", never "en Porto Rico"', () => {
    const { en, fr } = outsidePrime('00901');
    expect(fr).toMatch(/^00901 se trouve à Porto Rico, hors des régions Prime/);
    expect(en).toMatch(/^00901 is in Puerto Rico, outside the Prime regions/);
  });

  it('Alaska "en", Hawaii "à", the Virgin Islands and Guam by their own phrase', () => {
    expect(outsidePrime('99501').fr).toMatch(/^99501 se trouve en Alaska,/);
    expect(outsidePrime('96813').fr).toMatch(/^96813 se trouve à Hawaï,/);
    expect(outsidePrime('00802').fr).toMatch(/^00802 se trouve aux Îles Vierges des États-Unis,/);
    expect(outsidePrime('96910').fr).toMatch(/^96910 se trouve à Guam,/);
  });

  it('transit to a region reads "jusqu’à Hawaï" / "jusqu’en Alaska"', () => {
    const fr = (region: string) =>
      renderMessage(messagesFr, 'engine.explain.transitRegion', { service: 'usps-priority-mail', days: 3, region });
    expect(fr('hawaii')).toContain('met 3 jours ouvrés jusqu’à Hawaï, qui');
    expect(fr('alaska')).toContain('jusqu’en Alaska, qui');
    expect(fr('puertoRico')).toContain('jusqu’à Porto Rico et aux Îles Vierges des États-Unis, qui');
  });

  it('no French text puts "en" or "à" before a place name placeholder (the phrase carries its preposition)', () => {
    for (const [key, text] of Object.entries(messagesFr)) {
      expect([key, /\b(en|à|au|aux|jusqu['’]à) \$t\(catalog\.region\./.test(text)]).toEqual([key, false]);
    }
  });
});
