import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import { loadGeo } from '../geo';
import { simulate } from '../engine/simulate';
import { resolveCostModel } from '../catalog/costDefaults';
import { createEvaluator } from './evaluator';
import { applyMove, generateMoves } from './moves';

const geo = loadGeo();

/** The sample with Alaska and Hawaii in its Prime templates: their views count for speed, not for coverage. */
function sampleWithRemote(): Settings {
  return { ...sampleSettings(), primeRemoteRegions: ['alaska', 'hawaii'] };
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

describe('the advisor evaluator measures the regions the plan includes in Prime, as simulate() does', () => {
  it('sample + Alaska and Hawaii: the evaluation is the simulation, and differs from the 48 + DC one', () => {
    const s = sampleWithRemote();
    const cost = resolveCostModel(s);
    const evaluator = createEvaluator(geo);
    const plain = evaluator.evaluate(sampleSettings(), cost);
    const remote = evaluator.evaluate(s, cost);
    expectSame(remote, simulate(s, geo));
    // The same evaluator, back to the plan without them: its caches follow the plan's regions.
    expectSame(evaluator.evaluate(sampleSettings(), cost), simulate(sampleSettings(), geo));
    // Alaska and Hawaii are slow from the sample's warehouses, so counting them lowers the 2-day share
    // (this is what makes the test able to fail), while coverage stays the 48 states + DC.
    expect(remote.tiers.standard.le2).toBeLessThan(plain.tiers.standard.le2);
    expect(remote.missingStates).toEqual(plain.missingStates);
  });

  it('agrees on every single move of that plan, with caches and without', () => {
    const s = sampleWithRemote();
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
