import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import { WEEKDAYS } from '../time/dateTime';
import { simulate } from '../engine/simulate';
import { loadGeo } from '../geo';
import { listAssumptions, type Assumption } from './assumptions';
import { translator } from './format';
import { renderSettingsReport } from './settingsReport';
import { type Lang } from '../i18n/lang';
import { assumptions as assumptions_en } from '../i18n/en/assumptions';
import type { Texts } from '../i18n/texts';
import { assumptions as assumptions_fr } from '../i18n/fr/assumptions';
import { asMessageKey } from '../i18n/messageKey';

const assumptionMessagesEn: Texts = assumptions_en;
const assumptionMessagesFr: Texts = assumptions_fr;

const opts = (lang: Lang) => {
  const tr = translator(lang);
  return {
    tr,
    list: {
      locale: tr.locale,
      colon: tr.t('report.colon'),
      year: 2026,
      dayName: (d: string) => tr.t(asMessageKey(`assumptions.day.${d}`)),
      serviceName: (id: string) => tr.t(asMessageKey(`catalog.service.${id}`)),
      regionName: (r: string) => tr.t(asMessageKey(`catalog.region.${r}`)),
    },
  };
};

function rendered(a: Assumption, lang: Lang): string[] {
  const { tr } = opts(lang);
  return [
    tr.t(asMessageKey(a.topicKey)),
    tr.t(asMessageKey(a.valueKey), a.valueParams),
    tr.t(asMessageKey(a.sourceKey)),
    ...(a.overrideKey ? [tr.t(asMessageKey(a.overrideKey), a.overrideParams)] : []),
  ];
}

