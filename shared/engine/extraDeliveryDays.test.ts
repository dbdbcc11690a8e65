import { describe, expect, it } from 'vitest';
import { computePromise } from './explainedPromise';
import { createPromiseEngine } from './compiledPromiseEngine';
import { createExtraDeliveryDays, defaultArea } from './extraDeliveryDays';
import { dayNumber, fromLocalMinutes, parseLocalDateTime } from '../time/timezone';
import { loadGeo } from '../geo';
import { parseSettings, formatSettingsIssue } from '../domain/parseSettings';
import { sampleSettings } from '../catalog/sample';
import { SERVICES } from '../catalog/services';
import { fixtureSettings } from '../../test/reference/fixtures';

const geo = loadGeo();
const upsGround = (r: ReturnType<typeof computePromise>) => r.alternatives.find((a) => a.serviceId === 'ups-ground');

describe('extra delivery days', () => {
  it('UPS Ground on Saturday in New York: a Thursday parcel with 2 days in transit arrives Saturday there, Monday elsewhere', () => {
    // Columbus -> New York City (ZIP3 100) and Philadelphia (191) are both zone 4: UPS Ground 2 business
    // days. Thursday 11 June 2026, 10:00 ET: ships Thursday (cutoff 13:00 for customers). Without
    // Saturday delivery: Friday, Monday 15 June. With Saturday in NY: Friday, Saturday 13 June.
    const s = fixtureSettings({
      extraDeliveryDays: [{ serviceId: 'ups-ground', day: 'sat', area: { kind: 'states', states: ['NY'] } }],
    });
    const ny = computePromise(s, geo, { at: '2026-06-11T10:00', to: '10001' });
    const philly = computePromise(s, geo, { at: '2026-06-11T10:00', to: '19103' });
    expect(upsGround(ny)).toMatchObject({ zone: 4, transitDays: 2, deliveryDate: '2026-06-13' });
    expect(upsGround(philly)).toMatchObject({ zone: 4, transitDays: 2, deliveryDate: '2026-06-15' });
    const before = computePromise(fixtureSettings(), geo, { at: '2026-06-11T10:00', to: '10001' });
    expect(upsGround(before)).toMatchObject({ deliveryDate: '2026-06-15' });
    // The compiled engine agrees with a plan whose only service is UPS Ground.
    const groundOnly = fixtureSettings({
      warehouses: [{ ...fixtureSettings().warehouses[0]!, services: [fixtureSettings().warehouses[0]!.services[0]!] }],
      extraDeliveryDays: s.extraDeliveryDays,
    });
    const engine = createPromiseEngine(groundOnly, geo, { from: '2026-06-08', days: 7 });
    const view = fromLocalMinutes('America/New_York', parseLocalDateTime('2026-06-11T10:00'));
    engine.promise(
      view,
      geo.zip3s.findIndex((z) => z.zip3 === '100'),
    );
    expect(engine.lastDeliveryDay).toBe(dayNumber('2026-06-13'));
    engine.promise(
      view,
      geo.zip3s.findIndex((z) => z.zip3 === '191'),
    );
    expect(engine.lastDeliveryDay).toBe(dayNumber('2026-06-15'));
  });

  it('FedEx Home Delivery on Sunday "where available": the most populous ZIP3s up to two-thirds of the 48 + DC population', () => {
    const area = defaultArea(geo, 2 / 3);
    const states = new Set([
      'AL',
      'AZ',
      'AR',
      'CA',
      'CO',
      'CT',
      'DE',
      'DC',
      'FL',
      'GA',
      'ID',
      'IL',
      'IN',
      'IA',
      'KS',
      'KY',
      'LA',
      'ME',
      'MD',
      'MA',
      'MI',
      'MN',
      'MS',
      'MO',
      'MT',
      'NE',
      'NV',
      'NH',
      'NJ',
      'NM',
      'NY',
      'NC',
      'ND',
      'OH',
      'OK',
      'OR',
      'PA',
      'RI',
      'SC',
      'SD',
      'TN',
      'TX',
      'UT',
      'VT',
      'VA',
      'WA',
      'WV',
      'WI',
      'WY',
    ]);
    const zips = geo.zip3s.filter((z) => states.has(z.state));
    const total = zips.reduce((a, z) => a + z.population, 0);
    const covered = zips.filter((z) => area.has(z.zip3)).reduce((a, z) => a + z.population, 0);
    expect(covered / total).toBeGreaterThanOrEqual(2 / 3);
    // The smallest ZIP3 taken is no smaller than any left out.
    const smallestIn = Math.min(...zips.filter((z) => area.has(z.zip3)).map((z) => z.population));
    expect(zips.filter((z) => !area.has(z.zip3)).every((z) => z.population <= smallestIn)).toBe(true);
    const s = fixtureSettings({
      extraDeliveryDays: [{ serviceId: 'fedex-home-delivery', day: 'sun', area: { kind: 'whereAvailable' } }],
    });
    const extra = createExtraDeliveryDays(s, geo);
    expect(extra.daysFor('fedex-home-delivery', [...area][0]!)).toEqual(['sun']);
    expect(extra.daysFor('ups-ground', [...area][0]!)).toEqual([]);
    expect(extra.variantsOf('fedex-home-delivery')).toEqual([['sun']]);
  });

  it('Priority Mail Express does not claim Sunday unless the plan adds it', () => {
    expect(SERVICES['usps-priority-mail-express'].deliveryDays).not.toContain('sun');
  });

  it('bad input is refused with a clear message: unknown state, unknown ZIP3, "where available" without a default', () => {
    const doc = {
      ...JSON.parse(JSON.stringify(sampleSettings())),
      extraDeliveryDays: [
        { serviceId: 'ups-ground', day: 'sat', area: { kind: 'states', states: ['NY', 'XX'] } },
        { serviceId: 'ups-ground', day: 'sat', area: { kind: 'zip3s', zip3s: ['100', '001'] } },
        { serviceId: 'usps-priority-mail', day: 'sun', area: { kind: 'whereAvailable' } },
      ],
    };
    const schema = parseSettings(JSON.stringify(doc), 'plan.json', { geo });
    if (schema.ok) throw new Error('expected errors');
    expect(schema.errors.map((e) => formatSettingsIssue('plan.json', e))).toEqual([
      'plan.json: extraDeliveryDays[0].area.states[1]: unknown state "XX": use a 2-letter code such as NY, CA or DC',
      'plan.json: extraDeliveryDays[2].area: ShipWeek has no default area for usps-priority-mail on Sunday: list the states or ZIP3s it delivers to',
    ]);
    const zipOnly = { ...doc, extraDeliveryDays: [doc.extraDeliveryDays[1]] };
    const refs = parseSettings(JSON.stringify(zipOnly), 'plan.json', { geo });
    if (refs.ok) throw new Error('expected errors');
    expect(refs.errors.map((e) => formatSettingsIssue('plan.json', e))).toEqual([
      'plan.json: extraDeliveryDays[0].area.zip3s[1]: ZIP3 001 does not exist (not in the US ZIP code list)',
    ]);
  });

  it('a row listed twice (same service, day and area, codes in any order) is refused at its path, naming the first', () => {
    const doc = {
      ...JSON.parse(JSON.stringify(sampleSettings())),
      extraDeliveryDays: [
        { serviceId: 'ups-ground', day: 'sat', area: { kind: 'states', states: ['NY', 'NJ'] } },
        { serviceId: 'fedex-home-delivery', day: 'sun', area: { kind: 'whereAvailable' } },
        // Same service and area as row 1 but Sunday, and row 1 with another list: both different rows.
        { serviceId: 'ups-ground', day: 'sun', area: { kind: 'states', states: ['NY', 'NJ'] } },
        { serviceId: 'ups-ground', day: 'sat', area: { kind: 'states', states: ['NY'] } },
        { serviceId: 'ups-ground', day: 'sat', area: { kind: 'states', states: ['NJ', 'NY'] } },
        { serviceId: 'fedex-home-delivery', day: 'sun', area: { kind: 'whereAvailable' } },
      ],
    };
    const r = parseSettings(JSON.stringify(doc), 'plan.json', { geo });
    if (r.ok) throw new Error('expected errors');
    expect(r.errors.map((e) => formatSettingsIssue('plan.json', e))).toEqual([
      'plan.json: extraDeliveryDays[4]: the same service, day and area as row 1: remove one of the two',
      'plan.json: extraDeliveryDays[5]: the same service, day and area as row 2: remove one of the two',
    ]);
    expect(r.errors.map((e) => [e.messageKey, e.params])).toEqual([
      ['domain.delivery.duplicateRow', { row: 1 }],
      ['domain.delivery.duplicateRow', { row: 2 }],
    ]);
    // Without the two repeats the same rows are accepted.
    const ok = parseSettings(
      JSON.stringify({ ...doc, extraDeliveryDays: doc.extraDeliveryDays.slice(0, 4) }),
      'plan.json',
      { geo },
    );
    expect(ok.ok).toBe(true);
  });
});
