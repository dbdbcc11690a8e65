import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import { loadGeo } from '../geo';
import { simulate } from '../engine/simulate';
import { resolveCostModel } from '../catalog/costDefaults';
import { createEvaluator } from './evaluator';
import { expectEvaluationIsSimulation, expectEveryMoveAgrees } from '../../test/support/evaluatorAgreement';

const geo = loadGeo();

/**
 * The sample with weekend delivery added: FedEx Home Delivery on Sunday where available, UPS Ground on Saturday in CA
 * and TX.
 */
function sampleWithExtraDays(): Settings {
  return {
    ...sampleSettings(),
    extraDeliveryDays: [
      { serviceId: 'fedex-home-delivery', day: 'sun', area: { kind: 'whereAvailable' } },
      { serviceId: 'ups-ground', day: 'sat', area: { kind: 'states', states: ['CA', 'TX'] } },
    ],
  };
}

describe('the advisor evaluator honours the plan’s extra delivery days', () => {
  it('sample + Sunday FedEx Home Delivery + Saturday UPS Ground in CA/TX: the evaluation is the simulation', () => {
    const s = sampleWithExtraDays();
    const cost = resolveCostModel(s);
    const withDays = createEvaluator(geo).evaluate(s, cost);
    const sim = simulate(s, geo);
    expectEvaluationIsSimulation(withDays, sim);
    // The days matter (so this test can fail): weekend deliveries shorten some promises.
    const without = simulate(sampleSettings(), geo);
    expect(sim.tiers.standard.le2).toBeGreaterThan(without.tiers.standard.le2);
    expect(withDays.tiers.standard.le2).not.toBe(
      createEvaluator(geo).evaluate(sampleSettings(), cost).tiers.standard.le2,
    );
  });

  it('agrees on every single move of that plan, with caches and without', () => {
    expectEveryMoveAgrees(sampleWithExtraDays(), geo);
  });
});
