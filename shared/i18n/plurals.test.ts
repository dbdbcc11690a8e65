import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { renderMessage, renderText } from './render';
import { translator } from '../report/format';
import { BRACKET_PLURAL } from './units';
import { CATALOGUE } from './catalogue';
import { report as report_en } from './en/report';
import type { Texts } from './texts';
import { report as report_fr } from './fr/report';
import { eligibilityEngine as eligibilityEngine_en } from './en/eligibilityEngine';
import { eligibilityEngine as eligibilityEngine_fr } from './fr/eligibilityEngine';
import { advisorMoves as advisorMoves_en } from './en/advisorMoves';
import { advisorMoves as advisorMoves_fr } from './fr/advisorMoves';

const messagesEn = CATALOGUE.en;
const messagesFr = CATALOGUE.fr;
const reportMessagesEn: Texts = report_en;
const reportMessagesFr: Texts = report_fr;
const eligibilityMessagesEn: Texts = eligibilityEngine_en;
const eligibilityMessagesFr: Texts = eligibilityEngine_fr;
const advisorMessagesEn: Texts = advisorMoves_en;
const advisorMessagesFr: Texts = advisorMoves_fr;

const dictionaries = {
  engine: [messagesEn, messagesFr],
  report: [reportMessagesEn, reportMessagesFr],
  eligibility: [eligibilityMessagesEn, eligibilityMessagesFr],
  advisor: [advisorMessagesEn, advisorMessagesFr],
} as const;

describe('plurals', () => {
  it.each(Object.entries(dictionaries))('%s messages never write a bracketed plural like "day(s)"', (_name, pair) => {
    const offenders = pair.flatMap((m) =>
      Object.entries(m)
        .filter(([, v]) => BRACKET_PLURAL.test(v))
        .map(([k, v]) => `${k}: ${v}`),
    );
    expect(offenders).toEqual([]);
  });

  it('renderMessage picks the plural form by the language of the dictionary (French 0 and 1 are singular)', () => {
    const en = translator('en');
    const fr = translator('fr');
    const speed = (tr: typeof en, days: number) => tr.t('engine.check.speed', { tier: 'standard', days });
    expect(speed(en, 1)).toMatch(/promised within 1 day$/);
    expect(speed(en, 2)).toMatch(/promised within 2 days$/);
    expect(speed(fr, 1)).toContain('promesse de 1 jour au plus');
    expect(speed(fr, 2)).toContain('promesse de 2 jours au plus');
    expect(renderMessage(messagesFr, 'unit.row', { count: 0 })).toBe('0 ligne');
    expect(renderMessage(messagesEn, 'unit.row', { count: 0 })).toBe('0 rows');
    // Grouped in the reader's language.
    expect(renderMessage(messagesEn, 'unit.rowSkipped', { count: 1234 })).toBe('1,234 rows skipped');
    expect(renderMessage(messagesFr, 'unit.rowSkipped', { count: 1234 })).toBe('1\u202f234 lignes ignorées');
    // Several counts in one message, each with its own form.
    expect(en.t('report.findingCounts', { error: 1, warning: 2, info: 0 })).toBe(
      'Validation: 1 error, 2 warnings, 0 notes.',
    );
    expect(fr.t('report.findingCounts', { error: 1, warning: 2, info: 0 })).toBe(
      'Contrôle : 1 erreur, 2 avertissements, 0 remarque.',
    );
  });

  it('the renderer’s i18next and the CLI’s renderMessage give the same text for every counted message', async () => {
    const inst = i18next.createInstance();
    await inst.init({
      resources: {
        en: { translation: { ...messagesEn, ...reportMessagesEn } },
        fr: { translation: { ...messagesFr, ...reportMessagesFr } },
      },
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      lng: 'en',
    });
    const nested = Object.keys(messagesEn).filter((k) => messagesEn[k]!.includes('$t(unit.'));
    expect(nested.length).toBeGreaterThan(10);
    for (const lang of ['en', 'fr'] as const) {
      const messages = lang === 'fr' ? { ...messagesFr, ...reportMessagesFr } : { ...messagesEn, ...reportMessagesEn };
      for (const key of [...nested, 'report.findingCounts', 'plan.speed.value'])
        for (const n of [0, 1, 2, 1234]) {
          const params = {
            count: n,
            days: n,
            error: n,
            warning: 1,
            info: 2,
            transitDays: n,
            weeks: n,
            rows: n,
            prime: n,
            orders: n,
            moves: n,
            failed: n,
            service: 'ups-ground',
            tier: 'standard',
            zone: 5,
          };
          expect(renderText(messages, key, params), `${lang} ${key} ${n}`).toBe(inst.t(key, { ...params, lng: lang }));
        }
    }
  });
});
