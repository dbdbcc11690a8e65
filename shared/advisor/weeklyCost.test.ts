import { describe, expect, it } from 'vitest';
import type { ServiceId } from '../domain/carrier';
import { sampleSettings } from '../catalog/sample';
import type { ServicePlan, Settings } from '../domain/settings';
import { loadGeo } from '../geo';
import { DEFAULT_COST_MODEL } from '../catalog/costDefaults';
import { explainOrderCost } from './weeklyCost';

const geo = loadGeo();

/**
 * Columbus, OH (the sample's warehouse: seller cutoff 14:00 ET Mon-Fri, customer cutoff lead 60 min,
 * so customers see 13:00 ET = 12:00 CT) with four UPS services, each picked up Mon-Fri at 17:00.
 */
function columbusUps(): Settings {
  const s = sampleSettings();
  const pickup = { kind: 'pickup' as const, times: ['17:00'] };
  const plan = (serviceId: ServiceId): ServicePlan => ({
    serviceId,
    enabled: true,
    days: { mon: pickup, tue: pickup, wed: pickup, thu: pickup, fri: pickup },
    specialPlans: { sat: false, sun: false },
  });
  const services = (['ups-ground', 'ups-2nd-day-air', 'ups-next-day-air-saver', 'ups-next-day-air'] as const).map(plan);
  return { ...s, warehouses: [{ ...s.warehouses[0]!, services }] };
}

/*
 * Hand-checked case: a standard-size order from Chicago (60601, Central time) on Wednesday
 * 2026-06-10 at 09:00 CT, before the 12:00 CT customer cutoff, so it ships that Wednesday.
 * Columbus (432) to Chicago (606) is about 277 miles between ZIP3 centroids: zone 3 (151-300 miles).
 *   UPS Next Day Air Saver  1 business day  -> Thu 06-11   default price, zone 3: $61.50
 *   UPS Next Day Air        1 business day  -> Thu 06-11                        $67.50
 *   UPS 2nd Day Air         2 business days -> Fri 06-12                        $30.50
 *   UPS Ground              2 days in zone 3 -> Fri 06-12                       $11.90
 * The promise is the earliest date, Thu 06-11 (1 day). Only the two overnight services deliver by
 * then; the cheaper of those is the Saver, so the label is the Saver at $61.50, although Ground and
 * 2nd Day Air are cheaper — they would arrive a day after the date the customer was promised.
 */
