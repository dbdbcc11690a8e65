import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../catalog/sample';
import type { Settings } from '../domain/settings';
import { loadGeo } from '../geo';
import { simulate } from '../engine/simulate';
import { resolveCostModel } from '../catalog/costDefaults';
import { createEvaluator } from './evaluator';
import { expectEvaluationIsSimulation, expectEveryMoveAgrees } from '../../test/support/evaluatorAgreement';

const geo = loadGeo();

/** The sample with Alaska and Hawaii in its Prime templates: their views count for speed, not for coverage. */
function sampleWithRemote(): Settings {
  return { ...sampleSettings(), primeRemoteRegions: ['alaska', 'hawaii'] };
}

describe('the advisor evaluator measures the regions the plan includes in Prime, as simulate() does', () => {
  it('sample + Alaska and Hawaii: the evaluation is the simulation, and differs from the 48 + DC one', () => {
    const s = sampleWithRemote();
    const cost = resolveCostModel(s);
    const evaluator = createEvaluator(geo);
    const plain = evaluator.evaluate(sampleSettings(), cost);
    const remote = evaluator.evaluate(s, cost);
    expectEvaluationIsSimulation(remote, simulate(s, geo));
    // The same evaluator, back to the plan without them: its caches follow the plan's regions.
    expectEvaluationIsSimulation(evaluator.evaluate(sampleSettings(), cost), simulate(sampleSettings(), geo));
    // Alaska and Hawaii are slow from the sample's warehouses, so counting them lowers the 2-day share
    // (this is what makes the test able to fail), while coverage stays the 48 states + DC.
    expect(remote.tiers.standard.le2).toBeLessThan(plain.tiers.standard.le2);
    expect(remote.missingStates).toEqual(plain.missingStates);
  });

  it('agrees on every single move of that plan, with caches and without', () => {
    expectEveryMoveAgrees(sampleWithRemote(), geo);
  });
});
