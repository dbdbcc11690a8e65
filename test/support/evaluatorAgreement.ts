import { expect } from 'vitest';
import type { Settings } from '../../shared/domain/settings';
import type { GeoData } from '../../shared/geo';
import { simulate } from '../../shared/engine/simulate';
import { resolveCostModel } from '../../shared/catalog/costDefaults';
import { createEvaluator } from '../../shared/advisor/evaluator';
import { applyMove, generateMoves } from '../../shared/advisor/moves';

type Evaluation = ReturnType<ReturnType<typeof createEvaluator>['evaluate']>;

/** The advisor's evaluation and simulate() agree on every share, every check and the missing states. */
export function expectEvaluationIsSimulation(a: Evaluation, b: ReturnType<typeof simulate>): void {
  for (const tier of ['standard', 'oversize', 'extraLarge'] as const) {
    for (const k of ['le1', 'le2', 'le3', 'le5', 'none'] as const)
      expect(Math.abs(a.tiers[tier][k] - b.tiers[tier][k])).toBeLessThan(1e-12);
  }
  expect(a.checks.map((c) => [c.id, c.pass])).toEqual(b.checks.map((c) => [c.id, c.pass]));
  a.checks.forEach((c, i) => expect(Math.abs(c.value - b.checks[i]!.value)).toBeLessThan(1e-12));
  expect(a.missingStates).toEqual(b.missingStates);
}

/** A plan and each of its single moves: evaluation == simulate(), and the cached evaluator == a cold one. */
export function expectEveryMoveAgrees(s: Settings, geo: GeoData): void {
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
    expectEvaluationIsSimulation(a, simulate(p, geo));
    expect(a).toEqual(cold.evaluate(p, cost));
  }
}