describe('explainOrderCost', () => {
  const query = { at: '2026-06-10T09:00', to: '60601' };

  it('prices an order at the cheapest service that still delivers by the promised date (hand-checked)', () => {
    const r = explainOrderCost(columbusUps(), geo, query);
    if (!r.ok) throw new Error(`expected a promise, got ${r.reason}`);
    expect(r.deliveryDate).toBe('2026-06-11');
    expect(r.promiseDays).toBe(1);
    const byService = Object.fromEntries(
      r.candidates.map((c) => [
        c.serviceId,
        { date: c.deliveryDate, zone: c.zone, usd: c.usd, onTime: c.onTime, source: c.source },
      ]),
    );
    expect(byService).toEqual({
      'ups-next-day-air-saver': { date: '2026-06-11', zone: 3, usd: 61.5, onTime: true, source: 'default' },
      'ups-next-day-air': { date: '2026-06-11', zone: 3, usd: 67.5, onTime: true, source: 'default' },
      'ups-2nd-day-air': { date: '2026-06-12', zone: 3, usd: 30.5, onTime: false, source: 'default' },
      'ups-ground': { date: '2026-06-12', zone: 3, usd: 11.9, onTime: false, source: 'default' },
    });
    expect(r.label.serviceId).toBe('ups-next-day-air-saver');
    expect(r.label.usd).toBe(61.5);
    // The explanation: the promise's own steps, then one line per service saying why, then the label.
    const lines = r.steps.filter((s) => s.key.startsWith('advisor.explain.'));
    expect(lines.map((s) => [s.key, s.params.service])).toEqual([
      ['advisor.explain.late', 'ups-ground'],
      ['advisor.explain.late', 'ups-2nd-day-air'],
      ['advisor.explain.onTime', 'ups-next-day-air-saver'],
      ['advisor.explain.onTime', 'ups-next-day-air'],
      ['advisor.explain.labelDefault', 'ups-next-day-air-saver'],
    ]);
    expect(lines.at(-1)!.params).toMatchObject({ usd: '61.50', zone: 3, deliveryDate: '2026-06-11' });
    expect(r.steps.length).toBeGreaterThan(lines.length);
  });

  it("uses the settings' own price when it has one, and says so", () => {
    // A contract rate makes Next Day Air cheaper than the Saver's default price in zone 3.
    const s = columbusUps();
    s.costModel = {
      ...DEFAULT_COST_MODEL,
      labelRates: [{ serviceId: 'ups-next-day-air', zone: 3, tier: 'standard', usd: 45 }],
    };
    const r = explainOrderCost(s, geo, query);
    if (!r.ok) throw new Error(`expected a promise, got ${r.reason}`);
    expect(r.deliveryDate).toBe('2026-06-11');
    expect(r.label).toMatchObject({ serviceId: 'ups-next-day-air', usd: 45, source: 'settings', onTime: true });
    expect(r.steps.at(-1)).toMatchObject({
      key: 'advisor.explain.label',
      params: { service: 'ups-next-day-air', usd: '45.00' },
    });
    // A cheaper contract price for a late service changes nothing: it still misses the promised date.
    s.costModel = {
      ...DEFAULT_COST_MODEL,
      labelRates: [{ serviceId: 'ups-2nd-day-air', zone: 3, tier: 'standard', usd: 1 }],
    };
    const late = explainOrderCost(s, geo, query);
    expect(late.ok && late.label.serviceId).toBe('ups-next-day-air-saver');
  });

  it('after the customer cutoff the order ships a day later, over the weekend for the slower services', () => {
    // 12:30 CT is past the 12:00 CT customer cutoff: ships Thursday 06-11. Overnight -> Fri 06-12.
    // 2nd Day Air and Ground (2 days in zone 3): business day 1 is Friday, UPS moves nothing at the
    // weekend, day 2 is Monday 06-15 — three days after the promised Friday.
    const r = explainOrderCost(columbusUps(), geo, { ...query, at: '2026-06-10T12:30' });
    if (!r.ok) throw new Error(`expected a promise, got ${r.reason}`);
    expect(r.deliveryDate).toBe('2026-06-12');
    expect(r.promiseDays).toBe(2);
    expect(Object.fromEntries(r.candidates.map((c) => [c.serviceId, [c.deliveryDate, c.onTime]]))).toEqual({
      'ups-next-day-air-saver': ['2026-06-12', true],
      'ups-next-day-air': ['2026-06-12', true],
      'ups-2nd-day-air': ['2026-06-15', false],
      'ups-ground': ['2026-06-15', false],
    });
    expect(r.label).toMatchObject({ serviceId: 'ups-next-day-air-saver', usd: 61.5 });
  });

  it('gives no label when no enabled service can carry the order, with the reason', () => {
    // Extra-large parcels never go by USPS: a USPS-only plan cannot promise them.
    const s = columbusUps();
    s.warehouses[0] = {
      ...s.warehouses[0]!,
      services: s.warehouses[0]!.services.map((p, i) => ({
        ...p,
        serviceId: i === 0 ? 'usps-priority-mail' : p.serviceId,
        enabled: i === 0,
      })),
    };
    const r = explainOrderCost(s, geo, { ...query, sizeTier: 'extraLarge' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toMatch(/^engine\./);
    const standard = explainOrderCost(s, geo, query);
    expect(standard.ok && standard.label.serviceId).toBe('usps-priority-mail');
  });
});
