import { beforeAll, describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import { loadGeo, type GeoData } from '../geo';
import { binomialPmf, cdfAt, singleLanePlan } from '../../test/support/eligibilityPlans';
import { simulate } from '../engine/simulate';
import { EligibilityInputError, nextWindowStart, runHorizon, upToWholePercent } from './horizon';
import { compileHorizonOrders } from './orderTable';
import { createRng } from './rng';
import { tradeOff, type TradeOffRow } from './tradeOff';

let geo: GeoData;
beforeAll(() => {
  geo = loadGeo();
});

describe('eligibility horizon: exact results (binomial)', () => {
  // p = 0.96 on time, n = 200 orders a week, threshold 95 %: a week passes with at most 10 late orders.
  const p = 0.96;
  const n = 200;
  const threshold = 0.95;
  const runs = 4000;
  const weeks = 13;
  const seed = 20261201;

  it(`weekly pass probability, revocation, expected strikes and the trial match the binomial (seed ${seed}, ${runs} runs x ${weeks} weeks)`, () => {
    const settings = singleLanePlan({ onTime: p, weeklyOrders: n, threshold });
    const r = runHorizon(settings, geo, { start: '2026-06-07', weeks, runs, rng: createRng(seed) });

    // Every order of every week is late with probability 1 - p.
    for (const lane of r.lanes) expect(lane.lateShare).toBeCloseTo(1 - p, 12);

    const latePmf = binomialPmf(n, 1 - p);
    const maxLate = Math.floor((1 - threshold) * n + 1e-9);
    const exactPass = cdfAt(latePmf, maxLate);
    const meanPass = r.weeks.reduce((a, w) => a + w.passProbability, 0) / weeks;
    // Tolerance: 0.01 on the mean over 52,000 simulated weeks (standard error ~0.0017, so ~6 SE);
    // 0.03 on each single week (4,000 runs, SE ~0.006, 5 SE).
    console.log(
      `binomial check: exact weekly pass ${exactPass.toFixed(5)}, Monte Carlo mean ${meanPass.toFixed(5)} (seed ${seed})`,
    );
    expect(Math.abs(meanPass - exactPass)).toBeLessThan(0.01);
    for (const w of r.weeks) expect(Math.abs(w.passProbability - exactPass)).toBeLessThan(0.03);

    // On-time delivery percentiles: the binomial's, within one order.
    const onTimeQuantile = (q: number) => {
      // Quantile of on-time share = (n - late) / n: the late count's (1 - q) quantile.
      let acc = 0;
      for (let k = 0; k <= n; k++) {
        acc += latePmf[k]!;
        if (acc >= 1 - q) return (n - k) / n;
      }
      return 0;
    };
    const w1 = r.weeks[0]!.metrics['onTimeDelivery']!;
    expect(Math.abs(w1.p50 - onTimeQuantile(0.5))).toBeLessThanOrEqual(1 / n + 1e-12);
    expect(Math.abs(w1.p10 - onTimeQuantile(0.1))).toBeLessThanOrEqual(1 / n + 1e-12);
    expect(Math.abs(w1.p90 - onTimeQuantile(0.9))).toBeLessThanOrEqual(1 / n + 1e-12);
    expect(w1.threshold).toEqual({ kind: 'min', value: threshold });

    // Revoked within 13 weeks = at least 3 failed weeks out of 13 (weeks are independent).
    const failPmf = binomialPmf(weeks, 1 - exactPass);
    const exactRevoked = 1 - cdfAt(failPmf, 2);
    const exactStrikes = failPmf.reduce((a, pr, k) => a + pr * Math.min(k, 3), 0);
    console.log(
      `revocation: exact ${exactRevoked.toFixed(5)}, Monte Carlo ${r.revokedWithin.probability.toFixed(5)}; strikes: exact ${exactStrikes.toFixed(4)}, Monte Carlo ${r.expectedStrikes.toFixed(4)}`,
    );
    expect(r.revokedWithin).toEqual({ weeks, probability: expect.any(Number) });
    expect(Math.abs(r.revokedWithin.probability - exactRevoked)).toBeLessThan(0.025);
    expect(Math.abs(r.expectedStrikes - exactStrikes)).toBeLessThan(0.05);

    // Trial: 30 days = 5 weekly windows = 1,000 orders judged on their total: at most 50 late.
    const trialPmf = binomialPmf(5 * n, 1 - p);
    const exactTrial = cdfAt(trialPmf, Math.floor((1 - threshold) * 5 * n + 1e-9));
    console.log(`trial: exact ${exactTrial.toFixed(5)}, Monte Carlo ${r.trial.passProbability.toFixed(5)}`);
    expect(r.trial.weeks).toBe(5);
    expect(Math.abs(r.trial.passProbability - exactTrial)).toBeLessThan(0.025);
  });
});

describe('eligibility horizon: determinism and inputs', () => {
  const settings = () => singleLanePlan({ onTime: 0.97, weeklyOrders: 150, threshold: 0.96 });

  it('the same seed gives the same figures; another seed other figures', () => {
    const a = runHorizon(settings(), geo, { start: '2026-06-07', weeks: 6, runs: 300, rng: createRng(7) });
    const b = runHorizon(settings(), geo, { start: '2026-06-07', weeks: 6, runs: 300, rng: createRng(7) });
    const c = runHorizon(settings(), geo, { start: '2026-06-07', weeks: 6, runs: 300, rng: createRng(8) });
    expect(b).toEqual(a);
    expect(c.weeks.map((w) => w.passProbability)).not.toEqual(a.weeks.map((w) => w.passProbability));
  });

  it('refuses a horizon of 0 or 10,000 weeks, 0 runs and a start that is not a Sunday', () => {
    const run =
      (weeks: number, runs: number, start = '2026-06-07') =>
      () =>
        runHorizon(settings(), geo, { start, weeks, runs, rng: createRng(1) });
    expect(run(0, 10)).toThrow(EligibilityInputError);
    expect(run(0, 10)).toThrow(/1 to 520 weeks \(got 0\)/);
    expect(run(10_000, 10)).toThrow(/1 to 520 weeks \(got 10000\)/);
    expect(run(13, 0)).toThrow(/runs must be 1 to/);
    expect(run(13, 10, '2026-06-08')).toThrow(/must be a Sunday/);
    expect(nextWindowStart('2026-12-01')).toBe('2026-12-06');
    expect(nextWindowStart('2026-12-06')).toBe('2026-12-06');
  });
});

describe('eligibility horizon: the plan behind the figures', () => {
  it('delivery speed per week equals simulate() of the same dates (views are the same promises)', () => {
    const s = sampleSettings();
    // Sunday 2026-06-07 to Saturday 06-13 and simulate's Monday 06-08 to Sunday 06-14 share six days; the
    // two Sundays are ordinary (no holiday nearby), so the shares agree.
    const compiled = compileHorizonOrders(s, geo, { start: '2026-06-07', weeks: 1 });
    const sim = simulate(s, geo, { weekStart: '2026-06-08' });
    for (const tier of ['standard', 'oversize', 'extraLarge'] as const) {
      for (const k of ['le1', 'le2', 'le3', 'le5'] as const)
        expect(compiled.weeks[0]!.speed[tier][k]).toBeCloseTo(sim.tiers[tier][k], 6);
    }
  });

  it('with Alaska and Hawaii in the Prime regions, the orders weigh their views as simulate() does', () => {
    const s: Settings = { ...sampleSettings(), primeRemoteRegions: ['alaska', 'hawaii'] };
    const compiled = compileHorizonOrders(s, geo, { start: '2026-06-07', weeks: 1 });
    const sim = simulate(s, geo, { weekStart: '2026-06-08' });
    for (const tier of ['standard', 'oversize', 'extraLarge'] as const) {
      for (const k of ['le1', 'le2', 'le3', 'le5'] as const)
        expect(compiled.weeks[0]!.speed[tier][k]).toBeCloseTo(sim.tiers[tier][k], 6);
    }
    // The remote views move the figures: weighed over 48 + DC alone, they would be the default plan's.
    const mainland = compileHorizonOrders(sampleSettings(), geo, { start: '2026-06-07', weeks: 1 });
    expect(Math.abs(compiled.weeks[0]!.speed.standard.le2 - mainland.weeks[0]!.speed.standard.le2)).toBeGreaterThan(
      1e-4,
    );
  });

  it('a plan that promises faster than its carrier delivers loses Prime; the honest promise keeps it', () => {
    const base = singleLanePlan({ onTime: 0.99, weeklyOrders: 300, threshold: 0.935 });
    // Promise 1 business day to every ZIP3 while the carrier takes 2 days for 30 % of parcels.
    const fast: Settings = {
      ...base,
      transitOverrides: geo.zip3s.map((z) => ({ serviceId: 'ups-ground' as const, dest: z.zip3, businessDays: 1 })),
      transitSpread: [{ serviceId: 'ups-ground', shares: [0, 0.7, 0.3] }],
    };
    const honest: Settings = {
      ...fast,
      transitOverrides: geo.zip3s.map((z) => ({ serviceId: 'ups-ground' as const, dest: z.zip3, businessDays: 2 })),
    };
    const rFast = runHorizon(fast, geo, { start: '2026-06-07', weeks: 13, runs: 200, rng: createRng(3) });
    const rHonest = runHorizon(honest, geo, { start: '2026-06-07', weeks: 13, runs: 200, rng: createRng(3) });
    expect(rFast.lanes[0]!.lateShare).toBeCloseTo(0.3, 9);
    expect(rFast.weeks[0]!.metrics['onTimeDelivery']!.p50).toBeLessThan(0.8);
    expect(rFast.revokedWithin.probability).toBe(1);
    expect(rFast.weeks[2]!.states.revoked).toBe(1);
    expect(rFast.trial.passProbability).toBe(0);
    expect(rHonest.lanes[0]!.lateShare).toBe(0);
    expect(rHonest.revokedWithin.probability).toBe(0);
    expect(rHonest.trial.passProbability).toBe(1);
  });

  it('missed pickups leave on the next ship day and make orders late; OTDR-protected labels do not count', () => {
    const plan = singleLanePlan({ onTime: 1, weeklyOrders: 400, threshold: 0.5 });
    const missing: Settings = { ...plan, operations: { ...plan.operations!, missedPickupShare: 0.2 } };
    const r = runHorizon(missing, geo, { start: '2026-06-07', weeks: 2, runs: 200, rng: createRng(5) });
    // A missed pickup ships a ship day later with a spread that is always on time at nominal days: late.
    expect(r.weeks[0]!.metrics['onTimeDelivery']!.p50).toBeGreaterThan(0.75);
    expect(r.weeks[0]!.metrics['onTimeDelivery']!.p50).toBeLessThan(0.85);
    expect(r.weeks[0]!.metrics['lateShipment']!.p50).toBeCloseTo(0.2, 1);
    const late = singleLanePlan({ onTime: 0.8, weeklyOrders: 400, threshold: 0.5 });
    const protectedLabels: Settings = { ...late, operations: { ...late.operations!, otdrProtectedShare: 1 } };
    const rp = runHorizon(protectedLabels, geo, { start: '2026-06-07', weeks: 2, runs: 100, rng: createRng(5) });
    expect(rp.weeks[0]!.metrics['onTimeDelivery']!.p10).toBe(1);
  });

  it('the peak-season profile judges the weeks from 24 Nov 2024 to 4 Jan 2025, then the base profile again', () => {
    const s = { ...sampleSettings(), policyId: 'us-speed-30-74' };
    const r = runHorizon(s, geo, { start: '2024-11-17', weeks: 9, runs: 20, rng: createRng(1) });
    expect(r.weeks.map((w) => w.policyId)).toEqual([
      'us-speed-30-74',
      'us-peak-2024',
      'us-peak-2024',
      'us-peak-2024',
      'us-peak-2024',
      'us-peak-2024',
      'us-peak-2024',
      'us-speed-30-74',
      'us-speed-30-74',
    ]);
    expect(r.weeks[1]!.metrics['speed.standard.le2']!.threshold).toEqual({ kind: 'min', value: 0.45 });
    expect(r.weeks[7]!.metrics['speed.standard.le2']!.threshold).toEqual({ kind: 'min', value: 0.74 });
  });

  it('rounds delivery speed up to whole percents', () => {
    expect(upToWholePercent(0.741)).toBe(0.75);
    expect(upToWholePercent(0.75)).toBe(0.75);
    expect(upToWholePercent(0.7500000000001)).toBe(0.75);
  });
});

describe('trade-off: promising fast against delivering on time', () => {
  it('one more promised day on the only lane: the 30 % one-day-late parcels become on time, and delivery speed drops', () => {
    const plan = singleLanePlan({ onTime: 0.7, weeklyOrders: 100, threshold: 0.9 });
    const rows = tradeOff(plan, geo, { start: '2026-06-07', weeks: 2 });
    expect(rows.map((r) => r.slowerService)).toEqual([null, 'ups-ground']);
    const [base, slower] = rows as [TradeOffRow, TradeOffRow];
    expect(base.expectedOnTime).toBeCloseTo(0.7, 9);
    expect(slower.expectedOnTime).toBeCloseTo(1, 9);
    expect(slower.orderShare).toBeCloseTo(1, 9);
    // The same compiled promises give the speed: one more day can only lengthen a promise.
    expect(slower.speedLe2).toBeLessThan(base.speedLe2);
    expect(slower.speedLe1).toBeLessThanOrEqual(base.speedLe1);
    // Re-derived with the horizon: a padded plan's on-time delivery median is 100 %, the base one's ~70 %.
    const r = runHorizon(plan, geo, { start: '2026-06-07', weeks: 2, runs: 200, rng: createRng(4) });
    expect(Math.abs(r.weeks[0]!.metrics['onTimeDelivery']!.p50 - base.expectedOnTime)).toBeLessThan(0.03);
  });
});
