import { describe, expect, it } from 'vitest';
import { translator } from '../report/format';
import { sampleSettings } from '../catalog/sample';
import { describeMove, generateMoves, resolveCostModel } from '.';
import { loadGeo } from '../geo';
import { moveParams, moveText } from './messages';
import { CATALOGUE } from '../i18n/catalogue';
import { advisorMoves as advisorMoves_en } from '../i18n/en/advisorMoves';
import type { Texts } from '../i18n/texts';
import { advisorMoves as advisorMoves_fr } from '../i18n/fr/advisorMoves';

const messagesEn = CATALOGUE.en;
const messagesFr = CATALOGUE.fr;
const advisorMessagesEn: Texts = advisorMoves_en;
const advisorMessagesFr: Texts = advisorMoves_fr;

describe('advisor move texts', () => {
  const en = translator('en', advisorMessagesEn);
  const fr = translator('fr', advisorMessagesFr);
  const names = (id: string) => (id === 'wh-columbus' ? 'Columbus DC' : id);

  it('writes day lists as ranges when they run on, services and warehouses by name, and leaves single ids to the messages', () => {
    expect(
      moveParams(
        {
          days: 'mon, tue, wed, thu, fri',
          services: 'ups-ground, usps-priority-mail',
          warehouse: 'wh-columbus',
          service: 'ups-ground',
          day: 'sat',
          minutes: 30,
        },
        en.t,
        names,
      ),
    ).toEqual({
      days: 'Monday to Friday',
      services: 'UPS Ground, USPS Priority Mail',
      warehouse: 'Columbus DC',
      service: 'ups-ground',
      day: 'sat',
      minutes: 30,
    });
    expect(moveParams({ days: 'mon, wed, fri' }, en.t, names).days).toBe('Monday, Wednesday, Friday');
    expect(moveParams({ days: 'sat' }, fr.t, names).days).toBe('samedi');
    expect(moveParams({ days: 'mon, tue, wed' }, fr.t, names).days).toBe('du lundi au mercredi');
    expect(moveParams({ copyOf: 'wh-columbus' }, en.t, names).copyOf).toBe('Columbus DC');
  });

  it('every move of the sample reads in English and French, with no raw key or id left', () => {
    const settings = sampleSettings();
    const geo = loadGeo();
    const moves = generateMoves(settings, geo, resolveCostModel(settings), { candidateZips: ['89502'] });
    expect(new Set(moves.map((m) => m.kind)).size).toBeGreaterThan(5);
    for (const m of moves) {
      const label = describeMove(m);
      expect(messagesEn[label.key], label.key).toBeDefined();
      expect(messagesFr[label.key], label.key).toBeDefined();
      for (const tr of [en, fr]) {
        const text = moveText(label, tr.t, names);
        expect(text, label.key).not.toMatch(/advisor\.|catalog\.|\{\{|wh-columbus|usps-|ups-|fedex-/);
      }
    }
  });
});
