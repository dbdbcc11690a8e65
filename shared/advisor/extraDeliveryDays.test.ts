import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import { loadGeo } from '../geo';
import { simulate } from '../engine/simulate';
import { resolveCostModel } from '../catalog/costDefaults';
import { createEvaluator } from './evaluator';
import { applyMove, generateMoves } from './moves';

const geo = loadGeo();

/** The sample with weekend delivery added: FedEx Home Delivery on Sunday where available, UPS Ground on Saturday in CA and TX. */
function sampleWithExtraDays(): Settings {
  return {
    ...sampleSettings(),
    extraDeliveryDays: [
      { serviceId: 'fedex-home-delivery', day: 'sun', area: { kind: 'whereAvailable' } },
      { serviceId: 'ups-ground', day: 'sat', area: { kind: 'states', states: ['CA', 'TX'] } },
    ],
  };
}

function expectSame(a: ReturnType<ReturnType<typeof createEvaluator>['evaluate']>, b: ReturnType<typeof simulate>) {
  for (const tier of ['standard', 'oversize', 'extraLarge'] as const) {
    for (const k of ['le1', 'le2', 'le3', 'le5', 'none'] as const)
      expect(Math.abs(a.tiers[tier][k] - b.tiers[tier][k])).toBeLessThan(1e-12);
  }
  expect(a.checks.map((c) => [c.id, c.pass])).toEqual(b.checks.map((c) => [c.id, c.pass]));
  a.checks.forEach((c, i) => expect(Math.abs(c.value - b.checks[i]!.value)).toBeLessThan(1e-12));
  expect(a.missingStates).toEqual(b.missingStates);
}

describe('the advisor evaluator honours the plan’s extra delivery days', () => {
  it('sample + Sunday FedEx Home Delivery + Saturday UPS Ground in CA/TX: the evaluation is the simulation', () => {
    const s = sampleWithExtraDays();
    const cost = resolveCostModel(s);
    const withDays = createEvaluator(geo).evaluate(s, cost);
    const sim = simulate(s, geo);
    expectSame(withDays, sim);
    // The days matter (so this test can fail): weekend deliveries shorten some promises.
    const without = simulate(sampleSettings(), geo);
    expect(sim.tiers.standard.le2).toBeGreaterThan(without.tiers.standard.le2);
    expect(withDays.tiers.standard.le2).not.toBe(
      createEvaluator(geo).evaluate(sampleSettings(), cost).tiers.standard.le2,
    );
  });

  it('agrees on every single move of that plan, with caches and without', () => {
    const s = sampleWithExtraDays();
    const cost = resolveCostModel(s);
    const warm = createEvaluator(geo);
    const cold = createEvaluator(geo, { incremental: false });
    const plans = [
      s,
      ...generateMoves(s, geo, cost)
        .map((m) => applyMove(s, m))
        .filter((x): x is Settings => x !== null),
    ];
    expect(plans.length).toBeGreaterThan(20);
    for (const p of plans) {
      const a = warm.evaluate(p, cost);
      expectSame(a, simulate(p, geo));
      expect(a).toEqual(cold.evaluate(p, cost));
    }
  });
});
