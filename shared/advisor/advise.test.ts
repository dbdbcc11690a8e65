import { describe, expect, it } from 'vitest';
import { sampleSettings } from '../domain/sample';
import { SettingsSchema, type Settings } from '../domain/settings';
import { loadGeo } from '../geo';
import { simulate } from '../engine/simulate';
import { advise } from './advise';
import { resolveCostModel } from './costModel';
import { createEvaluator } from './evaluator';
import { applyMove, generateMoves } from './moves';
import { weeklyCost } from './weeklyCost';
import { renoSettings } from '../../test/support/renoPlan';

const geo = loadGeo();

/** The numbers a plan must reproduce: simulate()'s checks and a fresh weekly cost. */
function resimulate(settings: Settings) {
  // Through JSON, as a settings file would travel.
  const reread = SettingsSchema.parse(JSON.parse(JSON.stringify(settings)));
  const sim = simulate(reread, geo);
  return { checks: sim.checks.map((c) => ({ id: c.id, value: c.value, pass: c.pass })), pass: sim.pass, cost: weeklyCost(reread, geo).total };
}

describe('advisor evaluator', () => {
  it('agrees with simulate() on the sample and on every single move of it', () => {
    const s = sampleSettings();
    const cost = resolveCostModel(s);
    const ev = createEvaluator(geo);
    const plans = [s, ...generateMoves(s, geo, cost).map((m) => applyMove(s, m)).filter((x): x is Settings => x !== null)];
    expect(plans.length).toBeGreaterThan(20);
    for (const p of plans) {
      const a = ev.evaluate(p, cost);
      const b = simulate(p, geo);
      expect(a.checks.map((c) => c.id)).toEqual(b.checks.map((c) => c.id));
      a.checks.forEach((c, i) => {
        expect(Math.abs(c.value - b.checks[i]!.value)).toBeLessThan(1e-9);
        expect(c.pass).toBe(b.checks[i]!.pass);
      });
    }
  });

  it('recompiles only the lane a move touches', () => {
    const s = sampleSettings();
    const cost = resolveCostModel(s);
    const ev = createEvaluator(geo);
    ev.evaluate(s, cost);
    expect(ev.stats.lanesCompiled).toBe(7);
    const moved = applyMove(s, { kind: 'addPickup', warehouseId: 'wh-columbus', serviceId: 'fedex-home-delivery', day: 'sat', time: '12:00' });
    // FedEx Home Delivery has no Saturday pickup in the matrix, so use a pickup move that applies: later UPS Ground pickups.
    const later = applyMove(s, { kind: 'movePickup', warehouseId: 'wh-columbus', serviceId: 'ups-ground', days: ['mon', 'tue', 'wed', 'thu', 'fri'], time: '18:00' })!;
    expect(moved).not.toBeNull();
    ev.evaluate(later, cost);
    expect(ev.stats.lanesCompiled).toBe(8);
    expect(ev.stats.lanesReused).toBe(6);
    // A full rebuild compiles every lane again for the same figures.
    const full = createEvaluator(geo, { incremental: false });
    const a = full.evaluate(later, cost);
    expect(full.stats.lanesCompiled).toBe(7);
    expect(a.cost.total).toBeCloseTo(ev.evaluate(later, cost).cost.total, 6);
  });
});

describe('advise()', () => {
  it('on the sample: every suggestion, the passing plan or the ceiling re-simulates to the same figures', () => {
    const r = advise(sampleSettings(), geo, { maxMoves: 3 });
    expect(r.suggestions.length).toBeGreaterThan(0);
    const plans = [...r.suggestions, ...(r.cheapestPassing ? [r.cheapestPassing] : []), ...r.ceiling.map((c) => ({ ...c, checks: undefined }))];
    for (const p of plans) {
      const again = resimulate(p.settings);
      if (p.checks) {
        expect(p.checks.map((c) => ({ id: c.id, value: c.value, pass: c.pass }))).toEqual(again.checks);
        expect('weeklyCost' in p ? p.weeklyCost : NaN).toBe(again.cost);
      }
    }
    for (const c of r.ceiling) expect(resimulate(c.settings).checks.find((x) => x.id === c.checkId)!.value).toBe(c.best);
    if (r.cheapestPassing) expect(resimulate(r.cheapestPassing.settings).pass).toBe(true);
    else expect(r.binding.length).toBeGreaterThan(0);
    // The plan as it is: the same figures as simulate() of the input.
    expect(r.checks.map((c) => c.value)).toEqual(simulate(sampleSettings(), geo).checks.map((c) => c.value));
  });

  it('on a Reno, NV plan: a passing plan whose re-simulation passes, or the ceiling naming the binding check', () => {
    const reno = renoSettings();
    const before = simulate(reno, geo);
    expect(before.pass).toBe(false);
    const r = advise(reno, geo, { maxMoves: 4 });
    if (r.cheapestPassing) {
      expect(resimulate(r.cheapestPassing.settings).pass).toBe(true);
      expect(r.cheapestPassing.weeklyCost).toBe(resimulate(r.cheapestPassing.settings).cost);
    } else {
      expect(r.binding.length).toBeGreaterThan(0);
      for (const c of r.ceiling) {
        const again = resimulate(c.settings).checks.find((x) => x.id === c.checkId)!;
        expect(again.value).toBe(c.best);
        expect(again.pass).toBe(c.reachable);
      }
      for (const id of r.binding) expect(r.ceiling.find((c) => c.checkId === id)!.reachable).toBe(false);
    }
  });

  it('a budget of 0 never suggests a plan that costs more', () => {
    const r = advise(renoSettings(), geo, { maxMoves: 2, budget: 0 });
    if (r.cheapestPassing) expect(r.cheapestPassing.weeklyCostDelta).toBeLessThanOrEqual(1e-6);
    for (const c of r.ceiling) expect(weeklyCost(c.settings, geo).total).toBeLessThanOrEqual(r.weeklyCost + 1e-6);
  });

  it('stops at its evaluation limit and says so', () => {
    const r = advise(sampleSettings(), geo, { maxEvaluations: 5 });
    expect(r.searchNote.complete).toBe(false);
    expect(r.searchNote.reason).toBe('maxEvaluations');
    const cancelled = advise(sampleSettings(), geo, { shouldCancel: () => true });
    expect(cancelled.searchNote.reason).toBe('cancelled');
  });
});
