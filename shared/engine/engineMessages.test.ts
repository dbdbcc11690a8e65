import { describe, expect, it } from 'vitest';
import { loadGeo } from '../geo';
import { sampleSettings } from '../catalog/sample';
import { renderMessage } from '../i18n/render';
import { computePromise } from './explainedPromise';
import { simulate } from './simulate';
import { columbusWarehouse, fixtureSettings } from '../../test/reference/fixtures';
import { CATALOGUE, type MessageKey } from '../i18n/catalogue';

const messagesEn = CATALOGUE.en;
const messagesFr = CATALOGUE.fr;

const geo = loadGeo();

/** Every explanation, reason and check the engine emits must render fully in English and French. */
function expectRenders(key: MessageKey, params: Record<string, string | number>) {
  for (const [lang, messages] of [
    ['en', messagesEn],
    ['fr', messagesFr],
  ] as const) {
    expect(messages, `${lang} lacks ${key}`).toHaveProperty([key]);
    const text = renderMessage(messages, key, params);
    expect(text, `${lang} ${key}: ${text}`).not.toMatch(/\{\{|\$t\(|catalog\.|engine\./);
  }
}

describe('engine messages', () => {
  it('render every explanation step of varied promises in both languages', () => {
    const settings = fixtureSettings({
      holidays: [{ date: '2026-09-08', name: 'Inventory day' }],
      transitOverrides: [{ serviceId: 'fedex-home-delivery', dest: '100', businessDays: 2 }],
      warehouses: [
        columbusWarehouse({
          closures: ['2026-09-09'],
          services: [
            ...columbusWarehouse().services,
            {
              serviceId: 'fedex-home-delivery',
              days: { fri: { kind: 'dropoff', latest: '18:00' }, sat: { kind: 'pickup', times: ['12:00'] } },
            },
            {
              serviceId: 'usps-ground-advantage',
              days: { sat: { kind: 'pickup', times: ['09:00'] } },
              specialPlans: { sat: true, sun: false },
            },
          ],
        }),
      ],
    });
    const seen = new Set<string>();
    for (const [at, to, sizeTier] of [
      ['2026-06-12T15:30', '10001', 'standard'],
      ['2026-06-12T10:00', '10001', 'extraLarge'],
      ['2026-09-05T12:00', '10001', 'standard'],
      ['2026-06-13T11:00', '90012', 'oversize'],
      ['2026-06-09T10:00', '00000', 'standard'],
      ['nonsense', '10001', 'standard'],
    ] as const) {
      const r = computePromise(settings, geo, { at, to, sizeTier });
      for (const step of r.explanation) {
        seen.add(step.key);
        expectRenders(step.key, step.params);
      }
      if (!r.ok) expectRenders(r.reason, r.params);
      for (const alt of r.alternatives) if (alt.reasonKey) expectRenders(alt.reasonKey, {});
    }
    // The cases above walk through skipped days of several kinds, not just the happy path.
    expect([...seen].filter((k) => k.startsWith('engine.skip.')).length).toBeGreaterThanOrEqual(4);
  });

  it('render every simulation check and finding the engine adds', () => {
    const s = sampleSettings();
    s.warehouses[0]!.services = s.warehouses[0]!.services.map((p) => ({ ...p, zoneCap: 4 }));
    const r = simulate(
      {
        ...s,
        destinationWeights: {
          source: 'custom',
          byZip: { '100': 3, '900': 1, '99501': 1, '12': 1 } as Record<string, number>,
        },
      },
      geo,
    );
    for (const c of r.checks) expectRenders(c.messageKey, c.params);
    const engineFindings = r.findings.filter((f) => f.messageKey.startsWith('engine.'));
    expect(engineFindings.map((f) => f.ruleId).sort()).toEqual(['sim.unservedZip3s', 'sim.weightsDropped']);
    for (const f of engineFindings) expectRenders(f.messageKey, f.params);
  });
});