describe('listAssumptions', () => {
  it('lists every default of the sample with its source, none replaced, every text filled in EN and FR', () => {
    const items = listAssumptions(sampleSettings(), opts('en').list);
    expect(items.map((a) => a.id)).toEqual([
      'zones',
      'transit',
      'deliveryDays',
      'holidays',
      'cutoffLead',
      'coverage',
      'primeRegions',
      'sixDayDelivery',
      'measuring',
      'week',
      'viewProfile',
      'destinations',
      'sizeMix',
      'costs',
      'transitSpread',
      'operations',
    ]);
    expect(items.filter((a) => a.status === 'overridden')).toEqual([]);
    for (const lang of ['en', 'fr'] as const) {
      for (const a of listAssumptions(sampleSettings(), opts(lang).list)) {
        for (const text of rendered(a, lang)) {
          expect(text, `${lang} ${a.id}`).not.toMatch(/^assumptions\.|\{\{|\}\}/);
          expect(text.length).toBeGreaterThan(3);
        }
      }
    }
    expect(Object.keys(assumptionMessagesFr).sort()).toEqual(Object.keys(assumptionMessagesEn).sort());
  });

  it('reads the figures from where they live: transit by zone, delivery days, holiday counts, cost and spread defaults', () => {
    const { tr, list } = opts('en');
    const byId = new Map(listAssumptions(sampleSettings(), list).map((a) => [a.id, a]));
    const text = (id: string) =>
      tr.t(asMessageKey(byId.get(id as never)!.valueKey), byId.get(id as never)!.valueParams);
    expect(text('transit')).toContain('UPS Ground 1–5');
    expect(text('transit')).toContain('USPS Priority Mail 1–3');
    expect(text('deliveryDays')).toContain('UPS Ground: Mon–Fri');
    expect(text('deliveryDays')).toContain('FedEx Home Delivery: Tue–Sat');
    // 2026: UPS/FedEx New Year, Memorial, 3 and 4 July, Labor, Thanksgiving, Christmas = 7 (documented in holidays.ts).
    expect(text('holidays')).toContain('7 UPS and FedEx days');
    expect(text('costs')).toContain('500 Prime orders a week');
    expect(text('costs')).toContain('$530 per weekday');
    expect(text('transitSpread')).toContain('UPS 97.2%');
    expect(text('sixDayDelivery')).toContain('at least 6 different weekdays');
    expect(WEEKDAYS.every((d) => tr.t(`assumptions.day.${d}`) !== `assumptions.day.${d}`)).toBe(true);
  });

  it('says which defaults the plan replaces, and with what', () => {
    const s = sampleSettings();
    s.transitOverrides = [{ serviceId: 'ups-ground', dest: '900', businessDays: 6 }];
    s.holidays = [...s.holidays, { date: '2026-06-10', name: 'Inventory' }];
    s.warehouses[0]!.customerCutoffLeadMinutes = 90;
    s.viewProfile = { ...s.viewProfile, source: 'custom' };
    s.destinationWeights = { source: 'custom', byZip: { '432': 3, '900': 1 } };
    s.sizeTierMix = { standard: 1, oversize: 0, extraLarge: 0 };
    s.transitSpread = [{ serviceId: 'ups-ground', shares: [0, 0.9, 0.1] }];
    s.operations = { missedPickupShare: 0.01, sources: {} };
    s.primeRemoteRegions = ['alaska', 'hawaii'];
    const { tr, list } = opts('en');
    const items = listAssumptions(s, list);
    const overridden = Object.fromEntries(
      items
        .filter((a) => a.status === 'overridden')
        .map((a) => [a.id, tr.t(asMessageKey(a.overrideKey!), a.overrideParams)]),
    );
    expect(overridden).toEqual({
      transit: 'Transit overrides of your own: 1 (they win for their service and destination).',
      holidays:
        'Your own calendar — holidays and closures added: 1; warehouse closing days: 0; built-in days reopened: 0.',
      cutoffLead: 'Your own lead: Columbus DC 90 min.',
      viewProfile: 'Your own traffic profile.',
      destinations: 'Your own demand, ZIP codes: 2.',
      sizeMix: 'Yours: 100% standard size, 0% oversize, 0% extra-large.',
      transitSpread: 'Transit-spread rows of your own: 1.',
      operations: 'Operations figures of your own: 1.',
      primeRegions: 'Included in your Prime regions: Alaska · Hawaii.',
    });
    expect(items.filter((a) => a.status === 'rule').map((a) => a.id)).toEqual([
      'coverage',
      'sixDayDelivery',
      'measuring',
    ]);
  });

  it('delivery days: the plan’s extra weekend days, listed or on the default area; holidays: reopened built-in days and closing days count', () => {
    const s = sampleSettings();
    const { tr, list } = opts('en');
    const override = (id: string, settings = s) => {
      const a = listAssumptions(settings, list).find((x) => x.id === id)!;
      return a.status === 'overridden' ? tr.t(asMessageKey(a.overrideKey!), a.overrideParams) : a.status;
    };
    expect(override('deliveryDays')).toBe('default');
    s.extraDeliveryDays = [{ serviceId: 'fedex-home-delivery', day: 'sun', area: { kind: 'whereAvailable' } }];
    expect(override('deliveryDays')).toBe(
      'Extra weekend delivery of your own, where available (ShipWeek’s default area, an assumption): FedEx Home Delivery Sun.',
    );
    s.extraDeliveryDays.push({ serviceId: 'ups-ground', day: 'sat', area: { kind: 'states', states: ['CA', 'TX'] } });
    s.extraDeliveryDays.push({
      serviceId: 'usps-priority-mail',
      day: 'sun',
      area: { kind: 'zip3s', zip3s: ['100', '101', '102', '103', '104', '105', '106', '107', '108', '109'] },
    });
    expect(override('deliveryDays')).toBe(
      'Extra weekend delivery of your own: UPS Ground Sat: CA, TX · USPS Priority Mail Sun: ZIP3 100, 101, 102, 103, 104, 105, 106, 107 +2; and where available (ShipWeek’s default area, an assumption): FedEx Home Delivery Sun.',
    );
    s.extraDeliveryDays.shift();
    expect(override('deliveryDays')).toMatch(/^Extra weekend delivery of your own: UPS Ground Sat: CA, TX · USPS/);

    // The sample lists the built-in holidays themselves: still the default.
    expect(override('holidays')).toBe('default');
    // UPS works on Christmas Day (a built-in UPS holiday, reopened).
    s.reopenedCarrierDays = [{ date: '2026-12-25', carrier: 'ups' }];
    s.warehouses[0]!.closures = ['2026-08-03', '2026-08-04'];
    expect(override('holidays')).toBe(
      'Your own calendar — holidays and closures added: 0; warehouse closing days: 2; built-in days reopened: 1.',
    );
    const fr = opts('fr');
    const a = listAssumptions(s, fr.list).find((x) => x.id === 'holidays')!;
    expect(fr.tr.t(asMessageKey(a.overrideKey!), a.overrideParams)).toBe(
      'Votre calendrier — jours fériés et fermetures ajoutés : 0 ; jours de fermeture d’entrepôt : 2 ; jours intégrés rouverts : 1.',
    );
  });

  it('is the table of the report’s Assumptions section, in English and French', () => {
    const s = sampleSettings();
    s.transitOverrides = [{ serviceId: 'ups-ground', dest: '900', businessDays: 6 }];
    const result = simulate(s, loadGeo());
    for (const lang of ['en', 'fr'] as const) {
      const html = renderSettingsReport(s, result, {
        lang,
        generatedAt: '2026-06-10T14:05:00Z',
        version: '0.1.0',
        timeZone: 'UTC',
      });
      const rows = [...html.matchAll(/<tr data-assumption="([a-zA-Z]+)" data-status="([a-z]+)">/g)].map((m) => [
        m[1],
        m[2],
      ]);
      expect(rows).toEqual(listAssumptions(s, opts(lang).list).map((a) => [a.id, a.status]));
      expect(html).toContain(
        lang === 'fr' ? 'Délais de transit personnalisés : 1' : 'Transit overrides of your own: 1',
      );
    }
  });
});
