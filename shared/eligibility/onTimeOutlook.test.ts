import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import { loadGeo } from '../geo';
import { advise, ADVISOR_ON_TIME_WINDOW } from '../advisor/advise';
import { onTimeOutlook, weeklyOnTimePass } from './onTimeOutlook';

const geo = loadGeo();

/** P(X >= k) for X ~ Binomial(n, p), summed exactly in logs. */
function binomialTail(n: number, p: number, k: number): number {
  const lf = [0];
  for (let i = 1; i <= n; i++) lf.push(lf[i - 1]! + Math.log(i));
  let sum = 0;
  for (let x = k; x <= n; x++)
    sum += Math.exp(lf[n]! - lf[x]! - lf[n - x]! + x * Math.log(p) + (n - x) * Math.log(1 - p));
  return sum;
}

describe('on-time outlook', () => {
  it('the weekly pass probability is the binomial tail (exact up to 20,000 orders, normal approximation above)', () => {
    for (const [p, n, th] of [
      [0.96, 200, 0.95],
      [0.97, 500, 0.965],
      [0.94, 1000, 0.935],
      [0.99, 100, 0.97],
    ] as const) {
      const exact = binomialTail(n, p, Math.ceil(th * n - 1e-9));
      expect(Math.abs(weeklyOnTimePass(p, n, th) - exact), `${p} ${n} ${th}`).toBeLessThan(1e-9);
    }
    // The trial check's case from the closing note: 0.81998.
    expect(weeklyOnTimePass(0.96, 200, 0.95)).toBeCloseTo(0.81998, 4);
    const big = binomialTail(40_000, 0.94, Math.ceil(0.935 * 40_000 - 1e-9));
    expect(Math.abs(weeklyOnTimePass(0.94, 40_000, 0.935) - big)).toBeLessThan(0.002);
    expect(weeklyOnTimePass(1, 500, 0.935)).toBe(1);
    expect(weeklyOnTimePass(0, 500, 0.935)).toBe(0);
  });

  it('a plan promising what its carrier delivers late three times in ten fails it; the sample does not', () => {
    expect(onTimeOutlook(sampleSettings(), geo, ADVISOR_ON_TIME_WINDOW).ok).toBe(true);
    const late = lateOvernight(sampleSettings());
    const o = onTimeOutlook(late, geo, ADVISOR_ON_TIME_WINDOW);
    expect(o.threshold).toBe(0.935);
    expect(o.expectedOnTime).toBeLessThan(0.935);
    expect(o.ok).toBe(false);
  });
});

/** UPS Next Day Air Saver one day late for 30 % of parcels, in every zone and month. */
function lateOvernight(s: Settings): Settings {
  return { ...s, transitSpread: [{ serviceId: 'ups-next-day-air-saver', shares: [0, 0.7, 0.3] }] };
}

describe('the advisor keeps on-time delivery as a constraint', () => {
  it('does not suggest re-enabling an overnight service that arrives late too often, which it suggests without the constraint', () => {
    const s = lateOvernight(sampleSettings());
    s.warehouses = s.warehouses.map((w) => ({
      ...w,
      services: w.services.map((p) => (p.serviceId === 'ups-next-day-air-saver' ? { ...p, enabled: false } : p)),
    }));
    expect(onTimeOutlook(s, geo, ADVISOR_ON_TIME_WINDOW).ok).toBe(true);
    const enablesIt = (moves: { kind: string; serviceId?: string }[]) =>
      moves.some((m) => m.kind === 'enableService' && m.serviceId === 'ups-next-day-air-saver');

    const free = advise(s, geo, { maxMoves: 2, onTime: false });
    expect(free.onTime).toBeNull();
    expect(free.suggestions.some((x) => enablesIt(x.moves))).toBe(true);

    const kept = advise(s, geo, { maxMoves: 2 });
    expect(kept.onTime!.outlook.ok).toBe(true);
    expect(kept.onTime!.excluded).toBeGreaterThan(0);
    expect(kept.suggestions.some((x) => enablesIt(x.moves))).toBe(false);
    // Every plan it does return keeps on-time delivery safe, re-derived from its settings.
    const plans = [
      ...kept.suggestions,
      ...(kept.cheapestPassing ? [kept.cheapestPassing] : []),
      ...kept.ceiling,
      ...(kept.bestSite ? [kept.bestSite] : []),
    ];
    expect(plans.length).toBeGreaterThan(0);
    for (const p of plans) expect(onTimeOutlook(p.settings, geo, ADVISOR_ON_TIME_WINDOW).ok).toBe(true);
  });
});
