import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import { WEEKDAYS } from '../time/dateTime';
import { loadGeo } from '../geo';
import { TYPICAL_WEEK_START } from '../engine/compiledPromiseEngine';
import { labelMix } from './labelMix';
import { explainOrderCost, weeklyCost } from './weeklyCost';

const geo = loadGeo();

/** A date `days` after the typical week's Monday, as YYYY-MM-DD. */
function dayOfTypicalWeek(days: number): string {
  const d = new Date(`${TYPICAL_WEEK_START}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The weekly label spend computed the slow, obvious way: one order at a time with explainOrderCost
 * (the promise, then the cheapest enabled service that still arrives by the promised date), at every
 * customer-local hour of the typical week for each destination, weighted by the view profile and the
 * destination weights, with the week's orders spread over the views that got a promise. Every
 * cutoff of these plans falls on :00 or :30 in each destination's clock, so within an hour a promise
 * can only change at :30: the orders at :15 and :45 stand for each half exactly.
 */
function labelsByHand(settings: Settings): { labels: number; byService: Record<string, number> } {
  const dests = Object.entries((settings.destinationWeights as { byZip: Record<string, number> }).byZip);
  let priced = 0;
  const spend: Record<string, number> = {};
  WEEKDAYS.forEach((_, day) => {
    for (let hour = 0; hour < 24; hour++) {
      const v = settings.viewProfile.weights[day]![hour]!;
      if (v === 0) continue;
      for (const minute of ['15', '45']) {
        const at = `${dayOfTypicalWeek(day)}T${String(hour).padStart(2, '0')}:${minute}`;
        for (const [zip, w] of dests) {
          const r = explainOrderCost(settings, geo, { at, to: zip, holidays: false });
          if (!r.ok) continue;
          const weight = (v * w) / 2;
          priced += weight;
          spend[r.label.serviceId] = (spend[r.label.serviceId] ?? 0) + weight * r.label.usd!;
        }
      }
    }
  });
  const orders = settings.costModel?.weeklyOrders ?? 500;
  const byService = Object.fromEntries(Object.entries(spend).map(([k, v]) => [k, (v / priced) * orders]));
  return { labels: Object.values(byService).reduce((a, b) => a + b, 0), byService };
}

describe('the label part of the weekly cost', () => {
  it('equals the order-by-order cheapest on-time label over the week (sample week, seven destinations, zones 1 to 8)', () => {
    // Standard size only (the slow way prices one tier); seven ZIP5s in different ZIP3s, time zones and zones.
    const byZip = { '43215': 5, '46204': 3, '10001': 4, '30303': 2, '80202': 1, '90001': 3, '98101': 2 };
    const s: Settings = {
      ...sampleSettings(),
      destinationWeights: { source: 'custom', byZip },
      sizeTierMix: { standard: 1, oversize: 0, extraLarge: 0 },
    };
    const fast = weeklyCost(s, geo);
    const slow = labelsByHand(s);
    expect(slow.labels).toBeGreaterThan(0);
    expect(Object.keys(slow.byService).length).toBeGreaterThanOrEqual(2);
    expect(fast.orders).toBe(500);
    expect(Math.abs(fast.labels - slow.labels)).toBeLessThan(1e-6 * slow.labels);
    for (const [id, usd] of Object.entries(slow.byService))
      expect(fast.labelsByService[id as keyof typeof fast.labelsByService]).toBeCloseTo(usd, 6);
    expect(fast.meanLabel).toBeCloseTo(slow.labels / 500, 9);
  });

  it('on the sample, overnight air sets most promises and so most labels: the per-label figure and its driver', () => {
    const s = sampleSettings();
    const cost = weeklyCost(s, geo);
    const mix = labelMix(s, cost);
    // The figure the panel shows is labels / orders, and the rows add up to the labels.
    expect(mix.perLabel).toBeCloseTo(cost.labels / cost.orders, 9);
    expect(mix.rows.reduce((a, r) => a + r.usd, 0)).toBeCloseTo(cost.labels, 6);
    expect(mix.rows.map((r) => r.usd)).toEqual([...mix.rows.map((r) => r.usd)].sort((a, b) => b - a));
    // UPS Next Day Air Saver is offered to every zone, so it sets the promised date almost everywhere;
    // ground is bought only where it arrives as early (the sample's own ZIP3).
    expect(mix.airDriver?.serviceId).toBe('ups-next-day-air-saver');
    expect(mix.airDriver!.zoneCap).toBe(8);
    expect(mix.airDriver!.share).toBeGreaterThan(0.9);
    // Cap it at zone 3 and the promise beyond zone 3 falls back to two-day services: the per-label figure falls with
    // it.
    const capped: Settings = structuredClone(s);
    capped.warehouses[0]!.services.find((p) => p.serviceId === 'ups-next-day-air-saver')!.zoneCap = 3;
    const after = labelMix(capped, weeklyCost(capped, geo));
    expect(after.perLabel!).toBeLessThan(mix.perLabel! / 2);
    expect(after.rows.find((r) => r.serviceId === 'ups-next-day-air-saver')!.zoneCap).toBe(3);
  });
});
