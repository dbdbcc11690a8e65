import { describe, expect, it } from 'vitest';
import { TransitSpreadSchema } from '../domain/operations';
import { mergeSpreads, parseSmartRateJson, smartRateService } from './smartRate';

const tit = (p: number[]) => Object.fromEntries([50, 75, 85, 90, 95, 97, 99].map((l, i) => [`percentile_${l}`, p[i]]));
/** A SmartRate response as EasyPost documents it (fields trimmed to what matters, plus one it always has). */
const response = (rates: { carrier: string; service: string; p: number[] }[]) => ({
  result: rates.map((r, i) => ({
    id: `rate_${i}`,
    carrier: r.carrier,
    service: r.service,
    rate: '9.50',
    currency: 'USD',
    time_in_transit: tit(r.p),
  })),
});

describe('EasyPost SmartRate import', () => {
  it('turns percentiles into shares per day for the zone asked, and lists the services it skips', () => {
    const text = JSON.stringify(
      response([
        { carrier: 'UPS', service: 'Ground', p: [2, 2, 3, 3, 3, 4, 5] },
        { carrier: 'USPS', service: 'Priority', p: [2, 2, 2, 3, 3, 3, 4] },
        { carrier: 'USPS', service: 'First', p: [3, 3, 4, 4, 5, 5, 6] },
      ]),
    );
    const r = parseSmartRateJson(text, { zone: 5 });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.skipped).toEqual([{ path: 'result[2]', carrier: 'USPS', service: 'First' }]);
    const ground = r.spreads.find((s) => s.serviceId === 'ups-ground')!;
    // p50 = p75 = 2 days: 75 % by day 2; p85-p95 = 3: 95 % by day 3; p97 = 4; p99 = 5; the last 1 % the day after.
    expect(ground.zone).toBe(5);
    ground.shares.forEach((s, d) => expect(s).toBeCloseTo([0, 0, 0.75, 0.2, 0.02, 0.02, 0.01][d]!, 9));
    for (const s of r.spreads) expect(TransitSpreadSchema.safeParse(s).success).toBe(true);
  });

  it('averages several shipments of one lane, rounding days up', () => {
    const a = response([{ carrier: 'FedEx', service: 'FEDEX_2_DAY', p: [2, 2, 2, 2, 3, 3, 3] }]);
    const b = response([{ carrier: 'FedEx', service: 'FEDEX_2_DAY', p: [2, 2, 3, 3, 3, 3, 4] }]);
    const r = parseSmartRateJson(JSON.stringify([a, b]));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.spreads).toHaveLength(1);
    expect(r.spreads[0]!.zone).toBeUndefined();
    // mean 2, 2, 2.5→3, 2.5→3, 3, 3, 3.5→4
    expect(r.spreads[0]!.shares.map((s) => Math.round(s * 1e6) / 1e6)).toEqual([0, 0, 0.75, 0.22, 0.02, 0.01]);
  });

  it('names the path and the reason of every problem, and accepts nothing then', () => {
    const bad = response([
      { carrier: 'UPS', service: 'Ground', p: [3, 2, 3, 3, 3, 4, 5] },
      { carrier: 'UPS', service: 'NextDayAir', p: [1, 1, 1, 1, 1, 1, -1] },
    ]);
    (bad.result[1]!.time_in_transit as Record<string, unknown>)['percentile_99'] = 'soon';
    const r = parseSmartRateJson(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.path, e.messageKey])).toEqual([
      ['result[0].time_in_transit.percentile_75', 'eligibility.smartRate.decreasing'],
      ['result[1].time_in_transit.percentile_99', 'eligibility.smartRate.badDays'],
    ]);
    expect(parseSmartRateJson('{ "result": [ ').ok).toBe(false);
    expect(parseSmartRateJson('{"rates": []}')).toMatchObject({
      ok: false,
      errors: [{ messageKey: 'eligibility.smartRate.shape' }],
    });
    expect(
      parseSmartRateJson(JSON.stringify(response([{ carrier: 'USPS', service: 'First', p: [1, 1, 1, 1, 1, 1, 1] }]))),
    ).toMatchObject({ ok: false, errors: [{ messageKey: 'eligibility.smartRate.noKnownService' }] });
    const dup = response([
      { carrier: 'UPS', service: 'Ground', p: [2, 2, 2, 2, 2, 2, 2] },
      { carrier: 'UPS', service: 'Ground', p: [2, 2, 2, 2, 2, 2, 2] },
    ]);
    expect(parseSmartRateJson(JSON.stringify(dup))).toMatchObject({
      ok: false,
      errors: [{ path: 'result[1]', messageKey: 'eligibility.smartRate.duplicate' }],
    });
    const missing = { result: [{ carrier: 'UPS', service: 'Ground', time_in_transit: { percentile_50: 2 } }] };
    expect(parseSmartRateJson(JSON.stringify(missing))).toMatchObject({
      ok: false,
      errors: [{ path: 'result[0].time_in_transit.percentile_75', messageKey: 'eligibility.smartRate.missing' }],
    });
  });

  it('knows the carriers’ service codes and merges imported rows over the plan’s', () => {
    expect(smartRateService('UPS', 'NextDayAirSaver')).toBe('ups-next-day-air-saver');
    expect(smartRateService('FedEx', 'GROUND_HOME_DELIVERY')).toBe('fedex-home-delivery');
    expect(smartRateService('USPS', 'GroundAdvantage')).toBe('usps-ground-advantage');
    expect(smartRateService('UPS', 'UPSSaver')).toBeUndefined();
    const merged = mergeSpreads(
      [
        { serviceId: 'ups-ground', zone: 5, shares: [0, 1] },
        { serviceId: 'ups-ground', shares: [0, 1] },
      ],
      [{ serviceId: 'ups-ground', zone: 5, shares: [0, 0.9, 0.1] }],
    );
    expect(merged).toEqual([
      { serviceId: 'ups-ground', shares: [0, 1] },
      { serviceId: 'ups-ground', zone: 5, shares: [0, 0.9, 0.1] },
    ]);
  });
});
